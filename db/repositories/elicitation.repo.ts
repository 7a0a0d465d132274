import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import type { AhpVariant } from '../../contract/domain';
import {
  ahpGroupSchema,
  ahpHierarchySchema,
  type AhpGroupView,
  type AhpHierarchyView,
} from '../../contract/elicitation';
import { InvalidValueError, NotFoundError } from '../errors';
import { scenarioRow } from './scenario/read';
import { readWeightingRecord, type WeightingRecord } from './scenario/analysis-settings';
import { applyState, type StateChange } from './scenario/state';
import { stamp, writeIfChanged, type WriteContext, type WriteOptions } from './scenario/write-step';
import { writeTransaction } from '../write-transaction';

/**
 * Weight-elicitation settings and stakeholder sets of a scenario (migration 0060). Applying a
 * method's weights goes through the audited scenario write path as one grouped 'cause_weights'
 * edit, so either every weight changes or none does and one undo reverts them all.
 */

export type WeightMethod = 'direct' | 'roc' | 'swing' | 'ahp' | 'ahpHierarchy' | 'ahpGroup';

/** The AHP variants are stored as method 'ahp' with the variant in the AHP column's JSON. */
const AHP_VARIANTS: readonly WeightMethod[] = ['ahpHierarchy', 'ahpGroup'];

export interface AhpMatrixState {
  causes: string[];
  matrix: (number | null)[][];
}

export interface ElicitationSettings {
  method: WeightMethod;
  rocOrder: string[];
  swingPoints: Record<string, number>;
  ahp: AhpMatrixState | null;
  ahpHierarchy?: AhpHierarchyView | null;
  ahpGroup?: AhpGroupView | null;
}

/** What the ahp_matrix column holds: the single matrix, the variants' drafts, the variant chosen. */
interface StoredAhp extends Partial<AhpMatrixState> {
  variant?: unknown;
  hierarchy?: unknown;
  group?: unknown;
}

export interface StakeholderSetRecord {
  id: number;
  name: string;
  influence: number;
  weights: Record<string, number>;
}

interface MethodRow {
  method: 'direct' | 'roc' | 'swing' | 'ahp';
  roc_order: string;
  swing_points: string;
  ahp_matrix: string;
}

export function getElicitation(db: Database.Database, scenarioId: number): ElicitationSettings {
  scenarioRow(db, scenarioId);
  const row = db
    .prepare(
      'SELECT method, roc_order, swing_points, ahp_matrix FROM scenario_weight_methods WHERE scenario_id = ?',
    )
    .get(scenarioId) as MethodRow | undefined;
  if (!row) return { method: 'direct', rocOrder: [], swingPoints: {}, ahp: null };
  const stored = JSON.parse(row.ahp_matrix) as StoredAhp;
  const hierarchy = ahpHierarchySchema.safeParse(stored.hierarchy);
  const group = ahpGroupSchema.safeParse(stored.group);
  const variant = AHP_VARIANTS.find((v) => v === stored.variant);
  return {
    method: row.method === 'ahp' && variant ? variant : row.method,
    rocOrder: JSON.parse(row.roc_order) as string[],
    swingPoints: JSON.parse(row.swing_points) as Record<string, number>,
    ahp:
      Array.isArray(stored.causes) && Array.isArray(stored.matrix)
        ? { causes: stored.causes, matrix: stored.matrix }
        : null,
    ...(hierarchy.success ? { ahpHierarchy: hierarchy.data } : {}),
    ...(group.success ? { ahpGroup: group.data } : {}),
  };
}

function storedAhp(s: ElicitationSettings): StoredAhp {
  return {
    ...(s.ahp ?? {}),
    ...(AHP_VARIANTS.includes(s.method) ? { variant: s.method } : {}),
    ...(s.ahpHierarchy ? { hierarchy: s.ahpHierarchy } : {}),
    ...(s.ahpGroup ? { group: s.ahpGroup } : {}),
  };
}

/** Saves the method inputs (not undoable: they are working notes; the weights are the decision). */
export function saveElicitation(
  db: Database.Database,
  scenarioId: number,
  s: ElicitationSettings,
  opts: WriteOptions = {},
): ElicitationSettings {
  return writeTransaction(db, () => {
    scenarioRow(db, scenarioId);
    db.prepare(
      `INSERT INTO scenario_weight_methods (scenario_id, method, roc_order, swing_points, ahp_matrix, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (scenario_id) DO UPDATE SET method = excluded.method, roc_order = excluded.roc_order,
         swing_points = excluded.swing_points, ahp_matrix = excluded.ahp_matrix, updated_at = excluded.updated_at`,
    ).run(
      scenarioId,
      AHP_VARIANTS.includes(s.method) ? 'ahp' : s.method,
      JSON.stringify(s.rocOrder),
      JSON.stringify(s.swingPoints),
      JSON.stringify(storedAhp(s)),
      stamp(opts),
    );
    return getElicitation(db, scenarioId);
  });
}

/** What set a group of weights at once; the audit view names the edit after it. */
export type WeightSource = Exclude<WeightMethod, 'direct'> | 'stakeholders' | 'severity';

/**
 * What is recorded with an applied method: the AHP consistency ratio and whether the planner
 * confirmed applying it above 0.10, the ROC order.
 */
export interface MethodDetail {
  cr?: number | null;
  order?: string[];
  confirmed?: boolean;
  /** AHP hierarchy or group: its structure and every matrix's CR. */
  ahp?: AhpVariant;
}

type CauseWeightsChange = Extract<StateChange, { entity: 'cause_weights' }>;

/**
 * The step that writes new cause weights (by cause id) as one 'cause_weights' change (key =
 * source), recording the method with them; null when no weight moves. Validates at once. Each
 * side also logs every cause's weight (`all`), from which the audit states the shares that moved,
 * and the after side the AHP consistency it was applied at.
 */
export function causeWeightsStep(
  db: Database.Database,
  scenarioId: number,
  weights: Record<string, number>,
  source: WeightSource | 'direct',
  /** What the briefing and the audit state with the method. */
  detail: MethodDetail = {},
): (ctx: WriteContext) => CauseWeightsChange | null {
  for (const [id, w] of Object.entries(weights)) {
    if (!Number.isFinite(w) || w < 0)
      throw new InvalidValueError(
        `weights.${id}`,
        bilingual('权重须为非负有限数', 'must be a finite number ≥ 0'),
      );
  }
  return ({ at, user }) => {
    const read = db.prepare(
      'SELECT weight FROM scenario_cause_weights WHERE scenario_id = ? AND cause_id = ?',
    );
    const before: Record<string, number> = {};
    const after: Record<string, number> = {};
    for (const [causeId, weight] of Object.entries(weights)) {
      const row = read.get(scenarioId, causeId) as { weight: number } | undefined;
      if (!row) throw new NotFoundError('cause', causeId);
      // Rounded so a re-applied method does not log an edit for floating-point noise.
      const rounded = Math.round(weight * 1e6) / 1e6;
      if (Math.abs(row.weight - rounded) < 1e-9) continue;
      before[causeId] = row.weight;
      after[causeId] = rounded;
    }
    if (Object.keys(after).length === 0) return null;
    const allBefore = Object.fromEntries(
      (
        db
          .prepare(
            `SELECT w.cause_id AS id, w.weight FROM scenario_cause_weights w JOIN causes c ON c.id = w.cause_id
             WHERE w.scenario_id = ? ORDER BY c.sort`,
          )
          .all(scenarioId) as { id: string; weight: number }[]
      ).map((r) => [r.id, r.weight]),
    );
    // The AHP variants are AHP in the weighting (the briefing's method), the edit's key names them.
    const weighting: WeightingRecord = {
      method: (AHP_VARIANTS as readonly string[]).includes(source)
        ? 'ahp'
        : (source as WeightingRecord['method']),
      by: user,
      at,
      cr: detail.cr ?? null,
      order: detail.order ?? [],
      adjusted: [],
      ...(detail.ahp ? { ahp: detail.ahp } : {}),
    };
    const previous = readWeightingRecord(db, scenarioId);
    applyState(db, scenarioId, {
      entity: 'cause_weights',
      key: source,
      state: { weights: after, weighting },
    });
    return {
      entity: 'cause_weights',
      key: source,
      before: { weights: before, all: allBefore, weighting: previous },
      after: {
        weights: after,
        all: { ...allBefore, ...after },
        weighting,
        ...(typeof detail.cr === 'number'
          ? { consistency: { cr: detail.cr, confirmed: detail.confirmed === true } }
          : {}),
      },
    };
  };
}

/**
 * Writes new cause weights (by cause id) as ONE audited edit ('cause_weights', key = source), so
 * a single undo restores every weight it changed. Returns how many weights changed (0: nothing
 * logged).
 */
export function applyCauseWeights(
  db: Database.Database,
  scenarioId: number,
  weights: Record<string, number>,
  source: WeightSource,
  opts: WriteOptions = {},
  /** What the briefing and the audit state with the method. */
  detail: MethodDetail = {},
): number {
  const step = causeWeightsStep(db, scenarioId, weights, source, detail);
  let changed = 0;
  writeIfChanged(db, scenarioId, opts, (ctx) => {
    const change = step(ctx);
    changed = change === null ? 0 : Object.keys(change.after.weights).length;
    return change;
  });
  return changed;
}

interface StakeholderRow {
  id: number;
  name: string;
  influence: number;
  weights: string;
}

export function listStakeholders(
  db: Database.Database,
  scenarioId: number,
): StakeholderSetRecord[] {
  scenarioRow(db, scenarioId);
  const rows = db
    .prepare(
      'SELECT id, name, influence, weights FROM scenario_stakeholders WHERE scenario_id = ? ORDER BY sort, id',
    )
    .all(scenarioId) as StakeholderRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    influence: r.influence,
    weights: JSON.parse(r.weights) as Record<string, number>,
  }));
}

export interface StakeholderInput {
  name: string;
  influence: number;
  weights: Record<string, number>;
}

/** Inserts (id undefined) or updates one stakeholder set; names are unique per scenario. */
export function saveStakeholder(
  db: Database.Database,
  scenarioId: number,
  input: StakeholderInput & { id?: number | undefined },
): StakeholderSetRecord[] {
  const name = input.name.trim();
  if (name.length === 0)
    throw new InvalidValueError('name', bilingual('名称不能为空', 'name is required'));
  if (!Number.isFinite(input.influence) || input.influence < 0)
    throw new InvalidValueError('influence', bilingual('影响力须 ≥ 0', 'influence must be ≥ 0'));
  return writeTransaction(db, () => {
    scenarioRow(db, scenarioId);
    const clash = db
      .prepare('SELECT id FROM scenario_stakeholders WHERE scenario_id = ? AND name = ?')
      .get(scenarioId, name) as { id: number } | undefined;
    if (clash && clash.id !== input.id)
      throw new InvalidValueError('name', bilingual('名称已存在', 'a set with this name exists'));
    const weights = JSON.stringify(input.weights);
    if (input.id === undefined) {
      const sort = db
        .prepare(
          'SELECT coalesce(max(sort), 0) + 1 AS s FROM scenario_stakeholders WHERE scenario_id = ?',
        )
        .get(scenarioId) as { s: number };
      db.prepare(
        'INSERT INTO scenario_stakeholders (scenario_id, name, influence, weights, sort) VALUES (?, ?, ?, ?, ?)',
      ).run(scenarioId, name, input.influence, weights, sort.s);
    } else {
      const info = db
        .prepare(
          'UPDATE scenario_stakeholders SET name = ?, influence = ?, weights = ? WHERE id = ? AND scenario_id = ?',
        )
        .run(name, input.influence, weights, input.id, scenarioId);
      if (info.changes === 0) throw new NotFoundError('stakeholder', String(input.id));
    }
    return listStakeholders(db, scenarioId);
  });
}

export function deleteStakeholder(
  db: Database.Database,
  scenarioId: number,
  id: number,
): StakeholderSetRecord[] {
  return writeTransaction(db, () => {
    const info = db
      .prepare('DELETE FROM scenario_stakeholders WHERE id = ? AND scenario_id = ?')
      .run(id, scenarioId);
    if (info.changes === 0) throw new NotFoundError('stakeholder', String(id));
    return listStakeholders(db, scenarioId);
  });
}
