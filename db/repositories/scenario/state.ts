import type Database from 'better-sqlite3';
import type { Constraints, ImpactCell, Provenance, Scenario } from '../../../contract/domain';
import { NotFoundError } from '../../errors';
import type { AnalysisSettings } from '../../../contract/domain';
import {
  writeAnalysisSettings,
  writeWeightingRecord,
  writeWeightsConfirmation,
  type WeightingRecord,
} from './analysis-settings';

/**
 * The one place that writes an edited piece of scenario state. Edits and undo/redo both go
 * through `applyState`, so undoing an edit runs exactly the SQL the edit ran, with the logged
 * "before" value. Callers validate and wrap it in a transaction.
 */

export interface MeasureCostState {
  costLow: number;
  costLikely: number;
  costHigh: number;
  yearsToEffect: number;
  costUnit: string;
  costIsIllustrative: boolean;
  /** Absent in edits logged before provenance was recorded: left as stored. */
  provenance?: Provenance;
  /** null: the catalogue's lead agency; absent (older edits): left as stored. */
  leadAgencyZh?: string | null;
  leadAgencyEn?: string | null;
}

/** The cell as logged; `provenance` is absent in edits logged before it was recorded. */
export type ImpactState = Omit<ImpactCell, 'provenance'> & { provenance?: Provenance };

/** An impact cell's stored values in the column order the writers use (low … source). */
export function impactValues(c: ImpactState): [number, number, number, string, string, string] {
  return [c.low, c.likely, c.high, c.rationaleZh, c.rationaleEn, c.source];
}

export type ConstraintsState = Constraints & { budgetProvenance?: Provenance };

/**
 * Shipped defaults marked as reviewed ("confirmed") by one action; each part lists the
 * provenance to write, so the logged `before` restores exactly what was there.
 */
export interface ConfirmationState {
  impacts?: Record<string, Provenance>;
  costs?: Record<string, Provenance>;
  budget?: Provenance;
  weights?: { by: string; at: string };
}

export type EditState =
  /** `weighting` is absent in edits logged before it was recorded: left as stored. */
  | { entity: 'cause_weight'; key: string; state: { weight: number; weighting?: WeightingRecord } }
  /**
   * Several cause weights set by one action (a weight method applied, the stakeholder aggregate
   * used): one log entry, so one Ctrl+Z reverts them all. key = what set them ('ahp', 'roc' …).
   */
  | {
      entity: 'cause_weights';
      key: string;
      state: {
        weights: Record<string, number>;
        weighting?: WeightingRecord;
        /** Logged for the audit (every cause's weight, the AHP consistency); applying ignores them. */
        all?: Record<string, number>;
        consistency?: { cr: number; confirmed: boolean };
      };
    }
  | { entity: 'impact'; key: string; state: ImpactState }
  | { entity: 'measure_cost'; key: string; state: MeasureCostState }
  | { entity: 'constraints'; key: string; state: ConstraintsState }
  | { entity: 'defaults_confirmed'; key: string; state: ConfirmationState }
  /** The robustness settings (weight uncertainty, samples, seed) and the weights' confirmation. */
  | { entity: 'analysis'; key: string; state: AnalysisSettings }
  | { entity: 'scenario_name'; key: string; state: { name: string } }
  | { entity: 'coverage_model'; key: string; state: { model: Scenario['coverageModel'] } }
  /** key "A|B" with A < B; state null = no synergy between them. */
  | { entity: 'synergy'; key: string; state: { value: number } | null }
  /**
   * Several inputs set by one action (`cli scenario set`): one log entry, so one undo reverts
   * them all. key: the parts that changed, e.g. "constraints+costs+impacts+weights+uncertainty".
   */
  | { entity: 'scenario_inputs'; key: string; state: ScenarioInputsState };

/** One part of a composite edit: any edit but another composite. */
export type SubEdit = Exclude<EditState, { entity: 'scenario_inputs' }>;

/**
 * The sub-edits in the order they are applied. The logged `after` lists them in the order they
 * were made; the logged `before` lists the same sub-edits (same entity and key, earlier state)
 * in reverse, so undoing applies it as written and reverts the last change first.
 */
export interface ScenarioInputsState {
  edits: SubEdit[];
}

/** A sub-edit's change as its own edit would log it: the same entity, key and state shapes. */
type ChangeOf<E> = E extends { entity: infer N; state: infer S }
  ? { entity: N; key: string; before: S; after: S }
  : never;
export type StateChange = ChangeOf<SubEdit>;

/** One side of a change as an edit to apply (the cast pairs each entity with its own state). */
export function sideOf(change: StateChange, side: 'before' | 'after'): SubEdit {
  return { entity: change.entity, key: change.key, state: change[side] } as SubEdit;
}

export type UndoableEntity = EditState['entity'];

export const UNDOABLE: ReadonlySet<string> = new Set<UndoableEntity>([
  'cause_weight',
  'cause_weights',
  'impact',
  'measure_cost',
  'constraints',
  'defaults_confirmed',
  'analysis',
  'scenario_name',
  'coverage_model',
  'synergy',
  'scenario_inputs',
]);

export function applyState(db: Database.Database, scenarioId: number, edit: EditState): void {
  const changed = (info: Database.RunResult, what: string): void => {
    if (info.changes === 0) throw new NotFoundError(what, edit.key);
  };
  switch (edit.entity) {
    case 'cause_weight':
      changed(
        db
          .prepare(
            'UPDATE scenario_cause_weights SET weight = ? WHERE scenario_id = ? AND cause_id = ?',
          )
          .run(edit.state.weight, scenarioId, edit.key),
        'cause',
      );
      if (edit.state.weighting) writeWeightingRecord(db, scenarioId, edit.state.weighting);
      return;
    case 'cause_weights': {
      const update = db.prepare(
        'UPDATE scenario_cause_weights SET weight = ? WHERE scenario_id = ? AND cause_id = ?',
      );
      for (const [causeId, weight] of Object.entries(edit.state.weights)) {
        if (update.run(weight, scenarioId, causeId).changes === 0)
          throw new NotFoundError('cause', causeId);
      }
      if (edit.state.weighting) writeWeightingRecord(db, scenarioId, edit.state.weighting);
      return;
    }
    case 'impact': {
      const c = edit.state;
      changed(
        db
          .prepare(
            `UPDATE scenario_impacts SET low = ?, likely = ?, high = ?, rationale_zh = ?, rationale_en = ?, source = ?
             WHERE scenario_id = ? AND measure_id = ? AND cause_id = ?`,
          )
          .run(...impactValues(c), scenarioId, c.measureId, c.causeId),
        'impact',
      );
      if (c.provenance)
        writeImpactProvenance(db, scenarioId, `${c.measureId}×${c.causeId}`, c.provenance);
      return;
    }
    case 'measure_cost': {
      const m = edit.state;
      changed(
        db
          .prepare(
            `UPDATE scenario_measures SET cost_low = ?, cost_likely = ?, cost_high = ?, years_to_effect = ?, cost_unit = ?,
               cost_is_illustrative = ? WHERE scenario_id = ? AND measure_id = ?`,
          )
          .run(
            m.costLow,
            m.costLikely,
            m.costHigh,
            m.yearsToEffect,
            m.costUnit,
            m.costIsIllustrative ? 1 : 0,
            scenarioId,
            edit.key,
          ),
        'measure',
      );
      if (m.provenance) writeCostProvenance(db, scenarioId, edit.key, m.provenance);
      if (m.leadAgencyZh !== undefined && m.leadAgencyEn !== undefined) {
        db.prepare(
          'UPDATE scenario_measures SET lead_agency_zh = ?, lead_agency_en = ? WHERE scenario_id = ? AND measure_id = ?',
        ).run(m.leadAgencyZh, m.leadAgencyEn, scenarioId, edit.key);
      }
      return;
    }
    case 'constraints':
      writeConstraints(db, scenarioId, edit.state);
      return;
    case 'defaults_confirmed': {
      const c = edit.state;
      for (const [key, p] of Object.entries(c.impacts ?? {}))
        writeImpactProvenance(db, scenarioId, key, p);
      for (const [measureId, p] of Object.entries(c.costs ?? {}))
        writeCostProvenance(db, scenarioId, measureId, p);
      if (c.budget) writeBudgetProvenance(db, scenarioId, c.budget);
      if (c.weights) writeWeightsConfirmation(db, scenarioId, c.weights);
      return;
    }
    case 'analysis':
      writeAnalysisSettings(db, scenarioId, edit.state);
      return;
    case 'scenario_name':
      changed(
        db.prepare('UPDATE scenarios SET name = ? WHERE id = ?').run(edit.state.name, scenarioId),
        'scenario',
      );
      return;
    case 'coverage_model':
      changed(
        db
          .prepare('UPDATE scenarios SET coverage_model = ? WHERE id = ?')
          .run(edit.state.model, scenarioId),
        'scenario',
      );
      return;
    case 'scenario_inputs':
      for (const sub of edit.state.edits) applyState(db, scenarioId, sub);
      return;
    case 'synergy': {
      const [a, b] = edit.key.split('|');
      if (edit.state === null) {
        db.prepare(
          'DELETE FROM scenario_synergies WHERE scenario_id = ? AND measure_a = ? AND measure_b = ?',
        ).run(scenarioId, a, b);
      } else {
        db.prepare(
          `INSERT INTO scenario_synergies (scenario_id, measure_a, measure_b, value) VALUES (?, ?, ?, ?)
           ON CONFLICT (scenario_id, measure_a, measure_b) DO UPDATE SET value = excluded.value`,
        ).run(scenarioId, a, b, edit.state.value);
      }
      return;
    }
  }
}

function writeImpactProvenance(
  db: Database.Database,
  scenarioId: number,
  key: string,
  p: Provenance,
): void {
  const [measureId, causeId] = key.split('×');
  const info = db
    .prepare(
      'UPDATE scenario_impacts SET provenance = ?, changed_by = ?, changed_at = ? WHERE scenario_id = ? AND measure_id = ? AND cause_id = ?',
    )
    .run(p.kind, p.by, p.at, scenarioId, measureId, causeId);
  if (info.changes === 0) throw new NotFoundError('impact', key);
}

function writeCostProvenance(
  db: Database.Database,
  scenarioId: number,
  measureId: string,
  p: Provenance,
): void {
  const info = db
    .prepare(
      'UPDATE scenario_measures SET provenance = ?, changed_by = ?, changed_at = ?, cost_is_illustrative = ? WHERE scenario_id = ? AND measure_id = ?',
    )
    .run(p.kind, p.by, p.at, p.kind === 'default' ? 1 : 0, scenarioId, measureId);
  if (info.changes === 0) throw new NotFoundError('measure', measureId);
}

/** A scenario's constraints row (created or replaced), with the budget's provenance when given. */
export function writeConstraints(
  db: Database.Database,
  scenarioId: number,
  c: ConstraintsState,
): void {
  db.prepare(
    `INSERT INTO scenario_constraints (scenario_id, budget, max_measures, required, excluded, requires, excludes)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (scenario_id) DO UPDATE SET budget = excluded.budget, max_measures = excluded.max_measures,
       required = excluded.required, excluded = excluded.excluded, requires = excluded.requires, excludes = excluded.excludes`,
  ).run(
    scenarioId,
    c.budget,
    c.maxMeasures,
    JSON.stringify(c.required),
    JSON.stringify(c.excluded),
    JSON.stringify(c.requires),
    JSON.stringify(c.excludes),
  );
  if (c.budgetProvenance) writeBudgetProvenance(db, scenarioId, c.budgetProvenance);
}

function writeBudgetProvenance(db: Database.Database, scenarioId: number, p: Provenance): void {
  db.prepare(
    `INSERT INTO scenario_constraints (scenario_id, budget_provenance, budget_set_by, budget_set_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (scenario_id) DO UPDATE SET budget_provenance = excluded.budget_provenance,
       budget_set_by = excluded.budget_set_by, budget_set_at = excluded.budget_set_at`,
  ).run(scenarioId, p.kind, p.by, p.at);
}
