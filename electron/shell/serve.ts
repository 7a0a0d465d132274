/**
 * `npm run serve [-- --port N]`: starts the browser shell and prints exactly one line on stdout,
 * the address with its access token. Everything else goes to stderr and <dataDir>/logs/shell.log.
 */
import { bilingual } from '../../contract/bilingual';
import os from 'node:os';
import path from 'node:path';
import { resolveDataDir } from '../../db/open';
import { localeFromTag } from '../services/context';
import { createFileLogger } from '../services/log';
import { startShell } from './server';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function parsePort(argv: string[]): number {
  const at = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (at < 0) return 0;
  const arg = argv[at] ?? '';
  const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `--port: ${bilingual('端口须为 0–65535 的整数', `must be an integer 0–65535 (got ${String(raw)})`)}`,
    );
  }
  return port;
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'planner';
  }
}

async function main(): Promise<void> {
  const port = parsePort(process.argv.slice(2));
  const dataDir = resolveDataDir();
  const log = createFileLogger(dataDir, 'shell', { echo: true });
  const shell = await startShell({
    port,
    dataDir,
    // TRP_RENDERER_DIR lets parallel test runs serve their own build.
    rendererDir: process.env.TRP_RENDERER_DIR ?? path.join(repoRoot, 'out/renderer'),
    systemLocale: localeFromTag(
      process.env.LC_ALL ||
        process.env.LC_MESSAGES ||
        process.env.LANG ||
        Intl.DateTimeFormat().resolvedOptions().locale,
    ),
    user: osUser(),
    log,
  });
  process.stdout.write(`${shell.url}\n`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('shell-signal', { signal });
    // Close the database cleanly so the next open skips the unclean-exit check.
    shell.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `error: ${bilingual('浏览器外壳无法启动', `the browser shell could not start: ${message.replace(/\s+/g, ' ')}`)}\n`,
  );
  process.exit(1);
});
