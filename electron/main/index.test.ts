/**
 * Wiring test of the Electron main bundle without an Electron binary: out/electron/main.cjs runs
 * in a child Node process whose require('electron') returns a recording fake. It checks what
 * index.ts does with the real modules: scheme registered before ready, userData = data folder,
 * single-instance lock, sandbox, session policy, one IPC handler per channel, a hardened window
 * on app://planner, and a clean database close on quit.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../contract/channels';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');
let tmp: string;

const HARNESS = String.raw`
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const calls = [];
const app = new EventEmitter();
let ready;
const readyPromise = new Promise((r) => (ready = r));
Object.assign(app, {
  isPackaged: false,
  setPath: (k, v) => calls.push(['app.setPath', k, v]),
  enableSandbox: () => calls.push(['app.enableSandbox']),
  requestSingleInstanceLock: () => (calls.push(['app.requestSingleInstanceLock']), true),
  whenReady: () => readyPromise,
  getPreferredSystemLanguages: () => ['zh-CN'],
  getLocale: () => 'zh-CN',
  quit: () => calls.push(['app.quit']),
  exit: (code) => calls.push(['app.exit', code]),
});
class BrowserWindow extends EventEmitter {
  constructor(opts) {
    super();
    calls.push(['BrowserWindow', opts]);
    BrowserWindow.all.push(this);
    this.webContents = new EventEmitter();
    this.webContents.send = (channel, payload) => calls.push(['webContents.send', channel, payload]);
  }
  loadURL(url) { calls.push(['loadURL', url]); return Promise.resolve(); }
  isDestroyed() { return false; }
  isMinimized() { return false; }
  focus() { calls.push(['window.focus']); }
  static getAllWindows() { return BrowserWindow.all; }
}
BrowserWindow.all = [];
const fake = {
  app,
  BrowserWindow,
  dialog: { showErrorBox: (t, d) => calls.push(['dialog.showErrorBox', t, d]) },
  ipcMain: { handle: (c) => calls.push(['ipcMain.handle', c]), removeHandler: () => undefined },
  protocol: {
    registerSchemesAsPrivileged: (s) => calls.push(['protocol.registerSchemesAsPrivileged', s]),
    handle: (scheme) => calls.push(['protocol.handle', scheme]),
  },
  session: { defaultSession: {
    setPermissionRequestHandler: () => calls.push(['session.setPermissionRequestHandler']),
    setPermissionCheckHandler: () => calls.push(['session.setPermissionCheckHandler']),
    webRequest: { onBeforeRequest: () => calls.push(['session.onBeforeRequest']) },
  }, fromPartition: (name) => ({
    setPermissionRequestHandler: () => calls.push(['pdfSession.setPermissionRequestHandler', name]),
    setPermissionCheckHandler: () => calls.push(['pdfSession.setPermissionCheckHandler', name]),
    webRequest: { onBeforeRequest: () => calls.push(['pdfSession.onBeforeRequest', name]) },
    protocol: { handle: (scheme) => calls.push(['pdfSession.protocol.handle', name, scheme]) },
  }) },
  shell: { openExternal: async () => undefined },
};
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'electron' ? fake : load.call(this, request, ...rest); };
require(process.argv[2]);
calls.push(['--ready--']);
ready();
// Wait for the window (or a startup failure), however slow the machine; then the page finishes
// loading, the OS opens two more project files (a second launch, a macOS open-file), and we quit.
const started = Date.now();
const poll = setInterval(() => {
  const done = calls.some((c) => c[0] === 'loadURL' || c[0] === 'dialog.showErrorBox');
  if (!done && Date.now() - started < 30000) return;
  clearInterval(poll);
  const win = BrowserWindow.all[0];
  if (win) win.webContents.emit('did-finish-load');
  app.emit('second-instance', {}, ['planner', 'second.trpproj', '--flag'], process.env.SECOND_CWD);
  app.emit('open-file', { preventDefault: () => calls.push(['open-file.preventDefault']) }, process.env.MAC_FILE);
  setTimeout(() => {
    app.emit('will-quit');
    process.stdout.write(JSON.stringify(calls));
  }, 500);
}, 50);
`;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-main-'));
  await run(
    process.execPath,
    [path.join(repoRoot, 'scripts/build-electron.mjs'), '--outdir', path.join(tmp, 'electron')],
    { cwd: repoRoot },
  );
  fs.writeFileSync(path.join(tmp, 'harness.cjs'), HARNESS);
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('Electron main wiring (fake electron module)', () => {
  it('starts securely, serves the contract over IPC and closes the database on quit', async () => {
    const dataDir = path.join(tmp, 'data');
    // Project files the OS hands over: on the first launch's command line, on a second launch's
    // (relative to its folder) and as a macOS open-file event.
    const files = path.join(tmp, 'files');
    fs.mkdirSync(files, { recursive: true });
    for (const name of ['first.trpproj', 'second.trpproj', 'mac.trpproj'])
      fs.writeFileSync(path.join(files, name), `{"name":"${name}"}`);
    // better-sqlite3 must resolve from the repo's node_modules, as it does beside out/electron.
    const { stdout } = await run(
      process.execPath,
      [
        path.join(tmp, 'harness.cjs'),
        path.join(tmp, 'electron/main.cjs'),
        path.join(files, 'first.trpproj'),
      ],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          TRP_DATA_DIR: dataDir,
          NODE_PATH: path.join(repoRoot, 'node_modules'),
          SECOND_CWD: files,
          MAC_FILE: path.join(files, 'mac.trpproj'),
        },
      },
    );
    const calls = JSON.parse(stdout) as [string, ...unknown[]][];
    const names = calls.map((c) => c[0]);
    const readyAt = names.indexOf('--ready--');

    // Before ready: privileged scheme, data folder as userData, lock, sandbox.
    expect(names.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(readyAt);
    expect(calls.find((c) => c[0] === 'protocol.registerSchemesAsPrivileged')?.[1]).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(calls).toContainEqual(['app.setPath', 'userData', dataDir]);
    expect(names.indexOf('app.setPath')).toBeLessThan(
      names.indexOf('app.requestSingleInstanceLock'),
    );
    expect(names).toContain('app.enableSandbox');

    // After ready: session policy, protocol handler, IPC handlers, then the window.
    for (const n of [
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
      'session.onBeforeRequest',
    ]) {
      expect(names.indexOf(n), n).toBeGreaterThan(readyAt);
    }
    expect(calls).toContainEqual(['protocol.handle', 'app']);
    // The briefing's hidden PDF window gets its own in-memory session, locked down the same way.
    expect(calls).toContainEqual(['pdfSession.onBeforeRequest', 'pdf']);
    expect(calls).toContainEqual(['pdfSession.setPermissionRequestHandler', 'pdf']);
    expect(calls).toContainEqual(['pdfSession.protocol.handle', 'pdf', 'app']);
    expect(calls.filter((c) => c[0] === 'ipcMain.handle').map((c) => c[1])).toEqual([
      ...channelNames,
    ]);
    const win = calls.find((c) => c[0] === 'BrowserWindow')?.[1] as {
      webPreferences: Record<string, unknown>;
    };
    expect(win.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(win.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(calls).toContainEqual(['loadURL', 'app://planner/index.html']);
    expect(names).not.toContain('dialog.showErrorBox');

    // Each opened project file reached the page once, as text for the project:import flow.
    expect(calls.filter((c) => c[0] === 'webContents.send')).toEqual(
      ['first.trpproj', 'second.trpproj', 'mac.trpproj'].map((fileName) => [
        'webContents.send',
        'project:file-opened',
        { fileName, text: `{"name":"${fileName}"}`, error: null },
      ]),
    );
    expect(names).toContain('open-file.preventDefault');

    // The database lives in the data folder and was closed cleanly on will-quit.
    expect(fs.existsSync(path.join(dataDir, 'planner.sqlite3'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'planner.sqlite3.open'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'planner.sqlite3-wal'))).toBe(false);
  });
});
