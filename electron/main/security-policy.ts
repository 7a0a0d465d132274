/**
 * The Electron security policy as PURE functions (Electron's security checklist; docs/security.md): every function takes the
 * Electron object it configures as a parameter and this module imports only TYPES from 'electron',
 * so the whole policy is unit-tested in plain Node with fakes. index.ts merely wires it up.
 *
 * The browser shell imports cspHeader / resolveAppPath from here too, so both hosts send the same
 * policy and contain paths the same way.
 */
import path from 'node:path';
import type { Session, WebContents, WebFrameMain, WebPreferences } from 'electron';

/** The renderer's only origin: app://planner/… served by protocol.ts from out/renderer. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
export const APP_ORIGIN_URL = `${APP_SCHEME}://${APP_HOST}/`;

/**
 * One policy for the Electron protocol handler, the browser shell and the index.html <meta>
 * fallback. style-src allows 'unsafe-inline' because Ant Design (CSS-in-JS) injects <style>
 * elements and React sets style="" attributes at run time; scripts stay 'self' only, so an
 * injected <script>, inline handler or eval still cannot run. img-src allows data: for antd's
 * inline SVG icons/backgrounds; everything else is same-origin only.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
];

export function cspHeader(): string {
  return CSP_DIRECTIVES.join('; ');
}

/** webPreferences of the main window: every item of Electron's checklist that is a preference. */
export function mainWindowWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Middle-click (auxclick) can open links in new windows past setWindowOpenHandler's intent.
    disableBlinkFeatures: 'Auxclick',
    devTools: !isPackaged,
    spellcheck: false,
  };
}

/** The parsed URL, or null when it does not parse: every check below refuses such a URL. */
function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Parses a URL and says whether it is exactly our app origin. Compares protocol + host, NOT
 * URL.origin: Node's WHATWG URL gives origin "null" for every non-special scheme (app:, file:,
 * data:, javascript:), so an origin allow-list would either refuse everything or, "fixed" by
 * allowing "null", admit all of them (docs/security.md). Credentials and ports are refused too
 * (`app://planner@evil/` has host "evil"; `app://planner:1/` has host "planner:1").
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** IPC may come only from our own top-level document (a sub-frame could host anything). */
export function isTrustedSender(
  frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined,
): boolean {
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return typeof frame.url === 'string' && isAppUrl(frame.url);
}

/** Every permission (camera, geolocation, notifications, clipboard, HID, USB …) is denied. */
export function installSessionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Nothing but our own files ever loads: no network at all (the product works offline), so any
  // request elsewhere is an injected resource. data: stays for antd's inline images (CSP allows
  // only img-src data:); devtools: is the DevTools front-end in unpackaged builds.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}

export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  return url.startsWith('data:') || url.startsWith('devtools://');
}

/** Navigation, redirects, new windows and <webview> are locked to the app origin. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The app never opens windows; links to sources go through safeOpenExternal instead.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Hosts a planner may open in the system browser: the statistics publishers our sources cite.
 * https only, no credentials, default port. Anything else (file:, smb:, ms-msdt:, javascript:,
 * custom schemes) could launch a local program through the OS handler.
 */
export const EXTERNAL_HOSTS: readonly string[] = ['www.stats.gov.cn', 'data.stats.gov.cn'];

export function isAllowedExternalUrl(
  url: string,
  hosts: readonly string[] = EXTERNAL_HOSTS,
): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    hosts.includes(parsed.hostname)
  );
}

/** Opens `url` with `open` (shell.openExternal) only when allow-listed; returns whether it did. */
export async function safeOpenExternal(
  open: (url: string) => Promise<void>,
  url: string,
  hosts: readonly string[] = EXTERNAL_HOSTS,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, hosts)) return false;
  await open(url);
  return true;
}

/**
 * Maps a request for the renderer to a file under `rootDir`, or null when it could escape.
 * Accepts `app://planner/<path>` or an origin-form path `/<path>` (the browser shell's req.url);
 * `/` or a trailing `/` means index.html. Refuses, before and after percent-decoding: `..`
 * segments (also %2e%2e), backslashes (also %5c: a separator on Windows), NUL, drive letters and
 * `//` (absolute paths in disguise), malformed escapes. Symlinks are the caller's check
 * (static-files.ts compares real paths), since this function does no I/O.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let rawPath: string;
  if (requestUrl.startsWith('/')) {
    if (requestUrl.startsWith('//')) return null;
    rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  } else {
    // Take the path as written: the WHATWG parser would already have resolved %2e%2e and `..`,
    // hiding a traversal attempt we want to refuse outright.
    const match = /^app:\/\/planner(\/[^?#]*)?(?:[?#].*)?$/is.exec(requestUrl);
    if (!match || !isAppUrl(requestUrl)) return null;
    rawPath = match[1] ?? '/';
  }
  if (/%(?![0-9a-f]{2})/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) return null;
  if (decoded.startsWith('//')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative =
    decoded.endsWith('/') || segments.length === 0 ? [...segments, 'index.html'] : segments;
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...relative);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}
