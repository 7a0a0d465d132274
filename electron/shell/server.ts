/**
 * The browser shell: the same services as the desktop app behind a loopback-only HTTP server, for
 * machines without an Electron runtime and for the end-to-end tests. `POST /api/<channel>` runs
 * dispatch(); everything else serves the built renderer with the Electron CSP.
 */
import { bilingual } from '../../contract/bilingual';
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeDatabase } from '../../db/open';
import { MAX_PROJECT_FILE_BYTES } from '../../contract/project-file';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_REQUEST_BYTES } from '../../contract/evidence';
import { HTTP_API_PREFIX } from '../../contract/transport';
import type { WireError, WireResult } from '../../contract/transport';
import type { ChannelName, ErrorCode } from '../../contract/channels';
import { cspHeader } from '../main/security-policy';
import { readRendererFile } from '../main/static-files';
import { readAppVersion } from '../services/app-version';
import type { HostContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import { chromiumBriefingPrinter } from '../briefing/chromium-printer';
import { createServices } from '../services';
import { openHostDatabase } from '../services/database-recovery';
import { createFileLogger, describeError, redactingLogger, type Logger } from '../services/log';
import {
  checkApiAccess,
  checkHost,
  checkStaticAccess,
  parseRequestTarget,
  refusalMessage,
} from './http-guard';
import { notBuiltPage } from './not-built-page';

/** Generous for our payloads (a whole scenario is ~100 kB) and small enough to refuse floods. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The import channels carry a whole file as base64, up to the importer's own file limit; every
 * other channel keeps the small cap, so only these two can be sent a large body.
 */
const IMPORT_CHANNELS: ReadonlySet<string> = new Set([
  'evidence:importPreview',
  'evidence:importCommit',
]);

/**
 * project:import carries a whole project file, up to the format's own cap, as a JSON string:
 * escaping quotes and line breaks adds about 11 % to an exported file (3.57 MB → 3.97 MB for 111
 * scenarios), so the request may be a quarter larger than the file.
 */
export const MAX_PROJECT_IMPORT_BYTES = Math.ceil(MAX_PROJECT_FILE_BYTES * 1.25);

const megabytes = (bytes: number): string => String(Math.round(bytes / (1024 * 1024)));

/** The body cap of one channel and the 413 message that names it in terms the user knows. */
export function bodyLimitFor(channel: string): { bytes: number; message: string } {
  if (channel === 'project:import') {
    const mb = megabytes(MAX_PROJECT_FILE_BYTES);
    return {
      bytes: MAX_PROJECT_IMPORT_BYTES,
      message: bilingual(`项目文件超过 ${mb} MB`, `The project file exceeds ${mb} MB`),
    };
  }
  if (IMPORT_CHANNELS.has(channel)) {
    const mb = megabytes(MAX_IMPORT_FILE_BYTES);
    return {
      bytes: MAX_IMPORT_REQUEST_BYTES,
      message: bilingual(`导入文件超过 ${mb} MB`, `The import file exceeds ${mb} MB`),
    };
  }
  const mb = megabytes(MAX_BODY_BYTES);
  return {
    bytes: MAX_BODY_BYTES,
    message: bilingual(`请求体超过 ${mb} MB`, `The body exceeds ${mb} MB`),
  };
}

export interface ShellOptions {
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  rendererDir: string;
  systemLocale?: HostContext['systemLocale'];
  user?: string;
  log?: Logger;
}

export interface RunningShell {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const STATUS_OF: Record<ErrorCode, number> = {
  'invalid-request': 400,
  'not-found': 404,
  forbidden: 403,
  conflict: 409,
  internal: 500,
};

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', cspHeader());
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // The page address carries the token: never leak it in a Referer.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  const error: WireError = { code, message };
  sendJson(res, status, { ok: false, error });
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startShell(opts: ShellOptions): Promise<RunningShell> {
  const token = randomBytes(32).toString('hex');
  // Whatever a request or an error quotes, the token itself never reaches shell.log.
  const log = redactingLogger(opts.log ?? createFileLogger(opts.dataDir, 'shell'), () => [token]);
  const { db, report } = await openHostDatabase(opts.dataDir, log);
  const ctx: HostContext = {
    dataDir: opts.dataDir,
    version: readAppVersion(import.meta.dirname),
    host: 'browser-shell',
    systemLocale: opts.systemLocale ?? 'zh',
    user: opts.user ?? 'planner',
    databaseRecovery: report.recovery,
    databaseReadOnly: report.readOnly,
    briefingPrinter: chromiumBriefingPrinter,
  };
  const services = createServices(db, ctx);
  let port = 0;

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendError(res, 405, 'invalid-request', bilingual('只接受 POST', 'Only POST is accepted'));
      return;
    }
    const access = checkApiAccess(req, port, token);
    if (!access.ok) {
      sendError(res, access.status, 'forbidden', refusalMessage(access.reason));
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      sendError(
        res,
        415,
        'invalid-request',
        bilingual('请求体必须是 JSON', 'The body must be application/json'),
      );
      return;
    }
    const channel = pathname.slice(HTTP_API_PREFIX.length);
    const limit = bodyLimitFor(channel);
    let payload: unknown;
    try {
      const body = await readBody(req, limit.bytes);
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        sendError(res, 413, 'invalid-request', limit.message);
      } else {
        sendError(
          res,
          400,
          'invalid-request',
          bilingual('请求体不是有效的 JSON', 'The body is not valid JSON'),
        );
      }
      return;
    }
    const result: WireResult<ChannelName> = await dispatch(services, channel, payload, log);
    sendJson(res, result.ok ? 200 : STATUS_OF[result.error.code], result);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendError(res, 405, 'invalid-request', bilingual('只接受 GET', 'Only GET is accepted'));
      return;
    }
    const access = checkStaticAccess(req, url, port, token);
    if (!access.ok) {
      sendError(res, access.status, 'forbidden', refusalMessage(access.reason));
      return;
    }
    if (access.setCookie) res.setHeader('Set-Cookie', access.setCookie);
    const found = await readRendererFile(opts.rendererDir, req.url ?? '/');
    if (found.kind === 'refused') {
      sendError(res, 403, 'forbidden', bilingual('路径不被允许', 'Path not allowed'));
      return;
    }
    if (found.kind === 'missing') {
      const isPage = !/\.[a-z0-9]+$/i.test(url.pathname);
      if (isPage) {
        const html = notBuiltPage();
        res.writeHead(503, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : html);
        return;
      }
      sendError(res, 404, 'not-found', bilingual('文件不存在', 'File not found'));
      return;
    }
    const isHtml = found.contentType.startsWith('text/html');
    res.writeHead(200, {
      'Content-Type': found.contentType,
      'Content-Length': found.body.length,
      // Vite names assets by content hash; index.html must always be fresh.
      'Cache-Control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    res.end(req.method === 'HEAD' ? undefined : found.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    const hostOk = checkHost(req, port);
    if (!hostOk.ok) {
      sendError(res, hostOk.status, 'forbidden', refusalMessage(hostOk.reason));
      return;
    }
    const url = parseRequestTarget(req.url);
    if (url === null) {
      sendError(res, 400, 'invalid-request', bilingual('请求地址无效', 'Bad request target'));
      return;
    }
    const pathname = (req.url ?? '/').split('?', 1)[0] ?? '/';
    if (pathname.startsWith(HTTP_API_PREFIX)) await handleApi(req, res, pathname);
    else await handleStatic(req, res, url);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('shell-request-failed', { url: req.url, ...describeError(error) });
      if (!res.headersSent)
        sendError(res, 500, 'internal', bilingual('内部错误', 'Internal error'));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: never reachable from the network, whatever the firewall says.
    server.listen(opts.port, '127.0.0.1', () => resolve());
  }).catch((error: unknown) => {
    closeDatabase(db);
    throw error;
  });
  port = (server.address() as AddressInfo).port;
  log.info('shell-started', { port, dataDir: opts.dataDir, rendererDir: opts.rendererDir });

  let closed = false;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      closeDatabase(db);
      log.info('shell-stopped', { port });
    },
  };
}
