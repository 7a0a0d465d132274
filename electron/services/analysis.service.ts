import type Database from 'better-sqlite3';
import { getScenario } from '../../db/repositories/scenario/read';
import { scenarioToDecisionModel } from '../../engine/scenario';
import { rankPackages } from '../../engine/packages';
import type { ServiceHandler } from './types';

/** analysis:packages — the exact package ranking of a saved scenario, computed on the host. */
export function analysisServices(db: Database.Database): {
  'analysis:packages': ServiceHandler<'analysis:packages'>;
} {
  return {
    'analysis:packages': ({ scenarioId, top }) => {
      const model = scenarioToDecisionModel(getScenario(db, scenarioId));
      return rankPackages(top === undefined ? model : { ...model, top });
    },
  };
}
