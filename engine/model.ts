/**
 * The decision model of docs/decision-model.md, as plain data.
 * Everything in engine/ consumes these shapes; hosts build them from SQLite or JSON.
 */

/** An impact with its uncertainty: the share of a cause that a measure addresses on its own, in [-1, 1]. */
export interface ImpactRange {
  low: number;
  likely: number;
  high: number;
}

export type ImpactValue = number | ImpactRange;

export interface CauseInput {
  id: string;
  /** Raw weight (≥ 0); the engine normalises so the weights sum to 1. */
  weight: number;
}

export interface MeasureInput {
  id: string;
  cost: number;
}

export interface Synergy {
  a: string;
  b: string;
  /** Added to V(P) when both a and b are in the package (negative for a conflict). */
  value: number;
}

export interface PackageConstraints {
  budget?: number;
  maxMeasures?: number;
  required?: string[];
  excluded?: string[];
  /** [a, b]: a needs b. */
  requires?: [string, string][];
  /** [a, b]: a and b never together. */
  excludes?: [string, string][];
}

/**
 * saturating: v_j(P) = 1 − Π_{i∈P, e>0}(1 − e_ij) + Σ_{i∈P, e<0} e_ij (diminishing returns);
 * additive:   v_j(P) = Σ_{i∈P} e_ij (for comparison).
 */
export type CoverageModel = 'saturating' | 'additive';

export interface DecisionModel {
  causes: CauseInput[];
  measures: MeasureInput[];
  /** impacts[measureId][causeId]; a missing cell means no effect (0). */
  impacts: Record<string, Record<string, ImpactValue>>;
  synergies?: Synergy[];
  constraints?: PackageConstraints;
  model?: CoverageModel;
  /** How many ranked packages to return (default 10). */
  top?: number;
}

/** The likely value of an impact cell. */
export function likelyImpact(value: ImpactValue | undefined): number {
  if (value === undefined) return 0;
  return typeof value === 'number' ? value : value.likely;
}
