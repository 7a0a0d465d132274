import { test as base, expect } from '@playwright/test';
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
  /** Uncaught errors and console errors of the page; any uncaught error fails the test. */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  // Automatic: a render error that blanks the window must fail the test with its own message,
  // not later as "element not found".
  pageErrors: [
    async ({ page }, use, testInfo) => {
      const uncaught: string[] = [];
      const consoleErrors: string[] = [];
      page.on('pageerror', (error) => uncaught.push(error.stack ?? error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await use(uncaught);
      const report = [
        ...uncaught.map((e) => `uncaught: ${e}`),
        ...consoleErrors.map((e) => `console: ${e}`),
      ];
      if (report.length > 0)
        await testInfo.attach('page-errors', {
          body: report.join('\n\n'),
          contentType: 'text/plain',
        });
      expect(uncaught, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
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

export { expect };

export function screenshotPath(name: string): string {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, `${name}.png`);
}
