/**
 * A database another program keeps locked: the write waits (busy timeout), is tried again once,
 * and then fails as "database is busy — try again" with nothing written; never an internal error.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../electron/services/dispatch';
import { openTempServices, type TempServices } from '../electron/services/test-support';
import { DatabaseBusyError } from './errors';
import { WRITE_ATTEMPTS, writeTransaction } from './write-transaction';

let t: TempServices;
let other: Database.Database;
beforeAll(async () => {
  t = await openTempServices();
  other = new Database(t.db.name);
});
afterAll(() => {
  other.close();
  t.cleanup();
});

const weightOf = (): number =>
  (
    t.db
      .prepare(
        "SELECT weight FROM scenario_cause_weights WHERE scenario_id = 1 AND cause_id = 'C1'",
      )
      .get() as { weight: number }
  ).weight;

describe('writes while another connection holds the write lock', () => {
  it('waits, retries, then says the database is busy; nothing is written', async () => {
    // The app waits 5 s per attempt; 30 ms keeps the test short and the behaviour the same.
    t.db.pragma('busy_timeout = 30');
    const before = weightOf();
    let calls = 0;
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      expect(() =>
        writeTransaction(t.db, () => {
          calls += 1;
        }),
      ).toThrow(DatabaseBusyError);
      // BEGIN IMMEDIATE failed each time, so the body never ran.
      expect(calls).toBe(0);
      const r = await dispatch(t.services, 'scenario:setCauseWeight', {
        scenarioId: 1,
        causeId: 'C1',
        weight: before + 1,
      });
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/database is busy.*try again/) },
      });
    } finally {
      other.prepare('ROLLBACK').run();
      t.db.pragma('busy_timeout = 5000');
    }
    expect(weightOf()).toBe(before);
    expect(WRITE_ATTEMPTS).toBeGreaterThan(1);
    // Once the other program lets go, the same edit goes through.
    const r = await dispatch(t.services, 'scenario:setCauseWeight', {
      scenarioId: 1,
      causeId: 'C1',
      weight: before + 1,
    });
    expect(r.ok).toBe(true);
    expect(weightOf()).toBe(before + 1);
  });

  it('opens every connection with a 5 s busy timeout', () => {
    expect(t.db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('nests inside an outer transaction as a savepoint', () => {
    const value = t.db.transaction(() => writeTransaction(t.db, () => 42)).immediate();
    expect(value).toBe(42);
  });
});
