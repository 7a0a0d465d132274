/**
 * Package-ranking figures for `npm run bench`: the default-sized full analysis and the exact
 * top 10 on seeded random 30- and 40-measure models with a budget and requires/excludes.
 */
import type { DecisionModel } from '../../engine/model';
import { rankPackages } from '../../engine/packages/rank';
import { compileModel } from '../../engine/packages/compile';
import { compileConstraints } from '../../engine/packages/feasible';
import { branchBoundSearch } from '../../engine/packages/branch-bound';
import { robustPortfolio } from '../../engine/robustness/portfolio';
import { uniformExtremePoints } from '../../engine/robustness/portfolio-weights';
import { packageSensitivity } from '../../engine/robustness/sensitivity';
import { compareMethods } from '../../engine/mcda/compare';
import { likelyImpact } from '../../engine/model';
import { loadScenarioDecisionModel } from '../../electron/cli/scenario-input';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function topTen(model: DecisionModel): void {
  const compiled = compileModel(model);
  branchBoundSearch(compiled, compileConstraints(compiled, model.constraints))(10, Infinity);
}

/** The embedded default scenario, read from a freshly seeded database (as a first run would). */
async function defaultScenarioModel(): Promise<DecisionModel> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-bench-'));
  try {
    return await loadScenarioDecisionModel(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Single-measure methods on the measures × causes matrix of likely impacts (all benefit criteria). */
function singleMeasureMethods(model: DecisionModel): void {
  const matrix = model.measures.map((mm) =>
    model.causes.map((c) => likelyImpact(model.impacts[mm.id]?.[c.id])),
  );
  compareMethods(
    { matrix, weights: model.causes.map((c) => c.weight), types: model.causes.map(() => 1) },
    {},
    true,
  );
}

export async function bench(): Promise<Record<string, number>> {
  const base = await defaultScenarioModel();
  // Every package ranked: no budget, no top-K cut (127 packages for 7 measures).
  const unconstrained: DecisionModel = { ...base, constraints: {}, top: 127 };
  const full = () => {
    rankPackages(unconstrained);
    robustPortfolio(unconstrained, uniformExtremePoints(unconstrained.causes.length));
    packageSensitivity(unconstrained);
    singleMeasureMethods(unconstrained);
  };
  for (let k = 0; k < 20; k++) full(); // warm up the JIT
  const figures: Record<string, number> = {
    defaultFullAnalysisMs: time(200, full),
    defaultRankAll127Ms: time(200, () => rankPackages(unconstrained)),
    defaultScenarioRankMs: time(200, () => rankPackages(base)),
    defaultMethodsMs: time(200, () => singleMeasureMethods(unconstrained)),
  };
  // Three seeded instances per size; the figure is their median. topK: the exact top 10 (what
  // the performance target names); rank: the full result (adds feasible count and frontier).
  for (const n of [30, 40]) {
    const models = [1, 2, 3].map((s) => randomModel(n, 12, 1000 * n + s));
    figures[`topK${n}x12Ms`] = median(models.map((model) => time(1, () => topTen(model))));
    figures[`rank${n}x12Ms`] = median(models.map((model) => time(1, () => rankPackages(model))));
  }
  return figures;
}
