/**
 * Strict number parsing for statistics cells. Every accepted spelling is
 * listed here; anything else is a row error, never a guess: a planner must never see a value
 * the bureau did not publish.
 */
import { foldWidth, foreignDigit } from './fold-text';

export type ParsedCell =
  | {
      kind: 'number';
      /** The number as written, after the magnitude suffix (万 ×1e4, 亿 ×1e8, 万亿 ×1e12) is applied. */
      value: number;
      /** True when the cell ended in '%': the cell itself declares the unit "%". */
      isPercent: boolean;
      /** True when a 万 / 亿 / 万亿 suffix was applied: the value is then in the unit's base (元, 人). */
      hasMagnitude: boolean;
    }
  | { kind: 'missing' }
  /** `foreignDigit`: a footnote mark or other non-ASCII number character the cell holds. */
  | { kind: 'error'; foreignDigit?: string };

/** Cells that mean "not published / not applicable" in Chinese statistical yearbooks. */
const MISSING = new Set(['', '-', '--', '—', '——', '–', '...', '…', '……', '......']);

const PLAIN = /^\d+(\.\d+)?$/;
const GROUPED = /^\d{1,3}(,\d{3})*(\.\d+)?$/;
const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];

export function normalizeCellText(raw: string): string {
  // Full-width digits, '，', '．', '（）', '％' and U+3000 to ASCII; footnote marks stay (fold-text.ts).
  return foldWidth(raw).trim();
}

const SIMPLE = /^-?\d+(\.\d+)?$/;

export function parseNumberCell(raw: string): ParsedCell {
  // Fast path for the common case (plain ASCII decimals); everything else goes through NFKC.
  if (SIMPLE.test(raw)) {
    const v = Number(raw);
    return { kind: 'number', value: v === 0 ? 0 : v, isPercent: false, hasMagnitude: false };
  }
  let s = normalizeCellText(raw);
  if (MISSING.has(s)) return { kind: 'missing' };

  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  } else if (s.startsWith('-') || s.startsWith('−')) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }

  let isPercent = false;
  let multiplier = 1;
  if (s.endsWith('%')) {
    isPercent = true;
    s = s.slice(0, -1).trim();
  } else {
    for (const [suffix, factor] of SUFFIXES) {
      if (s.endsWith(suffix)) {
        multiplier = factor;
        s = s.slice(0, -suffix.length).trim();
        break;
      }
    }
  }

  if (!PLAIN.test(s) && !GROUPED.test(s)) {
    const ch = foreignDigit(s);
    return ch === undefined ? { kind: 'error' } : { kind: 'error', foreignDigit: ch };
  }
  const magnitude = Number(s.replaceAll(',', ''));
  if (!Number.isFinite(magnitude)) return { kind: 'error' };
  const value = (negative ? -magnitude : magnitude) * multiplier;
  // Avoid -0 so that dumps and checksums are stable.
  return {
    kind: 'number',
    value: value === 0 ? 0 : value,
    isPercent,
    hasMagnitude: multiplier !== 1,
  };
}

/** A year cell: "2023", "2023年", "２０２３年", "2023.0" from spreadsheets. */
export function parseYearCell(raw: string): number | null {
  const s = normalizeCellText(raw).replace(/\s*年$/, '');
  const m = /^(\d{4})(\.0+)?$/.exec(s);
  if (!m || m[1] === undefined) return null;
  const year = Number(m[1]);
  return year >= 1900 && year <= 2100 ? year : null;
}
