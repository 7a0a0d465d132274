import type { Locale } from '../../../contract/domain';
import { localized } from '../i18n/localized';

const tags: Record<Locale, string> = { zh: 'zh-CN', en: 'en-US' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tags[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** A plain number with `digits` fraction digits in the active language's conventions. */
export function formatNumber(lang: Locale, value: number, digits = 2): string {
  return formatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/** A number with at most `maxDigits` fraction digits (1 → "1", 1.523456 → "1.523" for 3). */
export function formatUpTo(lang: Locale, value: number, maxDigits: number): string {
  return formatter(lang, { maximumFractionDigits: maxDigits }).format(value);
}

/** A share in [0, 1] as a percentage, e.g. 0.125 → "12.5%". */
export function formatPercent(lang: Locale, share: number, digits = 1): string {
  return formatter(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/** A signed impact, e.g. 0.35 → "+0.35", −0.15 → "−0.15". */
export function formatSigned(lang: Locale, value: number, digits = 2): string {
  return formatter(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/**
 * Units are stored bilingual ("亿元 / 100 million CNY"); show the active language's half so
 * narrow columns stay readable. A unit without " / " is shown as is.
 */
export function localUnit(unit: string, lang: Locale): string {
  const parts = unit.split(' / ');
  if (parts.length !== 2) return unit;
  const [zh = '', en = ''] = parts;
  return localized({ zh, en }, lang).trim() || unit;
}
