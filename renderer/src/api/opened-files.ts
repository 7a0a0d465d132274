/**
 * Project files the operating system asked the desktop app to open (a double-click on a
 * `.trpproj`), as the preload hands them over (contract/opened-file.ts). They wait here
 * until the scenarios screen takes them into its usual import flow (ProjectFileButtons), so a file
 * opened while another screen is showing is not lost. In the browser shell nothing arrives.
 */
import {
  isOpenedProjectFile,
  PROJECT_FILE_OPENED_LISTENER,
  type OpenedProjectFile,
} from '../../../contract/opened-file';
import { PRELOAD_GLOBAL } from '../../../contract/transport';

const waiting: OpenedProjectFile[] = [];
const listeners = new Set<() => void>();
let subscribed = false;

function subscribeToPreload(): void {
  if (subscribed) return;
  subscribed = true;
  const api = (globalThis as Record<string, unknown>)[PRELOAD_GLOBAL] as
    Record<string, unknown> | undefined;
  const subscribe = api?.[PROJECT_FILE_OPENED_LISTENER];
  if (typeof subscribe !== 'function') return;
  subscribe((file: unknown) => {
    if (!isOpenedProjectFile(file)) return;
    waiting.push(file);
    for (const listener of [...listeners]) listener();
  });
}

/** Calls `listener` whenever a file is waiting (at once if one already is); returns the unsubscribe. */
export function onOpenedProjectFile(listener: () => void): () => void {
  subscribeToPreload();
  listeners.add(listener);
  if (waiting.length > 0) listener();
  return () => listeners.delete(listener);
}

/** The oldest waiting file, removed from the queue. */
export function takeOpenedProjectFile(): OpenedProjectFile | undefined {
  return waiting.shift();
}
