import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAhp } from './ahp';
import { aggregatePriorities } from './ahp-group';
import { type AhpHierarchyNode, ahpHierarchy, groupAhp } from './ahp-hierarchy';
import { ALONSO_LAMATA_RANDOM_INDEX } from './saaty';
import { arbitrarySaatyMatrix } from './test-matrices';

const SAATY3 = [
  [1, 3, 5],
  [1 / 3, 1, 3],
  [1 / 5, 1 / 3, 1],
];

describe('AHP prioritisation and RI tables', () => {
  it('row geometric mean on Saaty’s 3×3: w_i ∝ (Π_j a_ij)^(1/3) = 15^(1/3), 1, 15^(−1/3)', () => {
    const r = computeAhp(SAATY3, 'matrix', { prioritization: 'geometric-mean' });
    const raw = [Math.cbrt(15), 1, 1 / Math.cbrt(15)];
    const sum = raw[0]! + raw[1]! + raw[2]!;
    r.weights.forEach((w, i) => expect(w).toBeCloseTo(raw[i]! / sum, 12));
    expect(r.method).toBe('geometric-mean');
    // λmax is the matrix's principal eigenvalue whatever the prioritisation.
    expect(r.lambdaMax).toBeCloseTo(computeAhp(SAATY3).lambdaMax, 12);
  });

  it('Alonso & Lamata RI: CR = CI / 0.5247 for n = 3 (Saaty’s table: CI / 0.58)', () => {
    const saaty = computeAhp(SAATY3);
    const al = computeAhp(SAATY3, 'matrix', { riTable: 'alonso-lamata' });
    expect(al.ri).toBe(0.5247);
    expect(al.cr).toBeCloseTo(saaty.ci / 0.5247, 12);
    expect(saaty.cr).toBeCloseTo(saaty.ci / 0.58, 12);
    expect(al.riTable).toMatch(/Alonso & Lamata \(2006\)/);
    // The published table rises with n (Saaty's dips at n = 12).
    for (let n = 3; n < ALONSO_LAMATA_RANDOM_INDEX.length; n++) {
      expect(ALONSO_LAMATA_RANDOM_INDEX[n]!).toBeGreaterThan(ALONSO_LAMATA_RANDOM_INDEX[n - 1]!);
    }
  });

  it('rejects an unknown table or prioritisation by name', () => {
    expect(() => computeAhp(SAATY3, 'matrix', { riTable: 'x' as never })).toThrow(/^riTable:/);
    expect(() => computeAhp(SAATY3, 'matrix', { prioritization: 'x' as never })).toThrow(
      /^prioritization:/,
    );
  });
});

describe('group AHP (Forman & Peniwati 1998)', () => {
  it('two identical judges give exactly what one judge gives (AIJ and both AIP means)', () => {
    fc.assert(
      fc.property(
        arbitrarySaatyMatrix(2, 6),
        fc.constantFrom('eigenvector' as const, 'geometric-mean' as const),
        (a, prioritization) => {
          const one = computeAhp(a, 'matrix', { prioritization });
          for (const options of [
            { aggregation: 'aij' as const },
            { aggregation: 'aip' as const, aipMean: 'arithmetic' as const },
            { aggregation: 'aip' as const, aipMean: 'geometric' as const },
          ]) {
            const g = groupAhp([a, a], { ...options, prioritization, judgeWeights: [1, 3] });
            g.weights.forEach((w, i) => expect(w).toBeCloseTo(one.weights[i]!, 12));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('AIJ and AIP differ as the formulas say on a hand-worked pair of judges', () => {
    // Judge A: a01 = 4 → (0.8, 0.2); judge B: a01 = 1 → (0.5, 0.5).
    const A = [
      [1, 4],
      [1 / 4, 1],
    ];
    const B = [
      [1, 1],
      [1, 1],
    ];
    const aij = groupAhp([A, B]);
    // √(4 · 1) = 2 → (2/3, 1/3).
    expect(aij.weights[0]).toBeCloseTo(2 / 3, 12);
    expect(aij.groupMatrix![0]![1]).toBeCloseTo(2, 12);
    const aip = groupAhp([A, B], { aggregation: 'aip' });
    expect(aip.weights[0]).toBeCloseTo(0.65, 12); // (0.8 + 0.5) / 2
    expect(aip.judges).toHaveLength(2);
    const weighted = groupAhp([A, B], { aggregation: 'aip', judgeWeights: [3, 1] });
    expect(weighted.weights[0]).toBeCloseTo(0.725, 12); // 0.75·0.8 + 0.25·0.5
    // Geometric AIP: √(0.8·0.5) : √(0.2·0.5), renormalised.
    const geo = aggregatePriorities(
      [
        [0.8, 0.2],
        [0.5, 0.5],
      ],
      undefined,
      'geometric',
    );
    expect(geo[0]).toBeCloseTo(Math.sqrt(0.4) / (Math.sqrt(0.4) + Math.sqrt(0.1)), 12);
  });
});

/** Eight causes under three planner-named themes, as the paper's causes group. */
const THEMES: AhpHierarchyNode = {
  name: 'goal',
  matrix: [
    [1, 2, 3],
    [1 / 2, 1, 2],
    [1 / 3, 1 / 2, 1],
  ],
  children: [
    {
      name: '自然与政策条件 natural and policy conditions',
      matrix: [
        [1, 3, 1 / 2],
        [1 / 3, 1, 1 / 4],
        [2, 4, 1],
      ],
      children: [0, 3, 6],
    },
    {
      name: '经济与收入 economy and income',
      matrix: [
        [1, 5],
        [1 / 5, 1],
      ],
      children: [1, 2],
    },
    {
      name: '城市与社会 city and society',
      matrix: [
        [1, 2, 4],
        [1 / 2, 1, 2],
        [1 / 4, 1 / 2, 1],
      ],
      children: [4, 5, 7],
    },
  ],
};

describe('AHP hierarchy', () => {
  it('global weight = local weight × parent global weight, and the criteria sum to 1', () => {
    const r = ahpHierarchy(THEMES);
    const goal = r.nodes.find((n) => n.path.length === 0)!;
    const themeWeights = computeAhp(THEMES.matrix!).weights;
    goal.children.forEach((c, t) => {
      expect(c.local).toBeCloseTo(themeWeights[t]!, 12);
      expect(c.global).toBeCloseTo(themeWeights[t]!, 12);
    });
    for (const node of r.nodes.filter((n) => n.path.length === 1)) {
      const parent = goal.children[node.path[0]!]!;
      expect(node.global).toBe(parent.global);
      const theme = THEMES.children[node.path[0]!] as AhpHierarchyNode;
      const local = computeAhp(theme.matrix!).weights;
      node.children.forEach((c, k) => {
        expect(c.local).toBeCloseTo(local[k]!, 12);
        expect(c.global).toBeCloseTo(local[k]! * parent.global, 12);
        expect(r.weights[c.criterion!]).toBe(c.global);
      });
    }
    expect(r.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(r.weights).toHaveLength(8);
  });

  it('a theme with one cause passes its whole weight on; deeper levels multiply along the path', () => {
    const r = ahpHierarchy({
      name: 'goal',
      matrix: [
        [1, 3],
        [1 / 3, 1],
      ],
      children: [
        { name: 'single', children: [2] },
        {
          name: 'outer',
          matrix: [
            [1, 1],
            [1, 1],
          ],
          children: [
            0,
            {
              name: 'inner',
              matrix: [
                [1, 4],
                [1 / 4, 1],
              ],
              children: [1, 3],
            },
          ],
        },
      ],
    });
    expect(r.weights[2]).toBeCloseTo(0.75, 12);
    expect(r.weights[0]).toBeCloseTo(0.125, 12);
    expect(r.weights[1]).toBeCloseTo(0.25 * 0.5 * 0.8, 12);
    expect(r.weights[3]).toBeCloseTo(0.25 * 0.5 * 0.2, 12);
  });

  it('group hierarchies: identical judges equal one judge; AIP aggregates the judges’ global weights', () => {
    const twice = (node: AhpHierarchyNode): AhpHierarchyNode => ({
      name: node.name,
      ...(node.matrix ? { matrices: [node.matrix, node.matrix] } : {}),
      children: node.children.map((c) => (typeof c === 'number' ? c : twice(c))),
    });
    const one = ahpHierarchy(THEMES);
    for (const aggregation of ['aij', 'aip'] as const) {
      const g = ahpHierarchy(twice(THEMES), { aggregation });
      g.weights.forEach((w, j) => expect(w).toBeCloseTo(one.weights[j]!, 12));
    }
    const aip = ahpHierarchy(twice(THEMES), { aggregation: 'aip' });
    expect(aip.judges).toHaveLength(2);
  });

  it('names the offending field', () => {
    const bad = (h: unknown) => () => ahpHierarchy(h as AhpHierarchyNode);
    expect(bad({ ...THEMES, children: [0, 1] })).toThrow(/^hierarchy\.matrix: must be 2×2/);
    expect(
      bad({
        name: 'g',
        matrix: [
          [1, 1],
          [1, 1],
        ],
        children: [0, 0],
      }),
    ).toThrow(/^hierarchy\.children\[1\]: criterion 0 already appears/);
    expect(
      bad({
        name: 'g',
        matrix: [
          [1, 1],
          [1, 1],
        ],
        children: [0, 2],
      }),
    ).toThrow(/criterion 1 is missing/);
    expect(bad({ name: 'g', children: [0], weights: [1] })).toThrow(
      /^hierarchy\.weights: is not a field/,
    );
    expect(bad({ name: 'g', children: [0, 1] })).toThrow(/^hierarchy\.matrix: is needed/);
  });
});
