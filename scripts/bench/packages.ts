/**
 * Package-ranking figures for `npm run bench`: the default-sized full analysis and the exact
 * top 10 on seeded random 30- and 40-measure models with a budget and requires/excludes.
 */
import { type DecisionModel, likelyImpact } from '../../engine/model';
import { randomModel } from './random-model';
import {
  rankPackages,
  compileModel,
  compileConstraints,
  branchBoundSearch,
} from '../../engine/packages';
import { robustPortfolio, uniformExtremePoints, packageSensitivity } from '../../engine/robustness';
import { compareMethods } from '../../engine/mcda';
import { loadScenarioDecisionModel } from '../../electron/cli/scenario-input';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
