/**
 * The app's one live ranking (owned by `useRanking` in the shell), readable from any screen
 * without ranking the same model a second time in another worker.
 */
import { useSyncExternalStore } from 'react';
import type { RankingState } from './use-ranking';

const EMPTY: RankingState = { result: null, error: null, computing: false, ms: null };

let current: RankingState = EMPTY;
const listeners = new Set<() => void>();

/** Called by the owner of the ranking on every change (and with null when it goes away). */
export function publishRanking(state: RankingState | null): void {
  current = state ?? EMPTY;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest published ranking state; re-renders the caller when it changes. */
export function useSharedRanking(): RankingState {
  return useSyncExternalStore(subscribe, () => current);
}
