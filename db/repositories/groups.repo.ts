/**
 * Groupings of cities the planner defines and edits: metropolitan areas and agglomerations (a
 * scenario can be made for one) and peer groups (a region is compared with one). Each grouping is
 * a region row (so scenarios and references point at it like at any region) plus its type,
 * note, provenance and members. Groupings belong to no scenario: their edits are logged without
 * one and undone by the global undo (global-undo.repo.ts), like any other edit.
 */
import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import { InvalidValueError, NotFoundError } from '../errors';
import { GROUP_KIND } from '../seed/city-regions';
import type { GroupType } from '../seed/groups';
import { appendEdit, currentUser } from './edit-log.repo';

export const GROUP_ENTITY = 'region_group';
export const GROUP_TYPES: readonly GroupType[] = [
  'metropolitan-area',
  'agglomeration',
  'peer-group',
];
/** A grouping of one is the city itself; 36 is every city of the Northeast. */
export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 36;

export interface GroupState {
  type: GroupType;
  nameZh: string;
  nameEn: string;
  noteZh: string;
  noteEn: string;
  members: string[];
  provenance: 'default' | 'edited';
  changedBy: string;
  changedAt: string;
}

export interface RegionGroup extends GroupState {
  code: string;
}

export interface GroupInput {
  type: GroupType;
  nameZh: string;
  nameEn: string;
  noteZh?: string;
  noteEn?: string;
  members: string[];
}

interface GroupRow {
  code: string;
  type: GroupType;
  nameZh: string;
  nameEn: string;
  noteZh: string;
  noteEn: string;
  provenance: 'default' | 'edited';
  changedBy: string;
  changedAt: string;
}

const GROUP_SELECT = `SELECT g.code, g.group_type AS type, r.name_zh AS nameZh, r.name_en AS nameEn,
  g.note_zh AS noteZh, g.note_en AS noteEn, g.provenance, g.changed_by AS changedBy, g.changed_at AS changedAt
  FROM region_groups g JOIN regions r ON r.code = g.code`;

function membersOf(db: Database.Database, code: string): string[] {
  return (
    db
      .prepare(
        'SELECT member_code AS m FROM region_group_members WHERE group_code = ? ORDER BY sort',
      )
      .all(code) as { m: string }[]
  ).map((r) => r.m);
}

export function listGroups(db: Database.Database): RegionGroup[] {
  const rows = db.prepare(`${GROUP_SELECT} ORDER BY r.sort, g.code`).all() as GroupRow[];
  return rows.map((r) => ({ ...r, members: membersOf(db, r.code) }));
}

function readGroup(db: Database.Database, code: string): GroupState | null {
  const row = db.prepare(`${GROUP_SELECT} WHERE g.code = ?`).get(code) as GroupRow | undefined;
  if (!row) return null;
  const { code: _code, ...state } = row;
  return { ...state, members: membersOf(db, code) };
}

export function getGroup(db: Database.Database, code: string): RegionGroup {
  const state = readGroup(db, code);
  if (!state) throw new NotFoundError(bilingual('地区组合', 'grouping'), code);
  return { code, ...state };
}

/** Scenarios that would lose their region or their reference if the grouping went away. */
function scenariosUsing(db: Database.Database, code: string): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM scenarios WHERE region_code = ?
         UNION SELECT s.name FROM scenarios s JOIN scenario_region_settings t ON t.scenario_id = s.id
           WHERE t.peer_group = ? ORDER BY name`,
      )
      .all(code, code) as { name: string }[]
  ).map((r) => r.name);
}

/** Writes one grouping's state (null: no such grouping). Edits, undo and redo all go through here. */
export function applyGroupState(
  db: Database.Database,
  code: string,
  state: GroupState | null,
): void {
  if (state === null) {
    const users = scenariosUsing(db, code);
    if (users.length > 0)
      throw new InvalidValueError(
        'code',
        bilingual(
          `情景“${users.join('”“')}”正在使用此地区组合，请先为它们另选地区或参照`,
          `used by scenario(s) "${users.join('", "')}": give them another region or reference first`,
        ),
      );
    // The region row owns the grouping, its members and its aliases (ON DELETE CASCADE).
    db.prepare('DELETE FROM regions WHERE code = ?').run(code);
    return;
  }
  const sort = (
    db.prepare('SELECT coalesce(max(sort), 0) + 1 AS n FROM regions').get() as { n: number }
  ).n;
  db.prepare(
    `INSERT INTO regions (code, name_zh, name_en, kind, is_northeast, sort) VALUES (?, ?, ?, ?, 1, ?)
     ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, kind = excluded.kind`,
  ).run(code, state.nameZh, state.nameEn, GROUP_KIND[state.type], sort);
  db.prepare(
    `INSERT INTO region_groups (code, group_type, note_zh, note_en, provenance, changed_by, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (code) DO UPDATE SET group_type = excluded.group_type, note_zh = excluded.note_zh,
       note_en = excluded.note_en, provenance = excluded.provenance,
       changed_by = excluded.changed_by, changed_at = excluded.changed_at`,
  ).run(
    code,
    state.type,
    state.noteZh,
    state.noteEn,
    state.provenance,
    state.changedBy,
    state.changedAt,
  );
  db.prepare('DELETE FROM region_group_members WHERE group_code = ?').run(code);
  const member = db.prepare(
    'INSERT INTO region_group_members (group_code, member_code, sort) VALUES (?, ?, ?)',
  );
  state.members.forEach((m, i) => member.run(code, m, i));
}

function validate(db: Database.Database, code: string | null, input: GroupInput): void {
  if (!GROUP_TYPES.includes(input.type))
    throw new InvalidValueError(
      'type',
      bilingual(`未知的组合类型`, `unknown grouping type "${input.type}"`),
    );
  for (const field of ['nameZh', 'nameEn'] as const) {
    const name = input[field].trim();
    if (name === '' || name.length > 200)
      throw new InvalidValueError(
        field,
        bilingual('名称须为 1–200 个字符', 'a name of 1 to 200 characters'),
      );
    const clash = db
      .prepare(
        `SELECT code FROM regions WHERE (lower(name_zh) = lower(?) OR lower(name_en) = lower(?)) AND code IS NOT ?`,
      )
      .get(name, name, code) as { code: string } | undefined;
    if (clash)
      throw new InvalidValueError(
        field,
        bilingual(
          `名称“${name}”已被地区 ${clash.code} 使用`,
          `the name "${name}" is already region ${clash.code}'s`,
        ),
      );
  }
  const members = input.members;
  if (new Set(members).size !== members.length)
    throw new InvalidValueError('members', bilingual('成员重复', 'a member is listed twice'));
  if (members.length < MIN_MEMBERS || members.length > MAX_MEMBERS)
    throw new InvalidValueError(
      'members',
      bilingual(
        `成员须为 ${MIN_MEMBERS}–${MAX_MEMBERS} 个城市`,
        `${MIN_MEMBERS} to ${MAX_MEMBERS} cities`,
      ),
    );
  const kind = db.prepare('SELECT kind FROM regions WHERE code = ?');
  for (const m of members) {
    const row = kind.get(m) as { kind: string } | undefined;
    if (!row) throw new NotFoundError(bilingual('地区', 'region'), m);
    if (row.kind !== 'city')
      throw new InvalidValueError(
        'members',
        bilingual(`成员须为城市`, `members are cities: "${m}" is a ${row.kind}`),
      );
  }
}

function logged(
  db: Database.Database,
  code: string,
  before: GroupState | null,
  after: GroupState | null,
  at: string,
): number {
  applyGroupState(db, code, after);
  return appendEdit(db, { scenarioId: null, entity: GROUP_ENTITY, key: code, before, after, at });
}

/** A code not in use: G-1, G-2 … for metropolitan areas and agglomerations, P-1 … for peer groups. */
function freeCode(db: Database.Database, type: GroupType): string {
  const prefix = type === 'peer-group' ? 'P' : 'G';
  const taken = db.prepare('SELECT 1 FROM regions WHERE code = ?');
  for (let n = 1; ; n += 1) if (!taken.get(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** Creates (code null) or changes a grouping; one audited, undoable edit. Returns the grouping. */
export function saveGroup(
  db: Database.Database,
  code: string | null,
  input: GroupInput,
  now: Date = new Date(),
): RegionGroup {
  return db.transaction((): RegionGroup => {
    const before = code === null ? null : readGroup(db, code);
    if (code !== null && before === null)
      throw new NotFoundError(bilingual('地区组合', 'grouping'), code);
    // A scenario made for a metropolitan area must not find itself made for a peer group.
    if (before && GROUP_KIND[before.type] !== GROUP_KIND[input.type])
      throw new InvalidValueError(
        'type',
        bilingual(
          '都市圈/城市群与同类城市组之间不能互改，请新建',
          'a metropolitan area or agglomeration cannot become a peer group (or back): create a new grouping',
        ),
      );
    validate(db, code, input);
    const target = code ?? freeCode(db, input.type);
    const after: GroupState = {
      type: input.type,
      nameZh: input.nameZh.trim(),
      nameEn: input.nameEn.trim(),
      noteZh: (input.noteZh ?? before?.noteZh ?? '').trim(),
      noteEn: (input.noteEn ?? before?.noteEn ?? '').trim(),
      members: [...input.members],
      provenance: 'edited',
      changedBy: currentUser(db),
      changedAt: now.toISOString(),
    };
    logged(db, target, before, after, now.toISOString());
    return { code: target, ...after };
  })();
}

/** Deletes a grouping no scenario uses; one audited edit the global undo brings back. */
export function deleteGroup(db: Database.Database, code: string, now: Date = new Date()): void {
  db.transaction(() => {
    const before = readGroup(db, code);
    if (before === null) throw new NotFoundError(bilingual('地区组合', 'grouping'), code);
    logged(db, code, before, null, now.toISOString());
  })();
}
