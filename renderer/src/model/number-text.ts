/** Full-width digits and point, and the minus signs of documents (U+2212, U+FF0D), as ASCII. */
function normalize(text: string): string {
  return text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\u2212\uFF0D]/g, '-')
    .replace(/\uFF0E/g, '.')
    .replace(/\uFF0C/g, ',');
}

/**
 * Numbers as planners type or paste them (full-width digits, a document's minus sign); anything
 * that is not a plain decimal is refused.
 */
export function parseNumberText(text: string): number | undefined {
  const normalized = normalize(text);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized)) return undefined;
  const n = Number(normalized);
  return Number.isFinite(n) ? n : undefined;
}

/** An amount of money: as parseNumberText, also with thousands separators ("1,200" / "1，200"). */
export function parseAmountText(text: string): number | undefined {
  const normalized = normalize(text);
  if (!normalized.includes(',')) return parseNumberText(normalized);
  // Separators only between groups of three digits, so "1,5" is refused rather than read as 15.
  if (!/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(normalized)) return undefined;
  return parseNumberText(normalized.replace(/,/g, ''));
}
