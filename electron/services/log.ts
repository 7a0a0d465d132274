/**
 * A small append-only log in <dataDir>/logs/<host>.log (JSON lines). Error details (stack traces,
 * SqliteError texts) go here and never to the caller: dispatch() returns only a reference id.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  info(event: string, detail?: Record<string, unknown>): void;
  error(event: string, detail?: Record<string, unknown>): void;
}

/** Rotate at 5 MB, keeping one previous file: enough history for a support request, bounded on disk. */
const MAX_BYTES = 5 * 1024 * 1024;

export function logDirOf(dataDir: string): string {
  return path.join(dataDir, 'logs');
}

export interface FileLoggerOptions {
  /** Also echo each line to stderr (the browser shell; never the CLI's stdout). */
  echo?: boolean;
}

export function createFileLogger(
  dataDir: string,
  name: string,
  opts: FileLoggerOptions = {},
): Logger {
  const dir = logDirOf(dataDir);
  const file = path.join(dir, `${name}.log`);
  const write = (
    level: 'info' | 'error',
    event: string,
    detail?: Record<string, unknown>,
  ): void => {
    const line = `${redactTokens(JSON.stringify({ at: new Date().toISOString(), level, event, ...detail }))}\n`;
    if (opts.echo) process.stderr.write(line);
    try {
      fs.mkdirSync(dir, { recursive: true });
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_BYTES)
        fs.renameSync(file, `${file}.1`);
      fs.appendFileSync(file, line);
    } catch {
      // Logging must never take the host down (a full or read-only disk); the reply still goes out.
    }
  };
  return {
    info: (event, detail) => write('info', event, detail),
    error: (event, detail) => write('error', event, detail),
  };
}

/**
 * Access tokens never reach a log: a `token=` query parameter (a request URL, or an error message
 * quoting one) and the shell's token header are replaced wherever they appear in a line.
 */
const TOKEN_PATTERNS: readonly [RegExp, string][] = [
  [/([?&;]token=)[^&#\s"\\]*/gi, '$1[redacted]'],
  [/("x-trp-token"\s*:\s*")[^"]*/gi, '$1[redacted]'],
];

export function redactTokens(text: string): string {
  return TOKEN_PATTERNS.reduce((out, [re, by]) => out.replace(re, by), text);
}

/** `value` with every string in it passed through `scrub` (bounded depth: details are small). */
function scrubStrings(value: unknown, scrub: (s: string) => string, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubStrings(v, scrub, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, scrubStrings(v, scrub, depth + 1)]),
  );
}

/**
 * A logger that also removes the exact secret values `secrets()` returns (the shell's per-launch
 * token), wherever they appear: a token pasted into a path or a header would not look like `token=`.
 */
export function redactingLogger(log: Logger, secrets: () => readonly string[]): Logger {
  const scrub = (text: string): string =>
    secrets().reduce((out, secret) => (secret ? out.split(secret).join('[redacted]') : out), text);
  const clean = (detail?: Record<string, unknown>): Record<string, unknown> | undefined =>
    detail && (scrubStrings(detail, scrub) as Record<string, unknown>);
  return {
    info: (event, detail) => log.info(event, clean(detail)),
    error: (event, detail) => log.error(event, clean(detail)),
  };
}

/** For tests and callers that have nowhere to log. */
export const silentLogger: Logger = { info: () => undefined, error: () => undefined };

/** The parts of an unknown thrown value worth logging. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: error.message,
      ...(code === undefined ? {} : { code }),
      stack: error.stack,
    };
  }
  return { thrown: String(error) };
}
