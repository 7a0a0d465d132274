import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../contract/channels';
import {
  PROJECT_FILE_OPENED_EVENT,
  PROJECT_FILE_OPENED_LISTENER,
} from '../../contract/opened-file';
import { PRELOAD_GLOBAL, methodName } from '../../contract/transport';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let outDir: string;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-preload-'));
  // The real build script, so the test covers the bundle Electron would load.
  await promisify(execFile)(
    process.execPath,
    [path.join(repoRoot, 'scripts/build-electron.mjs'), '--outdir', outDir],
    { cwd: repoRoot },
  );
}, 120_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

interface Loaded {
  exposed: Record<string, unknown>;
  invocations: [string, unknown][];
  required: string[];
  /** What the preload registered with ipcRenderer.on (main → renderer messages). */
  listeners: [string, (event: unknown, payload: unknown) => void][];
}

/** Runs preload.cjs the way a sandboxed renderer does: CommonJS, and require() knows only 'electron'. */
function loadPreload(): Loaded {
  const code = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
  const exposed: Record<string, unknown> = {};
  const invocations: [string, unknown][] = [];
  const required: string[] = [];
  const listeners: Loaded['listeners'] = [];
  const fakeElectron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        exposed[key] = api;
      },
    },
    ipcRenderer: {
      on: (channel: string, fn: (event: unknown, payload: unknown) => void) => {
        listeners.push([channel, fn]);
      },
      invoke: (channel: string, payload: unknown) => {
        invocations.push([channel, payload]);
        return Promise.resolve({ ok: true, value: null });
      },
      send: () => {
        throw new Error('send must never be used');
      },
    },
  };
  const sandboxRequire = (name: string): unknown => {
    required.push(name);
    if (name === 'electron') return fakeElectron;
    throw new Error(`a sandboxed preload cannot require "${name}"`);
  };
  const module = { exports: {} };
  const context = vm.createContext({
    require: sandboxRequire,
    module,
    exports: module.exports,
    console,
  });
  vm.runInContext(code, context, { filename: 'preload.cjs' });
  return { exposed, invocations, required, listeners };
}

describe('preload bundle', () => {
  it('requires only electron (a sandboxed preload can load nothing else)', () => {
    expect(new Set(loadPreload().required)).toEqual(new Set(['electron']));
  });

  it(`exposes window.${PRELOAD_GLOBAL} with exactly one function per channel`, () => {
    const { exposed } = loadPreload();
    expect(Object.keys(exposed)).toEqual([PRELOAD_GLOBAL]);
    const api = exposed[PRELOAD_GLOBAL] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(
      [...channelNames.map(methodName), PROJECT_FILE_OPENED_LISTENER].sort(),
    );
    for (const key of Object.keys(api)) expect(typeof api[key], key).toBe('function');
    for (const forbidden of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync'])
      expect(api).not.toHaveProperty(forbidden);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('each function invokes its own channel with the payload', async () => {
    const { exposed, invocations } = loadPreload();
    const api = exposed[PRELOAD_GLOBAL] as Record<string, (r: unknown) => Promise<unknown>>;
    await api.scenarioSetCauseWeight!({ scenarioId: 1, causeId: 'C1', weight: 2 });
    await api.appPing!({});
    expect(invocations).toEqual([
      ['scenario:setCauseWeight', { scenarioId: 1, causeId: 'C1', weight: 2 }],
      ['app:ping', {}],
    ]);
  });

  it('passes an opened project file to the page as plain data, buffered until it subscribes', () => {
    const { exposed, listeners } = loadPreload();
    expect(listeners.map(([channel]) => channel)).toEqual([PROJECT_FILE_OPENED_EVENT]);
    const emit = listeners[0]![1];
    const sender = { send: () => 'the page must never get this' };
    emit({ sender }, { fileName: 'a.trpproj', text: '{}', error: null });
    emit({ sender }, { fileName: 'x', text: 1, error: null }); // malformed: dropped
    emit({ sender }, { fileName: 'b.trpproj', text: null, error: 'cannot read' });
    const api = exposed[PRELOAD_GLOBAL] as Record<string, (fn: unknown) => () => void>;
    const got: unknown[] = [];
    const unsubscribe = api[PROJECT_FILE_OPENED_LISTENER]!((...args: unknown[]) => got.push(args));
    emit({ sender }, { fileName: 'c.trpproj', text: '[]', error: null });
    unsubscribe();
    emit({ sender }, { fileName: 'd.trpproj', text: '[]', error: null });
    expect(got).toEqual([
      [{ fileName: 'a.trpproj', text: '{}', error: null }],
      [{ fileName: 'b.trpproj', text: null, error: 'cannot read' }],
      [{ fileName: 'c.trpproj', text: '[]', error: null }],
    ]);
  });

  it('the main bundle keeps electron and better-sqlite3 external', () => {
    const main = fs.readFileSync(path.join(outDir, 'main.cjs'), 'utf8');
    expect(main).toMatch(/require\("electron"\)/);
    expect(main).toMatch(/require\("better-sqlite3"\)/);
    expect(main).not.toMatch(/require\("zod"\)/);
  });

  it('stays small: the contract schemas (zod) are not bundled into the preload', () => {
    expect(fs.statSync(path.join(outDir, 'preload.cjs')).size).toBeLessThan(20_000);
  });
});
