import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeDatabase, databasePath, openDatabase } from '../open';
import { listEdits } from '../repositories/edit-log.repo';
import { getScenario } from '../repositories/scenarios.repo';
import { tempDir } from '../test-helpers';

const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crash-writer.ts');
// Few trials: the machine is shared; each trial costs one tsx start-up.
const TRIALS = 3;

/** Runs the writer until `acks` commits are acknowledged (plus a random delay), then SIGKILLs it. */
function runAndKill(file: string, acks: number, extraMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastAck = 0;
    let buffer = '';
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^ack (\d+)$/.exec(line);
        if (m) lastAck = Number(m[1]);
      }
      if (!killing && lastAck >= acks) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(lastAck);
      else reject(new Error(`writer exited without being killed: ${stderr}`));
    });
  });
}

describe('crash safety (SIGKILL during edits)', () => {
  it(`loses no acknowledged edit and leaves a consistent database (${TRIALS} trials)`, async () => {
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const t = tempDir();
      try {
        const file = databasePath(t.dir);
        const acks = 20 + Math.floor(Math.random() * 200);
        const lastAck = await runAndKill(file, acks, Math.floor(Math.random() * 20));
        const { db, report } = await openDatabase(file);
        try {
          expect(report.uncleanExit).toBe(true);
          expect(report.quickCheck).toBe('ok');
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(db.pragma('foreign_key_check')).toEqual([]);
          const weight = getScenario(db, 1).causes.find((c) => c.id === 'C1')?.weight ?? 0;
          // Every acknowledged commit survived; at most the in-flight ones beyond it too.
          expect(weight).toBeGreaterThanOrEqual(lastAck);
          // Each edit and its audit entry committed together: one log row per committed weight, in sequence.
          const afters = listEdits(db, { scenarioId: 1, limit: 10_000 })
            .map((e) => (e.after as { weight: number }).weight)
            .reverse();
          expect(afters).toEqual(Array.from({ length: weight }, (_, i) => i + 1));
        } finally {
          closeDatabase(db);
        }
      } finally {
        t.cleanup();
      }
    }
  });
});
