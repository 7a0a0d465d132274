import type { DefaultInputs } from '../verdict/package-verdict';

type Kind = 'default' | 'edited' | 'confirmed';

/** The parts of a scenario that say where each input came from (the contract's Scenario fits). */
export interface ProvenancedScenario {
  weighting: { provenance: { kind: Kind } };
  budgetProvenance: { kind: Kind };
  constraints: { budget: number | null };
  measures: readonly { costProvenance: { kind: Kind } }[];
  impacts: readonly { provenance: { kind: Kind } }[];
}

/**
 * Which inputs are still the tool's illustrative defaults (neither edited nor confirmed): the
 * checklist ticks, the "provisional" label and the briefing's list of assumptions read this.
 */
export function defaultInputsOf(s: ProvenancedScenario): DefaultInputs {
  return {
    weights: s.weighting.provenance.kind === 'default',
    budget: s.constraints.budget !== null && s.budgetProvenance.kind === 'default',
    costs: s.measures.filter((m) => m.costProvenance.kind === 'default').length,
    impacts: s.impacts.filter((c) => c.provenance.kind === 'default').length,
  };
}
