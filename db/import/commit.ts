/**
 * Writing an import, and undoing it. Each is ONE better-sqlite3 transaction, so a crash or a
 * SIGKILL mid-commit leaves either none or all of the rows (SQLite's atomic commit); nothing
 * here uses exec('BEGIN') whose failure would not roll back by itself.
 *
 * What undo needs is stored with the import: import_log.replaced holds the full previous rows the
 * import overwrote, and every written observation carries import_id. Plain SQL against the
 * 0020/0030 schema (the repositories are written elsewhere).
 */
import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { obsKey } from './reference';
import { sameValue, type StagedObservation } from './validate';

export interface CommitInput {
  fileName: string;
  sha256: string;
  rows: number;
  observations: readonly StagedObservation[];
  user?: string;
  /** ISO timestamp; injectable so tests are deterministic. */
  at?: string;
}

export interface CommitResult {
  importId: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

interface StoredRow {
  id: number;
  indicator_code: string;
  region_code: string;
  year: number;
  value: number;
  qualifier: string;
  source_id: string;
  note_zh: string;
  note_en: string;
  import_id: number | null;
}

export const importSourceId = (importId: number): string => `import-${importId}`;

export function commitImport(db: Database.Database, input: CommitInput): CommitResult {
  const insertLog = db.prepare(
    `INSERT INTO import_log (at, user, file_name, sha256, rows_total, rows_inserted, rows_updated)
     VALUES (?, ?, ?, ?, ?, 0, 0)`,
  );
  const insertSource = db.prepare(
    `INSERT INTO sources (id, publisher_zh, publisher_en, title_zh, title_en, year, note_zh, note_en)
     VALUES (?, '导入文件', 'Imported file', ?, ?, NULL, ?, ?)`,
  );
  // One query per indicator instead of one per row: a 100k-row import would otherwise spend a
  // third of its time in point lookups.
  const obsOfIndicator = db.prepare(
    `SELECT id, indicator_code, region_code, year, value, qualifier, source_id, note_zh, note_en, import_id
     FROM observations WHERE indicator_code = ?`,
  );
  const insertObs = db.prepare(
    `INSERT INTO observations (indicator_code, region_code, year, value, qualifier, source_id, note_zh, note_en, import_id)
     VALUES (?, ?, ?, ?, 'exact', ?, '', '', ?)`,
  );
  const updateObs = db.prepare(
    `UPDATE observations SET value = ?, qualifier = 'exact', source_id = ?, note_zh = '', note_en = '', import_id = ? WHERE id = ?`,
  );
  const finishLog = db.prepare(
    'UPDATE import_log SET rows_inserted = ?, rows_updated = ?, replaced = ? WHERE id = ?',
  );

  const run = db.transaction((): CommitResult => {
    const at = input.at ?? new Date().toISOString();
    const importId = Number(
      insertLog.run(at, input.user ?? '', input.fileName, input.sha256, input.rows).lastInsertRowid,
    );
    const sourceId = importSourceId(importId);
    const note = `SHA-256 ${input.sha256}`;
    insertSource.run(
      sourceId,
      input.fileName,
      input.fileName,
      `${note}，导入于 ${at}`,
      `${note}, imported ${at}`,
    );
    const existing = new Map<string, StoredRow>();
    for (const code of new Set(input.observations.map((o) => o.indicator))) {
      for (const r of obsOfIndicator.all(code) as StoredRow[])
        existing.set(obsKey(r.indicator_code, r.region_code, r.year), r);
    }
    const replaced: StoredRow[] = [];
    let inserted = 0;
    let unchanged = 0;
    for (const o of input.observations) {
      const old = existing.get(obsKey(o.indicator, o.region, o.year));
      if (!old) {
        insertObs.run(o.indicator, o.region, o.year, o.value, sourceId, importId);
        inserted++;
      } else if (sameValue(old.value, o.value)) {
        // Re-importing a figure that is already there must not erase its provenance (source, notes).
        unchanged++;
      } else {
        replaced.push(old);
        updateObs.run(o.value, sourceId, importId, old.id);
      }
    }
    finishLog.run(inserted, replaced.length, JSON.stringify(replaced), importId);
    return { importId, inserted, updated: replaced.length, unchanged };
  });
  return run.immediate();
}

export class ImportUndoError extends Error {
  readonly rule: string;
  constructor(rule: string, message: string) {
    super(message);
    this.name = 'ImportUndoError';
    this.rule = rule;
  }
}

export interface UndoResult {
  importId: number;
  deleted: number;
  restored: number;
}

/**
 * Restores what the import replaced (UPDATE by id, so quality flags attached to those rows
 * survive) and deletes what it inserted. Refused when a later import has overwritten some of
 * its rows: undoing out of order would silently throw the later import's values away.
 */
export function undoImport(db: Database.Database, importId: number): UndoResult {
  const run = db.transaction((): UndoResult => {
    const log = db
      .prepare(
        'SELECT rows_inserted AS inserted, rows_updated AS updated, replaced, undone FROM import_log WHERE id = ?',
      )
      .get(importId) as
      { inserted: number; updated: number; replaced: string; undone: number } | undefined;
    if (!log)
      throw new ImportUndoError(
        'import-not-found',
        bilingual(`未找到导入记录 ${importId}。`, `Import ${importId} not found.`),
      );
    if (log.undone === 1) {
      throw new ImportUndoError(
        'already-undone',
        bilingual(`导入 ${importId} 已经撤销过。`, `Import ${importId} has already been undone.`),
      );
    }
    const current = (
      db.prepare('SELECT count(*) AS n FROM observations WHERE import_id = ?').get(importId) as {
        n: number;
      }
    ).n;
    if (current !== log.inserted + log.updated) {
      throw new ImportUndoError(
        'overwritten-later',
        bilingual(
          `导入 ${importId} 的部分数据已被之后的导入覆盖，请先撤销之后的导入。`,
          `Some values of import ${importId} were overwritten by a later import; undo that one first.`,
        ),
      );
    }
    const replaced = JSON.parse(log.replaced) as StoredRow[];
    const restore = db.prepare(
      'UPDATE observations SET value = ?, qualifier = ?, source_id = ?, note_zh = ?, note_en = ?, import_id = ? WHERE id = ?',
    );
    for (const r of replaced)
      restore.run(r.value, r.qualifier, r.source_id, r.note_zh, r.note_en, r.import_id, r.id);
    const deleted = db
      .prepare('DELETE FROM observations WHERE import_id = ?')
      .run(importId).changes;
    db.prepare(
      'DELETE FROM sources WHERE id = ? AND NOT EXISTS (SELECT 1 FROM observations WHERE source_id = ?) AND NOT EXISTS (SELECT 1 FROM indicators WHERE default_source_id = ?)',
    ).run(importSourceId(importId), importSourceId(importId), importSourceId(importId));
    db.prepare('UPDATE import_log SET undone = 1 WHERE id = ?').run(importId);
    return { importId, deleted, restored: replaced.length };
  });
  return run.immediate();
}

/**
 * SHA-256 of every observation, sorted: equal before and after a refused import or an undo
 * means the evidence the planner sees is exactly what it was.
 */
export function observationsChecksum(db: Database.Database): string {
  const hash = createHash('sha256');
  const rows = db
    .prepare(
      `SELECT indicator_code, region_code, year, value, qualifier, source_id, note_zh, note_en, import_id
       FROM observations ORDER BY indicator_code, region_code, year`,
    )
    .raw()
    .iterate() as IterableIterator<unknown[]>;
  for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
  return hash.digest('hex');
}
