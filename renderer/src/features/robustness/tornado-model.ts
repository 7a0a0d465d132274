/**
 * Rows of the tornado chart from the engine's exact one-way sensitivity: for each cause, the
 * weight range in which today's best package stays best and the packages that take over just
 * below and just above it, in the engine's sensitivity order (the most sensitive first, as the
 * sentence above the chart and the briefing name it).
 */
import {
  compareSensitivity,
  mostSensitiveWeight,
  stayBestRange,
  type PackageSensitivityResult,
} from '../../../../engine/robustness';

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

/** A row as the engine reads it: a side with no package taking over has no threshold. */
const asRange = (row: TornadoRow) => ({
  causeId: row.causeId,
  weight: row.weight,
  lower: row.belowBest ? row.lower : null,
  upper: row.aboveBest ? row.upper : null,
  row,
});

export function tornadoRows(result: PackageSensitivityResult): TornadoRow[] {
  const rows = result.criteria.map((c): TornadoRow => {
    const r = stayBestRange(c);
    const lower = r.lower ?? 0;
    const upper = r.upper ?? 1;
    return {
      causeId: r.causeId,
      weight: r.weight,
      lower,
      upper,
      width: upper - lower,
      belowBest: r.belowBest,
      aboveBest: r.aboveBest,
    };
  });
  return rows.sort((a, b) => compareSensitivity(asRange(a), asRange(b)));
}

/** The most sensitive cause, if any cause can change the best package at all. */
export function mostSensitive(rows: readonly TornadoRow[]): TornadoRow | null {
  return mostSensitiveWeight(rows.map(asRange))?.row.row ?? null;
}
