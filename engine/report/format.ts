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

const HAS_HAN = /\p{Script=Han}/u;

/**
 * A text stored in both languages as "中文 / English" (the seeded cost unit "亿元 / 100 million
 * CNY", the baseline scenario's name) as each language's own half, so a briefing in one language
 * never prints the other. A text in one form ("亿元", "%", a planner's name) reads the same in
 * both. Only a Chinese part before the one "/" and a part without Chinese after it count as the two
 * ("元/人" stays whole: both sides are Chinese).
 */
export function splitBilingual(text: string): Bilingual {
  const parts = text.split(/\s*\/\s*/);
  if (parts.length === 2 && HAS_HAN.test(parts[0]!) && !HAS_HAN.test(parts[1]!))
    return { zh: parts[0]!.trim(), en: parts[1]!.trim() };
  return { zh: text, en: text };
}
