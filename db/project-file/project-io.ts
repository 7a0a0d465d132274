import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import type { ImportReply } from '../../contract/project-file';
import { InvalidValueError } from '../errors';
import { writeTransaction } from '../write-transaction';
import { PROJECT_EXTENSION } from '../../contract/opened-file';
import { appendEdit } from '../repositories/edit-log.repo';
import { deleteScenarioUndoable, freeName } from '../repositories/global-undo.repo';
import { readScenario, readSummaries } from '../repositories/scenario/read';
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  projectFileSchema,
  toProjectScenario,
  type ProjectFile,
} from './format';
import { insertProjectScenario } from './restore';
import {
  ProjectFileError,
  scenarioProblems,
  unknownIdProblems,
  zodProblems,
  type ProjectProblem,
} from './validate';

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
    // The extension the installers register, so the file opens the app from the file manager.
    fileName: `talent-retention-project-${day}${PROJECT_EXTENSION}`,
    scenarioCount: doc.scenarios.length,
  };
}

/**
 * Parses and validates a whole project file. A bad file is one ProjectFileError listing every
 * problem with its path; only the envelope (JSON, format, version) stops at the first.
 */
export function parseProjectFile(text: string): ProjectFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidValueError(
      'file',
      bilingual('不是有效的 JSON 文件', 'the file is not valid JSON'),
    );
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== PROJECT_FORMAT) {
    throw new InvalidValueError(
      'format',
      bilingual(`不是本程序的项目文件`, `not a ${PROJECT_FORMAT} file`),
    );
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROJECT_VERSION) {
    throw new InvalidValueError(
      'version',
      bilingual(
        `文件版本 ${version} 高于本程序支持的版本 ${PROJECT_VERSION}，请升级`,
        `file version ${version} is newer than this app supports (${PROJECT_VERSION}); please update`,
      ),
    );
  }
  const parsed = projectFileSchema.safeParse(json);
  if (!parsed.success) throw new ProjectFileError(zodProblems(parsed.error));
  const problems: ProjectProblem[] = [];
  const names = new Map<string, number>();
  parsed.data.scenarios.forEach((s, i) => {
    const seen = names.get(s.name);
    if (seen !== undefined)
      problems.push({
        path: `scenarios[${i}].name`,
        message: `文件中名称重复（已在 scenarios[${seen}]）/ duplicate name "${s.name}" in the file (already at scenarios[${seen}])`,
      });
    else names.set(s.name, i);
    problems.push(...scenarioProblems(s, `scenarios[${i}]`));
  });
  if (problems.length > 0) throw new ProjectFileError(problems);
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
  const unknown = file.scenarios.flatMap((s, i) => unknownIdProblems(db, s, `scenarios[${i}]`));
  if (unknown.length > 0) throw new ProjectFileError(unknown);
  const existing = new Map(readSummaries(db).map((s) => [s.name, s.id]));
  const conflicts = file.scenarios
    .filter((s) => existing.has(s.name))
    .map((s) => ({ name: s.name, existingId: existing.get(s.name) ?? 0 }));
  if (conflicts.length > 0 && onConflict === undefined) {
    return { status: 'conflicts', conflicts, total: file.scenarios.length };
  }
  const at = now.toISOString();
  return writeTransaction(db, (): ImportReply => {
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
  });
}
