import { useEffect, useState } from 'react';
import type { ObservationsResult } from '../../../../electron/contract/evidence';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';

/** Several indicators at once (for the overview charts); re-read whenever `version` changes. */
export function useIndicatorSet(
  codes: readonly string[],
  version: number,
): { data: Map<string, ObservationsResult> | null; error: ApiError | null } {
  const [data, setData] = useState<Map<string, ObservationsResult> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const key = codes.join(',');
  useEffect(() => {
    let cancelled = false;
    Promise.all(key.split(',').map((indicator) => call('evidence:observations', { indicator })))
      .then(
        (list) =>
          !cancelled && (setData(new Map(list.map((r) => [r.indicator.code, r]))), setError(null)),
      )
      .catch((e: unknown) => !cancelled && setError(toApiError(e)));
    return () => {
      cancelled = true;
    };
  }, [key, version]);
  return { data, error };
}
