/**
 * Seeded random decision models for the package-ranking figures (no database, so profilers and
 * other benches can import it on its own).
 */
import type { DecisionModel } from '../../engine/model';

/** mulberry32: a tiny seeded generator so every run times the same instances. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALE = [0.15, 0.35, 0.6, 0.8];

/** n measures × m causes: ~35 % of cells mitigate, ~5 % are adverse, costs 1–10 (0.5 steps). */
export function randomModel(n: number, m: number, seed: number): DecisionModel {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const causes = Array.from({ length: m }, (_, j) => ({
    id: `C${j}`,
    weight: 1 + Math.floor(r() * 9),
  }));
  const measures = Array.from({ length: n }, (_, i) => ({
    id: `M${i}`,
    cost: 1 + Math.floor(r() * 19) / 2,
  }));
  const impacts: DecisionModel['impacts'] = {};
  for (const mm of measures) {
    const row: Record<string, number> = {};
    for (const c of causes) {
      const u = r();
      if (u < 0.35) row[c.id] = pick(SCALE);
      else if (u < 0.4) row[c.id] = -0.15;
    }
    impacts[mm.id] = row;
  }
  const id = () => `M${Math.floor(r() * n)}`;
  const pairs = (k: number): [string, string][] =>
    Array.from({ length: k }, (): [string, string] => [id(), id()]).filter(([a, b]) => a !== b);
  const total = measures.reduce((s, mm) => s + mm.cost, 0);
  return {
    causes,
    measures,
    impacts,
    synergies: pairs(Math.ceil(n / 10)).map(([a, b]) => ({
      a,
      b,
      value: pick([0.02, -0.02, 0.05]),
    })),
    constraints: {
      budget: Math.round(total * 0.3),
      requires: pairs(Math.ceil(n / 6)),
      excludes: pairs(Math.ceil(n / 6)),
    },
  };
}
