import { bilingual } from '../../../contract/bilingual';
import type Database from 'better-sqlite3';
import { checkScenarioRegion } from '../regions.repo';
import {
  MAX_BUDGET,
  MAX_MEASURE_COST,
  MAX_YEARS_TO_EFFECT,
  type AnalysisSettings,
  type Constraints,
  type Provenance,
  type Scenario,
} from '../../../contract/domain';
import { DEFAULT_SCENARIO } from '../../seed/defaults';
import { InvalidValueError, NotFoundError } from '../../errors';
import { checkNameFree, trimmedName } from './name';
import {
  afterDirectEdit,
  readAnalysisSettings,
  readWeightingRecord,
  readWeightsConfirmation,
} from './analysis-settings';
import {
  applyState,
  type ConfirmationState,
  type ConstraintsState,
  type ImpactState,
  type MeasureCostState,
  type StateChange,
} from './state';
import {
  logCreated,
  stamp,
  write,
  writeIfChanged,
  type EditResult,
  type EditStep,
  type WriteContext,
  type WriteOptions,
} from './write-step';
import {
  readBudgetProvenance,
  readConstraints,
  readImpact,
  readImpacts,
  readMeasures,
  readScenario,
} from './read';
import { writeTransaction } from '../../write-transaction';
import { constraintProblems } from '../../project-file/validate';

/**
 * The edits of a scenario's inputs (and creating one from the defaults). Every write runs in one
 * transaction with its edit_log entry and the updated_at bump, so an edit is saved the moment it
 * is made and is always auditable/undoable.
 */

/** A new scenario holding its own copy of the default weights, costs and impacts (later edits never touch the defaults). */
export function createScenarioFromDefaults(
  db: Database.Database,
  name: string,
  regionCode: string,
  opts: WriteOptions = {},
): Scenario {
  const trimmed = trimmedName(name);
  return writeTransaction(db, (): Scenario => {
    if (!db.prepare('SELECT 1 FROM regions WHERE code = ?').get(regionCode))
      throw new NotFoundError('region', regionCode);
    checkScenarioRegion(db, regionCode);
    checkNameFree(db, trimmed);
    const at = stamp(opts);
    const id = Number(
      db
        .prepare(
          'INSERT INTO scenarios (name, region_code, created_at, updated_at) VALUES (?, ?, ?, ?)',
        )
        .run(trimmed, regionCode, at, at).lastInsertRowid,
    );
    db.prepare(
      'INSERT INTO scenario_cause_weights (scenario_id, cause_id, weight) SELECT ?, id, default_weight FROM causes',
    ).run(id);
    db.prepare(
      `INSERT INTO scenario_measures (scenario_id, measure_id, cost_low, cost_likely, cost_high, cost_unit, years_to_effect, cost_is_illustrative)
       SELECT ?, id, default_cost_low, default_cost_likely, default_cost_high, cost_unit, default_years_to_effect, 1 FROM measures`,
    ).run(id);
    db.prepare(
      `INSERT INTO scenario_impacts (scenario_id, measure_id, cause_id, low, likely, high, rationale_zh, rationale_en, source)
       SELECT ?, measure_id, cause_id, low, likely, high, rationale_zh, rationale_en, source FROM default_impacts`,
    ).run(id);
    // The same illustrative budget as the baseline, marked as a default until the planner sets
    // one: without any budget the "best package" would simply be every measure.
    db.prepare('INSERT INTO scenario_constraints (scenario_id, budget) VALUES (?, ?)').run(
      id,
      DEFAULT_SCENARIO.budget,
    );
    logCreated(db, id, { name: trimmed, regionCode }, at, opts);
    return readScenario(db, id);
  });
}

export function setCauseWeight(
  db: Database.Database,
  scenarioId: number,
  causeId: string,
  weight: number,
  opts: WriteOptions = {},
): EditResult {
  if (!Number.isFinite(weight) || weight < 0)
    throw new InvalidValueError(
      'weight',
      bilingual('权重须为非负有限数', 'must be a finite number ≥ 0'),
    );
  return write(db, scenarioId, opts, ({ at, user }) => {
    const row = db
      .prepare('SELECT weight FROM scenario_cause_weights WHERE scenario_id = ? AND cause_id = ?')
      .get(scenarioId, causeId) as { weight: number } | undefined;
    if (!row) throw new NotFoundError('cause', causeId);
    // The sum of all weights is logged with each side: one raw weight changes every share, and
    // the audit states the cause's share before and after (undo reads `weight` only).
    const { total } = db
      .prepare('SELECT sum(weight) AS total FROM scenario_cause_weights WHERE scenario_id = ?')
      .get(scenarioId) as { total: number };
    const weighting = readWeightingRecord(db, scenarioId);
    const after = { weight, weighting: afterDirectEdit(weighting, causeId, { by: user, at }) };
    applyState(db, scenarioId, { entity: 'cause_weight', key: causeId, state: after });
    return {
      entity: 'cause_weight',
      key: causeId,
      before: { weight: row.weight, total, weighting },
      after: { ...after, total: total - row.weight + weight },
    };
  });
}

function checkImpactValues(v: { low: number; likely: number; high: number }): void {
  for (const [field, x] of [
    ['low', v.low],
    ['likely', v.likely],
    ['high', v.high],
  ] as const) {
    if (!Number.isFinite(x) || x < -1 || x > 1)
      throw new InvalidValueError(
        field,
        bilingual('影响值须在 −1 与 1 之间', 'must be within [−1, 1]'),
      );
  }
  if (!(v.low <= v.likely && v.likely <= v.high))
    throw new InvalidValueError(
      'likely',
      bilingual('须满足 低 ≤ 可能 ≤ 高', 'must satisfy low ≤ likely ≤ high'),
    );
}

/** The step of `setImpact`: the cell becomes the editor's (provenance "edited"). */
export function impactStep(
  db: Database.Database,
  scenarioId: number,
  cell: ImpactState,
): (ctx: WriteContext) => StateChange {
  checkImpactValues(cell);
  return ({ at, user }) => {
    const before = readImpact(db, scenarioId, cell.measureId, cell.causeId);
    if (!before) throw new NotFoundError('impact', `${cell.measureId}×${cell.causeId}`);
    const key = `${cell.measureId}×${cell.causeId}`;
    const after: ImpactState = { ...cell, provenance: { kind: 'edited', by: user, at } };
    applyState(db, scenarioId, { entity: 'impact', key, state: after });
    return { entity: 'impact', key, before, after };
  };
}

/** Replaces one impact cell (values, rationale and source) of a scenario; it becomes the editor's (provenance "edited"). */
export function setImpact(
  db: Database.Database,
  scenarioId: number,
  cell: ImpactState,
  opts: WriteOptions = {},
): EditResult {
  return write(db, scenarioId, opts, impactStep(db, scenarioId, cell));
}

/**
 * The planner's own low / likely / high for one cell, as the matrix editor and `cli scenario set`
 * write it. The rationale stays, so the planner still sees why the default was chosen; `source`
 * (the paper section the default rests on) is cleared once the values are the planner's. The
 * same values change nothing (keeping a default is what "confirm" is for): the step is null.
 */
export function impactValuesStep(
  db: Database.Database,
  scenarioId: number,
  measureId: string,
  causeId: string,
  v: { low: number; likely: number; high: number },
): EditStep {
  checkImpactValues(v);
  return (ctx) => {
    const current = readImpact(db, scenarioId, measureId, causeId);
    if (!current) throw new NotFoundError('impact', `${measureId}×${causeId}`);
    if (current.low === v.low && current.likely === v.likely && current.high === v.high)
      return null;
    const { provenance: _previous, ...cell } = current;
    return impactStep(db, scenarioId, { ...cell, ...v, source: '' })(ctx);
  };
}

/** `impactValuesStep` as its own audited edit; null when the values did not change. */
export function setImpactValues(
  db: Database.Database,
  scenarioId: number,
  measureId: string,
  causeId: string,
  v: { low: number; likely: number; high: number },
  opts: WriteOptions = {},
): EditResult | null {
  return writeIfChanged(
    db,
    scenarioId,
    opts,
    impactValuesStep(db, scenarioId, measureId, causeId, v),
  );
}

export interface MeasureCostInput {
  costLow: number;
  costLikely: number;
  costHigh: number;
  yearsToEffect: number;
  costUnit?: string;
  /** Both or neither; absent keeps the current lead agency. */
  leadAgencyZh?: string;
  leadAgencyEn?: string;
}

const COST_RULE = bilingual(
  `须为大于 0 且不超过 ${MAX_MEASURE_COST.toLocaleString('en-US')} 亿元的数`,
  `must be a number greater than 0 and at most ${MAX_MEASURE_COST.toLocaleString('en-US')} (100 million yuan)`,
);

/** The step of `setMeasureCost`; validates at once, so a composite edit fails before writing. */
export function measureCostStep(
  db: Database.Database,
  scenarioId: number,
  measureId: string,
  cost: MeasureCostInput,
): (ctx: WriteContext) => StateChange {
  const { costLow, costLikely, costHigh, yearsToEffect } = cost;
  for (const [field, v] of [
    ['costLow', costLow],
    ['costLikely', costLikely],
    ['costHigh', costHigh],
  ] as const) {
    if (!Number.isFinite(v) || v <= 0 || v > MAX_MEASURE_COST)
      throw new InvalidValueError(field, COST_RULE);
  }
  if (!Number.isFinite(yearsToEffect) || yearsToEffect < 0 || yearsToEffect > MAX_YEARS_TO_EFFECT)
    throw new InvalidValueError(
      'yearsToEffect',
      bilingual(
        `须在 0 到 ${MAX_YEARS_TO_EFFECT} 年之间`,
        `must be between 0 and ${MAX_YEARS_TO_EFFECT} years`,
      ),
    );
  if (!(costLow <= costLikely && costLikely <= costHigh)) {
    throw new InvalidValueError(
      'costLikely',
      bilingual('须满足 低 ≤ 可能 ≤ 高', 'must satisfy low ≤ likely ≤ high'),
    );
  }
  const lead = [cost.leadAgencyZh, cost.leadAgencyEn];
  if (lead.some((x) => x !== undefined) && lead.some((x) => x === undefined || x.trim() === ''))
    throw new InvalidValueError(
      cost.leadAgencyZh === undefined || cost.leadAgencyZh.trim() === ''
        ? 'leadAgencyZh'
        : 'leadAgencyEn',
      bilingual('牵头部门须同时给出中英文名称', 'give the lead agency in both Chinese and English'),
    );
  return ({ at, user }) => {
    const before = readMeasures(db, scenarioId).find((m) => m.id === measureId);
    if (!before) throw new NotFoundError('measure', measureId);
    const after: MeasureCostState = {
      costLow,
      costLikely,
      costHigh,
      yearsToEffect,
      costUnit: cost.costUnit ?? before.costUnit,
      costIsIllustrative: false,
      provenance: { kind: 'edited', by: user, at },
      leadAgencyZh: cost.leadAgencyZh?.trim() ?? before.leadAgencyZh,
      leadAgencyEn: cost.leadAgencyEn?.trim() ?? before.leadAgencyEn,
    };
    applyState(db, scenarioId, { entity: 'measure_cost', key: measureId, state: after });
    const previous: MeasureCostState = {
      costLow: before.costLow,
      costLikely: before.costLikely,
      costHigh: before.costHigh,
      yearsToEffect: before.yearsToEffect,
      costUnit: before.costUnit,
      costIsIllustrative: before.costIsIllustrative,
      provenance: before.costProvenance,
      leadAgencyZh: before.leadAgencyZh,
      leadAgencyEn: before.leadAgencyEn,
    };
    return { entity: 'measure_cost', key: measureId, before: previous, after };
  };
}

/**
 * `measureCostStep` for a stated figure: when the cost, years and lead agency equal what is
 * stored and the row is already the planner's (edited or confirmed), nothing changes (null), so
 * stating the same file twice logs one edit, not two. A default row stated as is becomes the
 * planner's, as saving it from the measures table does.
 */
export function measureCostValuesStep(
  db: Database.Database,
  scenarioId: number,
  measureId: string,
  cost: MeasureCostInput,
): EditStep {
  const step = measureCostStep(db, scenarioId, measureId, cost);
  return (ctx) => {
    const m = readMeasures(db, scenarioId).find((x) => x.id === measureId);
    const same =
      m !== undefined &&
      m.costProvenance.kind !== 'default' &&
      m.costLow === cost.costLow &&
      m.costLikely === cost.costLikely &&
      m.costHigh === cost.costHigh &&
      m.yearsToEffect === cost.yearsToEffect &&
      (cost.leadAgencyZh === undefined || cost.leadAgencyZh.trim() === m.leadAgencyZh) &&
      (cost.leadAgencyEn === undefined || cost.leadAgencyEn.trim() === m.leadAgencyEn);
    return same ? null : step(ctx);
  };
}

/** The planner's own cost estimate, years and lead agency: the row stops being the illustrative default. */
export function setMeasureCost(
  db: Database.Database,
  scenarioId: number,
  measureId: string,
  cost: MeasureCostInput,
  opts: WriteOptions = {},
): EditResult {
  return write(db, scenarioId, opts, measureCostStep(db, scenarioId, measureId, cost));
}

const BUDGET_RULE = bilingual(
  `预算须为 0 到 ${MAX_BUDGET.toLocaleString('en-US')} 亿元之间的数`,
  `the budget must be a number from 0 to ${MAX_BUDGET.toLocaleString('en-US')} (100 million yuan)`,
);

/** The step of `setConstraints`; the budget becomes the planner's once they change it. */
export function constraintsStep(
  db: Database.Database,
  scenarioId: number,
  c: Constraints,
): (ctx: WriteContext) => StateChange {
  if (c.budget !== null && (!Number.isFinite(c.budget) || c.budget < 0 || c.budget > MAX_BUDGET))
    throw new InvalidValueError('budget', BUDGET_RULE);
  if (c.maxMeasures !== null && (!Number.isInteger(c.maxMeasures) || c.maxMeasures < 1)) {
    throw new InvalidValueError(
      'maxMeasures',
      bilingual('须为正整数', 'must be a positive integer'),
    );
  }
  return ({ at, user }) => {
    const known = new Set(readMeasures(db, scenarioId).map((m) => m.id));
    const check = (field: string, id: string): void => {
      if (!known.has(id))
        throw new InvalidValueError(field, bilingual(`未知措施`, `unknown measure "${id}"`));
    };
    c.required.forEach((id, i) => check(`required[${i}]`, id));
    c.excluded.forEach((id, i) => check(`excluded[${i}]`, id));
    c.requires.forEach(
      ([a, b], i) => (check(`requires[${i}][0]`, a), check(`requires[${i}][1]`, b)),
    );
    c.excludes.forEach(
      ([a, b], i) => (check(`excludes[${i}][0]`, a), check(`excludes[${i}][1]`, b)),
    );
    // The same rules a project file must meet, so every saved scenario exports and imports back.
    const contradiction = constraintProblems(c, '')[0];
    if (contradiction) throw new InvalidValueError(contradiction.path, contradiction.message);
    const before: ConstraintsState = {
      ...readConstraints(db, scenarioId),
      budgetProvenance: readBudgetProvenance(db, scenarioId),
    };
    // Other constraints never touch the budget's provenance.
    const after: ConstraintsState = {
      ...c,
      budgetProvenance:
        c.budget === before.budget ? before.budgetProvenance : { kind: 'edited', by: user, at },
    };
    applyState(db, scenarioId, { entity: 'constraints', key: String(scenarioId), state: after });
    return { entity: 'constraints', key: String(scenarioId), before, after };
  };
}

export function setConstraints(
  db: Database.Database,
  scenarioId: number,
  c: Constraints,
  opts: WriteOptions = {},
): EditResult {
  return write(db, scenarioId, opts, constraintsStep(db, scenarioId, c));
}

export type ConfirmTarget = 'impacts' | 'costs' | 'weights' | 'budget';

/**
 * Marks shipped defaults as reviewed and kept: the values stay, their provenance becomes
 * "confirmed by USER on DATE". One audited, undoable edit; nothing to confirm is an error, so
 * the planner learns the click did nothing.
 */
export function confirmDefaults(
  db: Database.Database,
  scenarioId: number,
  what: ConfirmTarget,
  measureId?: string,
  opts: WriteOptions = {},
): EditResult {
  return write(db, scenarioId, opts, ({ at, user }) => {
    const confirmed: Provenance = { kind: 'confirmed', by: user, at };
    const before: ConfirmationState = {};
    const after: ConfirmationState = {};
    if (what === 'impacts') {
      if (measureId !== undefined && !readMeasures(db, scenarioId).some((m) => m.id === measureId))
        throw new NotFoundError('measure', measureId);
      const cells = readImpacts(db, scenarioId).filter(
        (c) =>
          c.provenance.kind === 'default' && (measureId === undefined || c.measureId === measureId),
      );
      before.impacts = {};
      after.impacts = {};
      for (const c of cells) {
        before.impacts[`${c.measureId}×${c.causeId}`] = c.provenance;
        after.impacts[`${c.measureId}×${c.causeId}`] = confirmed;
      }
    } else if (what === 'costs') {
      const rows = readMeasures(db, scenarioId).filter(
        (m) =>
          m.costProvenance.kind === 'default' && (measureId === undefined || m.id === measureId),
      );
      before.costs = Object.fromEntries(rows.map((m) => [m.id, m.costProvenance]));
      after.costs = Object.fromEntries(rows.map((m) => [m.id, confirmed]));
    } else if (what === 'budget') {
      const current = readBudgetProvenance(db, scenarioId);
      if (current.kind === 'default') {
        before.budget = current;
        after.budget = confirmed;
      }
    } else if (readScenario(db, scenarioId).weighting.provenance.kind === 'default') {
      before.weights = readWeightsConfirmation(db, scenarioId);
      after.weights = { by: user, at };
    }
    const count =
      Object.keys(after.impacts ?? {}).length +
      Object.keys(after.costs ?? {}).length +
      (after.budget ? 1 : 0) +
      (after.weights ? 1 : 0);
    if (count === 0)
      throw new InvalidValueError(
        'what',
        bilingual('没有仍为默认值的输入可确认', 'there is no default value left to confirm'),
      );
    applyState(db, scenarioId, { entity: 'defaults_confirmed', key: what, state: after });
    return { entity: 'defaults_confirmed', key: what, before, after };
  });
}

/** The step of `setAnalysisSettings`: any subset of the robustness settings. */
export function analysisStep(
  db: Database.Database,
  scenarioId: number,
  change: Partial<AnalysisSettings>,
): (ctx: WriteContext) => StateChange {
  return () => {
    const before = readAnalysisSettings(db, scenarioId);
    const after: AnalysisSettings = { ...before, ...change };
    applyState(db, scenarioId, { entity: 'analysis', key: String(scenarioId), state: after });
    return { entity: 'analysis', key: String(scenarioId), before, after };
  };
}

/** Changes the scenario's robustness settings (any subset); one audited, undoable edit. */
export function setAnalysisSettings(
  db: Database.Database,
  scenarioId: number,
  change: Partial<AnalysisSettings>,
  opts: WriteOptions = {},
): EditResult {
  return write(db, scenarioId, opts, analysisStep(db, scenarioId, change));
}
