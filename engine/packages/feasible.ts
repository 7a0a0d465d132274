import type { PackageConstraints } from '../model';
import { EngineInputError, assertFinite } from '../errors';
import type { CompiledModel } from './compile';

/**
 * Package constraints compiled against a model's measure indices, with the implications
 * already propagated (a required measure's prerequisites are required too; a measure that
 * needs an excluded one can never be chosen), so every later check is a table look-up.
 */
export interface FeasibilitySpec {
  n: number;
  costs: Float64Array;
  /** Budget including the rounding tolerance (Infinity when there is none). */
  budget: number;
  maxMeasures: number;
  /** forced[i] = 1: in every feasible package (required, or needed by a required measure). */
  forced: Uint8Array;
  /** forbidden[i] = 1: in no feasible package (excluded, or needs/clashes with something impossible). */
  forbidden: Uint8Array;
  /** needs[i]: the measures i directly requires. */
  needs: number[][];
  /** conflicts[i]: the measures i may not be combined with (symmetric). */
  conflicts: number[][];
}

/**
 * Costs are sums of decimals (0.1 + 0.2 > 0.3 in floating point), so a package whose cost
 * exceeds the budget by a rounding error still counts as within budget.
 */
export function budgetWithTolerance(budget: number): number {
  return budget + 1e-9 * Math.max(1, Math.abs(budget));
}

/** Largest n enumerateFeasible accepts: 2^24 subsets is already ~16 M visits. */
export const MAX_ENUMERATE_MEASURES = 24;

function indexOf(index: Map<string, number>, id: unknown, field: string): number {
  const i = typeof id === 'string' ? index.get(id) : undefined;
  if (i === undefined) throw new EngineInputError(field, `unknown measure "${String(id)}"`);
  return i;
}

/** All measures reachable from `start` through "requires" (including start). */
function closureOf(start: number, needs: number[][]): number[] {
  const seen = new Set<number>([start]);
  const stack = [start];
  while (stack.length > 0) {
    const i = stack.pop()!;
    for (const k of needs[i]!) {
      if (!seen.has(k)) {
        seen.add(k);
        stack.push(k);
      }
    }
  }
  return [...seen];
}

function hasConflict(set: readonly number[], conflicts: number[][]): boolean {
  const inSet = new Set(set);
  return set.some((i) => conflicts[i]!.some((k) => inSet.has(k)));
}

function sumCost(set: readonly number[], costs: Float64Array): number {
  return set.reduce((s, i) => s + costs[i]!, 0);
}

export function compileConstraints(
  compiled: CompiledModel,
  c: PackageConstraints | undefined,
): FeasibilitySpec {
  const ids = compiled.measureIds;
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const cons = c ?? {};

  let budget = Infinity;
  if (cons.budget !== undefined && cons.budget !== null) {
    assertFinite(cons.budget, 'constraints.budget');
    if (cons.budget < 0) throw new EngineInputError('constraints.budget', 'must be ≥ 0');
    budget = budgetWithTolerance(cons.budget);
  }
  let maxMeasures = n;
  if (cons.maxMeasures !== undefined && cons.maxMeasures !== null) {
    if (!Number.isInteger(cons.maxMeasures) || cons.maxMeasures < 1) {
      throw new EngineInputError('constraints.maxMeasures', 'must be an integer ≥ 1');
    }
    maxMeasures = Math.min(n, cons.maxMeasures);
  }

  const needs: number[][] = ids.map(() => []);
  const conflicts: number[][] = ids.map(() => []);
  const forbidden = new Uint8Array(n);
  const required = (cons.required ?? []).map((id, k) =>
    indexOf(index, id, `constraints.required[${k}]`),
  );
  (cons.excluded ?? []).forEach((id, k) => {
    const i = indexOf(index, id, `constraints.excluded[${k}]`);
    const r = required.indexOf(i);
    if (r >= 0) {
      throw new EngineInputError(
        `constraints.excluded[${k}]`,
        `"${id}" is both required and excluded`,
      );
    }
    forbidden[i] = 1;
  });
  (cons.requires ?? []).forEach((pair, k) => {
    const a = indexOf(index, pair?.[0], `constraints.requires[${k}][0]`);
    const b = indexOf(index, pair?.[1], `constraints.requires[${k}][1]`);
    if (a !== b && !needs[a]!.includes(b)) needs[a]!.push(b);
  });
  (cons.excludes ?? []).forEach((pair, k) => {
    const a = indexOf(index, pair?.[0], `constraints.excludes[${k}][0]`);
    const b = indexOf(index, pair?.[1], `constraints.excludes[${k}][1]`);
    if (a === b)
      forbidden[a] = 1; // "a excludes a": a can never be chosen
    else if (!conflicts[a]!.includes(b)) {
      conflicts[a]!.push(b);
      conflicts[b]!.push(a);
    }
  });

  // Forced set = closure of the required measures under "requires".
  const forced = new Uint8Array(n);
  for (const r of required) for (const k of closureOf(r, needs)) forced[k] = 1;
  const forcedList = [...forced.keys()].filter((i) => forced[i] === 1);
  for (const i of forcedList) {
    if (forbidden[i] === 1) {
      throw new EngineInputError(
        'constraints.required',
        `the required measures need "${ids[i]}", which is excluded`,
      );
    }
  }
  if (hasConflict(forcedList, conflicts)) {
    throw new EngineInputError(
      'constraints.required',
      'the required measures (with what they require) exclude one another',
    );
  }
  if (sumCost(forcedList, compiled.costs) > budget) {
    throw new EngineInputError(
      'constraints.budget',
      `the required measures (with what they require) cost ${sumCost(forcedList, compiled.costs)}, more than the budget`,
    );
  }
  if (forcedList.length > maxMeasures) {
    throw new EngineInputError(
      'constraints.maxMeasures',
      `the required measures (with what they require) are ${forcedList.length}, more than allowed`,
    );
  }

  // A measure is usable only if its whole prerequisite closure, together with the forced set,
  // is conflict-free, avoids forbidden measures, and fits the budget and the count limit.
  // Iterate: forbidding one measure can make the measures that need it unusable too.
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (forbidden[i] === 1 || forced[i] === 1) continue;
      const set = [...new Set([...closureOf(i, needs), ...forcedList])];
      if (
        set.some((k) => forbidden[k] === 1) ||
        hasConflict(set, conflicts) ||
        sumCost(set, compiled.costs) > budget ||
        set.length > maxMeasures
      ) {
        forbidden[i] = 1;
        changed = true;
      }
    }
  }
  // Any feasible package contains some measure together with its closure and the forced set,
  // and that union is itself feasible, so "no usable measure and nothing forced" is exact.
  if (forcedList.length === 0 && !forbidden.some((f) => f === 0)) {
    throw new EngineInputError(
      'constraints',
      'no package satisfies the constraints (budget, limits, requires / excludes)',
    );
  }
  return { n, costs: compiled.costs, budget, maxMeasures, forced, forbidden, needs, conflicts };
}

/** Whether the (non-empty) set of measure indices satisfies every constraint. */
export function isFeasible(spec: FeasibilitySpec, members: readonly number[]): boolean {
  if (members.length === 0 || members.length > spec.maxMeasures) return false;
  const inSet = new Uint8Array(spec.n);
  let cost = 0;
  for (const i of members) {
    if (!Number.isInteger(i) || i < 0 || i >= spec.n || inSet[i] === 1) return false;
    if (spec.forbidden[i] === 1) return false;
    inSet[i] = 1;
    cost += spec.costs[i]!;
  }
  if (cost > spec.budget) return false;
  for (let i = 0; i < spec.n; i++) if (spec.forced[i] === 1 && inSet[i] === 0) return false;
  for (const i of members) {
    for (const k of spec.needs[i]!) if (inSet[k] === 0) return false;
    for (const k of spec.conflicts[i]!) if (inSet[k] === 1) return false;
  }
  return true;
}

/**
 * Callbacks of walkFeasible. `enter(i)` / `leave(i)` bracket adding measure i to the current
 * set (so a caller can keep running sums); `visit` fires for every feasible current set.
 */
export interface FeasibleVisitor {
  enter(i: number): void;
  leave(i: number): void;
  visit(mask: number, cost: number, size: number): void;
}

/**
 * Depth-first walk over all subsets in lexicographic order (children of S add an index larger
 * than max S), with bitmasks for the constraints: every subset is a node, pruned as soon as
 * a missing prerequisite or forced measure has an index below the next one that can be added.
 */
export function walkFeasible(spec: FeasibilitySpec, visitor: FeasibleVisitor): void {
  const n = spec.n;
  if (n > MAX_ENUMERATE_MEASURES) {
    throw new EngineInputError(
      'measures',
      `enumerating every package supports at most ${MAX_ENUMERATE_MEASURES} measures (got ${n})`,
    );
  }
  const needMask = new Int32Array(n);
  const conflictMask = new Int32Array(n);
  let forcedMask = 0;
  let forbiddenMask = 0;
  for (let i = 0; i < n; i++) {
    for (const k of spec.needs[i]!) needMask[i]! |= 1 << k;
    for (const k of spec.conflicts[i]!) conflictMask[i]! |= 1 << k;
    if (spec.forced[i] === 1) forcedMask |= 1 << i;
    if (spec.forbidden[i] === 1) forbiddenMask |= 1 << i;
  }
  const { costs, budget, maxMeasures } = spec;

  // pending: bits that S still has to contain; blocked: bits S may no longer take.
  const step = (
    next: number,
    mask: number,
    pending: number,
    blocked: number,
    cost: number,
    size: number,
  ): void => {
    if (size > 0 && (pending & ~mask) === 0) visitor.visit(mask, cost, size);
    if (size === maxMeasures) return;
    for (let i = next; i < n; i++) {
      // Indices below i can no longer join S: a missing one there ends this branch for good.
      const below = (1 << i) - 1;
      if ((pending & ~mask & below) !== 0) return;
      const bit = 1 << i;
      if ((blocked & bit) !== 0) continue;
      const c = cost + costs[i]!;
      if (c > budget) continue;
      // i's prerequisites with a smaller index must already be in S.
      if ((needMask[i]! & below & ~mask) !== 0) continue;
      visitor.enter(i);
      step(i + 1, mask | bit, pending | needMask[i]!, blocked | conflictMask[i]!, c, size + 1);
      visitor.leave(i);
    }
  };
  step(0, 0, forcedMask, forbiddenMask, 0, 0);
}

/**
 * Every feasible non-empty package as a sorted array of measure indices (lexicographic order).
 * Throws above MAX_ENUMERATE_MEASURES measures or when more than `limit` packages are feasible
 * (the arrays would not fit in memory).
 */
export function enumerateFeasible(
  compiled: CompiledModel,
  spec: FeasibilitySpec,
  limit = 1 << 22,
): number[][] {
  if (spec.n !== compiled.measureIds.length) {
    throw new EngineInputError('constraints', 'compiled for a different model');
  }
  const out: number[][] = [];
  const stack: number[] = [];
  walkFeasible(spec, {
    enter: (i) => void stack.push(i),
    leave: () => void stack.pop(),
    visit: () => {
      if (out.length >= limit) {
        throw new EngineInputError('measures', `more than ${limit} feasible packages`);
      }
      out.push(stack.slice());
    },
  });
  return out;
}
