import type { CompiledModel } from './compile';

/** One package found by a search: sorted measure indices with its value and cost. */
export interface Candidate {
  members: number[];
  value: number;
  cost: number;
}

/** Values within this distance are ties: rounding in different summation orders is ~1e-16. */
export function tieTolerance(v: number): number {
  return 1e-12 * Math.max(1, Math.abs(v));
}

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= tieTolerance(Math.max(Math.abs(a), Math.abs(b)));
}

/**
 * The ranking order (negative: a ranks before b): value descending; values within
 * tieTolerance tie and go by lower cost, then fewer measures, then the measure ids compared
 * lexicographically (code-unit order) in model order, so every run gives the same list.
 */
export function compareCandidates(compiled: CompiledModel, a: Candidate, b: Candidate): number {
  if (!nearlyEqual(a.value, b.value)) return b.value - a.value;
  if (!nearlyEqual(a.cost, b.cost)) return a.cost - b.cost;
  if (a.members.length !== b.members.length) return a.members.length - b.members.length;
  const ids = compiled.measureIds;
  for (let k = 0; k < a.members.length; k++) {
    const x = ids[a.members[k]!]!;
    const y = ids[b.members[k]!]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The k best candidates seen so far, kept sorted (k is small: a ranked list or a handful of ties).
 * `offer` takes the members lazily so the hot loop allocates only for packages that enter.
 */
export class TopK {
  readonly items: Candidate[] = [];
  constructor(
    private readonly compiled: CompiledModel,
    readonly k: number,
  ) {}

  /** Packages whose value is below this (minus the tie tolerance) can no longer enter. */
  threshold(): number {
    return this.items.length < this.k ? -Infinity : this.items[this.items.length - 1]!.value;
  }

  offer(value: number, cost: number, members: () => number[]): void {
    const t = this.threshold();
    if (value < t - tieTolerance(t)) return;
    const cand: Candidate = { members: members(), value, cost };
    const items = this.items;
    let pos = items.length;
    while (pos > 0 && compareCandidates(this.compiled, cand, items[pos - 1]!) < 0) pos--;
    if (pos >= this.k) return;
    items.splice(pos, 0, cand);
    if (items.length > this.k) items.pop();
  }
}

/** The k best feasible packages costing at most `costCap` (Infinity: no cap beyond the budget). */
export type TopSearch = (k: number, costCap: number) => Candidate[];
