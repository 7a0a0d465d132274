/**
 * A read-only database file or data folder, as a user without write permission meets it (as root,
 * the CLI and the shell run as uid 65534, for whom the permission bits apply). Reading still works
 * with a warning that names the file, the reason and the fix; a write is refused as "read-only";
 * nothing is left behind (no `.open` marker); never "internal error" or a bare EACCES.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, databasePath, openDatabase } from '../../db/open';
import { writeFigures } from '../../scripts/security/figures';
import { repoRoot, runCliProcess, type CliRunOptions } from './test-cli';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
/** As root, permission bits do not apply: run the hosts as an unprivileged user instead. */
const asUser: CliRunOptions['user'] = isRoot ? { uid: NOBODY, gid: NOBODY } : undefined;
const CSV = path.join(repoRoot, 'db/import/fixtures/01-long-utf8.csv');

let tmp: string;
const figures = { cases: 0, correctlyRefused: 0 };

/** A data folder with a database in it, owned by the user the hosts run as. */
async function dataFolder(name: string): Promise<{ dir: string; file: string }> {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  const file = databasePath(dir);
  closeDatabase((await openDatabase(file)).db);
  if (asUser) for (const f of [dir, file]) fs.chownSync(f, asUser.uid, asUser.gid);
  return { dir, file };
}

function cli(args: string[], dataDir: string) {
  return runCliProcess(args, { dataDir, ...(asUser ? { user: asUser } : {}) });
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-read-only-'));
  fs.chmodSync(tmp, 0o755);
});

afterAll(() => {
  // Give write permission back so the folder can be removed by a non-root run.
  for (const d of fs.readdirSync(tmp)) fs.chmodSync(path.join(tmp, d), 0o755);
  fs.rmSync(tmp, { recursive: true, force: true });
  writeFigures('read-only', figures);
});

const INTERNAL = /internal error|SqliteError|EACCES|EPERM|at .+:\d+:\d+/;

/** `indicators --json` as the unprivileged user: it must read fine, and say nothing internal. */
async function readIndicators(dir: string): Promise<string> {
  const r = await cli(['indicators', '--json'], dir);
  figures.cases += 1;
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toHaveProperty('indicators');
  expect(r.stderr).not.toMatch(INTERNAL);
  return r.stderr;
}

describe.skipIf(process.platform === 'win32')('a read-only database file', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    ({ dir, file } = await dataFolder('file'));
    fs.chmodSync(file, 0o444);
  });

  it('is read with one warning naming the file, the reason and the fix', async () => {
    const listing = fs.readdirSync(dir).sort();
    const lines = (await readIndicators(dir)).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warning: 数据库以只读方式打开.*the database was opened read-only/);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain('the file is read-only');
    expect(lines[0]).toContain('Make it writable');
    // No marker, no -wal/-shm that would keep it read-only once the user fixed the file.
    expect(
      fs
        .readdirSync(dir)
        .filter((f) => f !== 'logs')
        .sort(),
    ).toEqual(listing.filter((f) => f !== 'logs'));
    figures.correctlyRefused += 1;
  });

  it('refuses a write as read-only (exit 1), stores nothing and leaves no marker', async () => {
    const before = fs.readFileSync(file);
    const r = await cli(['import', CSV], dir);
    figures.cases += 1;
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(INTERNAL);
    expect(r.stderr).toMatch(/read-only/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}.open`)).toBe(false);
    figures.correctlyRefused += 1;
  });
});

describe.skipIf(process.platform === 'win32')('a read-only data folder', () => {
  it('with a database: read from a snapshot copy, with a warning; nothing written there', async () => {
    const { dir, file } = await dataFolder('folder');
    fs.mkdirSync(path.join(dir, 'logs'));
    if (asUser) fs.chownSync(path.join(dir, 'logs'), asUser.uid, asUser.gid);
    fs.chmodSync(dir, 0o555);
    const listing = fs.readdirSync(dir).sort();
    const stderr = await readIndicators(dir);
    expect(stderr).toContain(file);
    expect(stderr).toContain('its folder is read-only');
    expect(stderr).toContain('TRP_DATA_DIR');
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
    figures.correctlyRefused += 1;
  });

  it('without a database: refused naming the file, the reason and the fix (exit 1)', async () => {
    const dir = path.join(tmp, 'empty-folder');
    fs.mkdirSync(dir, { mode: 0o555 });
    fs.chmodSync(dir, 0o555);
    const r = await cli(['indicators', '--json'], dir);
    figures.cases += 1;
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(INTERNAL);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: 无法使用数据库 .*planner\.sqlite3.*cannot use the database/);
    expect(r.stderr).toContain('TRP_DATA_DIR');
    figures.correctlyRefused += 1;
  });

  it('a data folder that cannot be created: the same clear refusal', async () => {
    const parent = path.join(tmp, 'locked-parent');
    fs.mkdirSync(parent, { mode: 0o555 });
    fs.chmodSync(parent, 0o555);
    const r = await cli(['indicators'], path.join(parent, 'data'));
    figures.cases += 1;
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(INTERNAL);
    expect(r.stderr).toContain(path.join(parent, 'data', 'planner.sqlite3'));
    expect(r.stderr).toContain('its folder is read-only');
    figures.correctlyRefused += 1;
  });
});

/** The browser shell as a child process (the user the permission bits apply to), until stopped. */
function serve(dataDir: string): Promise<{ url: URL; stop(): Promise<void> }> {
  const rendererDir = path.join(tmp, 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'electron/shell/serve.ts'), '--port', '0'],
    {
      cwd: repoRoot,
      env: { ...process.env, TRP_DATA_DIR: dataDir, TRP_RENDERER_DIR: rendererDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(asUser ?? {}),
    },
  );
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!out.includes('\n')) return;
      resolve({
        url: new URL(out.trim()),
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

describe.skipIf(process.platform === 'win32')('the browser shell on a read-only database', () => {
  it('reports readOnly in app:info and refuses an edit with a clear message', async () => {
    const { dir, file } = await dataFolder('shell');
    fs.chmodSync(file, 0o444);
    const shell = await serve(dir);
    try {
      const api = async (channel: string, body: unknown) => {
        const res = await fetch(`${shell.url.origin}/api/${channel}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-trp-token': shell.url.searchParams.get('token') ?? '',
          },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };
      const info = await api('app:info', {});
      expect(info.body).toMatchObject({
        ok: true,
        value: {
          readOnly: { file, reason: 'read-only-file', snapshot: expect.any(String) },
          recovery: null,
        },
      });
      const edit = await api('scenario:setCauseWeight', {
        scenarioId: 1,
        causeId: 'C1',
        weight: 3,
      });
      figures.cases += 1;
      expect(edit.status).toBe(409);
      expect(edit.body).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/只读.*read-only/) },
      });
      expect(JSON.stringify(edit.body)).not.toMatch(INTERNAL);
      figures.correctlyRefused += 1;
    } finally {
      await shell.stop();
    }
    expect(fs.existsSync(`${file}.open`)).toBe(false);
  }, 60_000);
});
