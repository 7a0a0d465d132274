/**
 * The preload: exposes `window.planner` with ONE named function per contract channel
 * (methodName: 'scenario:setCauseWeight' → scenarioSetCauseWeight) and nothing else — no
 * ipcRenderer, no generic invoke(channel) — so a compromised page can reach only the
 * allow-listed, schema-checked channels (Electron security checklist item 20). The one exception
 * is a listener for the single main → renderer message (a project file the OS asked us to open),
 * which hands the page the plain payload only, never the IPC event or its sender.
 * Sandboxed preloads may require only 'electron', so scripts/build-electron.mjs bundles this file;
 * it imports the zod-free channel list so the bundle stays a few kilobytes.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ChannelName } from '../../contract/channels';
import { CHANNEL_NAMES } from '../../contract/channel-list';
import {
  isOpenedProjectFile,
  PROJECT_FILE_OPENED_EVENT,
  PROJECT_FILE_OPENED_LISTENER,
  type OpenedProjectFile,
} from '../../contract/opened-file';
import { PRELOAD_GLOBAL, methodName } from '../../contract/transport';

function invoker(channel: ChannelName): (request: unknown) => Promise<unknown> {
  // A fresh closure per channel: the page never gets to choose the channel string.
  return (request: unknown) => ipcRenderer.invoke(channel, request);
}

/** Files opened before the page subscribed wait here (the app may be started by the double-click). */
const MAX_WAITING = 10;
const waiting: OpenedProjectFile[] = [];
let listener: ((file: OpenedProjectFile) => void) | null = null;

ipcRenderer.on(PROJECT_FILE_OPENED_EVENT, (_event, payload: unknown) => {
  if (!isOpenedProjectFile(payload)) return;
  const file: OpenedProjectFile = {
    fileName: payload.fileName,
    text: payload.text,
    error: payload.error,
  };
  if (listener) listener(file);
  else if (waiting.length < MAX_WAITING) waiting.push(file);
});

/** One listener at a time (the renderer subscribes once); returns the unsubscribe function. */
function onProjectFileOpened(fn: unknown): () => void {
  if (typeof fn !== 'function') return () => undefined;
  const mine = (file: OpenedProjectFile): void => void fn(file);
  listener = mine;
  for (const file of waiting.splice(0)) mine(file);
  return () => {
    if (listener === mine) listener = null;
  };
}

const api: Record<string, (arg: unknown) => unknown> = Object.create(null);
for (const channel of CHANNEL_NAMES) api[methodName(channel)] = invoker(channel);
api[PROJECT_FILE_OPENED_LISTENER] = onProjectFileOpened;

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, Object.freeze(api));
