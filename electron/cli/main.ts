/**
 * `npm run cli -- <command> [--input FILE.json] [--json] [flags]`: the engine and the data
 * without a window. Contract (docs/cli.md): with --json exactly one JSON
 * object on stdout and nothing else; bad input → exit code 1 and ONE line on stderr naming the
 * offending field. Anything a library logs is routed to stderr so stdout stays parseable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ZodError } from 'zod';
import { EngineInputError } from '../../engine/errors';
import { databaseProblem, InvalidValueError, NotFoundError } from '../../db/errors';
import { chooseDataDir } from '../../db/data-dir';
import { clipText } from '../../contract/clip-text';
import { formatFieldPath } from '../../contract/field-path';
import { CliInputError, type CliCommand } from './command';
import { terminalSafe } from './terminal-text';
import { ahpCommand } from './commands/ahp';
import { briefCommand } from './commands/brief';
import { importCommand } from './commands/import';
import { indicatorsCommand } from './commands/indicators';
import { mcdaCommand } from './commands/mcda';
import { packagesCommand } from './commands/packages';
import { scenarioCommand } from './commands/scenario';
import { sensitivityCommand } from './commands/sensitivity';
import { severityCommand } from './commands/severity';
import { smaaCommand } from './commands/smaa';
import { weightsCommand } from './commands/weights';
import { bilingual } from '../../contract/bilingual';

/** Every command module that exists; `help` lists them in this order. */
export const COMMANDS: readonly CliCommand[] = [
  ahpCommand,
  weightsCommand,
  mcdaCommand,
  packagesCommand,
  smaaCommand,
  sensitivityCommand,
  indicatorsCommand,
  severityCommand,
  importCommand,
  scenarioCommand,
  briefCommand,
] as CliCommand[];

/** Flags that never take a value, so `import --json FILE.csv` keeps FILE.csv positional. */
const BOOLEAN_FLAGS = new Set(['json', 'dry-run', 'skip-bad-rows', 'help']);

export interface ParsedArgs {
  command: string | undefined;
  args: string[];
  flags: Record<string, string | boolean>;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: string[] = [];
  const flags: Record<string, string | boolean> = {};
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (token.startsWith('--') && token.length > 2) {
      const eq = token.indexOf('=');
      const name = eq > 0 ? token.slice(2, eq) : token.slice(2);
      if (eq > 0) flags[name] = token.slice(eq + 1);
      else if (BOOLEAN_FLAGS.has(name)) flags[name] = true;
      else {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          flags[name] = next;
          i++;
        } else flags[name] = true;
      }
    } else if (command === undefined) command = token;
    else args.push(token);
  }
  return { command, args, flags };
}

/**
 * How long to wait for the FIRST byte on a piped stdin. A caller that spawns us with an open but
 * unused pipe (Node's execFile does this) would otherwise hang forever; once data starts
 * arriving we read to the end without a limit.
 */
const STDIN_FIRST_BYTE_MS = Number(process.env.TRP_STDIN_WAIT_MS ?? 1000);

async function readStdin(): Promise<string> {
  const stdin = process.stdin;
  let isPipe = true;
  try {
    const stat = fs.fstatSync(0);
    isPipe = stat.isFIFO() || stat.isSocket();
  } catch {
    return '';
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const timer = isPipe
      ? setTimeout(() => {
          // destroy(), not pause(): a paused pipe would keep the process alive after we finish.
          stdin.destroy();
          resolve('');
        }, STDIN_FIRST_BYTE_MS)
      : undefined;
    stdin.on('data', (chunk: Buffer) => {
      if (timer) clearTimeout(timer);
      chunks.push(chunk);
    });
    stdin.on('end', () => {
      if (timer) clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    stdin.on('error', reject);
  });
}

function parseJson(text: string, source: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return undefined;
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliInputError(
      'input',
      `${source} ${bilingual('不是有效的 JSON', `is not valid JSON (${detail})`)}`,
    );
  }
}

async function readInput(
  command: CliCommand,
  args: readonly string[],
  flags: ParsedArgs['flags'],
): Promise<unknown> {
  const reads =
    typeof command.readsInput === 'function' ? command.readsInput(args) : command.readsInput;
  if (!reads) return undefined;
  const file = flags.input;
  if (typeof file === 'string' && file !== '-') {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(file), 'utf8');
    } catch {
      throw new CliInputError('--input', bilingual('无法读取文件', `cannot read file ${file}`));
    }
    return parseJson(text, file);
  }
  if (file === true)
    throw new CliInputError('--input', bilingual('需要文件名', 'needs a file name'));
  if (process.stdin.isTTY) return undefined;
  return parseJson(await readStdin(), 'stdin');
}

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    '人才留住规划助手 命令行 · Talent Retention Planner CLI',
    '',
    '用法 Usage: npm run cli -- <command> [--input FILE.json] [--json] [flags]',
    '  输入来自 --input 或标准输入 · input from --input or stdin; --json prints one JSON object.',
    '',
    '命令 Commands:',
    ...lines,
    `  ${'help'.padEnd(width)}  本帮助 · this help`,
  ].join('\n');
}

/** One line for stderr: the field and what is wrong with it. */
export function errorLine(error: unknown): { line: string; exitCode: number } {
  const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();
  if (
    error instanceof CliInputError ||
    error instanceof EngineInputError ||
    error instanceof InvalidValueError
  ) {
    return { line: `error: ${oneLine(error.message)}`, exitCode: 1 };
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const field = issue ? formatFieldPath(issue.path) : '';
    return {
      line: `error: ${field === '' ? 'input' : field}: ${oneLine(clipText(issue?.message ?? 'invalid value', 200))}`,
      exitCode: 1,
    };
  }
  if (error instanceof NotFoundError)
    return { line: `error: ${oneLine(error.message)}`, exitCode: 1 };
  // Busy, read-only or no permission: the user can act on it, so it is not an internal error.
  const database = databaseProblem(error);
  if (database) return { line: `error: ${oneLine(database.message)}`, exitCode: 1 };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { line: `internal error: ${oneLine(message)}`, exitCode: 2 };
}

function hasImportErrors(command: CliCommand, result: unknown): boolean {
  if (command.name !== 'import' || result === null || typeof result !== 'object') return false;
  const errors = (result as { errors?: unknown }).errors;
  return Array.isArray(errors) && errors.length > 0;
}

/** Runs one invocation; returns the exit code (0 ok, 1 bad input, 2 internal). */
export async function runCli(argv: readonly string[]): Promise<number> {
  // Libraries that console.log would corrupt --json output: everything but our result → stderr.
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;

  const { command: name, args, flags } = parseArgs(argv);
  if (name === undefined || name === 'help' || flags.help === true) {
    process.stdout.write(`${helpText()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(
      terminalSafe(
        `error: command: ${bilingual('未知命令', `unknown command "${name}" (try: npm run cli -- help)`)}\n`,
      ),
    );
    return 1;
  }
  try {
    const input = await readInput(command, args, flags);
    // Chosen, not created: pure engine commands must not leave folders behind; commands that
    // open the database create it (db/open.ts databasePath).
    const dataDir = chooseDataDir(process.env, process.platform, os.homedir());
    const result = await command.run({ input, args, flags, dataDir });
    const text = flags.json === true ? JSON.stringify(result) : command.format(result);
    process.stdout.write(`${terminalSafe(text)}\n`);
    return hasImportErrors(command, result) ? 1 : 0;
  } catch (error) {
    const { line, exitCode } = errorLine(error);
    process.stderr.write(`${terminalSafe(line)}\n`);
    return exitCode;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  runCli(process.argv.slice(2)).then(
    // Exit once stdout has flushed: a command that left a handle open must not hang the caller.
    (code) => process.stdout.write('', () => process.exit(code)),
    (error: unknown) => {
      process.stderr.write(`${terminalSafe(errorLine(error).line)}\n`);
      process.exit(2);
    },
  );
}
