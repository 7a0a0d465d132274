import { useEffect, useRef, useState } from 'react';
import type { PackagesResult } from '../../../contract/domain';
import type { DecisionModel } from '../../../engine/model';
import { RankScheduler } from './rank-scheduler';

export interface RankingState {
  /** The last successful ranking (kept while a newer one computes, so the screen never blanks). */
  result: PackagesResult | null;
  /** The last failure (cleared by the next success). */
  error: { field: string | undefined; message: string } | null;
  computing: boolean;
  /** Wall time of the last ranking inside the worker, in ms. */
  ms: number | null;
}

/** Ranks `model` in a Web Worker whenever it changes. */
export function useRanking(model: DecisionModel | null): RankingState {
  const [state, setState] = useState<RankingState>({
    result: null,
    error: null,
    computing: false,
    ms: null,
  });
  const schedulerRef = useRef<RankScheduler | null>(null);

  useEffect(() => {
    const worker = new Worker(new URL('../engine.worker.ts', import.meta.url), { type: 'module' });
    const scheduler = new RankScheduler(worker, (reply) => {
      setState((prev) =>
        reply.ok
          ? { result: reply.result, error: null, computing: scheduler.busy, ms: reply.ms }
          : {
              ...prev,
              error: { field: reply.field, message: reply.message },
              computing: scheduler.busy,
            },
      );
    });
    schedulerRef.current = scheduler;
    return () => {
      scheduler.dispose();
      schedulerRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (!model || !schedulerRef.current) return;
    schedulerRef.current.request(model);
    setState((prev) => (prev.computing ? prev : { ...prev, computing: true }));
  }, [model]);

  return state;
}
