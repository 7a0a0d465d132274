import { CR_THRESHOLD } from './saaty';
import { computeAhp, type AhpResult } from './ahp';
import type { GroupAggregation } from './ahp-group';
import { ahpHierarchy, groupAhp, type AhpHierarchyNode } from './ahp-hierarchy';
import type { PairwiseInput } from './ahp-matrix';

/**
 * The two AHP variants the Weight methods screen and its service share, on criteria named by id:
 * a two-level hierarchy (themes → criteria) and a group of judges. Both return the weights by
 * id, every matrix's consistency ratio, and the CR that decides whether the planner must confirm
 * before applying (Saaty's 0.10).
 */

/** One matrix's consistency, as the audit and the briefing list it. */
export interface MatrixConsistency {
  /** 'themes': among the themes; 'theme': within one; 'group': the AIJ matrix; 'judge': one judge's. */
  scope: 'themes' | 'theme' | 'group' | 'judge';
  /** The theme's or the judge's name; '' for 'themes' and 'group'. */
  name: string;
  cr: number;
}

interface VariantResult {
  /** Shares summing to 1, by criterion id. */
  weights: Record<string, number>;
  matrices: MatrixConsistency[];
  /** The largest CR among the matrices that decide consistency (0 with no matrix of 3 or more). */
  cr: number;
  /** Some deciding matrix has CR > 0.10. */
  needsConfirmation: boolean;
}

export interface ThemeInput {
  name: string;
  /** The theme's criteria, in its matrix's row order. */
  criteria: readonly string[];
  matrix: PairwiseInput;
}

export interface ThemedResult extends VariantResult {
  /** The themes' AHP (absent with one theme, whose local weight is 1). */
  themesAhp?: AhpResult;
  themes: {
    name: string;
    local: number;
    global: number;
    /** Absent for a theme of one criterion. */
    ahp?: AhpResult;
    criteria: { id: string; local: number; global: number }[];
  }[];
}

/**
 * A two-level AHP hierarchy (Saaty 1980) through `ahpHierarchy`: local weights from each
 * matrix, a criterion's global weight = its local weight × its theme's weight. Every criterion
 * in `ids` must be in exactly one theme (the engine refuses anything else).
 */
export function themedAhp(
  ids: readonly string[],
  themes: readonly ThemeInput[],
  themesMatrix: PairwiseInput,
  field = 'hierarchy',
): ThemedResult {
  const index = (id: string) => ids.indexOf(id);
  const root: AhpHierarchyNode = {
    name: 'goal',
    ...(themes.length > 1 ? { matrix: themesMatrix } : {}),
    children: themes.map((t) => ({
      name: t.name,
      ...(t.criteria.length > 1 ? { matrix: t.matrix } : {}),
      children: t.criteria.map(index),
    })),
  };
  const r = ahpHierarchy(root, {}, field);
  const goal = r.nodes.find((n) => n.path.length === 0)!;
  const matrices: MatrixConsistency[] = [];
  if (goal.ahp) matrices.push({ scope: 'themes', name: '', cr: goal.ahp.cr });
  const out = themes.map((t, k) => {
    const node = r.nodes.find((n) => n.path.length === 1 && n.path[0] === k)!;
    if (node.ahp) matrices.push({ scope: 'theme', name: t.name, cr: node.ahp.cr });
    return {
      name: t.name,
      local: goal.children[k]!.local,
      global: node.global,
      ...(node.ahp ? { ahp: node.ahp } : {}),
      criteria: node.children.map((c) => ({
        id: ids[c.criterion!]!,
        local: c.local,
        global: c.global,
      })),
    };
  });
  const cr = Math.max(0, ...matrices.map((m) => m.cr));
  return {
    weights: Object.fromEntries(ids.map((id, k) => [id, r.weights[k]!])),
    matrices,
    cr,
    needsConfirmation: cr > CR_THRESHOLD,
    ...(goal.ahp ? { themesAhp: goal.ahp } : {}),
    themes: out,
  };
}

export interface JudgeInput {
  name: string;
  /** Relative say of the judge (> 0). */
  weight: number;
  matrix: PairwiseInput;
}

export interface JudgedResult extends VariantResult {
  aggregation: GroupAggregation;
  /** AIJ: the aggregated matrix's AHP. */
  group?: AhpResult;
  /** Each judge's own AHP: their weights and CR. */
  judges: AhpResult[];
}

/**
 * Group AHP (Forman & Peniwati 1998) through `groupAhp`. AIJ: the judge-weighted geometric mean
 * of the judgements cell by cell, then the principal eigenvector; its CR decides. AIP: each
 * judge's priorities, combined by the judge-weighted geometric mean and renormalised; every
 * judge's CR decides.
 */
export function judgedAhp(
  ids: readonly string[],
  judges: readonly JudgeInput[],
  aggregation: GroupAggregation,
  field = 'judges',
): JudgedResult {
  const matrices = judges.map((j) => j.matrix);
  const r = groupAhp(
    matrices,
    {
      judgeWeights: judges.map((j) => j.weight),
      aggregation,
      aipMean: 'geometric',
    },
    field,
  );
  const each = r.judges ?? matrices.map((m, k) => computeAhp(m, `${field}[${k}].matrix`));
  const judgeCrs = each.map((a, k): MatrixConsistency => ({
    scope: 'judge',
    name: judges[k]!.name,
    cr: a.cr,
  }));
  const cr = r.group ? r.group.cr : Math.max(0, ...judgeCrs.map((m) => m.cr));
  return {
    weights: Object.fromEntries(ids.map((id, k) => [id, r.weights[k]!])),
    matrices: r.group ? [{ scope: 'group', name: '', cr: r.group.cr }, ...judgeCrs] : judgeCrs,
    cr,
    needsConfirmation: cr > CR_THRESHOLD,
    aggregation,
    ...(r.group ? { group: r.group } : {}),
    judges: each,
  };
}
