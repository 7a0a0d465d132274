import { useCallback, useEffect, useRef, useState } from 'react';
import type { DecisionModel } from '../../../../engine/model';
import type { PackageSmaaResult, WeightInfo } from '../../../../engine/robustness';
import type { SmaaReply, SmaaRequest } from './smaa-protocol';

export type SmaaStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface SmaaRun {
  status: SmaaStatus;
  progress: number;
  result: PackageSmaaResult | null;
  error: string | null;
  run(model: DecisionModel, samples: number, seed: number, weightInfo: WeightInfo): void;
  cancel(): void;
}

/** One SMAA worker per screen; a newer run supersedes an older one (its replies are ignored). */
export function useSmaa(): SmaaRun {
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  const [status, setStatus] = useState<SmaaStatus>('idle');
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<PackageSmaaResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const w = new Worker(new URL('../../robustness.worker.ts', import.meta.url), {
      type: 'module',
    });
    w.onmessage = (e: MessageEvent<SmaaReply>) => {
      const m = e.data;
      if (m.id !== current.current) return;
      if (m.kind === 'progress') setProgress(m.done / m.total);
      else if (m.kind === 'done') {
        setResult(m.result);
        setStatus('done');
      } else if (m.kind === 'cancelled') setStatus('cancelled');
      else {
        setError(m.message);
        setStatus('error');
      }
    };
    worker.current = w;
    return () => w.terminate();
  }, []);

  const run = useCallback(
    (model: DecisionModel, samples: number, seed: number, weightInfo: WeightInfo) => {
      const id = current.current + 1;
      current.current = id;
      setStatus('running');
      setProgress(0);
      setError(null);
      worker.current?.postMessage({
        kind: 'run',
        id,
        model,
        samples,
        seed,
        weightInfo,
      } satisfies SmaaRequest);
    },
    [],
  );

  const cancel = useCallback(() => {
    worker.current?.postMessage({ kind: 'cancel', id: current.current } satisfies SmaaRequest);
  }, []);

  return { status, progress, result, error, run, cancel };
}
