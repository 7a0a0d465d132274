/**
 * N rows with k bad ones → the report lists exactly those k lines, and a
 * refused import leaves the evidence checksum unchanged.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { REGIONS } from '../seed/regions';
import { observationsChecksum, undoImport } from './commit';
import { importBytes } from './run-import';
import { makeTestDb } from './test-db';

const PROVINCES = REGIONS.filter((r) => r.kind === 'province').map((r) => r.nameZh);
const BAD_VALUES = ['abc', '1,2345', '约5', '12..3', '5e3', '#N/A', '1 234', '(12', '12%%', 'NaN'];
const goodValue = fc.oneof(
  fc.integer({ min: 1, max: 999_999 }).map(String),
  fc.integer({ min: 1000, max: 999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 1, max: 99_999 }).map((n) => `${n / 100}`),
  fc.integer({ min: 1, max: 999 }).map((n) => `${n}万`),
);

describe('report recall', () => {
  let db: Database.Database;
  let before: string;
  beforeAll(async () => {
    db = await makeTestDb();
    before = observationsChecksum(db);
  });
  afterAll(() => db.close());

  it('lists exactly the bad lines and writes nothing when any exist', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 80 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(goodValue, { minLength: n, maxLength: n }),
              fc.uniqueArray(fc.nat(n - 1), { maxLength: Math.min(n, 10) }),
              fc.array(fc.constantFrom(...BAD_VALUES), { minLength: 10, maxLength: 10 }),
            ),
          ),
        async ([n, good, badIdx, bad]) => {
          const badSet = new Set(badIdx);
          // Distinct region × year per row, so the only errors are the injected ones.
          const lines = Array.from({ length: n }, (_, i) => {
            const value = badSet.has(i) ? bad[badIdx.indexOf(i)] : good[i];
            return `${PROVINCES[i % PROVINCES.length]},gdp,${2020 + Math.floor(i / PROVINCES.length)},"${value}",亿元`;
          });
          const r = await importBytes(
            db,
            Buffer.from(['地区,指标,年份,数值,单位', ...lines].join('\n')),
            'p.csv',
          );
          expect(r.errors.map((e) => e.line)).toEqual(
            [...badSet].map((i) => i + 2).sort((a, b) => a - b),
          );
          expect(r.errors.every((e) => e.rule === 'not-a-number')).toBe(true);
          if (badSet.size > 0) {
            expect(r.committed).toBe(false);
            expect(observationsChecksum(db)).toBe(before);
          } else {
            expect(r.committed).toBe(true);
            undoImport(db, r.importId ?? -1);
            expect(observationsChecksum(db)).toBe(before);
          }
        },
      ),
      { numRuns: 150, seed: 20251128 },
    );
  });
});
