/**
 * User Timing marks for the latency target: from a weight-slider move to the updated
 * ranking and chart in the DOM (p95 < 50 ms). `scripts/bench/latency.ts` reads the measures in
 * a real browser. Always on: a mark costs microseconds, and measuring the production build is
 * the point.
 */
import { useLayoutEffect } from 'react';

export const WEIGHT_INPUT_MARK = 'trp:weight-input';
export const WEIGHT_TO_RANKING_MEASURE = 'trp:weight-to-ranking';

/** Enough for any benchmark run; beyond it old measures are dropped so a long session stays lean. */
const MAX_KEPT_MEASURES = 1000;

/** Start of the oldest weight input the screen does not yet reflect (worst case, not the newest). */
let unshownSince: number | null = null;

/** A weight was changed by the planner. */
export function markWeightInput(): void {
  const mark = performance.mark(WEIGHT_INPUT_MARK);
  unshownSince ??= mark.startTime;
}

/** The ranking for the newest weights is in the DOM: close the measure opened by the inputs. */
export function measureRankingShown(): void {
  if (unshownSince === null) return;
  if (performance.getEntriesByName(WEIGHT_TO_RANKING_MEASURE).length >= MAX_KEPT_MEASURES)
    performance.clearMeasures(WEIGHT_TO_RANKING_MEASURE);
  performance.measure(WEIGHT_TO_RANKING_MEASURE, { start: unshownSince });
  performance.clearMarks(WEIGHT_INPUT_MARK);
  unshownSince = null;
}

/**
 * Call in the component that shows the ranking and its chart: after the commit that shows
 * `result`, if the ranking is no longer computing (so `result` reflects the newest weights),
 * the measure is taken. Layout effects run after the children's DOM is written, before paint.
 */
export function useRankingShownMeasure(result: unknown, computing: boolean): void {
  useLayoutEffect(() => {
    if (result !== null && !computing) measureRankingShown();
  }, [result, computing]);
}
