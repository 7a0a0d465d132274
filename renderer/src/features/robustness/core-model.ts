/**
 * Robust Portfolio Modelling inputs and rows for the core-index view. The planner's weights are
 * taken as uncertain by ± a tolerance (in percentage points of the normalised weight); a package
 * is robust when no other package is at least as good for every weighting in that box.
 */
import type { CoreClass, RobustPortfolioResult } from '../../../../engine/robustness/portfolio';

/** [lo, hi] per cause: the normalised weight ± tolerance, clipped to [0, 1]. */
export function toleranceBounds(weights: readonly number[], tolerance: number): [number, number][] {
  const sum = weights.reduce((s, w) => s + (Number.isFinite(w) && w > 0 ? w : 0), 0);
  return weights.map((w) => {
    const share = sum > 0 && Number.isFinite(w) && w > 0 ? w / sum : 0;
    return [Math.max(0, share - tolerance), Math.min(1, share + tolerance)];
  });
}

export interface CoreRow {
  measureId: string;
  /** Share of the robust (non-dominated) packages that contain the measure. */
  share: number;
  coreClass: CoreClass;
}

const CLASS_ORDER: Record<CoreClass, number> = { core: 0, borderline: 1, exterior: 2 };

/** Measures by class (core, borderline, exterior), then by share, then in the scenario's order. */
export function coreRows(result: RobustPortfolioResult, order: readonly string[]): CoreRow[] {
  return order
    .filter((id) => result.coreIndex[id] !== undefined)
    .map((id) => ({
      measureId: id,
      share: result.coreIndex[id]!,
      coreClass: result.coreClass[id]!,
    }))
    .sort(
      (a, b) =>
        CLASS_ORDER[a.coreClass] - CLASS_ORDER[b.coreClass] ||
        b.share - a.share ||
        order.indexOf(a.measureId) - order.indexOf(b.measureId),
    );
}
