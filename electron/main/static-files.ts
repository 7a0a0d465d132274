/**
 * Reading the built renderer from disk for both hosts (Electron's app:// handler and the browser
 * shell): path containment (security-policy.resolveAppPath) plus a real-path check so a symlink
 * inside out/renderer cannot point outside it. Plain Node only, no Electron import.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveAppPath } from './security-policy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { kind: 'file'; file: string; body: Buffer; contentType: string }
  | { kind: 'refused' }
  | { kind: 'missing' };

/**
 * Resolves and reads one file of the renderer. Paths without an extension that do not exist
 * fall back to index.html (client-side routes); a missing asset is 'missing', an escape 'refused'.
 */
export async function readRendererFile(rootDir: string, requestUrl: string): Promise<StaticLookup> {
  const candidate = resolveAppPath(rootDir, requestUrl);
  if (candidate === null) return { kind: 'refused' };
  let realRoot: string;
  try {
    realRoot = await fs.realpath(rootDir);
  } catch {
    return { kind: 'missing' };
  }
  const target = (await isFile(candidate))
    ? candidate
    : path.extname(candidate) === ''
      ? path.join(rootDir, 'index.html')
      : null;
  if (target === null) return { kind: 'missing' };
  let real: string;
  try {
    real = await fs.realpath(target);
  } catch {
    return { kind: 'missing' };
  }
  if (!real.startsWith(realRoot + path.sep)) return { kind: 'refused' };
  const body = await fs.readFile(real);
  return { kind: 'file', file: real, body, contentType: contentTypeOf(real) };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
