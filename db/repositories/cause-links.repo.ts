/**
 * Links between causes and the indicators their regional severity is read from. The links are
 * shared by every scenario (they describe the evidence, not a decision), so their edits are logged
 * without a scenario and undone by the global undo (global-undo.repo.ts) like any other edit.
 */
import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import { InvalidValueError, NotFoundError } from '../errors';
import { appendEdit } from './edit-log.repo';

export const CAUSE_LINK_ENTITY = 'cause_indicator_link';

export interface CauseLinkState {
  /** +1: a higher indicator value makes the cause less severe; −1: more severe. */
  direction: 1 | -1;
  reference: 'national' | 'best';
  noteZh: string;
  noteEn: string;
}

export interface CauseLinkInput {
  causeId: string;
  indicator: string;
  direction: 1 | -1;
  reference: 'national' | 'best';
}

const keyOf = (causeId: string, indicator: string): string => `${causeId}|${indicator}`;

function splitKey(key: string): { causeId: string; indicator: string } {
  const cut = key.indexOf('|');
  if (cut <= 0)
    throw new InvalidValueError('key', bilingual(`不是成因|指标`, `not cause|indicator: "${key}"`));
  return { causeId: key.slice(0, cut), indicator: key.slice(cut + 1) };
}

function readLink(
  db: Database.Database,
  causeId: string,
  indicator: string,
): CauseLinkState | null {
  const row = db
    .prepare(
      `SELECT direction, reference, note_zh AS noteZh, note_en AS noteEn
       FROM cause_indicator_links WHERE cause_id = ? AND indicator_code = ?`,
    )
    .get(causeId, indicator) as CauseLinkState | undefined;
  return row ? { ...row } : null;
}

/** Writes one link's state (null: no link). Edits, undo and redo all go through here. */
export function applyCauseLinkState(
  db: Database.Database,
  key: string,
  state: CauseLinkState | null,
): void {
  const { causeId, indicator } = splitKey(key);
  if (state === null) {
    db.prepare('DELETE FROM cause_indicator_links WHERE cause_id = ? AND indicator_code = ?').run(
      causeId,
      indicator,
    );
    return;
  }
  db.prepare(
    `INSERT INTO cause_indicator_links (cause_id, indicator_code, direction, reference, note_zh, note_en)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (cause_id, indicator_code) DO UPDATE SET
       direction = excluded.direction, reference = excluded.reference,
       note_zh = excluded.note_zh, note_en = excluded.note_en`,
  ).run(causeId, indicator, state.direction, state.reference, state.noteZh, state.noteEn);
}

function logged(
  db: Database.Database,
  key: string,
  before: CauseLinkState | null,
  after: CauseLinkState | null,
  now: Date,
): number {
  applyCauseLinkState(db, key, after);
  return appendEdit(db, {
    scenarioId: null,
    entity: CAUSE_LINK_ENTITY,
    key,
    before,
    after,
    at: now.toISOString(),
  });
}

/** The cause and indicator exist, and the indicator is a level: a total would measure the region's size. */
function requireLinkable(db: Database.Database, causeId: string, indicator: string): void {
  if (!db.prepare('SELECT 1 FROM causes WHERE id = ?').get(causeId))
    throw new NotFoundError(bilingual('成因', 'cause'), causeId);
  const row = db.prepare('SELECT measure FROM indicators WHERE code = ?').get(indicator) as
    { measure: string } | undefined;
  if (!row) throw new NotFoundError(bilingual('指标', 'indicator'), indicator);
  if (row.measure === 'total')
    throw new InvalidValueError(
      'indicator',
      bilingual(
        `“${indicator}”是总量指标，随地区规模变化，不能衡量严重程度；请选人均、增速或占比指标`,
        `"${indicator}" is a total that grows with the size of the region and cannot measure severity; choose a per-capita figure, a rate or a share`,
      ),
    );
}

/**
 * Links an indicator to a cause, or changes the direction or reference of an existing link (its
 * note is kept). One transaction with its edit_log entry; returns the edit id, or null when the
 * link was already exactly so (nothing to undo).
 */
export function setCauseLink(
  db: Database.Database,
  input: CauseLinkInput,
  now: Date = new Date(),
): number | null {
  return db.transaction((): number | null => {
    requireLinkable(db, input.causeId, input.indicator);
    const before = readLink(db, input.causeId, input.indicator);
    if (before && before.direction === input.direction && before.reference === input.reference)
      return null;
    const after: CauseLinkState = {
      direction: input.direction,
      reference: input.reference,
      noteZh: before?.noteZh ?? '',
      noteEn: before?.noteEn ?? '',
    };
    return logged(db, keyOf(input.causeId, input.indicator), before, after, now);
  })();
}

/** Removes a link; the log keeps it whole so undo brings it back with its note. */
export function removeCauseLink(
  db: Database.Database,
  causeId: string,
  indicator: string,
  now: Date = new Date(),
): number {
  return db.transaction((): number => {
    const before = readLink(db, causeId, indicator);
    if (!before)
      throw new NotFoundError(
        bilingual('成因–指标关联', 'cause–indicator link'),
        keyOf(causeId, indicator),
      );
    return logged(db, keyOf(causeId, indicator), before, null, now);
  })();
}
