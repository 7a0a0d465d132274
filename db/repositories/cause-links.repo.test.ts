import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '../open';
import { seededMemoryDb } from '../test-helpers';
import { CAUSE_LINK_ENTITY, removeCauseLink, setCauseLink } from './cause-links.repo';
import { listEdits } from './edit-log.repo';
import { globalRedo, globalUndo, globalUndoState } from './global-undo.repo';
import { setCauseWeight } from './scenario/write';

let db: Database.Database;
beforeEach(async () => {
  db = await seededMemoryDb();
});
afterEach(() => closeDatabase(db));

const links = (causeId: string) =>
  db
    .prepare(
      'SELECT indicator_code AS indicator, direction, reference, note_en AS noteEn FROM cause_indicator_links WHERE cause_id = ? ORDER BY 1',
    )
    .all(causeId);

describe('cause–indicator links', () => {
  it('adds a link as one audited edit that the global undo reverts and redo re-applies', () => {
    expect(links('C8')).toEqual([]);
    const editId = setCauseLink(
      db,
      { causeId: 'C8', indicator: 'outflow_rate_broad', direction: -1, reference: 'national' },
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(links('C8')).toEqual([
      { indicator: 'outflow_rate_broad', direction: -1, reference: 'national', noteEn: '' },
    ]);
    const [entry] = listEdits(db, { limit: 1 });
    expect(entry).toMatchObject({
      id: editId,
      entity: CAUSE_LINK_ENTITY,
      key: 'C8|outflow_rate_broad',
      scenarioId: null,
      before: null,
      at: '2026-01-02T03:04:05.000Z',
    });
    expect(globalUndoState(db).undo?.id).toBe(editId);
    globalUndo(db);
    expect(links('C8')).toEqual([]);
    globalRedo(db);
    expect(links('C8')).toHaveLength(1);
  });

  it('undo of a removal brings the seeded link back with its note, in order with other edits', () => {
    const before = links('C4');
    removeCauseLink(db, 'C4', 'disposable_income');
    setCauseWeight(db, 1, 'C4', 3);
    expect(links('C4')).toHaveLength(before.length - 1);
    globalUndo(db); // the weight
    expect(links('C4')).toHaveLength(before.length - 1);
    globalUndo(db); // the link
    expect(links('C4')).toEqual(before);
  });

  it('changing direction or reference is one edit; setting the same link again is none', () => {
    const link = {
      causeId: 'C4',
      indicator: 'disposable_income',
      direction: 1,
      reference: 'best',
    } as const;
    expect(setCauseLink(db, link)).not.toBeNull();
    expect(setCauseLink(db, link)).toBeNull();
    expect(
      links('C4').find((l) => (l as { indicator: string }).indicator === 'disposable_income'),
    ).toMatchObject({
      reference: 'best',
      noteEn: expect.stringContaining('§3.4'),
    });
  });

  it('names an unknown cause, indicator or link', () => {
    expect(() =>
      setCauseLink(db, { causeId: 'C99', indicator: 'gdp', direction: 1, reference: 'national' }),
    ).toThrow(/cause not found: C99/);
    expect(() =>
      setCauseLink(db, { causeId: 'C1', indicator: 'nope', direction: 1, reference: 'national' }),
    ).toThrow(/indicator not found: nope/);
    expect(() => removeCauseLink(db, 'C1', 'gdp')).toThrow(/link not found: C1\|gdp/);
    // A total (GDP in 亿元) would measure the province's size, not the cause.
    expect(() =>
      setCauseLink(db, { causeId: 'C3', indicator: 'gdp', direction: 1, reference: 'best' }),
    ).toThrow(/^indicator: .*total that grows with the size of the region/);
    expect(listEdits(db)).toEqual([]);
  });
});
