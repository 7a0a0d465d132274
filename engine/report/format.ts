/**
 * Number formatting shared by the report model (sentences) and the print view (tables), so a
 * figure reads the same in the summary and in the table beside it. Grouping with commas in both
 * languages: Chinese statistical yearbooks print 41,314 too.
 */
import type { Bilingual } from './types';

const grouped = new Map<number, Intl.NumberFormat>();

/** 41314 → "41,314"; 36.54 with 2 digits → "36.54". */
export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  let f = grouped.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    grouped.set(digits, f);
  }
  // Avoid "-0" for tiny negatives that round to zero.
  const text = f.format(value);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** Digits that keep a statistic as printed: integers stay integers, others keep up to 2 decimals. */
export function formatStatistic(value: number): string {
  if (Number.isInteger(value)) return formatNumber(value, 0);
  const twice = Math.round(value * 100) / 100;
  return formatNumber(twice, Number.isInteger(twice * 10) ? 1 : 2);
}

/** A share in [0, 1] → "83%" (or "83.5%" with digits = 1). */
export function formatShare(share: number, digits = 0): string {
  return `${formatNumber(share * 100, digits)}%`;
}

/** A signed relative gap → "+12.3%" / "−25.1%" (true minus sign for print). */
export function formatGap(gap: number): string {
  const text = formatNumber(Math.abs(gap) * 100, 1);
  if (text === '0.0') return '0.0%';
  return `${gap < 0 ? '−' : '+'}${text}%`;
}

/** Package value V(P) with three decimals (values live in roughly [0, 1]). */
export function formatValue(value: number): string {
  return formatNumber(value, 3);
}

/** Measure names joined the way each language lists them. */
export function joinNames(names: Bilingual[]): Bilingual {
  return {
    zh: names.map((n) => n.zh).join('、'),
    en: names.map((n) => n.en).join(' + '),
  };
}

export function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}

/** "亿元 / 100 million CNY" → { zh: '亿元', en: '100 million CNY' }; a text without " / " serves both. */
export function splitBilingual(text: string): Bilingual {
  const parts = text.split(' / ');
  if (parts.length !== 2) return { zh: text, en: text };
  return { zh: parts[0]!.trim() || text, en: parts[1]!.trim() || text };
}
