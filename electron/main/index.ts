/**
 * Electron main process: wires the pure security policy, the app:// protocol, the database and the
 * IPC wrapper to the real `electron` module. Bundled by scripts/build-electron.mjs into
 * out/electron/main.cjs (CommonJS, so `__dirname` is out/electron, also inside the asar).
 */
import { bilingual } from '../../contract/bilingual';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import type Database from 'better-sqlite3';
import { chooseDataDir } from '../../db/data-dir';
import { closeDatabase, resolveDataDir } from '../../db/open';
import { PROJECT_FILE_OPENED_EVENT } from '../../contract/opened-file';
import { readAppVersion } from '../services/app-version';
import { localeFromTag, type HostContext } from '../services/context';
import { createServices } from '../services';
import { openHostDatabase } from '../services/database-recovery';
import { createFileLogger, describeError } from '../services/log';
import { registerIpcHandlers } from './ipc-wrapper';
import { OpenedFileQueue, projectFilesFromArgv, readOpenedProjectFile } from './open-project-file';
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
let dataDirError: unknown = null;
const dataDir = ((): string => {
  try {
    return resolveDataDir();
  } catch (error) {
    // A folder that cannot be created: start anyway so fail() can show the reason in a dialog.
    dataDirError = error;
    return chooseDataDir(process.env, process.platform, os.homedir());
  }
})();
app.setPath('userData', dataDir);
const log = createFileLogger(dataDir, 'main');

registerAppScheme(protocol);
app.enableSandbox();

let db: Database.Database | null = null;
let mainWindow: BrowserWindow | null = null;
/** Project files the OS asked us to open, held until the window's page can take them. */
const openedFiles = new OpenedFileQueue();

/** One after the other, so the page gets the files in the order they were opened. */
let sending: Promise<void> = Promise.resolve();

/** Reads an opened project file and hands it to the page, which imports it via project:import. */
function sendOpenedFile(win: BrowserWindow, file: string): void {
  sending = sending
    .then(() => readOpenedProjectFile(file))
    .then((payload) => {
      if (!win.isDestroyed()) win.webContents.send(PROJECT_FILE_OPENED_EVENT, payload);
    });
}

function showMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

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
  // The page subscribes to opened files as it starts; a reload must not drop one in between.
  win.webContents.on('did-start-loading', () => openedFiles.close());
  win.webContents.on('did-finish-load', () =>
    openedFiles.open((file) => sendOpenedFile(win, file)),
  );
  win.on('closed', () => {
    openedFiles.close();
    mainWindow = null;
  });
  void win.loadURL(`${APP_ORIGIN_URL}index.html`);
  return win;
}

async function start(): Promise<void> {
  if (dataDirError) throw dataDirError;
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
  // Windows and Linux: a file opened while we run arrives as the argv of a second launch.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedFiles.add(projectFilesFromArgv(argv, workingDirectory));
    showMainWindow();
  });
  // macOS: opened files arrive as events, the first one before 'ready' when it launched us.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openedFiles.add([file]);
    showMainWindow();
  });
  // Windows and Linux: the file that launched us is on our own command line.
  openedFiles.add(projectFilesFromArgv(process.argv, process.cwd()));

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
    bilingual('人才留住规划助手无法启动', 'Talent Retention Planner could not start'),
    detail,
  );
  app.exit(1);
}

// start() rejects e.g. on a database from a newer app version: tell the planner, never half-run.
process.on('unhandledRejection', (error) => fail(error));
