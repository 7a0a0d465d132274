import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'engine/**/*.test.ts',
      'contract/**/*.test.ts',
      'db/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
      'report-view/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Style sheets imported with ?raw keep their text (a test reads their colours); other CSS imports stay empty.
    css: { include: [/\.css\?raw$/] },
  },
});
