import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { fsyncPath } from './durability/backups';
import { DatabaseFromNewerVersionError } from './errors';
import { LATEST_VERSION, migrations, type Migration } from './migrations/index';

export interface MigrateOptions {
  /** Where backups go (created if missing). Without it no backup is taken (in-memory databases, tests). */
  backupDir?: string;
  /** Stop at this version instead of the newest (migration tests move to N−1 first). */
  targetVersion?: number;
  /** How many pre-migration backups to keep; older ones are deleted. */
  keepBackups?: number;
  /** Injected clock for deterministic backup names in tests. */
  now?: () => Date;
  /** The list to run; defaults to the app's migrations (tests inject a faulty step to prove rollback). */
  steps?: readonly Migration[];
}

export interface MigrateReport {
  from: number;
  to: number;
  applied: string[];
  backupPath: string | null;
}

export function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date. All pending steps and the new user_version commit in ONE
 * IMMEDIATE transaction: a crash mid-way leaves the old schema intact, never half of each.
 * An existing database is first copied with SQLite's online backup API (a plain file copy can
 * miss pages still in the WAL), so a migration bug can never cost the planner their scenarios.
 */
export async function migrate(
  db: Database.Database,
  opts: MigrateOptions = {},
): Promise<MigrateReport> {
  const steps = opts.steps ?? migrations;
  const newest = steps[steps.length - 1]?.version ?? 0;
  const target = opts.targetVersion ?? newest;
  const from = userVersion(db);
  if (from > newest) throw new DatabaseFromNewerVersionError(from, newest);
  const pending = steps.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from, applied: [], backupPath: null };

  let backupPath: string | null = null;
  if (from > 0 && opts.backupDir) {
    backupPath = await backupBeforeMigration(db, opts.backupDir, from, opts.now?.() ?? new Date());
    pruneBackups(opts.backupDir, opts.keepBackups ?? 10);
  }

  const run = db.transaction(() => {
    for (const step of pending) step.up(db);
    const to = pending[pending.length - 1]?.version ?? from;
    // PRAGMA takes no bound parameters; `to` is an integer from our own list.
    db.pragma(`user_version = ${Math.trunc(to)}`);
    return to;
  });
  const to = run.immediate();
  return { from, to, applied: pending.map((m) => `${m.version}-${m.name}`), backupPath };
}

/** The newest schema version this build knows. */
export function latestVersion(): number {
  return LATEST_VERSION;
}

async function backupBeforeMigration(
  db: Database.Database,
  dir: string,
  version: number,
  at: Date,
): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const finalPath = path.join(dir, `planner-before-v${version}-${stamp}.sqlite3`);
  // Write to a temp name and rename: a crash during the copy must not leave a file that looks complete.
  const tmp = `${finalPath}.tmp`;
  await db.backup(tmp);
  fsyncPath(tmp);
  fs.renameSync(tmp, finalPath);
  // The rename is only durable once the directory entry is flushed too.
  fsyncPath(dir);
  return finalPath;
}

function pruneBackups(dir: string, keep: number): void {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^planner-before-v\d+-.*\.sqlite3$/.test(f))
    // ISO-like stamps sort lexically; compare them, not the version prefix.
    .sort((a, b) => stampOf(a).localeCompare(stampOf(b)));
  for (const f of files.slice(0, Math.max(0, files.length - keep)))
    fs.rmSync(path.join(dir, f), { force: true });
}

function stampOf(file: string): string {
  return file.replace(/^planner-before-v\d+-/, '');
}
