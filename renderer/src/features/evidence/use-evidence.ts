/**
 * Data of the Evidence screen. `version` follows the stored-data signal, so after an import
 * commit or undo every chart and table re-reads the database and shows the new values at once.
 */
import type { IndicatorSummary, ObservationsResult } from '../../../../contract/evidence';
import type { ApiError } from '../../api/api-error';
import { useQuery, useStoredDataVersion } from '../../api/use-query';

export interface EvidenceData {
  indicators: IndicatorSummary[];
  error: ApiError | null;
  version: number;
  refresh(): void;
}

const NONE: IndicatorSummary[] = [];

export function useEvidence(): EvidenceData {
  const { data, error, reload } = useQuery('evidence:indicators', {});
  const version = useStoredDataVersion();
  return { indicators: data ?? NONE, error, version, refresh: reload };
}

/** One indicator's table; null while loading. */
export function useObservations(indicator: string | null): {
  data: ObservationsResult | null;
  error: ApiError | null;
} {
  const { data, error } = useQuery(
    'evidence:observations',
    indicator === null ? null : { indicator },
  );
  return { data, error };
}
