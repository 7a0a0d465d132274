import type Database from 'better-sqlite3';

/** One schema step. `up` runs inside the runner's single IMMEDIATE transaction: never BEGIN/COMMIT here. */
export interface Migration {
  /** The user_version this step leaves the database at (numbered in tens: 10, 20, 30 …). */
  version: number;
  name: string;
  up(db: Database.Database): void;
}
