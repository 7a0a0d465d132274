/**
 * The scenario channels: read, and the four edits. Each edit is one repository call (one
 * transaction with its edit_log entry), then the whole updated scenario goes back so the UI
 * never shows a half-applied state.
 */
import type Database from 'better-sqlite3';
import { NotFoundError } from '../../db/errors';
import {
  getScenario,
  listScenarios,
  setCauseWeight,
  setConstraints,
  setImpact,
  setMeasureCost,
} from '../../db/repositories/scenarios.repo';
import type { ServiceHandler } from './types';

export function scenarioServices(db: Database.Database): {
  'scenario:list': ServiceHandler<'scenario:list'>;
  'scenario:get': ServiceHandler<'scenario:get'>;
  'scenario:setCauseWeight': ServiceHandler<'scenario:setCauseWeight'>;
  'scenario:setImpact': ServiceHandler<'scenario:setImpact'>;
  'scenario:setMeasureCost': ServiceHandler<'scenario:setMeasureCost'>;
  'scenario:setConstraints': ServiceHandler<'scenario:setConstraints'>;
} {
  return {
    'scenario:list': () => listScenarios(db),
    'scenario:get': ({ scenarioId }) => getScenario(db, scenarioId),
    'scenario:setCauseWeight': ({ scenarioId, causeId, weight }) => {
      setCauseWeight(db, scenarioId, causeId, weight);
      return getScenario(db, scenarioId);
    },
    'scenario:setImpact': ({ scenarioId, measureId, causeId, low, likely, high }) => {
      const current = getScenario(db, scenarioId).impacts.find(
        (c) => c.measureId === measureId && c.causeId === causeId,
      );
      if (!current) throw new NotFoundError('impact', `${measureId}×${causeId}`);
      const unchanged = current.low === low && current.likely === likely && current.high === high;
      // The rationale stays so the planner still sees why the default was chosen; `source`
      // (the paper section the default rests on) is cleared once the values are the planner's.
      setImpact(db, scenarioId, {
        ...current,
        low,
        likely,
        high,
        source: unchanged ? current.source : '',
      });
      return getScenario(db, scenarioId);
    },
    'scenario:setMeasureCost': ({
      scenarioId,
      measureId,
      costLow,
      costLikely,
      costHigh,
      yearsToEffect,
    }) => {
      setMeasureCost(db, scenarioId, measureId, { costLow, costLikely, costHigh, yearsToEffect });
      return getScenario(db, scenarioId);
    },
    'scenario:setConstraints': ({ scenarioId, constraints }) => {
      setConstraints(db, scenarioId, constraints);
      return getScenario(db, scenarioId);
    },
  };
}
