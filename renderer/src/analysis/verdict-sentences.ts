import { useMemo } from 'react';
import type { Scenario } from '../../../contract/domain';
import { splitBilingual } from '../../../engine/report';
import { packageNamer, verdictText, type VerdictText } from '../../../engine/verdict';
import type { ScenarioRobustness } from './use-scenario-robustness';

/** The verdict's sentences for this scenario, the same function the briefing prints. */
export function useVerdictText(
  scenario: Scenario,
  robustness: ScenarioRobustness | null,
): VerdictText | null {
  return useMemo(
    () =>
      robustness
        ? verdictText(
            robustness.verdict,
            robustness.basis,
            packageNamer(scenario),
            splitBilingual(scenario.measures[0]?.costUnit ?? ''),
          )
        : null,
    [scenario, robustness],
  );
}
