import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import type { Request, Response } from '../../../../electron/contract/channels';

export type PreviewRequest = Request<'briefing:preview'>;
export type PreviewReply = Response<'briefing:preview'>;

export interface PreviewState {
  reply: PreviewReply | null;
  loading: boolean;
  error: ApiError | null;
}

/** Typing in the seed field or ticking boxes quickly should cost one preview, not one per key. */
const DEBOUNCE_MS = 350;

/**
 * The host's preview of the briefing for the current settings; null request = settings invalid
 * (the last good preview stays on screen). Stale replies are dropped, so the preview always
 * matches the latest settings.
 */
export function useBriefingPreview(request: PreviewRequest | null): PreviewState {
  const [state, setState] = useState<PreviewState>({ reply: null, loading: true, error: null });
  const key = request === null ? null : JSON.stringify(request);

  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    const timer = setTimeout(() => {
      call('briefing:preview', JSON.parse(key) as PreviewRequest).then(
        (reply) => {
          if (live) setState({ reply, loading: false, error: null });
        },
        (error: unknown) => {
          if (live) setState((s) => ({ ...s, loading: false, error: toApiError(error) }));
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);

  return state;
}
