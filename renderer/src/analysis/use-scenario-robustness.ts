/**
 * The scenario's robustness, computed once for the whole window and shown the same on every
 * screen: package SMAA in the robustness worker under the scenario's own weight basis, samples
 * and seed (the briefing uses the same three, so its figures match), and the verdict the
 * overview and the Robustness screen both print.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../../contract/domain';
import type { DecisionModel } from '../../../engine/model';
import type { PackageSmaaResult } from '../../../engine/robustness';
import { defaultInputsOf, weightBasis, type WeightBasis } from '../../../engine/scenario';
import { packageVerdict, type PackageVerdict } from '../../../engine/verdict';
import { useSmaa, type SmaaStatus } from '../features/robustness/use-smaa';
import type { RankingState } from '../ranking/use-ranking';

/** Wait for a burst of edits (a slider drag) to settle before sampling again. */
const RERUN_DELAY_MS = 400;

export interface ScenarioRobustness {
  basis: WeightBasis;
  status: SmaaStatus;
  progress: number;
  error: string | null;
  /** The SMAA result for the scenario as it is now; null while (re)computing. */
  smaa: PackageSmaaResult | null;
  /** True while the shown figures belong to an earlier version of the scenario. */
  stale: boolean;
  verdict: PackageVerdict;
  /** Runs again now (after a cancel or an error). */
  rerun(): void;
  cancel(): void;
}

export function useScenarioRobustness(
  scenario: Scenario | null,
  model: DecisionModel | null,
  ranking: RankingState,
  /** Off while no screen shows robustness: edits then cost no sampling. */
  enabled: boolean,
): ScenarioRobustness | null {
  const smaa = useSmaa();
  const { run } = smaa;
  const [ranFor, setRanFor] = useState<DecisionModel | null>(null);
  const [tick, setTick] = useState(0);
  const started = useRef(false);
  const basis = useMemo(
    () =>
      scenario
        ? weightBasis({
            causes: scenario.causes,
            analysis: scenario.analysis,
            stakeholders: scenario.stakeholders,
          })
        : null,
    [scenario],
  );
  const samples = scenario?.analysis.samples ?? 0;
  const seed = scenario?.analysis.seed ?? 0;

  useEffect(() => {
    if (!enabled || !model || !basis) return undefined;
    const timer = setTimeout(
      () => {
        started.current = true;
        setRanFor(model);
        run(model, samples, seed, basis.weightInfo);
      },
      started.current ? RERUN_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [enabled, model, basis, samples, seed, run, tick]);

  const current = ranFor === model && smaa.status === 'done' ? smaa.result : null;
  const ranked = ranking.result?.packages ?? null;
  const verdict = useMemo(
    () =>
      scenario && ranked
        ? packageVerdict({ ranked, smaa: current, defaults: defaultInputsOf(scenario) })
        : null,
    [scenario, ranked, current],
  );
  const stale = ranFor !== null && ranFor !== model;
  const { status, progress, error, cancel } = smaa;
  return useMemo(
    () =>
      !scenario || !basis || !verdict
        ? null
        : {
            basis,
            status,
            progress,
            error,
            smaa: current,
            stale,
            verdict,
            rerun: () => setTick((n) => n + 1),
            cancel,
          },
    [scenario, basis, verdict, status, progress, error, current, stale, cancel],
  );
}
