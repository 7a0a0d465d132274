/**
 * The app version from our package.json, found by walking up from the caller's folder: the same
 * answer in every host (tsx from electron/…, the bundle in out/electron, inside app.asar) and
 * also when Electron is started on main.cjs directly, where app.getVersion() would report
 * Electron's own version.
 */
import fs from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'talent-retention-planner';

export function readAppVersion(fromDir: string): string {
  let dir = path.resolve(fromDir);
  for (;;) {
    const file = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not here (or unreadable): keep walking up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '0.0.0-unknown';
    dir = parent;
  }
}
