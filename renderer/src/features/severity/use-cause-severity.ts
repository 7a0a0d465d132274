import { useMemo } from 'react';
import type { Locale, Region } from '../../../../contract/domain';
import { foldSeverityIntoWeights } from '../../../../engine/severity';
import { call } from '../../api/client';
import type { ApiError } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import type { SeverityCauseRow } from './severity-text';
import { localName } from '../../i18n/localized';

export interface CauseSeverity {
  /** Severity rows by cause id; empty until loaded. */
  byCause: ReadonlyMap<string, SeverityCauseRow>;
  loaded: boolean;
  error: ApiError | null;
  /** The region's name in the active language (its code until the regions load). */
  regionName(code: string): string;
}

/**
 * The regional severity of every cause for one region, re-read when the region changes or stored
 * data changes (an import or its undo moves the indicators behind it). With `scenarioId`, the
 * scenario's region against the reference the scenario chose (its province, a peer group, the
 * country).
 */
export function useCauseSeverity(
  regionCode: string,
  regions: readonly Region[],
  lang: Locale,
  scenarioId?: number,
): CauseSeverity {
  const { data: result, error } = useQuery(
    'evidence:severity',
    scenarioId === undefined ? { regionCode } : { scenarioId },
  );
  return useMemo(
    () => ({
      byCause: new Map((result?.causes ?? []).map((c) => [c.causeId, c])),
      loaded: result !== null,
      error,
      regionName: (code: string) => {
        const r = regions.find((x) => x.code === code);
        return r ? localName(r, lang) : code;
      },
    }),
    [result, error, regions, lang],
  );
}

/**
 * Folds the severities into the weights (w × (1 + s), rescaled to the same total) and writes them
 * as ONE undoable edit on the host; screens holding a copy of the scenario re-read it. Returns how
 * many weights changed.
 */
export async function foldSeverityOnHost(
  scenarioId: number,
  weights: Readonly<Record<string, number>>,
  severity: ReadonlyMap<string, { severity: number | null }>,
): Promise<number> {
  const adjusted = foldSeverityIntoWeights(
    weights,
    Object.fromEntries([...severity].map(([id, row]) => [id, row.severity])),
  );
  const rounded = Object.fromEntries(
    Object.entries(adjusted).map(([id, w]) => [id, Number(w.toFixed(6))]),
  );
  const r = await call('elicitation:setWeights', {
    scenarioId,
    weights: rounded,
    source: 'severity',
  });
  return r.edits;
}
