// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The engine runs in four places (renderer worker, Electron main, CLI, tests): it may depend on nothing platform-specific. */
const engineForbidden = {
  paths: [
    { name: 'electron', message: 'engine/ is platform-free: no Electron.' },
    { name: 'better-sqlite3', message: 'engine/ is platform-free: no SQLite.' },
    { name: 'react', message: 'engine/ is platform-free: no React.' },
    { name: 'react-dom', message: 'engine/ is platform-free: no React.' },
  ],
  patterns: [
    { group: ['node:*'], message: 'engine/ is platform-free: no node:* modules.' },
    {
      group: ['fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads'],
      message: 'engine/ is platform-free: no Node built-ins.',
    },
    {
      group: ['**/db/**', '**/electron/**', '**/renderer/**', 'react-dom/*'],
      message: 'engine/ imports no host, database or UI code.',
    },
    {
      // Top-level folders of their own, which the globs above do not reach.
      group: ['**/contract/**', '**/report-view/**'],
      message:
        'engine/ is the bottom layer: the contract and the report view import it, not the reverse.',
    },
  ],
};

/**
 * Outside engine/, the engine is used through its public entries: engine/<area> (its index.ts),
 * engine/model and engine/errors. A file inside an area is the engine's own business.
 */
const ENGINE_INTERNALS = {
  group: ['**/engine/*/*', '!**/engine/*/index'],
  message:
    'Import the engine through its public entries (engine/<area>, engine/model, engine/errors), not a file inside an area.',
};

/** The renderer reaches data only through the typed contract client (renderer/src/api). */
const rendererForbidden = {
  paths: [
    { name: 'electron', message: 'The renderer talks to the host only through renderer/src/api.' },
    { name: 'better-sqlite3', message: 'The renderer never opens the database.' },
  ],
  patterns: [
    ENGINE_INTERNALS,
    { group: ['node:*'], message: 'The renderer runs in a browser: no node:* modules.' },
    {
      group: [
        '**/db/**',
        '**/db',
        '**/electron/main/**',
        '**/electron/services/**',
        '**/electron/shell/**',
        '**/electron/cli/**',
        '**/electron/preload/**',
      ],
      message: 'The renderer may import only contract/, never db/ or host code.',
    },
  ],
};

/** Host code the lower layers must never reach: they run under the CLI, the shell and tests too. */
const HOST_CODE = [
  '**/electron/main/**',
  '**/electron/services/**',
  '**/electron/shell/**',
  '**/electron/cli/**',
  '**/electron/preload/**',
  '**/electron/briefing/**',
];

/** The database layer depends on the engine and the contract, never on a host or the UI. */
const dbForbidden = {
  paths: [
    { name: 'electron', message: 'db/ runs in plain Node (CLI, shell, tests): no Electron.' },
    { name: 'react', message: 'db/ has no UI.' },
  ],
  patterns: [
    ENGINE_INTERNALS,
    {
      group: HOST_CODE,
      message: 'db/ may import only engine/ and contract/, never host code.',
    },
    {
      group: ['**/renderer/**', '**/report-view/**'],
      message: 'db/ never imports the renderer or the report view.',
    },
  ],
};

/** The contract is shared by every host and the browser: zod and the engine's types, nothing else. */
const contractForbidden = {
  paths: [
    { name: 'electron', message: 'The contract is host-neutral: no Electron.' },
    { name: 'better-sqlite3', message: 'The contract is host-neutral: no SQLite.' },
    { name: 'react', message: 'The contract has no UI.' },
  ],
  patterns: [
    ENGINE_INTERNALS,
    { group: ['node:*'], message: 'The contract also runs in the browser: no node:* modules.' },
    {
      // Every other package; the ones named above keep their own message.
      regex: '^(?!(?:zod|electron|better-sqlite3|react)$|zod/|node:)[^./]',
      message: 'The contract depends only downward (zod, engine/).',
    },
    {
      group: [...HOST_CODE, '**/db/**', '**/renderer/**', '**/report-view/**', '**/scripts/**'],
      message: 'The contract depends only downward (zod, engine/).',
    },
  ],
};

/**
 * The briefing's print view is rendered to HTML by the hosts (Node) and shown by the renderer
 * (browser): React over the engine's report model and the contract's types, nothing else.
 */
const reportViewForbidden = {
  patterns: [
    ENGINE_INTERNALS,
    {
      regex: '^(?!react(?:/|$))[^./]',
      message:
        'report-view/ renders in the hosts and the browser alike: React is its only package.',
    },
    {
      group: ['**/electron/**', '**/db/**', '**/db', '**/renderer/**', '**/scripts/**'],
      message:
        'report-view/ may import only engine/ and contract/, never renderer, host or database code.',
    },
  ],
};

/** Services are what every host calls: the CLI and the browser shell have no Electron. */
const servicesForbidden = {
  paths: [
    { name: 'electron', message: 'Services run under the CLI and the shell too: no Electron.' },
  ],
  patterns: [
    ENGINE_INTERNALS,
    { group: ['**/renderer/**'], message: 'Services never import the renderer.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/artifacts/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Every file outside the engine (the layer blocks below repeat this pattern with their own).
    files: ['**/*.{ts,tsx}'],
    ignores: ['engine/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ENGINE_INTERNALS] }] },
  },
  {
    files: ['engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', engineForbidden] },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', rendererForbidden],
    },
  },
  {
    files: ['report-view/**/*.{ts,tsx}'],
    languageOptions: { globals: {} },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['report-view/**/*.{ts,tsx}'],
    ignores: ['report-view/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', reportViewForbidden] },
  },
  {
    files: ['db/**/*.ts'],
    ignores: ['db/**/*.test.ts', 'db/test-helpers.ts'],
    rules: { 'no-restricted-imports': ['error', dbForbidden] },
  },
  {
    files: ['contract/**/*.ts'],
    ignores: ['contract/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', contractForbidden] },
  },
  {
    files: ['electron/services/**/*.ts'],
    ignores: ['electron/services/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', servicesForbidden] },
  },
  {
    // Only the contract wrapper may register IPC handlers: every other handle() would skip sender and schema checks.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc-wrapper.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='ipcMain'][callee.property.name=/^(handle|on|handleOnce|once)$/]",
          message: 'Register IPC handlers only through electron/main/ipc-wrapper.ts.',
        },
      ],
    },
  },
);
