/**
 * Scenario from the database → engine (ranking, package SMAA with a recorded seed, one-way
 * sensitivity) → report model. Separate from generate.ts (the Chromium path) so the Electron main
 * bundle, which prints in its own window, can build the model without playwright-core.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { buildReportModel, type ReportModel, splitBilingual } from '../../engine/report';
import { rankPackages } from '../../engine/packages';
import { runPackageSmaa, SMAA_TOP } from '../../engine/robustness';
import {
  defaultInputsOf,
  describeBasis,
  weightBasis,
  scenarioToDecisionModel,
} from '../../engine/scenario';
import { packageVerdict, packageNamer, verdictText } from '../../engine/verdict';
import { NotFoundError } from '../../db/errors';
import {
  getDefaultScenarioId,
  getScenario,
  getScenarioByName,
  listScenarios,
} from '../../db/repositories/scenario/read';
import type { Scenario } from '../../contract/domain';
import { readAppVersion } from '../services/app-version';
import { gatherReportInput } from './gather';
import { sensitivityForReport } from './sensitivity-input';

/** The paper's year: a fixed default seed, so two default briefings print the same robustness figures. */
export const DEFAULT_BRIEFING_SEED = 2025;
export const DEFAULT_BRIEFING_SAMPLES = 10_000;

export interface BriefingSelection {
  db: Database.Database;
  scenarioId?: number;
  scenarioName?: string;
  seed?: number;
  samples?: number;
  /** YYYY-MM-DD; default today (local time). */
  date?: string;
  /** The map's indicator for this briefing; absent: the scenario's own choice; null: no map. */
  mapIndicator?: string | null;
}

function hereDir(): string {
  return path.dirname(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
}

export function localDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function selectScenario(
  db: Database.Database,
  sel: { scenarioId?: number; scenarioName?: string },
): Scenario {
  if (sel.scenarioId !== undefined) return getScenario(db, sel.scenarioId);
  if (sel.scenarioName !== undefined) return getScenarioByName(db, sel.scenarioName);
  const id = getDefaultScenarioId(db) ?? listScenarios(db)[0]?.id;
  if (id === undefined) throw new NotFoundError('scenario', '(default)');
  return getScenario(db, id);
}

/** Everything up to the report model: pure engine work on data read from the database. */
export function buildBriefingModel(sel: BriefingSelection): ReportModel {
  const scenario = selectScenario(sel.db, sel);
  const model = scenarioToDecisionModel(scenario, 10);
  // The scenario's own seed, samples and weight basis: the figures the app's screens show.
  const seed = sel.seed ?? scenario.analysis.seed;
  const samples = sel.samples ?? scenario.analysis.samples;
  const basis = weightBasis(scenario);
  const ranking = rankPackages(model);
  const smaa = runPackageSmaa({
    model,
    samples,
    seed,
    top: SMAA_TOP,
    weightInfo: basis.weightInfo,
  });
  const verdict = packageVerdict({
    ranked: ranking.packages,
    smaa,
    defaults: defaultInputsOf(scenario),
  });
  const text = verdictText(
    verdict,
    basis,
    packageNamer(scenario),
    splitBilingual(scenario.measures[0]?.costUnit ?? ''),
  );
  const gathered = gatherReportInput(sel.db, scenario, sel.mapIndicator);
  return buildReportModel({
    ...gathered,
    date: sel.date ?? localDate(),
    appVersion: readAppVersion(hereDir()),
    ranking: {
      feasibleCount: ranking.feasibleCount,
      packages: ranking.packages,
      frontier: ranking.frontier,
      budget: scenario.constraints.budget,
      maxMeasures: scenario.constraints.maxMeasures,
    },
    verdict: { ...text, basisPhrase: describeBasis(basis) },
    robustness: {
      samples: smaa.samples,
      seed: smaa.seed,
      weightSampling: describeBasis(basis),
      packages: smaa.packages.map((p) => ({
        measures: p.measures,
        pBest: p.pBest,
        rankAcceptability: p.rankAcceptability,
      })),
      coreShare: smaa.coreShare,
    },
    sensitivity: sensitivityForReport(model),
  });
}
