/**
 * The preload: exposes `window.planner` with ONE named function per contract channel
 * (methodName: 'scenario:setCauseWeight' → scenarioSetCauseWeight) and nothing else — no
 * ipcRenderer, no generic invoke(channel) — so a compromised page can reach only the
 * allow-listed, schema-checked channels (Electron security checklist item 20).
 * Sandboxed preloads may require only 'electron', so scripts/build-electron.mjs bundles this file;
 * it imports the zod-free channel list so the bundle stays a few kilobytes.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ChannelName } from '../contract/channels';
import { CHANNEL_NAMES } from '../contract/channel-list';
import { PRELOAD_GLOBAL, methodName } from '../contract/transport';

function invoker(channel: ChannelName): (request: unknown) => Promise<unknown> {
  // A fresh closure per channel: the page never gets to choose the channel string.
  return (request: unknown) => ipcRenderer.invoke(channel, request);
}

const api: Record<string, (request: unknown) => Promise<unknown>> = Object.create(null);
for (const channel of CHANNEL_NAMES) api[methodName(channel)] = invoker(channel);

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, Object.freeze(api));
