/**
 * The weight-elicitation channels over elicitation.repo.ts and the pure weight engine. The
 * service (not the renderer) turns method inputs into weights, so the CLI, the shell and Electron
 * write identical numbers; the renderer computes the same engine functions only for live preview.
 */
import type Database from 'better-sqlite3';
import { InvalidValueError } from '../../db/errors';
import {
  applyCauseWeights,
  deleteStakeholder,
  getElicitation,
  listStakeholders,
  saveElicitation,
  saveStakeholder,
  type MethodDetail,
  type ElicitationSettings,
} from '../../db/repositories/elicitation.repo';
import { getScenario } from '../../db/repositories/scenario/read';
import {
  aggregateStakeholders,
  computeAhp,
  CR_THRESHOLD,
  rocWeights,
  swingWeights,
} from '../../engine/weights';
import type { ElicitationState } from '../../contract/elicitation';
import type { ParsedRequest, ServiceHandler } from './types';
import { writeTransaction } from '../../db/write-transaction';
import { variantWeights } from './ahp-variant-inputs';
import { bilingual } from '../../contract/bilingual';

type ElicitationChannel =
  | 'elicitation:get'
  | 'elicitation:apply'
  | 'elicitation:saveStakeholder'
  | 'elicitation:deleteStakeholder'
  | 'elicitation:useAggregate'
  | 'elicitation:setWeights';

/** Weights (shares summing to 1) implied by a method's inputs, by cause id; null for 'direct'. */
export function methodWeights(
  causeIds: readonly string[],
  s: ElicitationSettings,
): Record<string, number> | null {
  const byId = (w: readonly number[], ids: readonly string[]): Record<string, number> =>
    Object.fromEntries(ids.map((id, k) => [id, w[k]!]));
  switch (s.method) {
    case 'direct':
      return null;
    case 'roc': {
      sameCauses(causeIds, s.rocOrder, 'settings.rocOrder');
      // rocWeights takes "criterion index at each rank"; the planner's order is that list.
      const ranking = s.rocOrder.map((id) => causeIds.indexOf(id));
      return byId(rocWeights(ranking, 'settings.rocOrder'), causeIds);
    }
    case 'swing': {
      const points = causeIds.map((id) => s.swingPoints[id] ?? 0);
      return byId(swingWeights(points, 'settings.swingPoints'), causeIds);
    }
    case 'ahp': {
      if (!s.ahp)
        throw new InvalidValueError('settings.ahp', bilingual('AHP 判断矩阵缺失', 'no AHP matrix'));
      sameCauses(causeIds, s.ahp.causes, 'settings.ahp.causes');
      const result = computeAhp(s.ahp.matrix, 'settings.ahp.matrix');
      return byId(result.weights, s.ahp.causes);
    }
    case 'ahpHierarchy':
    case 'ahpGroup':
      return variantWeights(causeIds, s).weights;
  }
}

/**
 * What the briefing and the audit state with an applied method: the AHP consistency ratio, the
 * ROC order. AHP judgements above Saaty's CR 0.10 contradict each other: they are applied only
 * when the planner confirmed that (`acceptInconsistency`), and the audit says so.
 */
export function methodDetail(
  s: ElicitationSettings,
  acceptInconsistency = false,
  causeIds: readonly string[] = [],
): MethodDetail {
  if (s.method === 'roc') return { order: [...s.rocOrder] };
  if (s.method === 'ahpHierarchy' || s.method === 'ahpGroup')
    return variantWeights(causeIds, s).detail(acceptInconsistency);
  if (s.method !== 'ahp' || !s.ahp) return {};
  const { cr } = computeAhp(s.ahp.matrix, 'settings.ahp.matrix');
  if (cr > CR_THRESHOLD && !acceptInconsistency)
    throw new InvalidValueError(
      'acceptInconsistency',
      bilingual(
        `判断不一致（CR = ${cr.toFixed(3)} > ${CR_THRESHOLD.toFixed(2)}），应用前须确认`,
        `inconsistent judgements (CR = ${cr.toFixed(3)} > ${CR_THRESHOLD.toFixed(2)}): confirm before applying`,
      ),
    );
  return { cr, confirmed: cr > CR_THRESHOLD };
}

function sameCauses(expected: readonly string[], given: readonly string[], field: string): void {
  const set = new Set(given);
  if (
    given.length !== expected.length ||
    set.size !== given.length ||
    expected.some((c) => !set.has(c))
  )
    throw new InvalidValueError(
      field,
      bilingual('须恰好包含每个原因一次', 'must list every cause exactly once'),
    );
}

/**
 * Shares → raw weights with mean 1 (the seed's default of 1 per cause), so the Weights screen's
 * 0–10 sliders stay meaningful; the engine normalises raw weights, so the shares are unchanged.
 */
export function toRaw(shares: Record<string, number>): Record<string, number> {
  const n = Object.keys(shares).length;
  return Object.fromEntries(Object.entries(shares).map(([id, w]) => [id, w * n]));
}

function getWeights(db: Database.Database, scenarioId: number): Record<string, number> {
  return Object.fromEntries(getScenario(db, scenarioId).causes.map((c) => [c.id, c.weight]));
}

export function elicitationState(db: Database.Database, scenarioId: number): ElicitationState {
  const settings = getElicitation(db, scenarioId);
  const stakeholders = listStakeholders(db, scenarioId);
  const causeIds = getScenario(db, scenarioId).causes.map((c) => c.id);
  return { settings, stakeholders, aggregate: aggregateOf(causeIds, stakeholders) };
}

function aggregateOf(
  causeIds: readonly string[],
  sets: ReturnType<typeof listStakeholders>,
): ElicitationState['aggregate'] {
  // A set whose weights are all zero says nothing; the engine would reject it.
  const usable = sets.filter(
    (s) => s.influence > 0 && causeIds.some((id) => (s.weights[id] ?? 0) > 0),
  );
  if (usable.length === 0) return null;
  const agg = aggregateStakeholders(
    usable.map((s) => ({
      weights: causeIds.map((id) => s.weights[id] ?? 0),
      influence: s.influence,
    })),
    'stakeholders',
  );
  return causeIds.map((causeId, k) => {
    const d = agg.disagreement[k]!;
    return { causeId, min: d.min, max: d.max, spread: d.spread, aggregate: agg.weights[k]! };
  });
}

export function elicitationServices(db: Database.Database): {
  [K in ElicitationChannel]: ServiceHandler<K>;
} {
  return {
    'elicitation:get': ({ scenarioId }) => elicitationState(db, scenarioId),
    'elicitation:apply': (req: ParsedRequest<'elicitation:apply'>) => {
      const causeIds = getScenario(db, req.scenarioId).causes.map((c) => c.id);
      const weights = methodWeights(causeIds, req.settings);
      // Refused before anything is written when unconfirmed above CR 0.10.
      const detail = methodDetail(req.settings, req.acceptInconsistency === true, causeIds);
      const edits = writeTransaction(db, (): number => {
        saveElicitation(db, req.scenarioId, req.settings);
        return weights && req.settings.method !== 'direct'
          ? applyCauseWeights(db, req.scenarioId, toRaw(weights), req.settings.method, {}, detail)
          : 0;
      });
      return { state: elicitationState(db, req.scenarioId), weights: weights ?? {}, edits };
    },
    'elicitation:saveStakeholder': (req) => {
      saveStakeholder(db, req.scenarioId, {
        id: req.id,
        name: req.name,
        influence: req.influence,
        weights: req.weights,
      });
      return elicitationState(db, req.scenarioId);
    },
    'elicitation:deleteStakeholder': ({ scenarioId, id }) => {
      deleteStakeholder(db, scenarioId, id);
      return elicitationState(db, scenarioId);
    },
    'elicitation:useAggregate': ({ scenarioId }) => {
      const before = elicitationState(db, scenarioId);
      if (!before.aggregate)
        throw new InvalidValueError(
          'stakeholders',
          bilingual('尚无可用的利益相关方权重', 'no stakeholder weights yet'),
        );
      const weights = Object.fromEntries(before.aggregate.map((a) => [a.causeId, a.aggregate]));
      const edits = applyCauseWeights(db, scenarioId, toRaw(weights), 'stakeholders');
      return { state: elicitationState(db, scenarioId), weights, edits };
    },
    'elicitation:setWeights': ({ scenarioId, weights, source }) => {
      const causeIds = getScenario(db, scenarioId).causes.map((c) => c.id);
      sameCauses(causeIds, Object.keys(weights), 'weights');
      const edits = applyCauseWeights(db, scenarioId, weights, source);
      return { weights: getWeights(db, scenarioId), edits };
    },
  };
}
