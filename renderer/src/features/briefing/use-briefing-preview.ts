import type { ApiError } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import type { Request, Response } from '../../../../contract/channels';

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
 * The host's preview of the briefing for the current settings, re-made after every stored change
 * (a weight typed on another screen shows in the next preview); null request = settings invalid
 * (the last good preview stays on screen). Stale replies are dropped, so the preview always
 * matches the latest settings.
 */
export function useBriefingPreview(request: PreviewRequest | null): PreviewState {
  const { data, loading, error } = useQuery('briefing:preview', request, {
    debounceMs: DEBOUNCE_MS,
    keepPrevious: true,
  });
  return { reply: data, loading, error };
}
