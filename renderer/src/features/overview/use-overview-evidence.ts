import { useMemo } from 'react';
import type { Region } from '../../../../contract/domain';
import type { SeverityResult } from '../../../../contract/evidence';
import { call } from '../../api/client';
import { ApiError } from '../../api/api-error';
import { useStoredRead } from '../../api/use-query';
import { OVERVIEW_INDICATORS, keyIndicator, type KeyIndicator } from './overview-model';

export interface OverviewEvidence {
  /** Null while loading. */
  indicators: KeyIndicator[] | null;
  severity: SeverityResult | null;
  error: ApiError | null;
}

/** One indicator's observations; an indicator the database no longer holds is simply left out. */
async function observationsOrNull(code: string) {
  try {
    return await call('evidence:observations', { indicator: code });
  } catch (error: unknown) {
    if (error instanceof ApiError && error.code === 'not-found') return null;
    throw error;
  }
}

/**
 * The key indicators and the cause severities of the scenario's region, re-read after every
 * stored change (an import moves both).
 */
export function useOverviewEvidence(
  scenarioId: number,
  regionCode: string,
  regions: readonly Region[],
): OverviewEvidence {
  const { data, error } = useStoredRead(`overview ${scenarioId} ${regionCode}`, async () => {
    const [observations, severity] = await Promise.all([
      Promise.all(OVERVIEW_INDICATORS.map(observationsOrNull)),
      call('evidence:severity', { scenarioId }),
    ]);
    return { observations, severity };
  });
  return useMemo(() => {
    if (data === null) return { indicators: null, severity: null, error };
    const indicators = data.observations
      .map((o) => o && keyIndicator(o, regions, regionCode))
      .filter((k): k is KeyIndicator => k !== null && k !== undefined);
    return { indicators, severity: data.severity, error };
  }, [data, error, regions, regionCode]);
}
