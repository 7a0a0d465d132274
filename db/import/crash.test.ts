/**
 * SIGKILL mid-commit leaves 0 or N rows: a child commits an import of N observations and is
 * killed at a random moment; reopening must show an intact database with the import either
 * wholly present (with its import_log row) or wholly absent.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestDb } from './test-db';

const N = 9000;
/** Kill delays after "ready" (ms): early ones die before or mid-commit, the last one lets it finish. */
const DELAYS = [0, 40, 80, 100, 125, 150, 300, 10_000];

function runAndKill(file: string, delayMs: number): Promise<{ done: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'crash-child.ts'), file, String(N)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready') && !killTimer)
        killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', () => {
      if (killTimer) clearTimeout(killTimer);
      resolve({ done: out.includes('done') });
    });
  });
}

describe('SIGKILL during commit', () => {
  it(`leaves 0 or ${N} imported rows in every trial`, async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-crash-'));
    const outcomes: number[] = [];
    try {
      for (const [t, delay] of DELAYS.entries()) {
        const file = path.join(tmp, `t${t}.sqlite3`);
        (await makeTestDb(file)).close();
        const { done } = await runAndKill(file, delay);
        const db = new Database(file);
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          const imported = (
            db
              .prepare('SELECT count(*) AS n FROM observations WHERE import_id IS NOT NULL')
              .get() as { n: number }
          ).n;
          const logs = (db.prepare('SELECT count(*) AS n FROM import_log').get() as { n: number })
            .n;
          expect([0, N]).toContain(imported);
          expect(logs).toBe(imported === 0 ? 0 : 1);
          if (done) expect(imported).toBe(N);
          outcomes.push(imported);
        } finally {
          db.close();
        }
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    // The unkilled last trial proves the harness sees a finished import as N rows.
    expect(outcomes[outcomes.length - 1]).toBe(N);
    process.stderr.write(`crash trials (imported rows after kill): ${outcomes.join(', ')}\n`);
  }, 120_000);
});
