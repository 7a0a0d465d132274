import { useState } from 'react';
import { toApiError, type ApiError } from './api-error';

/**
 * The busy flag and the error of the writes one form or button makes. `run` holds busy while a
 * write is in flight and keeps its error for the form to show; when an earlier error goes away
 * stays the caller's choice (some forms clear it before trying again, some only on success).
 */
export function useApiAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
