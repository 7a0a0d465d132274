/**
 * app://planner — the renderer's origin. A custom standard+secure scheme instead of file://:
 * file pages get extra privileges (reading any local file), and a real origin lets the CSP say
 * 'self' and fetch() work (Electron security checklist item 18).
 */
import type { Protocol } from 'electron';
import { APP_SCHEME, APP_HOST, cspHeader } from './security-policy';
import { readRendererFile } from './static-files';

/** Must run before app 'ready' (Electron only accepts privileged schemes then). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers one app:// request from `rendererDir` (exported for tests: it needs no Electron). */
export async function respondAppRequest(rendererDir: string, url: string): Promise<Response> {
  const headers = { 'Content-Security-Policy': cspHeader(), 'X-Content-Type-Options': 'nosniff' };
  if (new URL(url).host !== APP_HOST) return new Response('forbidden', { status: 403, headers });
  const found = await readRendererFile(rendererDir, url);
  if (found.kind === 'refused') return new Response('forbidden', { status: 403, headers });
  if (found.kind === 'missing') return new Response('not found', { status: 404, headers });
  return new Response(new Uint8Array(found.body), {
    status: 200,
    headers: { ...headers, 'Content-Type': found.contentType },
  });
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondAppRequest(rendererDir, request.url));
}
