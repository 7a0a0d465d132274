/**
 * Rows of the tornado chart from the engine's exact one-way sensitivity: for each cause, the
 * weight range in which today's best package stays best and the packages that take over just
 * below and just above it. Narrowest range first, because that is the weight to check first.
 */
import type { PackageSensitivityResult } from '../../../../engine/robustness';

/** Breakpoints closer than this to 0 or 1, or to each other, count as the same point. */
const EPS = 1e-9;

export interface TornadoRow {
  causeId: string;
  /** Today's normalised weight of the cause. */
  weight: number;
  lower: number;
  upper: number;
  /** upper − lower: how far the weight can move in total before the best package changes. */
  width: number;
  /** The package that becomes best when the weight drops below `lower` (null: none, lower is 0). */
  belowBest: string[] | null;
  /** The package that becomes best when the weight rises above `upper` (null: none, upper is 1). */
  aboveBest: string[] | null;
}

export function tornadoRows(result: PackageSensitivityResult): TornadoRow[] {
  const rows = result.criteria.map((c): TornadoRow => {
    const below =
      c.lower > EPS
        ? c.intervals.find((s) => Math.abs(s.to - c.lower) <= EPS && s.from < c.lower - EPS)
        : undefined;
    const above =
      c.upper < 1 - EPS
        ? c.intervals.find((s) => Math.abs(s.from - c.upper) <= EPS && s.to > c.upper + EPS)
        : undefined;
    return {
      causeId: String(c.criterion),
      weight: c.weight,
      lower: c.lower,
      upper: c.upper,
      width: c.upper - c.lower,
      belowBest: below ? [...below.best] : null,
      aboveBest: above ? [...above.best] : null,
    };
  });
  return rows.sort((a, b) => a.width - b.width || a.causeId.localeCompare(b.causeId));
}

/** The row whose weight has least room to move, if any cause can change the best package at all. */
export function mostSensitive(rows: readonly TornadoRow[]): TornadoRow | null {
  const first = rows[0];
  return first && (first.belowBest !== null || first.aboveBest !== null) ? first : null;
}
