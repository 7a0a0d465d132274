/**
 * What "a migration keeps the planner's data" means row by row, for the fixtures test and the
 * crash harness alike: every table comes out exactly as it went in, except for the changes a
 * migration makes on purpose, named here.
 */
import { REMOVED_LINK } from '../migrations/0075-severity-links';

/**
 * Reference rows a migration adds to a database that already holds the dataset (0080: the
 * cities, the shipped groupings with their aliases, the population indicator). A database older
 * than that migration keeps every row it had in these tables and may gain rows.
 */
export const ROWS_ADDED_BY_MIGRATION: Readonly<Record<string, number>> = {
  regions: 80,
  region_aliases: 80,
  indicators: 80,
};

/**
 * The rows a migration removes on purpose, so "keeps its data" still checks every other row: 0075
 * removes the seeded C3 → total GDP link (it measured province size, docs/references.md).
 */
export function intended(
  version: number,
  table: string,
  cols: string[],
  rows: unknown[],
): unknown[] {
  if (version >= 75 || table !== 'cause_indicator_links') return rows;
  const at = (name: keyof typeof REMOVED_LINK) => cols.indexOf(name);
  return rows.filter((row) => {
    const r = row as unknown[];
    return !(Object.keys(REMOVED_LINK) as (keyof typeof REMOVED_LINK)[]).every(
      (k) => r[at(k)] === REMOVED_LINK[k],
    );
  });
}

/** Whether `now` (after migrating from `version`) holds what `was` should have become. */
export function keptRows(
  version: number,
  table: string,
  cols: string[],
  was: unknown[],
  now: unknown[],
): boolean {
  const expected = intended(version, table, cols, was).map((r) => JSON.stringify(r));
  const after = now.map((r) => JSON.stringify(r));
  if (version >= (ROWS_ADDED_BY_MIGRATION[table] ?? 0))
    return JSON.stringify(after) === JSON.stringify(expected);
  const present = new Map<string, number>();
  for (const r of after) present.set(r, (present.get(r) ?? 0) + 1);
  return expected.every((r) => {
    const n = present.get(r) ?? 0;
    present.set(r, n - 1);
    return n > 0;
  });
}
