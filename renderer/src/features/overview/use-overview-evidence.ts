import { useEffect, useState } from 'react';
import type { Region } from '../../../../electron/contract/domain';
import type { SeverityResult } from '../../../../electron/contract/evidence';
import { call } from '../../api/client';
import { ApiError, toApiError } from '../../api/api-error';
import {
  HEADLINE_INDICATORS,
  OVERVIEW_INDICATORS,
  keyIndicator,
  type KeyIndicator,
} from './overview-model';

export interface OverviewEvidence {
  /** Null while loading. */
  indicators: KeyIndicator[] | null;
  severity: SeverityResult | null;
  error: ApiError | null;
}

const headline = new Set<string>(HEADLINE_INDICATORS);

/** One indicator's observations; an indicator the database no longer holds is simply left out. */
async function observationsOrNull(code: string) {
  try {
    return await call('evidence:observations', { indicator: code });
  } catch (error: unknown) {
    if (error instanceof ApiError && error.code === 'not-found') return null;
    throw error;
  }
}

/** Reads the key indicators and the cause severities of the scenario's region from the host. */
export function useOverviewEvidence(
  scenarioId: number,
  regionCode: string,
  regions: readonly Region[],
): OverviewEvidence {
  const [state, setState] = useState<OverviewEvidence>({
    indicators: null,
    severity: null,
    error: null,
  });

  useEffect(() => {
    let cancelled = false;
    setState({ indicators: null, severity: null, error: null });
    Promise.all([
      Promise.all(OVERVIEW_INDICATORS.map(observationsOrNull)),
      call('evidence:severity', { scenarioId }),
    ])
      .then(([observations, severity]) => {
        if (cancelled) return;
        const indicators = observations
          .map((o) => o && keyIndicator(o, regions, regionCode, headline.has(o.indicator.code)))
          .filter((k): k is KeyIndicator => k !== null && k !== undefined);
        setState({ indicators, severity, error: null });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ indicators: null, severity: null, error: toApiError(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [scenarioId, regionCode, regions]);

  return state;
}
