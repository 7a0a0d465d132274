import { bilingual } from '../contract/bilingual';
/**
 * Typed errors of the database layer. Hosts map them to user-visible messages, so each carries
 * both languages and the offending key instead of a raw SqliteError.
 */

/** An id the caller named does not exist (scenario, cause, measure, region …). */
export class NotFoundError extends Error {
  readonly entity: string;
  readonly key: string;
  constructor(entity: string, key: string | number) {
    super(bilingual(`未找到${entity}：${String(key)}`, `${entity} not found: ${String(key)}`));
    this.name = 'NotFoundError';
    this.entity = entity;
    this.key = String(key);
  }
}

/** A value that would violate a schema rule; thrown before SQLite's CHECK so `field` names the input. */
export class InvalidValueError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'InvalidValueError';
    this.field = field;
  }
}

/**
 * The file was written by a newer version of the app. Migrating "down" is impossible and opening it
 * anyway could corrupt the planner's work, so we refuse (as Signal's DBVersionFromFutureError does).
 */
export class DatabaseFromNewerVersionError extends Error {
  readonly found: number;
  readonly newestKnown: number;
  constructor(found: number, newestKnown: number) {
    super(
      bilingual(
        `数据库版本 ${found} 高于本程序支持的最高版本 ${newestKnown}，请升级“人才留住规划助手”后再打开。`,
        `The database is at schema version ${found}, newer than this app supports (${newestKnown}); ` +
          'please update Talent Retention Planner to open it.',
      ),
    );
    this.name = 'DatabaseFromNewerVersionError';
    this.found = found;
    this.newestKnown = newestKnown;
  }
}

/**
 * Another program (a second window, the CLI, a backup tool) held the database's write lock for
 * longer than we waited: nothing was written, and trying again later will work.
 */
export class DatabaseBusyError extends Error {
  constructor() {
    super(
      bilingual(
        '数据库正忙（另一个程序正在使用它），本次修改未保存，请稍后重试',
        'the database is busy (another program is using it); nothing was saved — try again',
      ),
    );
    this.name = 'DatabaseBusyError';
  }
}

/** Why a database file cannot be used as asked. */
export type DatabaseAccessReason = 'read-only-file' | 'read-only-folder' | 'no-permission';

const ACCESS_TEXT: Record<DatabaseAccessReason, { zh: string; en: string }> = {
  'read-only-file': {
    zh: '文件是只读的，无法保存修改。请去掉该文件的只读属性（或换用可写的副本）后重新打开',
    en: 'the file is read-only, so changes cannot be saved. Make it writable (or use a writable copy) and open the app again',
  },
  'read-only-folder': {
    zh: '所在文件夹是只读的，无法写入数据库和日志。请授予该文件夹写权限，或用 TRP_DATA_DIR 指定一个可写的文件夹',
    en: 'its folder is read-only, so the database and its journal cannot be written. Give the folder write permission, or point TRP_DATA_DIR at a writable folder',
  },
  'no-permission': {
    zh: '没有读取权限。请检查该文件（及其文件夹）的权限，或用 TRP_DATA_DIR 指定另一个文件夹',
    en: 'permission to read it was denied. Check the permissions of the file (and its folder), or point TRP_DATA_DIR at another folder',
  },
};

/** The database (or its folder) cannot be written or read: which file, why, and what to do. */
export class DatabaseAccessError extends Error {
  readonly file: string;
  readonly reason: DatabaseAccessReason;
  constructor(file: string, reason: DatabaseAccessReason) {
    const text = ACCESS_TEXT[reason];
    super(
      bilingual(
        `无法使用数据库 ${file}：${text.zh}`,
        `cannot use the database ${file}: ${text.en}`,
      ),
    );
    this.name = 'DatabaseAccessError';
    this.file = file;
    this.reason = reason;
  }
}

/** The SQLite (or file-system) error code of a thrown value, if it has one. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** SQLITE_BUSY and its extended codes (BUSY_SNAPSHOT, BUSY_RECOVERY …), and SQLITE_LOCKED. */
export function isBusyError(error: unknown): boolean {
  const code = errorCode(error);
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** A write reached a database that was opened read-only (see DatabaseAccessError for why). */
export class DatabaseReadOnlyError extends Error {
  constructor() {
    super(
      bilingual(
        '数据库当前为只读，本次修改未保存',
        'the database is open read-only; this change was not saved',
      ),
    );
    this.name = 'DatabaseReadOnlyError';
  }
}

/**
 * A database condition the planner can act on (busy, read-only, no permission), as a typed error
 * with a message to show; null for anything else, which stays an internal error with a log entry.
 */
export function databaseProblem(
  error: unknown,
): DatabaseBusyError | DatabaseAccessError | DatabaseReadOnlyError | null {
  if (
    error instanceof DatabaseBusyError ||
    error instanceof DatabaseAccessError ||
    error instanceof DatabaseReadOnlyError
  )
    return error;
  if (isBusyError(error)) return new DatabaseBusyError();
  if (errorCode(error).startsWith('SQLITE_READONLY')) return new DatabaseReadOnlyError();
  return null;
}
