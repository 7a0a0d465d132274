/**
 * Rows for the core-index view of Robust Portfolio Modelling over the scenario's weight basis:
 * a package is robust when no other package is at least as good for every weighting in it.
 */
import type { CoreClass, RobustPortfolioResult } from '../../../../engine/robustness';

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
