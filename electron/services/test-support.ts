/** Test helper: a fresh seeded database in a temporary folder, with the services over it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { closeDatabase, databasePath, openDatabase } from '../../db/open';
import type { HostContext } from './context';
import { createServices } from './index';
import type { Services } from './types';

export interface TempServices {
  dir: string;
  db: Database.Database;
  ctx: HostContext;
  services: Services;
  cleanup(): void;
}

export async function openTempServices(): Promise<TempServices> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-services-'));
  const { db } = await openDatabase(databasePath(dir));
  const ctx: HostContext = {
    dataDir: dir,
    version: '9.9.9',
    host: 'browser-shell',
    systemLocale: 'en',
    user: 'tester',
  };
  return {
    dir,
    db,
    ctx,
    services: createServices(db, ctx),
    cleanup() {
      closeDatabase(db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
