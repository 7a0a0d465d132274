/**
 * For CLI commands that accept `{ "scenario": "NAME" }` or no input at all: the saved scenario as
 * the engine's DecisionModel. Opens the database in the data folder (creating and seeding it when
 * new, so a fresh machine answers with the paper's default scenario) and closes it again.
 */
import type Database from 'better-sqlite3';
import { closeDatabase } from '../../db/open';
import { openCliDatabase } from './open-database';
import { NotFoundError } from '../../db/errors';
import {
  getDefaultScenarioId,
  getScenario,
  getScenarioByName,
  listScenarios,
} from '../../db/repositories/scenario/read';
import { scenarioToDecisionModel } from '../../engine/scenario';
import type { Scenario } from '../../contract/domain';
import type { DecisionModel } from '../../engine/model';
import { CliInputError } from './command';
import { bilingual } from '../../contract/bilingual';

export interface LoadedScenario {
  scenario: Scenario;
  model: DecisionModel;
}

/** The named scenario in an open database; without a name the seeded baseline, else the first. */
export function findScenario(db: Database.Database, scenarioName?: string): Scenario {
  if (scenarioName === undefined) {
    const id = getDefaultScenarioId(db) ?? listScenarios(db)[0]?.id;
    if (id === undefined)
      throw new CliInputError(
        'scenario',
        bilingual('数据库中没有情景', 'the database holds no scenario'),
      );
    return getScenario(db, id);
  }
  try {
    return getScenarioByName(db, scenarioName);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw unknownScenario(db, scenarioName);
  }
}

/** The one-line error for a scenario name the database does not hold, listing the names it does. */
export function unknownScenario(db: Database.Database, scenarioName: string): CliInputError {
  const known = listScenarios(db)
    .map((s) => `"${s.name}"`)
    .join(', ');
  return new CliInputError(
    'scenario',
    bilingual('未知情景', `unknown scenario "${scenarioName}" (known: ${known})`),
  );
}

/**
 * The scenario named by `--scenario NAME` or by the input's "scenario" (they must agree);
 * undefined when neither names one.
 */
export function scenarioNameOf(
  inputName: string | undefined,
  flags: Readonly<Record<string, string | boolean>>,
): string | undefined {
  const flag = flags.scenario;
  if (flag === undefined) return inputName;
  if (typeof flag !== 'string' || flag.trim() === '')
    throw new CliInputError(
      'scenario',
      bilingual('--scenario 需要情景名称', '--scenario needs a name'),
    );
  if (inputName !== undefined && inputName !== flag)
    throw new CliInputError(
      'scenario',
      bilingual(
        `--scenario "${flag}" 与输入中的 "${inputName}" 不一致`,
        `--scenario "${flag}" differs from the input's "${inputName}"`,
      ),
    );
  return flag;
}

/** Like loadScenarioDecisionModel, also returning the scenario itself (names, texts, units). */
export async function loadScenario(
  dataDir: string,
  scenarioName?: string,
): Promise<LoadedScenario> {
  const { db } = await openCliDatabase(dataDir);
  try {
    const scenario = findScenario(db, scenarioName);
    return { scenario, model: scenarioToDecisionModel(scenario) };
  } finally {
    closeDatabase(db);
  }
}

/** The named scenario (default: the seeded baseline, else the first) as a DecisionModel. */
export async function loadScenarioDecisionModel(
  dataDir: string,
  scenarioName?: string,
): Promise<DecisionModel> {
  return (await loadScenario(dataDir, scenarioName)).model;
}
