import type { DecisionModel, ImpactValue } from '../model';

/**
 * A 7-measure × 8-cause model of the default scenario's shape (paper §4.1–4.7 × §3.1–3.8),
 * with every cell a triangular range on the product's labelled scale (none 0, weak 0.15,
 * moderate 0.35, strong 0.6, very strong 0.8, adverse −0.15). Used by tests and the SMAA
 * benchmark, which must not depend on the database. The numbers are illustrative, not the
 * scenario's calibrated defaults.
 */
const LIKELY: number[][] = [
  // C1    C2    C3    C4    C5    C6    C7    C8
  [0.6, 0.15, 0.35, 0, 0.15, 0, 0.35, 0],
  [0.15, 0.6, 0, 0.35, 0, 0.15, 0, 0.35],
  [0.35, 0, 0.8, 0.15, 0.35, 0, 0, 0.15],
  [0, 0.35, 0.15, 0.6, 0, 0.35, 0.15, 0],
  [0.15, 0, 0.35, 0, 0.6, 0.15, 0, 0.35],
  [0, 0.15, 0, 0.35, 0.15, 0.6, 0.35, -0.15],
  [0.35, 0, 0.15, 0, 0, 0.35, 0.6, 0.15],
];

function cell(likely: number): ImpactValue {
  if (likely === 0) return 0;
  // A range of ±0.1 around the likely value, clipped to [−1, 1].
  return {
    low: Math.max(-1, Math.round((likely - 0.1) * 100) / 100),
    likely,
    high: Math.min(1, Math.round((likely + 0.1) * 100) / 100),
  };
}

export function exampleSmaaModel(): DecisionModel {
  const causes = Array.from({ length: 8 }, (_, j) => ({
    id: `C${j + 1}`,
    weight: [3, 2, 2, 1, 1, 1, 1, 1][j]!,
  }));
  const measures = Array.from({ length: 7 }, (_, i) => ({
    id: `M${i + 1}`,
    cost: [5, 3, 8, 4, 6, 2, 3][i]!,
  }));
  const impacts: DecisionModel['impacts'] = {};
  LIKELY.forEach((row, i) => {
    impacts[`M${i + 1}`] = Object.fromEntries(row.map((e, j) => [`C${j + 1}`, cell(e)]));
  });
  return { causes, measures, impacts, synergies: [{ a: 'M1', b: 'M3', value: 0.02 }] };
}
