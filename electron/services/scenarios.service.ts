/**
 * The scenario channels: read, and the edits of the planner's inputs. Each edit is one repository call (one
 * transaction with its edit_log entry), then the whole updated scenario goes back so the UI
 * never shows a half-applied state.
 */
import type Database from 'better-sqlite3';
import {
  confirmDefaults,
  getScenario,
  listScenarios,
  setAnalysisSettings,
  setCauseWeight,
  setConstraints,
  setImpactValues,
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
      setImpactValues(db, scenarioId, measureId, causeId, { low, likely, high });
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
