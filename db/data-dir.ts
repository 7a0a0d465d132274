import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseAccessError } from './errors';
import { isAccessError } from './durability/read-only';

const APP_DIR = 'TalentRetentionPlanner';
const XDG_APP_DIR = 'talent-retention-planner';

/**
 * The folder holding the database, backups and logs. TRP_DATA_DIR wins (tests, portable installs);
 * otherwise the OS convention. Created if missing, so callers can write into it at once.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const dir = chooseDataDir(env, platform, home);
  makeFolder(dir);
  return dir;
}

/** mkdir -p, with a refusal that names the folder and says what to do instead of a bare EACCES. */
function makeFolder(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (isAccessError(error))
      throw new DatabaseAccessError(path.join(dir, DATABASE_FILE), 'read-only-folder');
    throw error;
  }
}

/** The same choice as resolveDataDir without touching the disk. */
export function chooseDataDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  home: string,
): string {
  const explicit = env.TRP_DATA_DIR?.trim();
  if (explicit) return path.resolve(explicit);
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim() || path.join(home, 'AppData', 'Roaming');
    return path.join(appData, APP_DIR);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR);
  const xdg = env.XDG_CONFIG_HOME?.trim();
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.config');
  return path.join(base, XDG_APP_DIR);
}

const DATABASE_FILE = 'planner.sqlite3';

export function databasePath(dataDir: string): string {
  makeFolder(dataDir);
  return path.join(dataDir, DATABASE_FILE);
}

export function backupDirOf(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'backups');
}
