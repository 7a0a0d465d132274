/**
 * Names for the things a change is about, in both languages, read from the catalogue tables:
 * causes and measures as "C4 name" (the id the rest of the app shows, plus what it means),
 * regions by name only. An id the catalogue no longer knows is shown as itself rather than
 * hidden.
 */
import type Database from 'better-sqlite3';
import type { Bilingual } from '../../contract/change';

/** The contract's short-text limit: a name is clipped, never rejected at the boundary. */
const NAME_MAX = 200;

export interface NameBook {
  cause(id: string): Bilingual;
  isCause(id: string): boolean;
  measure(id: string): Bilingual;
  isMeasure(id: string): boolean;
  region(code: string): Bilingual;
  /** An indicator by name (its code is a data key, not something a planner reads). */
  indicator(code: string): Bilingual;
  /** A scenario that still exists, by id; null when it was deleted. */
  scenario(id: number): Bilingual | null;
  /** The unit of a scenario's costs and budget ("亿元 / 100 million CNY" split in two). */
  costUnit(scenarioId: number | null): Bilingual | null;
}

const clip = (s: string): string => (s.length > NAME_MAX ? `${s.slice(0, NAME_MAX - 1)}…` : s);

export const both = (zh: string, en: string): Bilingual => ({ zh: clip(zh), en: clip(en) });

/** "亿元 / 100 million CNY" → { zh: '亿元', en: '100 million CNY' }; a one-language unit as is. */
export function bilingualUnit(unit: string): Bilingual | null {
  if (unit.trim() === '') return null;
  const parts = unit.split(' / ');
  if (parts.length !== 2) return both(unit, unit);
  return both(parts[0]!.trim() || unit, parts[1]!.trim() || unit);
}

/** "M1 name × C3 name": an impact cell, the measure acting on the cause. */
export function onCause(measure: Bilingual, cause: Bilingual): Bilingual {
  return both(`${measure.zh} 对 ${cause.zh}`, `${measure.en} on ${cause.en}`);
}

/** "C8 name ← indicator name": the indicator a cause's severity is read from. */
export function readFrom(cause: Bilingual, indicator: Bilingual): Bilingual {
  return both(`${cause.zh} ← ${indicator.zh}`, `${cause.en} ← ${indicator.en}`);
}

/** Two measures together (a synergy). */
export function together(a: Bilingual, b: Bilingual): Bilingual {
  return both(`${a.zh} 与 ${b.zh}`, `${a.en} and ${b.en}`);
}

interface NamedRow {
  id: string;
  name_zh: string;
  name_en: string;
}

function idNamed(rows: NamedRow[]): Map<string, Bilingual> {
  return new Map(rows.map((r) => [r.id, both(`${r.id} ${r.name_zh}`, `${r.id} ${r.name_en}`)]));
}

/** Reads the catalogue once; cheap enough to build per request. */
export function nameBook(db: Database.Database): NameBook {
  const causes = idNamed(db.prepare('SELECT id, name_zh, name_en FROM causes').all() as NamedRow[]);
  const measures = idNamed(
    db.prepare('SELECT id, name_zh, name_en FROM measures').all() as NamedRow[],
  );
  const regions = new Map(
    (db.prepare('SELECT code AS id, name_zh, name_en FROM regions').all() as NamedRow[]).map(
      (r) => [r.id, both(r.name_zh, r.name_en)],
    ),
  );
  const indicators = new Map(
    (db.prepare('SELECT code AS id, name_zh, name_en FROM indicators').all() as NamedRow[]).map(
      (r) => [r.id, both(r.name_zh, r.name_en)],
    ),
  );
  const scenarioName = db.prepare('SELECT name FROM scenarios WHERE id = ?');
  const scenarioUnit = db.prepare(
    `SELECT sm.cost_unit AS unit FROM scenario_measures sm JOIN measures m ON m.id = sm.measure_id
     WHERE sm.scenario_id = ? ORDER BY m.sort LIMIT 1`,
  );
  const defaultUnit = db.prepare('SELECT cost_unit AS unit FROM measures ORDER BY sort LIMIT 1');
  const asIs = (id: string) => both(id, id);
  return {
    cause: (id) => causes.get(id) ?? asIs(id),
    isCause: (id) => causes.has(id),
    measure: (id) => measures.get(id) ?? asIs(id),
    isMeasure: (id) => measures.has(id),
    region: (code) => regions.get(code) ?? asIs(code),
    indicator: (code) => indicators.get(code) ?? asIs(code),
    scenario: (id) => {
      const row = scenarioName.get(id) as { name: string } | undefined;
      return row ? both(row.name, row.name) : null;
    },
    costUnit: (scenarioId) => {
      const row =
        (scenarioId === null ? undefined : scenarioUnit.get(scenarioId)) ?? defaultUnit.get();
      return row ? bilingualUnit((row as { unit: string }).unit) : null;
    },
  };
}
