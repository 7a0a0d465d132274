/**
 * The one invalidation signal of the renderer: every successful call of a channel that writes
 * (CHANNEL_KIND) raises it once the host has answered, so every view showing stored state
 * (audit, undo bar, scenario list, overview evidence, briefing preview …) re-reads then — not on
 * a timer, not by being re-mounted. `origin` lets the writer that already holds the reply (the
 * open scenario adopting its own edit) skip a redundant re-read.
 */
import type { ChannelName } from '../../../contract/channels';

export interface StoredDataChange {
  channel: ChannelName;
  /** Set by a writer that passes `{ origin }` to `call`; undefined otherwise. */
  origin?: symbol;
}

type Listener = (change: StoredDataChange) => void;

let version = 0;
const listeners = new Set<Listener>();

/** Goes up by one after every completed write; a view keyed on it re-reads. */
export function storedDataVersion(): number {
  return version;
}

export function subscribeStoredData(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function storedDataChanged(change: StoredDataChange): void {
  version += 1;
  for (const listener of [...listeners]) listener(change);
}
