/**
 * Data of the Evidence screen. `version` goes up after every import commit or undo, so every
 * chart and table re-reads the database and shows the new values at once.
 */
import { useCallback, useEffect, useState } from 'react';
import type { IndicatorSummary, ObservationsResult } from '../../../../electron/contract/evidence';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';

export interface EvidenceData {
  indicators: IndicatorSummary[];
  error: ApiError | null;
  version: number;
  refresh(): void;
}

export function useEvidence(): EvidenceData {
  const [indicators, setIndicators] = useState<IndicatorSummary[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    call('evidence:indicators', {})
      .then((list) => !cancelled && (setIndicators(list), setError(null)))
      .catch((e: unknown) => !cancelled && setError(toApiError(e)));
    return () => {
      cancelled = true;
    };
  }, [version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { indicators, error, version, refresh };
}

/** One indicator's table; null while loading. `version` re-reads after an import. */
export function useObservations(
  indicator: string | null,
  version: number,
): { data: ObservationsResult | null; error: ApiError | null } {
  const [data, setData] = useState<ObservationsResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (indicator === null) return;
    let cancelled = false;
    call('evidence:observations', { indicator })
      .then((r) => !cancelled && (setData(r), setError(null)))
      .catch((e: unknown) => !cancelled && setError(toApiError(e)));
    return () => {
      cancelled = true;
    };
  }, [indicator, version]);
  return { data: data && data.indicator.code === indicator ? data : null, error };
}
