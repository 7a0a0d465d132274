/**
 * Electron main process: wires the pure security policy, the app:// protocol, the database and the
 * IPC wrapper to the real `electron` module. Bundled by scripts/build-electron.mjs into
 * out/electron/main.cjs (CommonJS, so `__dirname` is out/electron, also inside the asar).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import type Database from 'better-sqlite3';
import { closeDatabase, resolveDataDir } from '../../db/open';
import { readAppVersion } from '../services/app-version';
import { localeFromTag, type HostContext } from '../services/context';
import { createServices } from '../services';
import { openHostDatabase } from '../services/database-recovery';
import { createFileLogger, describeError } from '../services/log';
import { registerIpcHandlers } from './ipc-wrapper';
import { createPdfWindowPrinter, PDF_PARTITION } from './pdf-window';
import { handleAppProtocol, registerAppScheme } from './protocol';
import {
  APP_ORIGIN_URL,
  hardenWebContents,
  installSessionPolicy,
  mainWindowWebPreferences,
  safeOpenExternal,
} from './security-policy';

const rendererDir = path.resolve(__dirname, '../renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// One folder for everything (database, backups, logs and Chromium's profile), the same one the
// CLI and the browser shell use, so `npm run cli` sees the desktop's scenarios. It must be set
// before the single-instance lock, which is keyed on userData: tests with their own
// TRP_DATA_DIR can then run side by side.
const dataDir = resolveDataDir();
app.setPath('userData', dataDir);
const log = createFileLogger(dataDir, 'main');

registerAppScheme(protocol);
app.enableSandbox();

let db: Database.Database | null = null;
let mainWindow: BrowserWindow | null = null;

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'planner';
  }
}

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '人才留住规划助手 · Talent Retention Planner',
    backgroundColor: '#f5f7fa',
    webPreferences: mainWindowWebPreferences(preloadPath, app.isPackaged),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(`${APP_ORIGIN_URL}index.html`);
  return win;
}

async function start(): Promise<void> {
  installSessionPolicy(session.defaultSession);
  handleAppProtocol(protocol, rendererDir);
  const opened = await openHostDatabase(dataDir, log);
  db = opened.db;
  const ctx: HostContext = {
    dataDir,
    version: readAppVersion(__dirname),
    host: 'electron',
    systemLocale: localeFromTag(app.getPreferredSystemLanguages()[0] ?? app.getLocale()),
    user: osUser(),
    // The renderer shows it at the top of the window (app:info → RecoveryNotice).
    databaseRecovery: opened.report.recovery,
    // The renderer shows a read-only banner (app:info → RecoveryNotice); edits are refused.
    databaseReadOnly: opened.report.readOnly,
    briefingPrinter: createPdfWindowPrinter({
      createWindow: (options) => new BrowserWindow(options),
      session: session.fromPartition(PDF_PARTITION),
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      writeFile: (file, data) => fs.writeFile(file, data),
      defaultDir: () => app.getPath('documents'),
    }).printer,
  };
  registerIpcHandlers(ipcMain, createServices(db, ctx), log);
  mainWindow = createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database; hand over to the first window instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every webContents (windows, devtools, anything created later) gets the same lockdown.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
    contents.on('will-navigate', (event) => {
      // A source link the planner clicked opens in the system browser if it is allow-listed.
      if (event.defaultPrevented)
        void safeOpenExternal((url) => shell.openExternal(url), event.url);
    });
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
  app.on('activate', () => {
    if (db && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    if (db) {
      // A clean close checkpoints the WAL and clears the unclean-exit marker.
      closeDatabase(db);
      db = null;
    }
  });
}

function fail(error: unknown): void {
  log.error('startup-failed', describeError(error));
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    '人才留住规划助手无法启动 / Talent Retention Planner could not start',
    detail,
  );
  app.exit(1);
}

// start() rejects e.g. on a database from a newer app version: tell the planner, never half-run.
process.on('unhandledRejection', (error) => fail(error));
