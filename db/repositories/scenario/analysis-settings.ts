import type Database from 'better-sqlite3';
import {
  ahpVariantSchema,
  type AhpVariant,
  type AnalysisSettings,
  type Cause,
  type Provenance,
  type WeightMethodName,
  type Weighting,
} from '../../../contract/domain';

/**
 * A scenario's scenario_analysis row, in three independent parts, each written only by its own
 * kind of edit (so undoing one never rewinds another): the robustness settings every robustness
 * figure uses, who confirmed the shipped weights, and the weighting record — what produced the
 * current weights, as the briefing states it.
 */

export const DEFAULT_ANALYSIS: AnalysisSettings = {
  uncertainty: 'around',
  width: 0.2,
  samples: 10_000,
  seed: 2025,
};

/** What produced the current weights; stored with every weight edit so undo restores it. */
export interface WeightingRecord {
  method: WeightMethodName;
  by: string;
  at: string;
  /** AHP consistency ratio of the matrix applied. */
  cr: number | null;
  /** ROC: cause ids most important first. */
  order: string[];
  /** Causes adjusted directly after a method was applied. */
  adjusted: string[];
  /** AHP hierarchy or group: its structure and each matrix's CR (absent in older records). */
  ahp?: AhpVariant | null;
}

export const DEFAULT_WEIGHTING: WeightingRecord = {
  method: 'default',
  by: '',
  at: '',
  cr: null,
  order: [],
  adjusted: [],
};

interface Row {
  uncertainty: AnalysisSettings['uncertainty'];
  width: number;
  samples: number;
  seed: number;
  weights_confirmed_by: string;
  weights_confirmed_at: string;
  weights_method: WeightMethodName;
  weights_by: string;
  weights_at: string;
  weights_cr: number | null;
  weights_order: string;
  weights_adjusted: string;
  weights_ahp: string;
}

function row(db: Database.Database, id: number): Row | undefined {
  return db.prepare('SELECT * FROM scenario_analysis WHERE scenario_id = ?').get(id) as
    Row | undefined;
}

/** Creates the row with its defaults, then sets the given columns (names are ours, not input). */
function update(db: Database.Database, id: number, set: Record<string, unknown>): void {
  db.prepare('INSERT OR IGNORE INTO scenario_analysis (scenario_id) VALUES (?)').run(id);
  const cols = Object.keys(set);
  db.prepare(
    `UPDATE scenario_analysis SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE scenario_id = ?`,
  ).run(...cols.map((c) => set[c]), id);
}

export function readAnalysisSettings(db: Database.Database, id: number): AnalysisSettings {
  const r = row(db, id);
  return r
    ? { uncertainty: r.uncertainty, width: r.width, samples: r.samples, seed: r.seed }
    : { ...DEFAULT_ANALYSIS };
}

export function writeAnalysisSettings(
  db: Database.Database,
  id: number,
  s: AnalysisSettings,
): void {
  update(db, id, { uncertainty: s.uncertainty, width: s.width, samples: s.samples, seed: s.seed });
}

/** Who confirmed the shipped weights as theirs ('' when nobody did). */
export function readWeightsConfirmation(
  db: Database.Database,
  id: number,
): { by: string; at: string } {
  const r = row(db, id);
  return { by: r?.weights_confirmed_by ?? '', at: r?.weights_confirmed_at ?? '' };
}

export function writeWeightsConfirmation(
  db: Database.Database,
  id: number,
  c: { by: string; at: string },
): void {
  update(db, id, { weights_confirmed_by: c.by, weights_confirmed_at: c.at });
}

export function readWeightingRecord(db: Database.Database, id: number): WeightingRecord {
  const r = row(db, id);
  if (!r) return { ...DEFAULT_WEIGHTING };
  return {
    method: r.weights_method,
    by: r.weights_by,
    at: r.weights_at,
    cr: r.weights_cr,
    order: JSON.parse(r.weights_order) as string[],
    adjusted: JSON.parse(r.weights_adjusted) as string[],
    ahp: readAhpVariant(r.weights_ahp),
  };
}

/** '{}' (or anything not a variant, e.g. written by a newer build) reads as a plain AHP matrix. */
function readAhpVariant(json: string): AhpVariant | null {
  const parsed = ahpVariantSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export function writeWeightingRecord(db: Database.Database, id: number, w: WeightingRecord): void {
  update(db, id, {
    weights_method: w.method,
    weights_by: w.by,
    weights_at: w.at,
    weights_cr: w.cr,
    weights_order: JSON.stringify(w.order),
    weights_adjusted: JSON.stringify(w.adjusted),
    weights_ahp: JSON.stringify(w.ahp ?? {}),
  });
}

/** The record after one direct weight edit: a method applied earlier stays named, adjusted since. */
export function afterDirectEdit(
  current: WeightingRecord,
  causeId: string,
  ctx: { by: string; at: string },
): WeightingRecord {
  if (current.method === 'default' || current.method === 'direct') {
    return { ...DEFAULT_WEIGHTING, method: 'direct', by: ctx.by, at: ctx.at };
  }
  const adjusted = current.adjusted.includes(causeId)
    ? current.adjusted
    : [...current.adjusted, causeId].sort();
  return { ...current, by: ctx.by, at: ctx.at, adjusted };
}

export function readStakeholderWeights(
  db: Database.Database,
  id: number,
): { name: string; weights: Record<string, number> }[] {
  return (
    db
      .prepare(
        'SELECT name, weights FROM scenario_stakeholders WHERE scenario_id = ? ORDER BY sort, id',
      )
      .all(id) as { name: string; weights: string }[]
  ).map((r) => ({ name: r.name, weights: JSON.parse(r.weights) as Record<string, number> }));
}

/** Whether every weight still equals the catalogue's default (the paper does not rank the causes). */
export function weightsAreDefault(db: Database.Database, causes: readonly Cause[]): boolean {
  const defaults = new Map(
    (
      db.prepare('SELECT id, default_weight FROM causes').all() as {
        id: string;
        default_weight: number;
      }[]
    ).map((r) => [r.id, r.default_weight]),
  );
  return causes.every((c) => Math.abs(c.weight - (defaults.get(c.id) ?? NaN)) < 1e-12);
}

/**
 * The weighting as the contract reports it. Weights that still equal the shipped defaults are a
 * default (or confirmed, once the planner kept them); anything else is the planner's, even when
 * it came from a file that did not record how.
 */
export function readWeighting(
  db: Database.Database,
  id: number,
  causes: readonly Cause[],
): Weighting {
  const record = readWeightingRecord(db, id);
  const untouched = record.method === 'default' && weightsAreDefault(db, causes);
  let provenance: Provenance;
  if (untouched) {
    const c = readWeightsConfirmation(db, id);
    provenance =
      c.at === '' ? { kind: 'default', by: '', at: '' } : { kind: 'confirmed', by: c.by, at: c.at };
  } else {
    provenance = { kind: 'edited', by: record.by, at: record.at };
  }
  const method: WeightMethodName =
    record.method === 'default' && !untouched ? 'direct' : record.method;
  return {
    provenance,
    method,
    ahpCr: method === 'ahp' ? record.cr : null,
    rocOrder: method === 'roc' ? record.order : [],
    adjustedAfter: record.method === 'default' || record.method === 'direct' ? [] : record.adjusted,
    ...(method === 'ahp' && record.ahp ? { ahpVariant: record.ahp } : {}),
  };
}
