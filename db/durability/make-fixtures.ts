/**
 * Generates db/durability/fixtures/v<N>.sqlite3: one small database per schema version, filled
 * with the app's real default dataset plus a planner's work (a second scenario, audited edits, a
 * synergy, weight-method inputs, a stakeholder set, an import), in the columns that version had.
 * Committed output; rerun with `npx tsx db/durability/make-fixtures.ts` when a migration is added.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { migrate } from '../migrate';
import { migrations } from '../migrations/index';
import { exportIndicatorCsv } from '../import/export';
import { importBytes } from '../import/run-import';
import { openDatabase } from '../open';
import { saveElicitation, saveStakeholder } from '../repositories/elicitation.repo';
import { setRegionSettings } from '../repositories/region-settings.repo';
import { setSynergy } from '../repositories/scenario/manage';
import { createScenarioFromDefaults, setCauseWeight } from '../repositories/scenario/write';
import { getDefaultScenarioId, getScenario } from '../repositories/scenario/read';

export const FIXTURE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const fixturePath = (version: number): string =>
  path.join(FIXTURE_DIR, `v${version}.sqlite3`);

export function tableNames(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

export function columnNames(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map(
    (c) => c.name,
  );
}

/** Rows of `table` restricted to `columns`, in a stable order, for equality checks. */
export function rowsOf(db: Database.Database, table: string, columns: string[]): unknown[] {
  const cols = columns.map((c) => `"${c}"`).join(', ');
  return db.prepare(`SELECT ${cols} FROM "${table}" ORDER BY ${cols}`).raw().all();
}

/** Fixed, so regenerating a fixture changes it only when the schema or the seed changed. */
const FIXTURE_CLOCK = { now: () => new Date('2026-03-01T08:00:00Z') };

/**
 * What a planner leaves behind beyond the seed, so the tables the seed leaves empty (edit log,
 * synergies, weight methods, stakeholders, import log) are part of the "data intact" check too.
 */
async function addPlannerWork(db: Database.Database): Promise<void> {
  const base = getScenario(db, getDefaultScenarioId(db) ?? 1);
  const pilot = createScenarioFromDefaults(
    db,
    '沈阳试点 / Shenyang pilot',
    base.regionCode,
    FIXTURE_CLOCK,
  );
  const [c1, c2] = pilot.causes.map((c) => c.id);
  const [m1, m2] = pilot.measures.map((m) => m.id);
  if (!c1 || !c2 || !m1 || !m2) throw new Error('the seed has fewer than two causes or measures');
  setCauseWeight(db, pilot.id, c1, 42, FIXTURE_CLOCK);
  setSynergy(db, pilot.id, m1, m2, 0.2, FIXTURE_CLOCK);
  setRegionSettings(db, pilot.id, { mapIndicator: 'disposable_income' }, FIXTURE_CLOCK);
  saveElicitation(
    db,
    pilot.id,
    { method: 'roc', rocOrder: [c2, c1], swingPoints: { [c1]: 100, [c2]: 40 }, ahp: null },
    FIXTURE_CLOCK,
  );
  saveStakeholder(db, pilot.id, {
    name: '市人社局 / HR bureau',
    influence: 2,
    weights: { [c1]: 3 },
  });
  // Re-importing an export with one value changed writes an import_log row and an update.
  const csv = exportIndicatorCsv(db, 'disposable_income').replace('37992', '37993');
  const report = await importBytes(db, Buffer.from(csv), 'fixture.csv', {
    mapping: { regionColumn: '地区', indicator: 'disposable_income' },
    user: 'fixture',
  });
  if (!report.committed) throw new Error(`fixture import failed: ${JSON.stringify(report.errors)}`);
}

export async function makeFixture(version: number, file: string): Promise<void> {
  const { db: full } = await openDatabase(':memory:');
  await addPlannerWork(full);
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  try {
    // DELETE journal: a committed fixture must be one self-contained file.
    db.pragma('journal_mode = DELETE');
    await migrate(db, { targetVersion: version });
    db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      for (const table of tableNames(db)) {
        const cols = columnNames(db, table).filter((c) => columnNames(full, table).includes(c));
        const quoted = cols.map((c) => `"${c}"`).join(', ');
        const insert = db.prepare(
          `INSERT INTO "${table}" (${quoted}) VALUES (${cols.map(() => '?').join(', ')})`,
        );
        for (const row of full.prepare(`SELECT ${quoted} FROM "${table}"`).raw().all())
          insert.run(...(row as unknown[]));
      }
    })();
    db.exec('VACUUM');
  } finally {
    db.close();
    full.close();
  }
}

/**
 * Every schema version a user may have on disk, the newest included: its fixture is made while
 * its code is current, so it already exists when the next migration lands. When a migration is
 * added, the fixtures test fails until this script is rerun and the new fixture committed.
 */
export const FIXTURE_VERSIONS = migrations.map((m) => m.version);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(FIXTURE_DIR, { recursive: true });
  void (async () => {
    for (const v of FIXTURE_VERSIONS) await makeFixture(v, fixturePath(v));
    console.log(`wrote ${FIXTURE_VERSIONS.map((v) => `v${v}`).join(', ')} to ${FIXTURE_DIR}`);
  })();
}
