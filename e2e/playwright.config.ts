import { defineConfig } from '@playwright/test';

/**
 * Playwright drives Debian's Chromium (the bundled browser download cannot work offline).
 * TRP_CHROMIUM overrides the path on machines where Chromium lives elsewhere.
 */
const chromiumPath = process.env.TRP_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.TRP_PW_OUTPUT ?? '../test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores: one worker keeps the shell, Chromium and the test runner from starving each other.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1366, height: 768 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
