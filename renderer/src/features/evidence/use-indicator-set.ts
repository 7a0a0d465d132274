import { useMemo } from 'react';
import type { ObservationsResult } from '../../../../contract/evidence';
import { call } from '../../api/client';
import type { ApiError } from '../../api/api-error';
import { useStoredRead } from '../../api/use-query';

/** Several indicators at once (for the overview charts); re-read after every stored change. */
export function useIndicatorSet(codes: readonly string[]): {
  data: Map<string, ObservationsResult> | null;
  error: ApiError | null;
} {
  const key = codes.join(',');
  // A plain array, not a Map: useStoredRead compares answers by their JSON.
  const { data: list, error } = useStoredRead(`observations ${key}`, () =>
    Promise.all(key.split(',').map((indicator) => call('evidence:observations', { indicator }))),
  );
  const data = useMemo(
    () => (list === null ? null : new Map(list.map((r) => [r.indicator.code, r]))),
    [list],
  );
  return { data, error };
}
