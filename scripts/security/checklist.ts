/**
 * Electron's 20-item security checklist (its Security tutorial) mapped to the tests that cover each
 * item. An item passes only when every test it names ran and passed.
 */
export interface TestRef {
  file: string;
  /** Matches the test's full name (describe titles + test title); omitted = every test in the file. */
  name?: RegExp;
}

export interface ChecklistItem {
  item: number;
  title: string;
  tests: TestRef[];
}

const policy = 'electron/main/security-policy.test.ts';
/** The tests that check every window's webPreferences, which several items rest on. */
const preferences: TestRef = { file: policy, name: /sets every checklist preference/ };
const item4Preferences: TestRef = { file: policy, name: /item 4/ };

export const CHECKLIST: readonly ChecklistItem[] = [
  {
    item: 1,
    title: 'Only load secure content (app:// only; every other request cancelled)',
    tests: [
      { file: policy, name: /cancels every request outside/ },
      { file: 'electron/main/protocol.test.ts', name: /standard, secure/ },
    ],
  },
  {
    item: 2,
    title: 'No Node.js integration for remote content',
    tests: [preferences, item4Preferences],
  },
  {
    item: 3,
    title: 'Context isolation',
    tests: [preferences, { file: 'electron/preload/preload.test.ts' }],
  },
  {
    item: 4,
    title: 'Process sandboxing',
    tests: [
      preferences,
      item4Preferences,
      { file: 'electron/main/index.test.ts', name: /starts securely/ },
    ],
  },
  {
    item: 5,
    title: 'Permission request and check handlers deny',
    tests: [{ file: policy, name: /denies every permission/ }],
  },
  {
    item: 6,
    title: 'webSecurity never disabled',
    tests: [preferences, item4Preferences],
  },
  {
    item: 7,
    title: 'Content-Security-Policy (header + <meta>)',
    tests: [
      { file: policy, name: /cspHeader/ },
      { file: policy, name: /<meta> CSP fallback/ },
      { file: 'electron/main/protocol.test.ts', name: /CSP header/ },
    ],
  },
  {
    item: 8,
    title: 'allowRunningInsecureContent never enabled',
    tests: [preferences],
  },
  {
    item: 9,
    title: 'experimentalFeatures never enabled',
    tests: [preferences],
  },
  {
    item: 10,
    title: 'enableBlinkFeatures never used',
    tests: [preferences],
  },
  {
    item: 11,
    title: '<webview>: no allowpopups (no webview at all)',
    tests: [{ file: policy, name: /item 11/ }],
  },
  {
    item: 12,
    title: 'Verify webview options before creation (will-attach-webview prevented)',
    tests: [{ file: policy, name: /denies new windows and webviews/ }],
  },
  {
    item: 13,
    title: 'Limit navigation (will-navigate / will-redirect / will-frame-navigate)',
    tests: [{ file: policy, name: /hardenWebContents/ }],
  },
  {
    item: 14,
    title: 'Limit creation of new windows (+ Auxclick disabled)',
    tests: [{ file: policy, name: /denies new windows/ }, preferences],
  },
  {
    item: 15,
    title: 'shell.openExternal only for allow-listed https hosts',
    tests: [{ file: policy, name: /safeOpenExternal/ }],
  },
  {
    item: 16,
    title: 'Use a current version of Electron',
    tests: [{ file: policy, name: /item 16/ }],
  },
  {
    item: 17,
    title: 'Validate the sender of all IPC messages',
    tests: [
      { file: 'electron/main/ipc-wrapper.test.ts' },
      { file: 'electron/services/fuzz.test.ts', name: /hostile sender frames/ },
    ],
  },
  {
    item: 18,
    title: 'No file://; custom app:// protocol with path containment',
    tests: [{ file: policy, name: /resolveAppPath/ }, { file: 'electron/main/protocol.test.ts' }],
  },
  {
    item: 19,
    title: 'Electron fuses set at packaging time',
    // All but the read-back of a downloaded Electron binary, which is skipped where there is none.
    tests: [{ file: 'electron/main/fuses.test.ts', name: /^(?!.*installed Electron binary)/ }],
  },
  {
    item: 20,
    title: 'Do not expose Electron APIs to untrusted content (named preload functions only)',
    tests: [{ file: 'electron/preload/preload.test.ts' }],
  },
];
