import type { Migration } from './types';

/**
 * Severity compares like with like (docs/references.md): the link of "persistent economic
 * downturn" (C3) to total GDP against the best province measured how large a province is, not how
 * its economy is doing, so Guangdong's size made every other province look in downturn. The
 * dataset holds no per-capita GDP to put in its place; C3 keeps GDP growth and per-capita
 * consumption. Only the row the seed wrote is removed.
 *
 * Indicators now say whether they are a level (per-capita figure, rate, share, ratio) or a total
 * (亿元, persons, institutions, cities): a total differs with the size of the region, so it is
 * neither linked to a cause nor set against a national reference. The totals are the seed's
 * indicators in those units (db/seed/indicators.ts marks the same ones).
 */
export const TOTAL_UNITS = ['亿元', '人', '所', '个'] as const;

/** The one seeded link this step removes (C3 → total GDP, best province). */
export const REMOVED_LINK = {
  cause_id: 'C3',
  indicator_code: 'gdp',
  direction: 1,
  reference: 'best',
} as const;

const SQL = /* sql */ `
DELETE FROM cause_indicator_links
WHERE cause_id = '${REMOVED_LINK.cause_id}' AND indicator_code = '${REMOVED_LINK.indicator_code}'
  AND direction = ${REMOVED_LINK.direction} AND reference = '${REMOVED_LINK.reference}';

ALTER TABLE indicators ADD COLUMN measure TEXT NOT NULL DEFAULT 'level'
  CHECK (measure IN ('level', 'total'));
UPDATE indicators SET measure = 'total'
WHERE unit IN (${TOTAL_UNITS.map((u) => `'${u}'`).join(', ')});
`;

export const migration0075: Migration = {
  version: 75,
  name: 'severity-links',
  up(db) {
    db.exec(SQL);
  },
};
