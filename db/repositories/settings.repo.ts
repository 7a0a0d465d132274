import type Database from 'better-sqlite3';
import { InvalidValueError } from '../errors';
import { currentUser } from './edit-log.repo';

/**
 * Planner-chosen settings kept in the database (so they travel with the data folder). Only the
 * user name lives here; the UI language is a per-machine preference kept in localStorage.
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
      `须为1–${MAX_USER}个字符 / must be 1–${MAX_USER} characters`,
    );
  }
  db.prepare(
    "INSERT INTO settings (key, value) VALUES ('user', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(trimmed);
  return trimmed;
}
