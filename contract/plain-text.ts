/**
 * Text the planner types or imports is shown as written, in logical order: explicit bidi controls
 * (embeddings/overrides U+202A–U+202E, isolates U+2066–U+2069) are removed where text enters the
 * contract, so no name can reorder what the screen or the briefing shows ("Trojan Source",
 * a file name ending in "\u202Etxt.exe"). The implicit bidi algorithm still lays out Arabic or
 * Hebrew correctly without them. Zero-width and other invisible marks do not reorder and stay.
 *
 * Names (scenarios, stakeholders, users) must also be one printable line: control characters
 * (C0 such as ESC, line breaks and tabs, DEL, C1) are refused, not stripped, so a name can never
 * carry a terminal escape sequence into the CLI's output or a log. Every text field refuses a lone
 * UTF-16 surrogate: it has no UTF-8 form and would be stored as invalid bytes.
 */
import { bilingual } from './bilingual';
import { z } from 'zod';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

const CONTROL_CHARS = /\p{Cc}/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` is well-formed UTF-16, i.e. has a UTF-8 form (String#isWellFormed, ES2024). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

export const NOT_WELL_FORMED =
  '文本含有不成对的代理字符（无效的 Unicode）/ The text contains a lone surrogate (invalid Unicode)';

const NO_CONTROLS =
  '名称不能含控制字符（换行、制表符、ESC 等）/ The name must not contain control characters (line breaks, tabs, ESC …)';

const NAME_REQUIRED = bilingual(
  '名称不能为空（不可见的方向控制字符不计）',
  'The name must not be empty (invisible direction controls do not count)',
);

/**
 * A required name (scenario, stakeholder, user): bidi controls removed, then trimmed, then 1–`max`
 * characters with no control character and no lone surrogate.
 */
export function nameField(max: number) {
  return z
    .string()
    .overwrite(stripBidiControls)
    .trim()
    .min(1, NAME_REQUIRED)
    .max(max)
    .refine((s) => !CONTROL_CHARS.test(s), NO_CONTROLS)
    .refine(isWellFormedText, NOT_WELL_FORMED);
}
