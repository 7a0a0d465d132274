import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import { InvalidValueError } from '../errors';
import { importMappingSchema, type ImportMapping } from '../../contract/evidence';
import { currentUser } from './edit-log.repo';

/**
 * Planner-chosen settings kept in the database (so they travel with the data folder): the user
 * name and the import column mappings last used per header layout. The UI language is a
 * per-machine preference kept in localStorage.
 */

const MAX_USER = 100;

/** The name edits are attributed to ('local' until the host or the planner sets one). */
export function getUserName(db: Database.Database): string {
  return currentUser(db);
}

/** Sets the name for edits from now on; earlier audit entries keep the name they were made under. */
export function setUserName(db: Database.Database, name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_USER) {
    throw new InvalidValueError(
      'userName',
      bilingual(`须为1–${MAX_USER}个字符`, `must be 1–${MAX_USER} characters`),
    );
  }
  db.prepare(
    "INSERT INTO settings (key, value) VALUES ('user', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(trimmed);
  return trimmed;
}

const SIGNATURE = /^[0-9a-f]{64}$/;
const mappingKey = (signature: string): string => {
  if (!SIGNATURE.test(signature)) {
    throw new InvalidValueError(
      'signature',
      bilingual('须为 SHA-256 十六进制', 'must be SHA-256 hex'),
    );
  }
  return `import-mapping:${signature}`;
};

/** The mapping last committed for files whose header list has this signature (outline.ts). */
export function getImportMapping(db: Database.Database, signature: string): ImportMapping | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(mappingKey(signature)) as
    { value: string } | undefined;
  if (!row) return null;
  try {
    // A row written by an older version or edited by hand is ignored, never trusted.
    const parsed = importMappingSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Remembers a mapping for the next file laid out the same way. The header row is left out: the
 * next file may have one title line more or less above the same header.
 */
export function saveImportMapping(
  db: Database.Database,
  signature: string,
  mapping: ImportMapping,
): void {
  const { headerRow: _headerRow, ...kept } = importMappingSchema.parse(mapping);
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(mappingKey(signature), JSON.stringify(kept));
}
