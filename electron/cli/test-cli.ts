/** Test helper: the real CLI entry point in a child process, optionally as another OS user. */
import { execFile, type ExecFileException } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  dataDir: string;
  env?: Record<string, string>;
  /** Run as this uid/gid (root only): how the read-only tests get a user chmod applies to. */
  user?: { uid: number; gid: number };
  timeoutMs?: number;
}

export function runCliProcess(args: readonly string[], opts: CliRunOptions): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'electron/cli/main.ts'), ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, TRP_DATA_DIR: opts.dataDir, TRP_STDIN_WAIT_MS: '50', ...opts.env },
        timeout: opts.timeoutMs ?? 60_000,
        ...(opts.user ?? {}),
      },
      (error: ExecFileException | null, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}
