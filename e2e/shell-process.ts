import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** A running browser shell (`npm run serve`) on its own data folder. */
export interface ShellProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the real browser shell as a child process, exactly as a user would with
 * `npm run serve`, and waits for the one line with its address.
 */
export async function startShell(dataDir: string): Promise<ShellProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'electron/shell/serve.ts'), '--port', '0'],
    {
      cwd: repoRoot,
      env: { ...process.env, TRP_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`shell did not start in 30 s:\n${stderr}`)),
      30_000,
    );
    lines.on('line', (line) => {
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/\S*)$/.exec(line.trim());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`shell exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
