import { test as base } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startShell, type ShellProcess } from './shell-process';

export const artifactsDir = path.resolve(import.meta.dirname, 'artifacts');

interface Fixtures {
  /** A fresh data folder per test, removed afterwards (Actual's e2e pattern). */
  dataDir: string;
  /** The browser shell on that folder; `restartShell` stops it and starts a new one on the same data. */
  shell: ShellProcess;
  restartShell: () => Promise<ShellProcess>;
}

export const test = base.extend<Fixtures>({
  // Playwright requires the object pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  shell: async ({ dataDir }, use) => {
    const holder = { current: await startShell(dataDir) };
    await use(holder.current);
    await holder.current.stop();
  },
  restartShell: async ({ shell, dataDir }, use) => {
    let current = shell;
    await use(async () => {
      await current.stop();
      current = await startShell(dataDir);
      // The fixture's teardown stops `shell`; keep the newest one stoppable too.
      shell.stop = current.stop;
      return current;
    });
  },
});

export { expect } from '@playwright/test';

export function screenshotPath(name: string): string {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, `${name}.png`);
}
