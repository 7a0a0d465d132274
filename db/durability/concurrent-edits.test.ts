/**
 * Two programs on one database: the services (as the shell or the desktop app run them) make
 * thousands of weight edits while another process opens, reads, writes and closes the same file
 * the way the CLI does, and the real CLI reads it in a loop. Every edit must commit with its audit
 * entry: a busy database is waited for (IMMEDIATE transactions, busy timeout), never an error.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess, repoRoot } from '../../electron/cli/test-cli';
import { dispatch } from '../../electron/services/dispatch';
import { openTempServices, type TempServices } from '../../electron/services/test-support';
import { writeFigures } from '../../scripts/security/figures';

const EDITS = Number(process.env.CONCURRENT_EDITS ?? 3000);

let t: TempServices;
beforeAll(async () => {
  t = await openTempServices();
});
afterAll(() => t.cleanup());

/** Starts the contender; `stop()` closes its stdin and resolves with its counts. */
function contender(file: string): { stop(): Promise<Record<string, number | string>> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'db/durability/contender.ts'), file],
    { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const done = new Promise<Record<string, number | string>>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve(JSON.parse(out.trim().split('\n').pop() || '{}')));
  });
  return {
    stop() {
      child.stdin.end();
      return done;
    },
  };
}

describe('concurrent programs on one database', () => {
  it('loses no weight edit while another process reads and writes the same file', async () => {
    const file = t.db.name;
    const auditBefore = (t.db.prepare('SELECT count(*) AS n FROM edit_log').get() as { n: number })
      .n;
    const started = performance.now();
    // Give the children time to start (tsx) so the whole edit run overlaps with them.
    const other = contender(file);
    let cliRuns = 0;
    let cliFailures = 0;
    let cliDone = false;
    const cliLoop = (async () => {
      while (!cliDone) {
        const r = await runCliProcess(['indicators', '--json'], { dataDir: t.dir });
        cliRuns += 1;
        if (r.code !== 0) cliFailures += 1;
      }
    })();
    await new Promise((r) => setTimeout(r, 2500));

    const failures: string[] = [];
    for (let i = 0; i < EDITS; i += 1) {
      const weight = (i % 97) / 10;
      const causeId = `C${(i % 8) + 1}`;
      const r = await dispatch(t.services, 'scenario:setCauseWeight', {
        scenarioId: 1,
        causeId,
        weight,
      });
      if (!r.ok) failures.push(`${i}: ${r.error.code} ${r.error.message}`);
      // Let the children's pipes drain now and then; the edits themselves stay back to back.
      if (i % 200 === 0) await new Promise((r) => setImmediate(r));
    }
    const editMs = performance.now() - started;
    cliDone = true;
    const [counts] = await Promise.all([other.stop(), cliLoop]);

    const auditAfter = (t.db.prepare('SELECT count(*) AS n FROM edit_log').get() as { n: number })
      .n;
    const figures = {
      edits: EDITS,
      failedEdits: failures.length,
      auditEntries: auditAfter - auditBefore,
      contender: counts,
      cliRuns,
      cliFailures,
      wallMs: Math.round(editMs),
    };
    console.info(`[concurrency] ${JSON.stringify(figures)}`);
    writeFigures('concurrency', figures);
    expect(failures.slice(0, 3)).toEqual([]);
    expect(auditAfter - auditBefore).toBe(EDITS);
    expect(counts.failures).toBe(0);
    expect(Number(counts.writes)).toBeGreaterThan(0);
    expect(cliFailures).toBe(0);
    expect(cliRuns).toBeGreaterThan(0);
  }, 180_000);
});
