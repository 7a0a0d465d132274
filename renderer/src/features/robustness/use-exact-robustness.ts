import { useEffect, useRef, useState } from 'react';
import type { DecisionModel } from '../../../../engine/model';
import type {
  RobustPortfolioResult,
  PackageSensitivityResult,
} from '../../../../engine/robustness';
import type { ExactReply, ExactRequest } from './exact-protocol';

export interface ExactRobustness {
  status: 'running' | 'done' | 'error';
  sensitivity: PackageSensitivityResult | null;
  portfolio: RobustPortfolioResult | null;
  error: string | null;
}

/**
 * The exact checks, recomputed in a worker of their own whenever the model or the weight basis
 * changes (so a long SMAA run never delays them); replies to superseded requests are dropped.
 * `model` null means the checks cannot run (the caller explains why).
 */
export function useExactRobustness(
  model: DecisionModel | null,
  extremePoints: number[][],
): ExactRobustness {
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  const [state, setState] = useState<ExactRobustness>({
    status: 'running',
    sensitivity: null,
    portfolio: null,
    error: null,
  });

  useEffect(() => {
    const w = new Worker(new URL('../../robustness.worker.ts', import.meta.url), {
      type: 'module',
    });
    w.onmessage = (e: MessageEvent<ExactReply>) => {
      const m = e.data;
      if (m.id !== current.current) return;
      if (m.kind === 'exact-done') {
        setState({
          status: 'done',
          sensitivity: m.sensitivity,
          portfolio: m.portfolio,
          error: null,
        });
      } else setState({ status: 'error', sensitivity: null, portfolio: null, error: m.message });
    };
    worker.current = w;
    return () => w.terminate();
  }, []);

  useEffect(() => {
    if (!model) return;
    const id = current.current + 1;
    current.current = id;
    setState((s) => ({ ...s, status: 'running', error: null }));
    worker.current?.postMessage({ kind: 'exact', id, model, extremePoints } satisfies ExactRequest);
  }, [model, extremePoints]);

  return state;
}
