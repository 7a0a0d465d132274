import { useEffect, useRef, useState } from 'react';
import type { DecisionModel } from '../../../../engine/model';
import { useSmaa, type SmaaStatus } from '../robustness/use-smaa';
import { bestPackageShare } from './overview-model';

/** Enough for a share to ±1 percentage point (95 %) and quick on the default scenario. */
export const OVERVIEW_SAMPLES = 2000;
/** Fixed so the overview shows the same figure for the same scenario on every visit. */
export const OVERVIEW_SEED = 20260101;
/** Wait for a burst of edits (a slider drag) to settle before sampling again. */
const RERUN_DELAY_MS = 400;

export interface BestPackageRobustness {
  status: SmaaStatus;
  progress: number;
  /** Share of samples in which the package is best; null until a run for the current model ends. */
  share: number | null;
  /** True while the shown share belongs to an earlier version of the scenario. */
  stale: boolean;
  samples: number;
  seed: number;
  error: string | null;
}

/**
 * Package SMAA for the overview, in the robustness worker: runs when the model changes and reads
 * off how often `bestMeasures` (the current ranking's first package) comes out best.
 */
export function useBestPackageRobustness(
  model: DecisionModel | null,
  bestMeasures: readonly string[] | null,
): BestPackageRobustness {
  const smaa = useSmaa();
  const { run } = smaa;
  const [ranFor, setRanFor] = useState<DecisionModel | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (!model) return;
    const timer = setTimeout(
      () => {
        started.current = true;
        setRanFor(model);
        run(model, OVERVIEW_SAMPLES, OVERVIEW_SEED);
      },
      started.current ? RERUN_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [model, run]);

  const done = smaa.status === 'done' && smaa.result !== null && bestMeasures !== null;
  return {
    status: smaa.status,
    progress: smaa.progress,
    share: done ? bestPackageShare(smaa.result!, bestMeasures) : null,
    stale: ranFor !== null && ranFor !== model,
    samples: OVERVIEW_SAMPLES,
    seed: OVERVIEW_SEED,
    error: smaa.error,
  };
}
