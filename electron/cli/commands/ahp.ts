import { z } from 'zod';
import {
  AHP_PRIORITIZATIONS,
  computeAhp,
  EIGEN_MAX_ITERATIONS,
  EIGEN_TOLERANCE,
  type AhpOptions,
  type AhpPrioritization,
  type AhpResult,
  type AhpHierarchyNode,
  type GroupHierarchyResult,
  type HierarchyResult,
  ahpHierarchy,
  groupAhp,
  RECIPROCITY_TOLERANCE,
  formatSaaty,
  snapToSaaty,
} from '../../../engine/weights';
import type { CliCommand } from '../command';
import { hasKey } from '../engine-inputs';
import { num, parseInput, table } from '../format';

const Matrix = z.array(z.array(z.number().nullable()).min(1)).min(1);
const methodOptions = {
  prioritization: z
    .enum(AHP_PRIORITIZATIONS as [AhpPrioritization, ...AhpPrioritization[]])
    .optional(),
  riTable: z.enum(['saaty', 'alonso-lamata']).optional(),
};
const groupOptions = {
  judgeWeights: z.array(z.number()).optional(),
  aggregation: z.enum(['aij', 'aip']).optional(),
  aipMean: z.enum(['arithmetic', 'geometric']).optional(),
};
const Single = z.strictObject({ matrix: Matrix, ...methodOptions });
const Group = z.strictObject({
  matrices: z.array(Matrix).min(1),
  ...methodOptions,
  ...groupOptions,
});
// The tree itself is checked by the engine (checkHierarchy), which names every node's field.
const Hierarchy = z.strictObject({ hierarchy: z.unknown(), ...methodOptions, ...groupOptions });

interface Conventions {
  tolerance: number;
  maxIterations: number;
  reciprocityTolerance: number;
  indexBase: 0;
}

/** One matrix, or a group aggregated into one matrix (AIJ): the AHP of that matrix. */
export type AhpMatrixCliResult = AhpResult &
  Conventions & {
    kind: 'matrix' | 'group';
    /** Whether several judges' matrices were combined by the cell-wise geometric mean first. */
    aggregated: boolean;
    aggregation?: 'aij';
    /** The group matrix when `aggregated` (what the weights were derived from). */
    groupMatrix?: (number | null)[][];
  };

/** A group by aggregation of individual priorities: each judge's AHP and the combined weights. */
export interface AhpPrioritiesCliResult extends Conventions {
  kind: 'group';
  aggregated: true;
  aggregation: 'aip';
  aipMean: 'arithmetic' | 'geometric';
  weights: number[];
  isConsistent: boolean;
  judges: AhpResult[];
}

export type AhpHierarchyCliResult = GroupHierarchyResult & Conventions & { kind: 'hierarchy' };

export type AhpCliResult = AhpMatrixCliResult | AhpPrioritiesCliResult | AhpHierarchyCliResult;

/**
 * `ahp` — { matrix } (a_ij = importance of i over j, null = missing), { matrices, … } for a
 * group (AIJ or AIP), or { hierarchy } (themes over causes) → weights with consistency; the
 * options choose the prioritisation and the random-index table (docs/cli.md).
 */
export const ahpCommand: CliCommand<AhpCliResult> = {
  name: 'ahp',
  summary:
    '层次分析法权重与一致性（含层次结构与群组）· AHP weights, CR, hierarchies and group AHP (AIJ/AIP)',
  readsInput: true,
  run(ctx) {
    const raw = ctx.input;
    const base: Conventions = {
      tolerance: EIGEN_TOLERANCE,
      maxIterations: EIGEN_MAX_ITERATIONS,
      reciprocityTolerance: RECIPROCITY_TOLERANCE,
      indexBase: 0,
    };
    // Pick the shape by key first: a zod union error would name neither branch's field.
    if (hasKey(raw, 'hierarchy')) {
      const { hierarchy, ...options } = parseInput(Hierarchy, raw);
      return {
        kind: 'hierarchy',
        ...ahpHierarchy(hierarchy as AhpHierarchyNode, options),
        ...base,
      };
    }
    if (hasKey(raw, 'matrices')) {
      const { matrices, ...options } = parseInput(Group, raw);
      const g = groupAhp(matrices, options);
      if (g.aggregation === 'aij') {
        return {
          kind: 'group',
          ...g.group!,
          aggregated: true,
          aggregation: 'aij',
          groupMatrix: g.groupMatrix!,
          ...base,
        };
      }
      return {
        kind: 'group',
        aggregated: true,
        aggregation: 'aip',
        aipMean: g.aipMean!,
        weights: g.weights,
        isConsistent: g.isConsistent,
        judges: g.judges!,
        ...base,
      };
    }
    const { matrix, ...options } = parseInput(Single, raw);
    return {
      kind: 'matrix',
      ...computeAhp(matrix, 'matrix', options as AhpOptions),
      aggregated: false,
      ...base,
    };
  },
  format(r) {
    if (r.kind === 'hierarchy') return formatHierarchy(r);
    if ('aggregation' in r && r.aggregation === 'aip') return formatPriorities(r);
    return formatMatrix(r as AhpMatrixCliResult);
  },
};

function weightTable(weights: readonly number[]): string {
  return table(
    ['准则 Criterion', '权重 Weight'],
    weights.map((w, j) => [j, num(w)]),
  );
}

function consistencyLines(r: AhpResult): string[] {
  const lines = [
    `λmax = ${num(r.lambdaMax)}   CI = ${num(r.ci)}   CR = ${num(r.cr)}   (RI = ${r.ri})`,
    r.isConsistent
      ? `一致性可接受 · Consistency acceptable (CR ≤ ${r.crThreshold}).`
      : `一致性不足 · Inconsistent (CR > ${r.crThreshold}). 最不一致的判断 · Most inconsistent judgements:`,
  ];
  if (!r.isConsistent) {
    lines.push(
      table(
        ['判断 Judgement', '给定 Given', '权重隐含 Implied', '建议 Suggested'],
        r.details.map((d) => [
          `a[${d.i}][${d.j}]`,
          onScale(d.given),
          num(d.implied, 3),
          formatSaaty(d.suggested),
        ]),
      ),
    );
  }
  return lines;
}

function methodNote(r: AhpResult, base: Conventions): string {
  const how =
    r.method === 'eigenvector'
      ? `principal eigenvector by power iteration (tolerance ${base.tolerance}, ≤ ${base.maxIterations} iterations, used ${r.iterations})`
      : r.method === 'geometric-mean'
        ? 'row geometric mean (Crawford & Williams 1985); λmax is the principal eigenvalue'
        : `LLSM for ${r.missing} missing judgement(s); λmax of the matrix completed with w_i/w_j`;
  return (
    `约定 Conventions: ${how}; CI = (λmax − n)/(n − 1); CR = CI/RI, RI table ${r.riTable}; CR = 0 for n ≤ 2; ` +
    `indices 0-based; lower triangle must be reciprocal within ${base.reciprocityTolerance}`
  );
}

function formatMatrix(r: AhpMatrixCliResult): string {
  return [
    weightTable(r.weights),
    ...consistencyLines(r),
    methodNote(r, r) +
      (r.aggregated ? '; judges combined by the cell-wise geometric mean (AIJ)' : '') +
      '.',
  ].join('\n');
}

function formatPriorities(r: AhpPrioritiesCliResult): string {
  const lines = [
    weightTable(r.weights),
    `群组 Group: ${r.judges.length} 位评判者的权重按${r.aipMean === 'arithmetic' ? '算术' : '几何'}平均合成 · ${r.judges.length} judges' priorities combined by the weighted ${r.aipMean} mean (AIP, Forman & Peniwati 1998)`,
  ];
  r.judges.forEach((j, k) => {
    lines.push('', `评判者 Judge ${k}: CR = ${num(j.cr)}${j.isConsistent ? '' : ' (> 0.1)'}`);
    lines.push(...consistencyLines(j).slice(1));
  });
  lines.push('', `${methodNote(r.judges[0]!, r)}.`);
  return lines.join('\n');
}

function hierarchyNodes(h: HierarchyResult): string {
  return table(
    ['节点 Node', '子项 Child', '局部 Local', '全局 Global', 'CR'],
    h.nodes.flatMap((node) =>
      node.children.map((c, k) => [
        k === 0 ? `${node.name} (${num(node.global, 4)})` : '',
        c.name ?? `criterion ${c.criterion}`,
        num(c.local, 4),
        num(c.global, 4),
        k === 0 && node.ahp ? num(node.ahp.cr, 4) : '',
      ]),
    ),
  );
}

function formatHierarchy(r: AhpHierarchyCliResult): string {
  const lines = [weightTable(r.weights), ''];
  if (r.judges) {
    lines.push(
      `群组 Group (AIP, ${r.aipMean} mean): 各评判者的全局权重合成 · each judge's global weights combined`,
    );
    r.judges.forEach((j, k) => lines.push('', `评判者 Judge ${k}`, hierarchyNodes(j)));
  } else {
    lines.push(hierarchyNodes(r));
  }
  lines.push(
    '',
    r.isConsistent
      ? '各节点一致性可接受 · every node has CR ≤ 0.1'
      : '有节点一致性不足 · some node has CR > 0.1',
    '约定 Conventions: global weight = local weight × parent global weight; a criterion weight is its leaf global weight; criteria 0-based' +
      (r.judgeCount > 0 && r.aggregation === 'aij'
        ? `; ${r.judgeCount} judges' matrices combined by the cell-wise geometric mean at every node (AIJ)`
        : '') +
      '.',
  );
  return lines.join('\n');
}

/** Shows a judgement as "1/3" when it is a Saaty-scale value (typed 0.333 included), else as a number. */
function onScale(value: number): string {
  const snapped = snapToSaaty(value);
  return Math.abs(snapped / value - 1) <= 1e-2 ? formatSaaty(snapped) : num(value, 3);
}
