/**
 * The scenario channels: list and read, create, copy, rename, delete, the region and the
 * coverage model, the edits of the planner's inputs, and the side-by-side comparison. Each edit
 * is one repository call (one transaction with its edit_log entry), then the whole updated
 * scenario goes back so the UI never shows a half-applied state.
 */
import type Database from 'better-sqlite3';
import { deleteScenarioUndoable } from '../../db/repositories/global-undo.repo';
import { setScenarioRegion } from '../../db/repositories/scenario/manage';
import {
  confirmDefaults,
  createScenarioFromDefaults,
  setAnalysisSettings,
  setCauseWeight,
  setConstraints,
  setImpactValues,
  setMeasureCost,
} from '../../db/repositories/scenario/write';
import {
  duplicateScenario,
  renameScenario,
  setCoverageModel,
} from '../../db/repositories/scenario/manage';
import { getScenario, listScenarios } from '../../db/repositories/scenario/read';
import { nameBook } from './change-names';
import { compareScenarios } from './scenario-compare';
import type { ServiceHandler } from './types';

export type ScenarioChannel =
  | 'scenario:list'
  | 'scenario:get'
  | 'scenario:create'
  | 'scenario:duplicate'
  | 'scenario:rename'
  | 'scenario:delete'
  | 'scenario:setRegion'
  | 'scenario:setCoverageModel'
  | 'scenario:setCauseWeight'
  | 'scenario:setImpact'
  | 'scenario:setMeasureCost'
  | 'scenario:setConstraints'
  | 'scenario:confirmDefaults'
  | 'scenario:setAnalysis'
  | 'scenario:compare';

export function scenarioServices(db: Database.Database): {
  [K in ScenarioChannel]: ServiceHandler<K>;
} {
  return {
    'scenario:list': () => listScenarios(db),
    'scenario:get': ({ scenarioId }) => getScenario(db, scenarioId),
    'scenario:create': ({ name, regionCode }) => createScenarioFromDefaults(db, name, regionCode),
    'scenario:duplicate': ({ scenarioId, name }) => duplicateScenario(db, scenarioId, name),
    'scenario:rename': ({ scenarioId, name }) => {
      renameScenario(db, scenarioId, name);
      return getScenario(db, scenarioId);
    },
    'scenario:delete': ({ scenarioId }) => ({
      ok: true,
      editId: deleteScenarioUndoable(db, scenarioId),
    }),
    'scenario:setRegion': ({ scenarioId, regionCode }) => {
      setScenarioRegion(db, scenarioId, regionCode);
      return getScenario(db, scenarioId);
    },
    'scenario:setCoverageModel': ({ scenarioId, model }) => {
      setCoverageModel(db, scenarioId, model);
      return getScenario(db, scenarioId);
    },
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
    'scenario:compare': ({ ids }) =>
      compareScenarios(
        ids.map((id) => getScenario(db, id)),
        nameBook(db),
      ),
  };
}
