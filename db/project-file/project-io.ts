import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { ImportReply } from '../../electron/contract/workflow';
import { InvalidValueError } from '../errors';
import { appendEdit } from '../repositories/edit-log.repo';
import { deleteScenarioUndoable, freeName } from '../repositories/global-undo.repo';
import { readScenario, readSummaries } from '../repositories/scenario-rows';
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  projectFileSchema,
  toProjectScenario,
  type ProjectFile,
} from './format';
import { insertProjectScenario, validateAgainstDatabase } from './restore';

/** Project export/import: the whole project or chosen scenarios as one file, and back. */

export interface ExportOptions {
  scenarioIds?: number[];
  appVersion: string;
  now?: Date;
}

export function exportProject(
  db: Database.Database,
  opts: ExportOptions,
): { text: string; fileName: string; scenarioCount: number } {
  const ids = opts.scenarioIds ?? readSummaries(db).map((s) => s.id);
  const now = opts.now ?? new Date();
  const doc: ProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    exportedAt: now.toISOString(),
    appVersion: opts.appVersion,
    scenarios: ids.map((id) => toProjectScenario(readScenario(db, id))),
  };
  const day = now.toISOString().slice(0, 10);
  return {
    text: `${JSON.stringify(doc, null, 2)}\n`,
    fileName: `talent-retention-project-${day}.json`,
    scenarioCount: doc.scenarios.length,
  };
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
    '',
  );
}

/** Parses and validates a project file; a bad file is an InvalidValueError naming the first bad field. */
export function parseProjectFile(text: string): ProjectFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidValueError('file', '不是有效的 JSON 文件 / the file is not valid JSON');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== PROJECT_FORMAT) {
    throw new InvalidValueError('format', `不是本程序的项目文件 / not a ${PROJECT_FORMAT} file`);
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROJECT_VERSION) {
    throw new InvalidValueError(
      'version',
      `文件版本 ${version} 高于本程序支持的版本 ${PROJECT_VERSION}，请升级 / file version ${version} is newer than this app supports (${PROJECT_VERSION}); please update`,
    );
  }
  const parsed = projectFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issuePath(issue.path) : 'file';
    throw new InvalidValueError(field || 'file', issue?.message ?? z.prettifyError(parsed.error));
  }
  const names = new Set<string>();
  parsed.data.scenarios.forEach((s, i) => {
    if (names.has(s.name))
      throw new InvalidValueError(
        `scenarios[${i}].name`,
        `文件中名称重复 / duplicate name "${s.name}" in the file`,
      );
    names.add(s.name);
  });
  return parsed.data;
}

export type ConflictPolicy = 'rename' | 'replace' | 'skip';

/**
 * Imports a project file. Nothing is written when the file is invalid, and nothing is
 * overwritten unless the caller says how to resolve name clashes: without `onConflict`, clashes
 * are returned and the database is untouched. Replaced scenarios are deleted undoably.
 */
export function importProject(
  db: Database.Database,
  text: string,
  onConflict?: ConflictPolicy,
  now: Date = new Date(),
): ImportReply {
  const file = parseProjectFile(text);
  file.scenarios.forEach((s, i) => validateAgainstDatabase(db, s, `scenarios[${i}]`));
  const existing = new Map(readSummaries(db).map((s) => [s.name, s.id]));
  const conflicts = file.scenarios
    .filter((s) => existing.has(s.name))
    .map((s) => ({ name: s.name, existingId: existing.get(s.name) ?? 0 }));
  if (conflicts.length > 0 && onConflict === undefined) {
    return { status: 'conflicts', conflicts, total: file.scenarios.length };
  }
  const at = now.toISOString();
  return db.transaction((): ImportReply => {
    const imported: { id: number; name: string }[] = [];
    const skipped: string[] = [];
    const replaced: string[] = [];
    file.scenarios.forEach((s, i) => {
      const clashId = existing.get(s.name);
      if (clashId !== undefined && onConflict === 'skip') {
        skipped.push(s.name);
        return;
      }
      if (clashId !== undefined && onConflict === 'replace') {
        deleteScenarioUndoable(db, clashId, { now: () => now });
        replaced.push(s.name);
      }
      const name = freeName(db, s.name);
      const id = insertProjectScenario(db, s, { name, at, field: `scenarios[${i}]` });
      appendEdit(db, {
        scenarioId: id,
        entity: 'scenario',
        key: String(id),
        before: null,
        after: { name, regionCode: s.regionCode, importedFrom: file.exportedAt },
        at,
      });
      imported.push({ id, name });
    });
    return { status: 'imported', imported, skipped, replaced };
  })();
}
