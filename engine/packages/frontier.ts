import { type Candidate, type TopSearch, nearlyEqual, tieTolerance } from './candidate';

/** At most this many packages tied in both value and cost are listed per frontier point. */
export const FRONTIER_TIES = 16;

export interface FrontierResult {
  /** Non-dominated packages, cheapest first. */
  frontier: Candidate[];
  /** The best package within each budget level where the best improves, cheapest first. */
  budgetCurve: Candidate[];
}

/**
 * Walk the frontier from the top: the best package overall is non-dominated (nothing is
 * better, and among equals it is the cheapest); the next point is the best package strictly
 * cheaper than it, and so on. Each step is one top-k search with a cost cap, so the same code
 * serves enumeration and branch and bound, and costs (frontier size) searches.
 * Dominance: Q beats P when V(Q) ≥ V(P) and C(Q) ≤ C(P), strictly better in one (ties within
 * the tie tolerance count as equal), so packages equal in both value and cost are all listed.
 */
export function computeFrontier(search: TopSearch): FrontierResult {
  const frontier: Candidate[] = [];
  const budgetCurve: Candidate[] = [];
  let cap = Infinity;
  for (;;) {
    const items = search(FRONTIER_TIES, cap);
    const head = items[0];
    if (head === undefined) break;
    const ties = items.filter(
      (c) => nearlyEqual(c.value, head.value) && nearlyEqual(c.cost, head.cost),
    );
    frontier.push(...ties.reverse());
    budgetCurve.push(head);
    cap = head.cost - 2 * tieTolerance(head.cost);
  }
  return { frontier: frontier.reverse(), budgetCurve: budgetCurve.reverse() };
}
