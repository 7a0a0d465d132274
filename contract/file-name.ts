/**
 * A file name as the import log, the history table and the report show it. Names come from the
 * planner's disk and from colleagues: "rlo-name\u202Evsc.exe.csv" would display as
 * "rlo-namevsc.exe.csv" reversed into "…csv.exe"-looking text, and a control character (ESC,
 * a newline) could rewrite a terminal line or a log entry. Bidi controls are removed (plain-text.ts),
 * other control characters and line separators too, and a lone surrogate half (not valid
 * UTF-8, so not storable as written) becomes U+FFFD.
 */
import { stripBidiControls } from './plain-text';

// C0, DEL and C1 controls (general category Cc) and the line/paragraph separators.
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function plainFileName(name: string): string {
  return stripBidiControls(name).replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD').trim();
}
