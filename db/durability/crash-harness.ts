/**
 * The SIGKILL crash harness (docs/security.md, "Database"). Each trial starts db/durability/crash-writer.ts,
 * kills it at a random point, then inspects the file: integrity_check ok, foreign keys intact,
 * every acknowledged commit present, no half-applied batch, import or migration. Write trials
 * reuse one file, so each one also recovers the previous crash; every sixth trial instead starts
 * from the v10 fixture and is killed during open, i.e. during backup + migration.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { Rng } from '../../engine/random';
import { latestVersion } from '../migrate';
import { keptRows } from './migrated-rows';
import { closeDatabase, openDatabase } from '../open';
import { getScenario } from '../repositories/scenario/read';
import { memoryDbAt } from '../test-helpers';
import { columnNames, fixturePath, rowsOf, tableNames } from './make-fixtures';

const here = path.dirname(fileURLToPath(import.meta.url));
const WRITER = path.join(here, 'crash-writer.ts');
const repoRoot = path.resolve(here, '..', '..');

let writerBundle: Promise<string> | null = null;

/**
 * The writer bundled once per run (the same db-layer code, better-sqlite3 loaded from
 * node_modules): plain Node starts it in a fraction of the time tsx's loader takes, which is
 * what makes 200 trials fit in CI. Written under node_modules/.cache so the bundle resolves
 * better-sqlite3 the way the app does.
 */
function bundledWriter(): Promise<string> {
  writerBundle ??= (async () => {
    const outfile = path.join(
      repoRoot,
      'node_modules/.cache/trp-crash',
      `writer-${process.pid}.mjs`,
    );
    await build({
      entryPoints: [WRITER],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3'],
      logLevel: 'warning',
      // Bundled CommonJS dependencies still require() Node built-ins.
      banner: {
        js: "import { createRequire as trpCreateRequire } from 'node:module'; const require = trpCreateRequire(import.meta.url);",
      },
    });
    process.once('exit', () => fs.rmSync(outfile, { force: true }));
    return outfile;
  })();
  return writerBundle;
}
const IMPORT_BASE = 30_000;
const MIGRATE_FROM = 10;

export interface CrashRunOptions {
  trials: number;
  seed?: number;
  /** Run the writer without its batch transaction (negative control). */
  neg?: boolean;
  /** Stop at the first failing trial (the negative control only needs one). */
  stopAtFirstFailure?: boolean;
}

export interface CrashRunResult {
  trials: number;
  failures: string[];
  failedTrials: number;
  writeTrials: number;
  /** Write trials killed while the writer was paused between a batch's two writes. */
  midBatchKills: number;
  migrateTrials: number;
  /** Migration trials that were left at the old version (intact) vs. fully migrated. */
  migrationsStayedOld: number;
  migrationsCompleted: number;
  /** Backups found after migration trials that passed integrity_check at the right version. */
  validBackups: number;
  ackedCommitsChecked: number;
  wallMs: number;
}

interface KillResult {
  acks: { w: number; i: number; count: number };
}

/**
 * When to kill: a delay after the writer printed `opening` or `ready`, or at once when it
 * reports `mid …`, paused inside batch number `pauseAt` (see crash-writer.ts).
 */
type KillPlan =
  { after: 'opening' | 'ready'; delayMs: number } | { after: 'mid'; delayMs: 0; pauseAt: number };

function runAndKill(
  writer: string,
  file: string,
  plan: KillPlan,
  neg: boolean,
  mode: 'writes' | 'open-only' = 'writes',
): Promise<KillResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NEG: neg ? '1' : '0',
        MODE: mode,
        PAUSE_AT: plan.after === 'mid' ? String(plan.pauseAt) : '0',
      },
    });
    const acks = { w: 0, i: 0, count: 0 };
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^([wi]) (\d+)$/.exec(line);
        if (m) {
          acks[m[1] as 'w' | 'i'] = Number(m[2]);
          acks.count += 1;
        }
        if ((line === plan.after || line.startsWith(`${plan.after} `)) && !timer)
          timer = setTimeout(() => child.kill('SIGKILL'), plan.delayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve({ acks });
      else reject(new Error(`crash writer exited by itself: ${stderr.slice(-2000)}`));
    });
  });
}

function schemaOf(db: Database.Database): unknown[] {
  return db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').raw().all();
}

/** Checks a write-trial file after the crash; returns what is wrong (empty = fine). */
async function checkWrites(file: string, acked: { w: number; i: number }): Promise<string[]> {
  const problems: string[] = [];
  const { db, report } = await openDatabase(file);
  try {
    if (report.quickCheck !== null && report.quickCheck !== 'ok')
      problems.push(`quick_check: ${String(report.quickCheck)}`);
    if (report.recovery) problems.push('database needed restoring from a backup');
    const ic = db.pragma('integrity_check', { simple: true });
    if (ic !== 'ok') problems.push(`integrity_check: ${String(ic)}`);
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0)
      problems.push('foreign key violations');
    const causes = getScenario(db, 1).causes;
    const c1 = causes.find((c) => c.id === 'C1')?.weight ?? -1;
    const c2 = causes.find((c) => c.id === 'C2')?.weight ?? -1;
    if (c1 !== c2) problems.push(`half-applied batch: C1=${c1} C2=${c2}`);
    if (c1 < acked.w) problems.push(`lost acknowledged batch: have ${c1}, acked ${acked.w}`);
    // Each weight edit commits with its audit entry: one log row per step (the seed weight is 1),
    // the newest naming the stored weight.
    for (const [id, weight] of [
      ['C1', c1],
      ['C2', c2],
    ] as const) {
      const log = db
        .prepare(
          `SELECT COUNT(*) AS n, (SELECT json_extract(after, '$.weight') FROM edit_log
             WHERE entity = 'cause_weight' AND key = ? ORDER BY id DESC LIMIT 1) AS last
           FROM edit_log WHERE entity = 'cause_weight' AND key = ?`,
        )
        .get(id, id) as { n: number; last: number | null };
      if (log.n !== weight - 1 || (log.last ?? 1) !== weight)
        problems.push(
          `edit and audit entry apart: ${id}=${weight}, ${log.n} log rows, last ${log.last}`,
        );
    }
    const cells = db
      .prepare(
        `SELECT o.value, o.import_id, l.id AS log_id FROM observations o
         LEFT JOIN import_log l ON l.id = o.import_id
         WHERE o.indicator_code = 'gdp' AND o.year = 2000 AND o.import_id IS NOT NULL`,
      )
      .all() as { value: number; import_id: number; log_id: number | null }[];
    if (acked.i > 0 && cells.length !== 3) problems.push(`import rows: ${cells.length} of 3`);
    if (
      new Set(cells.map((c) => c.value)).size > 1 ||
      new Set(cells.map((c) => c.import_id)).size > 1
    )
      problems.push('half-applied import');
    if (cells.some((c) => c.log_id === null))
      problems.push('import rows without their import_log entry');
    const imported = (cells[0]?.value ?? IMPORT_BASE) - IMPORT_BASE;
    if (imported < acked.i)
      problems.push(`lost acknowledged import: have ${imported}, acked ${acked.i}`);
  } finally {
    closeDatabase(db);
  }
  return problems;
}

/** Checks a migration-trial file BEFORE the app reopens it (which would finish the migration). */
async function checkMigration(
  file: string,
): Promise<{ problems: string[]; version: number; validBackups: number }> {
  const problems: string[] = [];
  let validBackups = 0;
  const raw = new Database(file); // runs hot-journal / WAL recovery like any connection
  const fixture = new Database(fixturePath(MIGRATE_FROM), { readonly: true });
  let version: number;
  try {
    version = raw.pragma('user_version', { simple: true }) as number;
    if (version !== MIGRATE_FROM && version !== latestVersion()) {
      problems.push(`half-applied migration: user_version ${version}`);
    } else {
      const ref = await memoryDbAt(version);
      if (JSON.stringify(schemaOf(raw)) !== JSON.stringify(schemaOf(ref)))
        problems.push(`schema does not match v${version}`);
      ref.close();
    }
    const ic = raw.pragma('integrity_check', { simple: true });
    if (ic !== 'ok') problems.push(`integrity_check: ${String(ic)}`);
    for (const table of tableNames(fixture)) {
      const cols = columnNames(fixture, table);
      const was = rowsOf(fixture, table, cols);
      if (!keptRows(MIGRATE_FROM, table, cols, was, rowsOf(raw, table, cols)))
        problems.push(`data changed in ${table}`);
    }
  } finally {
    raw.close();
    fixture.close();
  }
  const backups = path.join(path.dirname(file), 'backups');
  for (const f of fs.existsSync(backups) ? fs.readdirSync(backups) : []) {
    if (!f.endsWith('.sqlite3')) continue; // a .tmp left by the kill is never taken for a backup
    const b = new Database(path.join(backups, f), { readonly: true });
    const bv = b.pragma('user_version', { simple: true });
    const bic = b.pragma('integrity_check', { simple: true });
    b.close();
    // A pre-migration backup must hold the old version; a daily one is taken after migrating.
    const wantVersion = f.startsWith('planner-before-') ? MIGRATE_FROM : latestVersion();
    if (bic !== 'ok' || bv !== wantVersion)
      problems.push(`bad backup ${f}: v${String(bv)}, ${String(bic)}`);
    else validBackups += 1;
  }
  // The app must then open it and finish the job.
  const { db } = await openDatabase(file);
  if (db.pragma('user_version', { simple: true }) !== latestVersion())
    problems.push('reopen did not migrate');
  closeDatabase(db);
  return { problems, version, validBackups };
}

/**
 * 10 % of kills land during start-up (recovery of the previous crash, daily backup), 20 % inside
 * a batch between its two writes, the rest at a random moment of the write loop. The negative
 * control always kills inside a batch: that is the one case it exists to show.
 */
function writeKillPlan(rng: Rng, neg: boolean): KillPlan {
  const pick = neg ? 0.5 : rng.next();
  if (pick < 0.1) return { after: 'opening', delayMs: rng.nextInt(30) };
  if (pick < 0.3 || neg) return { after: 'mid', delayMs: 0, pauseAt: 1 + rng.nextInt(25) };
  return { after: 'ready', delayMs: rng.nextInt(150) };
}

export async function runCrashTrials(opts: CrashRunOptions): Promise<CrashRunResult> {
  const started = Date.now();
  const rng = Rng.fromSeed(opts.seed ?? 7);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-crash-'));
  const writesFile = path.join(root, 'writes', 'planner.sqlite3');
  fs.mkdirSync(path.dirname(writesFile));
  const result: CrashRunResult = {
    trials: 0,
    failures: [],
    failedTrials: 0,
    writeTrials: 0,
    midBatchKills: 0,
    migrateTrials: 0,
    migrationsStayedOld: 0,
    migrationsCompleted: 0,
    validBackups: 0,
    ackedCommitsChecked: 0,
    wallMs: 0,
  };
  const acked = { w: 0, i: 0 };
  const writer = await bundledWriter();
  try {
    for (let trial = 1; trial <= opts.trials; trial += 1) {
      result.trials = trial;
      let problems: string[];
      if (!opts.neg && trial % 6 === 0) {
        result.migrateTrials += 1;
        const file = path.join(root, `migrate-${trial}`, 'planner.sqlite3');
        fs.mkdirSync(path.dirname(file));
        fs.copyFileSync(fixturePath(MIGRATE_FROM), file);
        await runAndKill(
          writer,
          file,
          { after: 'opening', delayMs: rng.nextInt(150) },
          false,
          'open-only',
        );
        const m = await checkMigration(file);
        problems = m.problems;
        result.validBackups += m.validBackups;
        if (m.version === MIGRATE_FROM) result.migrationsStayedOld += 1;
        else result.migrationsCompleted += 1;
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      } else {
        result.writeTrials += 1;
        const plan = writeKillPlan(rng, opts.neg ?? false);
        if (plan.after === 'mid') result.midBatchKills += 1;
        const { acks } = await runAndKill(writer, writesFile, plan, opts.neg ?? false);
        acked.w = Math.max(acked.w, acks.w);
        acked.i = Math.max(acked.i, acks.i);
        result.ackedCommitsChecked += acks.count;
        problems = await checkWrites(writesFile, acked);
      }
      if (problems.length > 0) {
        result.failedTrials += 1;
        result.failures.push(`trial ${trial}: ${problems.join('; ')}`);
        if (opts.stopAtFirstFailure) break;
      }
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    result.wallMs = Date.now() - started;
  }
  return result;
}
