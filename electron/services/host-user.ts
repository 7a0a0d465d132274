import type Database from 'better-sqlite3';

/**
 * Edits are attributed to settings.user (db/repositories/edit-log.repo.ts currentUser). The host
 * fills it from the OS account the first time; a name the planner chose later is never
 * overwritten. (A settings repository in db/ would be the better home for this one statement.)
 */
export function recordHostUser(db: Database.Database, user: string): void {
  const name = user.trim().slice(0, 200);
  // A database opened read-only (db/durability/read-only.ts) is only looked at.
  if (name === '' || db.readonly) return;
  db.prepare(
    "INSERT INTO settings (key, value) VALUES ('user', ?) ON CONFLICT (key) DO NOTHING",
  ).run(name);
}
