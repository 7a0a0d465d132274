/**
 * The renderer's ONE way to data: `call(channel, request)`. Inside Electron the preload exposes
 * `window.planner.<method>`; in the browser shell the same channels are `POST /api/<channel>`
 * with the per-launch token. Both answer a WireResult, which becomes a value or an ApiError.
 */
import { z } from 'zod';
import { CHANNEL_KIND } from '../../../contract/channel-list';
import { channels } from '../../../contract/channels';
import type { ChannelName, Request, Response } from '../../../contract/channels';
import {
  HTTP_API_PREFIX,
  PRELOAD_GLOBAL,
  TOKEN_HEADER,
  TOKEN_QUERY,
  methodName,
} from '../../../contract/transport';
import type { WireResult } from '../../../contract/transport';
import { ApiError } from './api-error';
import { storedDataChanged } from './stored-data';

// zod 4 probes `new Function` for a faster parser; under CSP `script-src 'self'` that probe is a
// logged violation. The interpreted path is fast enough for our small payloads.
z.config({ jitless: true });

const TOKEN_STORAGE_KEY = 'trp.token';

type PreloadFn = (request: unknown) => Promise<unknown>;

/** The preload function for a channel, or undefined outside Electron. */
function preloadFunction(channel: ChannelName): PreloadFn | undefined {
  const api = (globalThis as Record<string, unknown>)[PRELOAD_GLOBAL];
  if (api === null || typeof api !== 'object') return undefined;
  const fn = (api as Record<string, unknown>)[methodName(channel)];
  return typeof fn === 'function' ? (fn as PreloadFn) : undefined;
}

/**
 * Moves the browser shell's token from the address (?token=…, as the shell printed it) into
 * sessionStorage and takes it out of the address bar and the history entry, as Jupyter does: an
 * address shown on screen, bookmarked or shared must not carry it. Reloads keep working from
 * sessionStorage (API calls) and the HttpOnly cookie the shell set on the first load (files).
 */
export function adoptTokenFromAddress(): string | null {
  const location = globalThis.location;
  if (!location) return null;
  const url = new URL(location.href);
  const token = url.searchParams.get(TOKEN_QUERY);
  if (!token) return null;
  globalThis.sessionStorage?.setItem(TOKEN_STORAGE_KEY, token);
  url.searchParams.delete(TOKEN_QUERY);
  globalThis.history?.replaceState(
    globalThis.history.state,
    '',
    url.pathname + url.search + url.hash,
  );
  return token;
}

/** The browser shell's token: from the address on the first load, then from sessionStorage. */
export function sessionToken(): string {
  return adoptTokenFromAddress() ?? globalThis.sessionStorage?.getItem(TOKEN_STORAGE_KEY) ?? '';
}

// At start-up, before any screen renders, so the token is out of the address bar at once.
adoptTokenFromAddress();

/** Which transport `call` will use right now (exported for tests and the about box). */
export function transportKind(): 'preload' | 'http' {
  return preloadFunction('app:ping') ? 'preload' : 'http';
}

/**
 * Small requests are sent with `keepalive`, so an edit flushed while the page unloads (reload,
 * window closed) still reaches the host; browsers cap keepalive bodies at 64 KiB in total.
 */
const KEEPALIVE_MAX_BYTES = 16 * 1024;

async function viaHttp(channel: ChannelName, request: unknown): Promise<unknown> {
  let res: globalThis.Response;
  const body = JSON.stringify(request);
  try {
    res = await fetch(HTTP_API_PREFIX + channel, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: sessionToken() },
      body,
      keepalive: body.length <= KEEPALIVE_MAX_BYTES,
    });
  } catch (error) {
    throw new ApiError(
      'internal',
      `network: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return await res.json();
  } catch {
    throw new ApiError(res.status === 403 ? 'forbidden' : 'internal', `HTTP ${res.status}`);
  }
}

function isWireResult(value: unknown): value is WireResult<ChannelName> {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

export interface CallOptions {
  /** Tags the stored-data change a write raises, so its own writer can recognise it. */
  origin?: symbol;
}

export async function call<K extends ChannelName>(
  channel: K,
  request: Request<K>,
  options: CallOptions = {},
): Promise<Response<K>> {
  const schema = channels[channel];
  // Checking here too gives the planner the offending field at once, before any round trip.
  const checked = schema.request.safeParse(request);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ApiError(
      'invalid-request',
      issue?.message ?? 'invalid request',
      issue?.path.join('.'),
    );
  }
  const fn = preloadFunction(channel);
  const wire = fn ? await fn(request) : await viaHttp(channel, request);
  if (!isWireResult(wire)) throw new ApiError('internal', `malformed reply on ${channel}`);
  if (!wire.ok) throw ApiError.fromWire(wire.error);
  // The host has written, whatever its reply looks like: views re-read what is stored.
  if (CHANNEL_KIND[channel] === 'write') {
    storedDataChanged(
      options.origin === undefined ? { channel } : { channel, origin: options.origin },
    );
  }
  const parsed = schema.response.safeParse(wire.value);
  if (!parsed.success) throw new ApiError('internal', `unexpected reply on ${channel}`);
  return parsed.data as Response<K>;
}
