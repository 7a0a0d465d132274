import { bilingual } from '../../../contract/bilingual';
import type Database from 'better-sqlite3';
import { InvalidValueError } from '../../errors';

/** A scenario's name as it is stored: trimmed, 1–200 characters. */
export function trimmedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200) {
    throw new InvalidValueError(
      'name',
      bilingual('名称须为1–200个字符', 'name must be 1–200 characters'),
    );
  }
  return trimmed;
}

/** Names are unique among scenarios; `exceptId` is the scenario being renamed. */
export function checkNameFree(db: Database.Database, trimmed: string, exceptId?: number): void {
  const clash = db.prepare('SELECT id FROM scenarios WHERE name = ?').get(trimmed) as
    { id: number } | undefined;
  if (clash && clash.id !== exceptId) {
    throw new InvalidValueError(
      'name',
      bilingual('情景名称已存在', `a scenario named "${trimmed}" already exists`),
    );
  }
}
