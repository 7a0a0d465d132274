/**
 * The hosts' one way to put both languages into one message. Errors, import reports, CLI lines
 * and logs carry Chinese and English together, Chinese first, because they reach a reader
 * (a log, a terminal, a reply to an older interface) that cannot pick a language.
 */

/** A text in both languages. */
export interface BilingualText {
  readonly zh: string;
  readonly en: string;
}

/** "中文 / English". */
export function bilingual(text: BilingualText): string;
export function bilingual(zh: string, en: string): string;
export function bilingual(zhOrText: string | BilingualText, en?: string): string {
  return typeof zhOrText === 'string'
    ? `${zhOrText} / ${en ?? ''}`
    : `${zhOrText.zh} / ${zhOrText.en}`;
}
