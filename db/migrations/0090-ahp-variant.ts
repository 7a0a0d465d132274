import type { Migration } from './types';

/**
 * The weighting record keeps, besides the single CR, how an AHP weighting was structured: an
 * AHP hierarchy (themes, each with its matrix) or a group of judges (AIJ/AIP), with every
 * matrix's consistency ratio, so the briefing and the audit name the variant and each CR.
 * '{}' = a plain AHP matrix or another method.
 */
const SQL = /* sql */ `
ALTER TABLE scenario_analysis ADD COLUMN weights_ahp TEXT NOT NULL DEFAULT '{}'
  CHECK (json_valid(weights_ahp));
`;

export const migration0090: Migration = {
  version: 90,
  name: 'ahp-variant',
  up(db) {
    db.exec(SQL);
  },
};
