/**
 * The renderer's one way to show stored data. `useQuery(channel, request)` reads through `call`;
 * `useStoredRead(key, read)` does the same for a read made of several calls. Both re-read
 * whenever a write completes anywhere (stored-data.ts) or the key changes, drop replies that a
 * newer read overtook, and keep showing the last answer for the same key while a re-read is
 * under way (no flicker after every edit).
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ChannelName, Request, Response } from '../../../contract/channels';
import { toApiError, type ApiError } from './api-error';
import { call } from './client';
import { storedDataVersion, subscribeStoredData } from './stored-data';

export interface QueryState<T> {
  /** The latest answer for this key; null before the first one arrives. */
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Read again now (e.g. the retry button of an error). */
  reload(): void;
}

export interface QueryOptions {
  /** Wait this long after the key last changed (typing in a field) before reading. */
  debounceMs?: number;
  /** Keep showing the answer for the previous key until the new one arrives (a preview). */
  keepPrevious?: boolean;
}

interface Held {
  key: string | null;
  data: unknown;
  json: string | null;
  error: ApiError | null;
  loading: boolean;
}

/** Re-renders whenever stored data changed; the number itself only keys effects. */
export function useStoredDataVersion(): number {
  return useSyncExternalStore(subscribeStoredData, storedDataVersion, storedDataVersion);
}

/**
 * `read` for `key` (null: nothing to read yet). `key` must change whenever what `read` reads
 * changes; `read` itself may be a new function on every render. Answers are compared by their
 * JSON, so `read` returns plain data (arrays and objects, not Maps).
 */
export function useStoredRead<T>(
  key: string | null,
  read: () => Promise<T>,
  options: QueryOptions = {},
): QueryState<T> {
  const version = useStoredDataVersion();
  const [tick, setTick] = useState(0);
  const [held, setHeld] = useState<Held>({
    key: null,
    data: null,
    json: null,
    error: null,
    loading: key !== null,
  });
  const reader = useRef(read);
  reader.current = read;
  const { debounceMs = 0, keepPrevious = false } = options;

  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    setHeld((h) => ({ ...h, loading: true }));
    const run = () =>
      reader.current().then(
        (data) => {
          if (!live) return;
          const json = JSON.stringify(data);
          // An unchanged answer keeps its identity, so memoised views downstream redo nothing.
          setHeld((h) =>
            h.key === key && h.json === json
              ? { ...h, error: null, loading: false }
              : { key, data, json, error: null, loading: false },
          );
        },
        (error: unknown) => {
          if (live) setHeld((h) => ({ ...h, error: toApiError(error), loading: false }));
        },
      );
    const timer = debounceMs > 0 ? setTimeout(() => void run(), debounceMs) : undefined;
    if (timer === undefined) void run();
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [key, version, tick, debounceMs]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const current = held.key === key;
  const shown = current || keepPrevious;
  return {
    data: shown ? (held.data as T | null) : null,
    error: shown ? held.error : null,
    loading: key !== null && (held.loading || !current),
    reload,
  };
}

/** One channel's answer to `request` (null: nothing to read yet). */
export function useQuery<K extends ChannelName>(
  channel: K,
  request: Request<K> | null,
  options: QueryOptions = {},
): QueryState<Response<K>> {
  const key = request === null ? null : `${channel} ${JSON.stringify(request)}`;
  return useStoredRead(key, () => call(channel, request as Request<K>), options);
}
