/**
 * Width folding for cells, headers and names. Chinese tables mix full-width and ASCII forms
 * ("１２３，４５６", "（亿元）", "７．５４％", U+3000 spaces), and Unicode NFKC folds those. But
 * NFKC also turns footnote marks into digits: "148715.5¹" would read 148715.51, "14385²" 143852,
 * "1034③" 10343. So the only digits folded are the full-width ones; every other character that
 * stands for a number (superscripts, subscripts, circled and parenthesised numbers, fractions,
 * other scripts' digits, ㋀-style symbols that NFKC spells with digits) is kept as it is, and
 * the strict parsers then refuse the cell by naming that character (foreignDigit).
 */

const FULL_WIDTH_DIGIT = /^[\uFF10-\uFF19]$/u;
const NUMBER_CHAR = /\p{N}/u;
const ASCII_DIGIT = /[0-9]/;
const digitCount = (s: string, digits: RegExp): number => s.replace(digits, '').length;

export function foldWidth(raw: string): string {
  const nfkc = raw.normalize('NFKC');
  // Fast path: NFKC produced exactly the digits that were there (ASCII or full-width).
  if (digitCount(nfkc, /[^0-9]/g) === digitCount(raw, /[^0-9\uFF10-\uFF19]/g)) return nfkc;
  return raw.normalize('NFC').replace(/[^\p{ASCII}]/gu, (ch) => {
    if (FULL_WIDTH_DIGIT.test(ch)) return String.fromCharCode((ch.codePointAt(0) ?? 0) - 0xfee0);
    const folded = ch.normalize('NFKC');
    return ASCII_DIGIT.test(folded) ? ch : folded;
  });
}

/** The first character of `text` that reads as a number but is neither an ASCII nor a full-width digit. */
export function foreignDigit(text: string): string | undefined {
  for (const ch of text) {
    if (ch <= '\x7F' || FULL_WIDTH_DIGIT.test(ch)) continue;
    if (NUMBER_CHAR.test(ch) || ASCII_DIGIT.test(ch.normalize('NFKC'))) return ch;
  }
  return undefined;
}

/** "U+00B9" for a message. */
export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
