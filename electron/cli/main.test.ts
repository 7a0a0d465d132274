import { execFile, type ExecFileException } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLine, parseArgs } from './main';
import { CliInputError } from './command';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let dataDir: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-cli-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real entry point in a child process; `stdin` undefined leaves the pipe open and silent. */
function cli(args: string[], stdin?: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'electron/cli/main.ts'), ...args],
      { cwd: repoRoot, env: { ...process.env, TRP_DATA_DIR: dataDir, ...env }, timeout: 60_000 },
      (error: ExecFileException | null, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}

describe('parseArgs', () => {
  it('separates the command, positionals, valued and boolean flags', () => {
    expect(
      parseArgs(['import', '--json', 'data.csv', '--map', 'm.json', '--dry-run', '--lang=en']),
    ).toEqual({
      command: 'import',
      args: ['data.csv'],
      flags: { json: true, map: 'm.json', 'dry-run': true, lang: 'en' },
    });
    expect(parseArgs(['packages', '--top']).flags).toEqual({ top: true });
  });
});

describe('errorLine', () => {
  it('is one line naming the field, exit code 1 for bad input and 2 for our bugs', () => {
    expect(errorLine(new CliInputError('weights[2]', 'must be ≥ 0\nreally'))).toEqual({
      line: 'error: weights[2]: must be ≥ 0 really',
      exitCode: 1,
    });
    expect(errorLine(new TypeError('x is undefined')).exitCode).toBe(2);
  });
});

describe('cli dispatcher (child process)', () => {
  it('--json prints exactly one JSON object on stdout and nothing on stderr', async () => {
    const r = await cli(
      ['ahp', '--json'],
      JSON.stringify({
        matrix: [
          [1, 3],
          [1 / 3, 1],
        ],
      }),
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as { weights: number[] };
    // a12 = 3 → w = (0.75, 0.25) exactly for a consistent 2×2 matrix.
    expect(out.weights[0]).toBeCloseTo(0.75, 12);
    expect(out.weights[1]).toBeCloseTo(0.25, 12);
  });

  it('malformed JSON → exit 1 and one line naming the input', async () => {
    const r = await cli(['ahp', '--json'], '{"matrix": [[1, 2],');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: input: /);
  });

  it('a bad cell → exit 1 and one line naming that field', async () => {
    const file = path.join(dataDir, 'bad.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        matrix: [
          [1, 'x'],
          [1, 1],
        ],
      }),
    );
    const r = await cli(['ahp', '--input', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: matrix\[0\]\[1\]: /);
  });

  it('unknown command → exit 1 with one line; help lists the commands', async () => {
    const r = await cli(['frobnicate'], '');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: command: .*frobnicate/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    const help = await cli(['help'], '');
    expect(help.code).toBe(0);
    for (const name of ['ahp', 'weights', 'mcda']) expect(help.stdout).toContain(`  ${name} `);
  });

  it('does not hang on an open but silent stdin pipe', async () => {
    const r = await cli(['ahp', '--json'], undefined, { TRP_STDIN_WAIT_MS: '300' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: /);
  });
});
