/**
 * One CLI command = one module in electron/cli/commands/ exporting a `CliCommand`.
 * main.ts reads input (--input FILE or stdin), calls `run`, and prints either the JSON
 * (with --json: one object, nothing else on stdout) or `format(result)` as a readable table.
 * Bad input: throw `CliInputError` (or EngineInputError) naming the field → exit 1, one line on stderr.
 */
import { bilingual } from '../../contract/bilingual';
export interface CliContext {
  /** Parsed JSON input (undefined when none was given and the command needs none). */
  input: unknown;
  /** Positional arguments after the command name (e.g. the file of `import`). */
  args: string[];
  /** --flag value pairs and boolean flags (e.g. { out: 'x.pdf', lang: 'zh', 'dry-run': true }). */
  flags: Record<string, string | boolean>;
  /** Where this host keeps its database (TRP_DATA_DIR or the system's app-data folder). */
  dataDir: string;
}

export interface CliCommand<Result = unknown> {
  name: string;
  /** One line for `cli help`. */
  summary: string;
  /** Whether the command reads JSON from --input / stdin (per sub-command: decided by the positionals). */
  readsInput: boolean | ((args: readonly string[]) => boolean);
  run(ctx: CliContext): Promise<Result> | Result;
  /** Human-readable rendering (tables), including the conventions used (normalisation, divisor, …). */
  format(result: Result): string;
}

export class CliInputError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'CliInputError';
    this.field = field;
  }
}

/** The value of `--name VALUE`; undefined when absent; a bare `--name` is an error naming it. */
export function stringFlag(
  flags: Record<string, string | boolean>,
  name: string,
): string | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.trim() === '')
    throw new CliInputError(name, bilingual(`--${name} 需要一个值`, 'needs a value'));
  return v;
}
