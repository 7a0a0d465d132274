import { EngineInputError } from '../errors';
import { type AhpOptions, type AhpResult, computeAhp } from './ahp';
import {
  type GroupAggregation,
  type PriorityMean,
  aggregateJudgements,
  aggregatePriorities,
  checkJudgeWeights,
} from './ahp-group';
import type { PairwiseInput } from './ahp-matrix';

/**
 * An AHP hierarchy (Saaty 1980): the goal's children are themes the planner names (e.g. natural
 * and policy conditions, economy and income, city and society), a theme's children are causes
 * (leaves: criterion indices, 0-based) or sub-themes. Each node with two or more children carries
 * the pairwise matrix of its children, in `children` order: `matrix` for one judge, `matrices`
 * for a group (one per judge, the same judges at every node).
 */
export interface AhpHierarchyNode {
  name: string;
  matrix?: PairwiseInput;
  matrices?: PairwiseInput[];
  children: (AhpHierarchyNode | number)[];
}

export interface GroupOptions {
  judgeWeights?: number[];
  /** Default "aij". */
  aggregation?: GroupAggregation;
  /** AIP only; default "arithmetic". */
  aipMean?: PriorityMean;
}

export interface HierarchyChildResult {
  /** A theme's name, or absent for a criterion leaf. */
  name?: string;
  /** A leaf's criterion index (0-based). */
  criterion?: number;
  /** Weight among its siblings (sums to 1 over the node's children). */
  local: number;
  /** local × the parent's global weight (the goal's global weight is 1). */
  global: number;
}

export interface HierarchyNodeResult {
  /** Child positions from the goal, e.g. [] for the goal, [1] for its second theme. */
  path: number[];
  name: string;
  global: number;
  children: HierarchyChildResult[];
  /** The node's own AHP (absent for a node with one child, whose local weight is 1). */
  ahp?: AhpResult;
}

export interface HierarchyResult {
  /** Global weight of each criterion (index = criterion), summing to 1. */
  weights: number[];
  nodes: HierarchyNodeResult[];
  /** Every node's CR ≤ 0.10. */
  isConsistent: boolean;
}

/** Why a group of judges' hierarchies was combined the way it was, plus each judge's own result. */
export interface GroupHierarchyResult extends HierarchyResult {
  /** 0 for one set of judgements ("matrix" at every node). */
  judgeCount: number;
  aggregation: GroupAggregation;
  aipMean?: PriorityMean;
  /** AIP: each judge's complete hierarchy (the group weights aggregate their global weights). */
  judges?: HierarchyResult[];
}

interface Walked {
  leaves: number;
  judges: number | null;
}

function isNode(child: unknown): child is AhpHierarchyNode {
  return child !== null && typeof child === 'object' && !Array.isArray(child);
}

const NODE_KEYS = ['name', 'matrix', 'matrices', 'children'];

/** Checks shapes, names, matrix sizes, the judge count and that every criterion appears once. */
function walk(node: unknown, field: string, seen: Map<number, string>, out: Walked): void {
  if (!isNode(node))
    throw new EngineInputError(field, 'must be { "name", "children", "matrix" | "matrices" }');
  for (const key of Object.keys(node)) {
    if (!NODE_KEYS.includes(key)) {
      throw new EngineInputError(`${field}.${key}`, 'is not a field of a hierarchy node');
    }
  }
  if (typeof node.name !== 'string' || node.name.trim() === '') {
    throw new EngineInputError(`${field}.name`, 'must be a non-empty string');
  }
  if (!Array.isArray(node.children) || node.children.length === 0) {
    throw new EngineInputError(`${field}.children`, 'needs at least one child');
  }
  const k = node.children.length;
  if (node.matrix !== undefined && node.matrices !== undefined) {
    throw new EngineInputError(
      field,
      'give "matrix" (one judge) or "matrices" (a group), not both',
    );
  }
  if (k === 1 && (node.matrix !== undefined || node.matrices !== undefined)) {
    throw new EngineInputError(
      `${field}.children`,
      'a single child has local weight 1: leave out the matrix',
    );
  }
  if (k > 1) {
    if (node.matrix === undefined && node.matrices === undefined) {
      throw new EngineInputError(`${field}.matrix`, `is needed to compare the ${k} children`);
    }
    const judges = node.matrices === undefined ? 0 : node.matrices.length;
    if (node.matrices !== undefined && (!Array.isArray(node.matrices) || judges === 0)) {
      throw new EngineInputError(`${field}.matrices`, 'needs one matrix per judge');
    }
    if (out.judges === null) out.judges = judges;
    else if (out.judges !== judges) {
      throw new EngineInputError(
        node.matrices === undefined ? `${field}.matrix` : `${field}.matrices`,
        out.judges === 0
          ? 'every node must use "matrix" when the others do'
          : `every node needs the same ${out.judges} judges' matrices`,
      );
    }
    for (const m of node.matrices ?? [node.matrix!]) {
      if (!Array.isArray(m) || m.length !== k) {
        throw new EngineInputError(
          `${field}.matrix`,
          `must be ${k}×${k}, one row per child in children order`,
        );
      }
    }
  }
  node.children.forEach((child, c) => {
    const at = `${field}.children[${c}]`;
    if (typeof child === 'number') {
      if (!Number.isInteger(child) || child < 0) {
        throw new EngineInputError(
          at,
          `must be a criterion index (integer ≥ 0, 0-based) or a node`,
        );
      }
      const before = seen.get(child);
      if (before !== undefined) {
        throw new EngineInputError(at, `criterion ${child} already appears at ${before}`);
      }
      seen.set(child, at);
      out.leaves++;
    } else walk(child, at, seen, out);
  });
}

/** Validates a hierarchy; returns the number of criteria and of judges (0: one matrix per node). */
export function checkHierarchy(
  root: unknown,
  field = 'hierarchy',
): { criteria: number; judges: number } {
  const seen = new Map<number, string>();
  const out: Walked = { leaves: 0, judges: null };
  walk(root, field, seen, out);
  for (let j = 0; j < out.leaves; j++) {
    if (!seen.has(j)) {
      throw new EngineInputError(
        field,
        `criterion ${j} is missing: the leaves must be the criteria 0..${out.leaves - 1}, each once`,
      );
    }
  }
  return { criteria: out.leaves, judges: out.judges ?? 0 };
}

/** Global weights of one judgement set; `matrixOf` picks the node's matrix (one judge or aggregated). */
function evaluate(
  root: AhpHierarchyNode,
  criteria: number,
  options: AhpOptions,
  matrixOf: (node: AhpHierarchyNode) => PairwiseInput,
  field: string,
): HierarchyResult {
  const weights = new Array<number>(criteria).fill(0);
  const nodes: HierarchyNodeResult[] = [];
  let isConsistent = true;
  const visit = (node: AhpHierarchyNode, path: number[], global: number, at: string): void => {
    const k = node.children.length;
    const ahp = k > 1 ? computeAhp(matrixOf(node), `${at}.matrix`, options) : undefined;
    if (ahp && !ahp.isConsistent) isConsistent = false;
    const local = ahp?.weights ?? [1];
    const children = node.children.map((child, c): HierarchyChildResult => {
      const g = global * local[c]!;
      if (typeof child === 'number') {
        weights[child] = g;
        return { criterion: child, local: local[c]!, global: g };
      }
      return { name: child.name, local: local[c]!, global: g };
    });
    nodes.push({ path, name: node.name, global, children, ...(ahp ? { ahp } : {}) });
    node.children.forEach((child, c) => {
      if (typeof child !== 'number')
        visit(child, [...path, c], children[c]!.global, `${at}.children[${c}]`);
    });
  };
  visit(root, [], 1, field);
  return { weights, nodes, isConsistent };
}

/**
 * Local weights per node by AHP, global weight of a child = its local weight × its parent's
 * global weight, a criterion's weight = its leaf's global weight. For a group: AIJ aggregates
 * the judges' matrices cell by cell at every node (geometric mean) and evaluates once; AIP
 * evaluates every judge's hierarchy and aggregates their global weights (Forman & Peniwati 1998),
 * so under AIP a group's global weights need not equal the product of aggregated local weights.
 */
export function ahpHierarchy(
  root: AhpHierarchyNode,
  options: AhpOptions & GroupOptions = {},
  field = 'hierarchy',
): GroupHierarchyResult {
  const { criteria, judges } = checkHierarchy(root, field);
  if (judges === 0) {
    return {
      ...evaluate(root, criteria, options, (node) => node.matrix!, field),
      judgeCount: 0,
      aggregation: 'aij',
    };
  }
  const jw = checkJudgeWeights(options.judgeWeights, judges);
  const aggregation = options.aggregation ?? 'aij';
  if (aggregation === 'aij') {
    const result = evaluate(
      root,
      criteria,
      options,
      (node) => aggregateJudgements(node.matrices!, jw, `${field}.matrices`),
      field,
    );
    return { ...result, judgeCount: judges, aggregation };
  }
  if (aggregation !== 'aip') {
    throw new EngineInputError(
      'aggregation',
      `must be "aij" or "aip" (got ${String(aggregation)})`,
    );
  }
  const mean = options.aipMean ?? 'arithmetic';
  const each = Array.from({ length: judges }, (_, k) =>
    evaluate(root, criteria, options, (node) => node.matrices![k]!, field),
  );
  return {
    weights: aggregatePriorities(
      each.map((r) => r.weights),
      jw,
      mean,
    ),
    nodes: [],
    isConsistent: each.every((r) => r.isConsistent),
    judgeCount: judges,
    aggregation,
    aipMean: mean,
    judges: each,
  };
}

/** A group's AHP on one matrix per judge: AIJ (one aggregated matrix) or AIP (each judge's weights). */
export interface GroupAhpResult {
  aggregation: GroupAggregation;
  weights: number[];
  isConsistent: boolean;
  /** AIJ: the aggregated matrix and its AHP. */
  groupMatrix?: (number | null)[][];
  group?: AhpResult;
  /** AIP: each judge's AHP, and the mean that combined their weights. */
  judges?: AhpResult[];
  aipMean?: PriorityMean;
}

export function groupAhp(
  matrices: readonly PairwiseInput[],
  options: AhpOptions & GroupOptions = {},
  field = 'matrices',
): GroupAhpResult {
  const aggregation = options.aggregation ?? 'aij';
  if (aggregation === 'aij') {
    const groupMatrix = aggregateJudgements(matrices, options.judgeWeights, field);
    const group = computeAhp(groupMatrix, field, options);
    return {
      aggregation,
      weights: group.weights,
      isConsistent: group.isConsistent,
      groupMatrix,
      group,
    };
  }
  if (aggregation !== 'aip') {
    throw new EngineInputError(
      'aggregation',
      `must be "aij" or "aip" (got ${String(aggregation)})`,
    );
  }
  if (matrices.length === 0) throw new EngineInputError(field, 'needs at least one matrix');
  const judges = matrices.map((m, k) => computeAhp(m, `${field}[${k}]`, options));
  const n = judges[0]!.weights.length;
  judges.forEach((j, k) => {
    if (j.weights.length !== n) {
      throw new EngineInputError(`${field}[${k}]`, `must be ${n}×${n} like ${field}[0]`);
    }
  });
  const aipMean = options.aipMean ?? 'arithmetic';
  return {
    aggregation,
    weights: aggregatePriorities(
      judges.map((j) => j.weights),
      options.judgeWeights,
      aipMean,
    ),
    isConsistent: judges.every((j) => j.isConsistent),
    judges,
    aipMean,
  };
}
