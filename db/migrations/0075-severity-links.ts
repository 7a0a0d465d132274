import type { Migration } from './types';

/**
 * Severity compares like with like (docs/references.md): the link of "persistent economic
 * downturn" (C3) to total GDP against the best province measured how large a province is, not how
 * its economy is doing, so Guangdong's size made every other province look in downturn. The
 * dataset holds no per-capita GDP to put in its place; C3 keeps GDP growth and per-capita
 * consumption. Only the row the seed wrote is removed: a link a planner added later stays.
 */
const SQL = /* sql */ `
DELETE FROM cause_indicator_links
WHERE cause_id = 'C3' AND indicator_code = 'gdp' AND direction = 1 AND reference = 'best';
`;

export const migration0075: Migration = {
  version: 75,
  name: 'severity-links',
  up(db) {
    db.exec(SQL);
  },
};
