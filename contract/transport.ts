/**
 * Names shared by the hosts and the renderer's client, so neither side spells them twice.
 * The preload exposes one named function per channel on `window[PRELOAD_GLOBAL]`; the browser
 * shell serves the same channels as `POST ${HTTP_API_PREFIX}<channel>`.
 */
import type { ChannelName, Request, Response, ErrorCode } from './channels';

export const PRELOAD_GLOBAL = 'planner';
export const HTTP_API_PREFIX = '/api/';
/** Header carrying the per-launch token of the browser shell on every API request. */
export const TOKEN_HEADER = 'x-trp-token';
/** Query parameter carrying the token in the address the shell prints. */
export const TOKEN_QUERY = 'token';

/** 'scenario:setCauseWeight' → 'scenarioSetCauseWeight' (the preload function name). */
export function methodName(channel: ChannelName): string {
  return channel.replace(/:(\w)/g, (_m, c: string) => c.toUpperCase());
}

/** What a failed call carries across any transport: a code and a human message, never a stack. */
export interface WireError {
  code: ErrorCode;
  message: string;
  /** The offending request field, when the failure is a validation error. */
  field?: string;
}

export type WireResult<K extends ChannelName> =
  { ok: true; value: Response<K> } | { ok: false; error: WireError };

/** 'a:b:c' → 'aBC' at the type level, mirroring methodName. */
export type CamelChannel<S extends string> = S extends `${infer A}:${infer B}`
  ? `${A}${CamelChannel<Capitalize<B>>}`
  : S;

/** The preload's API: one async function per channel, named by methodName. */
export type PreloadApi = {
  [K in ChannelName as CamelChannel<K>]: (request: Request<K>) => Promise<WireResult<K>>;
};
