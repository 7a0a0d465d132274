/**
 * Typed errors of the database layer. Hosts map them to user-visible messages, so each carries
 * both languages and the offending key instead of a raw SqliteError.
 */

/** An id the caller named does not exist (scenario, cause, measure, region …). */
export class NotFoundError extends Error {
  readonly entity: string;
  readonly key: string;
  constructor(entity: string, key: string | number) {
    super(`未找到${entity}：${String(key)} / ${entity} not found: ${String(key)}`);
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
      `数据库版本 ${found} 高于本程序支持的最高版本 ${newestKnown}，请升级“人才留住规划助手”后再打开。 / ` +
        `The database is at schema version ${found}, newer than this app supports (${newestKnown}); ` +
        'please update Talent Retention Planner to open it.',
    );
    this.name = 'DatabaseFromNewerVersionError';
    this.found = found;
    this.newestKnown = newestKnown;
  }
}
