/**
 * The scenario channels: read, and the edits of the planner's inputs. Each edit is one repository call (one
 * transaction with its edit_log entry), then the whole updated scenario goes back so the UI
 * never shows a half-applied state.
 */
import type Database from 'better-sqlite3';
import { NotFoundError } from '../../db/errors';
import {
  confirmDefaults,
  getScenario,
  listScenarios,
  setAnalysisSettings,
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
  'scenario:confirmDefaults': ServiceHandler<'scenario:confirmDefaults'>;
  'scenario:setAnalysis': ServiceHandler<'scenario:setAnalysis'>;
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
      // Saving the same values changes nothing (keeping a default is what "confirm" is for).
      if (current.low === low && current.likely === likely && current.high === high)
        return getScenario(db, scenarioId);
      // The rationale stays so the planner still sees why the default was chosen; `source`
      // (the paper section the default rests on) is cleared once the values are the planner's.
      const { provenance: _previous, ...cell } = current;
      setImpact(db, scenarioId, { ...cell, low, likely, high, source: '' });
      return getScenario(db, scenarioId);
    },
    'scenario:setMeasureCost': ({
      scenarioId,
      measureId,
      costLow,
      costLikely,
      costHigh,
      yearsToEffect,
      leadAgencyZh,
      leadAgencyEn,
    }) => {
      setMeasureCost(db, scenarioId, measureId, {
        costLow,
        costLikely,
        costHigh,
        yearsToEffect,
        ...(leadAgencyZh === undefined ? {} : { leadAgencyZh }),
        ...(leadAgencyEn === undefined ? {} : { leadAgencyEn }),
      });
      return getScenario(db, scenarioId);
    },
    'scenario:setConstraints': ({ scenarioId, constraints }) => {
      setConstraints(db, scenarioId, constraints);
      return getScenario(db, scenarioId);
    },
    'scenario:confirmDefaults': ({ scenarioId, what, measureId }) => {
      confirmDefaults(db, scenarioId, what, measureId);
      return getScenario(db, scenarioId);
    },
    'scenario:setAnalysis': ({ scenarioId, ...change }) => {
      setAnalysisSettings(db, scenarioId, change);
      return getScenario(db, scenarioId);
    },
  };
}
