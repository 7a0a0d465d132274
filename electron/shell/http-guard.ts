/**
 * Who may talk to the browser shell. The server listens on 127.0.0.1 only, but any web page the
 * user opens can still send requests to 127.0.0.1 (CSRF) or reach it under its own domain name
 * (DNS rebinding), and any local user can connect. So every request needs:
 *   - a Host header naming our loopback address and port (defeats DNS rebinding);
 *   - the per-launch token: static files by ?token= or the HttpOnly cookie it sets, API calls by
 *     the x-trp-token header (a foreign page can neither read the cookie nor set that header
 *     cross-origin without a CORS preflight we never answer);
 *   - for API calls, if the browser sent an Origin, our own origin.
 */
import { bilingual } from '../../contract/bilingual';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER, TOKEN_QUERY } from '../../contract/transport';

export type GuardVerdict =
  { ok: true; setCookie?: string } | { ok: false; status: 401 | 403; reason: string };

export function tokensEqual(given: string | undefined | null, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Cookies are not isolated by port, so two shells on one machine each use their own name. */
export function cookieName(port: number): string {
  return `trp_token_${port}`;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function checkHost(req: IncomingMessage, port: number): GuardVerdict {
  const host = (req.headers.host ?? '').toLowerCase();
  return allowedHosts(port).includes(host)
    ? { ok: true }
    : { ok: false, status: 403, reason: 'host' };
}

/**
 * The request target (origin-form, `/path?query`) as a URL, or null when it is not one. The path
 * is taken as written: parsed against a base, `//[` would be a network-path reference with an
 * invalid host, and parsing would throw (a request must never be able to make us throw).
 */
export function parseRequestTarget(raw: string | undefined): URL | null {
  if (raw === undefined || !raw.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1${raw}`);
  } catch {
    return null;
  }
}

/** Static files: the token from the address the shell printed, or the cookie it then set. */
export function checkStaticAccess(
  req: IncomingMessage,
  url: URL,
  port: number,
  token: string,
): GuardVerdict {
  const fromQuery = url.searchParams.get(TOKEN_QUERY);
  if (fromQuery !== null) {
    if (!tokensEqual(fromQuery, token)) return { ok: false, status: 403, reason: 'token' };
    return {
      ok: true,
      setCookie: `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    };
  }
  const fromCookie = readCookie(req.headers.cookie, cookieName(port));
  if (fromCookie === undefined) return { ok: false, status: 401, reason: 'token' };
  return tokensEqual(fromCookie, token)
    ? { ok: true }
    : { ok: false, status: 403, reason: 'token' };
}

/** API calls: the token header, and no foreign Origin. */
export function checkApiAccess(req: IncomingMessage, port: number, token: string): GuardVerdict {
  const header = req.headers[TOKEN_HEADER];
  const given = Array.isArray(header) ? header[0] : header;
  if (given === undefined) return { ok: false, status: 401, reason: 'token' };
  if (!tokensEqual(given, token)) return { ok: false, status: 403, reason: 'token' };
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((h) => origin === `http://${h}`)) {
    return { ok: false, status: 403, reason: 'origin' };
  }
  // Browsers send Sec-Fetch-Site on every fetch; a cross-site one is refused even with a token.
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site') return { ok: false, status: 403, reason: 'origin' };
  return { ok: true };
}

const REASON_TEXT: Record<string, string> = {
  host: bilingual('主机名不被允许', 'Host not allowed'),
  token: bilingual(
    '缺少或错误的访问令牌：请使用 shell 打印的完整地址',
    'Missing or wrong access token: open the full address the shell printed',
  ),
  origin: bilingual('跨源请求被拒绝', 'Cross-origin request refused'),
};

export function refusalMessage(reason: string): string {
  return REASON_TEXT[reason] ?? bilingual('请求被拒绝', 'Request refused');
}
