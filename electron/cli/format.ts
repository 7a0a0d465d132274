/** Input validation and plain-text tables shared by every CLI command. */
import { bilingual } from '../../contract/bilingual';
import type { z } from 'zod';
import { formatFieldPath } from '../../contract/field-path';
import { CliInputError } from './command';

/**
 * parseInput: zod-validate `input`; the first issue becomes a CliInputError whose message starts
 * with the JSON path of the offending field (e.g. "options.preference[0].q: …"). Input objects
 * are strict: an unknown key is named as the field ("types: unknown field …"), never dropped.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // A misspelt key also leaves its intended field missing: name the misspelling, the cause.
  const issue =
    result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0]!;
  const path = [...issue.path];
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    path.push(issue.keys[0]!);
    message = bilingual(
      `未知字段`,
      `unknown field${issue.keys.length > 1 ? ` (also: ${issue.keys.slice(1).join(', ')})` : ''}; check its spelling in docs/cli.md`,
    );
  }
  const field = formatFieldPath(path);
  throw new CliInputError(field || 'input', message);
}

/** A plain text table: columns padded to the widest cell (CJK characters count as two). */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  // A loop, not Math.max(...): a table of 10⁵ rows would overflow the call stack.
  const widths = header.map((_, c) =>
    cells.reduce((w, r) => Math.max(w, displayWidth(r[c] ?? '')), 0),
  );
  return cells
    .map((r) =>
      r
        .map((cell, c) => cell + ' '.repeat(widths[c]! - displayWidth(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Fixed-precision number for tables (6 significant decimals is enough to compare methods). */
export function num(x: number, digits = 6): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(digits);
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
