/**
 * A window event announcing "stored data changed by something other than the current
 * screen's own edit" (undo, redo, delete, import). Screens that keep their own copies listen
 * and re-read; the undo bar listens to refresh what Ctrl+Z would do next.
 */
export const EDITS_CHANGED = 'trp:edits-changed';

export function notifyEditsChanged(): void {
  globalThis.dispatchEvent?.(new Event(EDITS_CHANGED));
}

export function onEditsChanged(listener: () => void): () => void {
  globalThis.addEventListener?.(EDITS_CHANGED, listener);
  return () => globalThis.removeEventListener?.(EDITS_CHANGED, listener);
}
