/**
 * Reading a one-way sensitivity result (./sensitivity.ts) the same way everywhere: the range in
 * which one cause's weight can move before the best package changes, and which cause is the
 * most sensitive.
 *
 * "Most sensitive" is the cause whose weight needs the smallest change, in share points, up or
 * down from where it is now (the other weights rescaled in proportion), before another package
 * becomes best: the absolute form of the "most critical criterion" of Triantaphyllou and
 * Sánchez (1997, Decision Sciences 28(1)). A narrow range far from today's weight is not
 * sensitive; a wide one whose edge is a hair away is. Margins within MARGIN_TIE are tied and the
 * lower cause id comes first, so the overview, the Robustness screen and the briefing name the
 * same cause.
 */
import type { CriterionSensitivity } from './sensitivity';

/** Breakpoints closer than this to 0 or 1 count as 0 or 1 (no threshold on that side). */
const EDGE = 1e-9;
/** Margins closer than this are the same margin. */
export const MARGIN_TIE = 1e-9;

export interface StayBestRange {
  causeId: string;
  /** The cause's current normalised weight. */
  weight: number;
  /** Lowest / highest weight at which today's best package stays best; null = down to 0 / up to 1. */
  lower: number | null;
  upper: number | null;
  /** The package that becomes best just beyond each threshold (null where there is none). */
  belowBest: string[] | null;
  aboveBest: string[] | null;
}

/** One criterion of a package sensitivity result as its stay-best range and the neighbours. */
export function stayBestRange(c: CriterionSensitivity<string[]>): StayBestRange {
  const hasLower = c.lower > EDGE;
  const hasUpper = c.upper < 1 - EDGE;
  const below = hasLower
    ? c.intervals.find((s) => Math.abs(s.to - c.lower) <= EDGE && s.from < c.lower - EDGE)
    : undefined;
  const above = hasUpper
    ? c.intervals.find((s) => Math.abs(s.from - c.upper) <= EDGE && s.to > c.upper + EDGE)
    : undefined;
  return {
    causeId: String(c.criterion),
    weight: c.weight,
    lower: hasLower ? c.lower : null,
    upper: hasUpper ? c.upper : null,
    belowBest: below ? [...below.best] : null,
    aboveBest: above ? [...above.best] : null,
  };
}

export interface WeightMargin {
  /** Share points the weight must move to reach its nearest threshold. */
  margin: number;
  /** Which way: up to `upper` or down to `lower`. */
  direction: 'up' | 'down';
}

/** How far a weight is from its nearest threshold, or null when it has none. */
export function weightMargin(
  current: number,
  lower: number | null,
  upper: number | null,
): WeightMargin | null {
  const up = upper === null ? Infinity : upper - current;
  const down = lower === null ? Infinity : current - lower;
  if (up === Infinity && down === Infinity) return null;
  // Equal margins: rising is named, as the ranges are read from 0 upwards.
  return up <= down + MARGIN_TIE
    ? { margin: up, direction: 'up' }
    : { margin: down, direction: 'down' };
}

interface WeightRow {
  causeId: string;
  weight: number;
  lower: number | null;
  upper: number | null;
}

/**
 * The order in which causes are shown: nearest a threshold first (the first is the most
 * sensitive), then the causes that cannot change the best package, narrowest range first; ties
 * by cause id.
 */
export function compareSensitivity(a: WeightRow, b: WeightRow): number {
  const ma = weightMargin(a.weight, a.lower, a.upper)?.margin ?? Infinity;
  const mb = weightMargin(b.weight, b.lower, b.upper)?.margin ?? Infinity;
  if (ma === Infinity && mb === Infinity) {
    const width = (r: WeightRow) => (r.upper ?? 1) - (r.lower ?? 0);
    return width(a) - width(b) || a.causeId.localeCompare(b.causeId);
  }
  if (Math.abs(ma - mb) > MARGIN_TIE) return ma < mb ? -1 : 1;
  return a.causeId.localeCompare(b.causeId);
}

/** The most sensitive of `rows` (see the module comment), or null when no weight can change the best package. */
export function mostSensitiveWeight<T extends WeightRow>(
  rows: readonly T[],
): (WeightMargin & { row: T }) | null {
  let best: (WeightMargin & { row: T }) | null = null;
  for (const row of rows) {
    const m = weightMargin(row.weight, row.lower, row.upper);
    if (m === null) continue;
    if (
      best === null ||
      m.margin < best.margin - MARGIN_TIE ||
      (Math.abs(m.margin - best.margin) <= MARGIN_TIE &&
        row.causeId.localeCompare(best.row.causeId) < 0)
    )
      best = { ...m, row };
  }
  return best;
}
