import type { TFunction } from 'i18next';
import type { Cause, Locale } from '../../../../contract/domain';
import { formatSaaty } from '../../../../engine/weights';
import { localName } from '../../i18n/localized';

/** How the AHP editor, its consistency panel and its confirmation name causes and judgements. */
export interface AhpWords {
  /** "C3 经济持续低迷". */
  cause(c: Cause | undefined): string;
  /**
   * A judgement a_ij in words: "Equal importance" or "C1 …: strongly more important".
   * a_ij > 1 favours the row's cause i, a_ij < 1 the column's cause j (by 1 / a_ij).
   */
  words(i: number, j: number, value: number): string;
  /** The same with its Saaty value, as the options read: "C1 …: strongly more important (5)". */
  text(i: number, j: number, value: number): string;
  /** "C1 … and C2 …": a pair of causes by index. */
  pair(i: number, j: number): string;
}

export function ahpWords(t: TFunction, lang: Locale, causes: readonly Cause[]): AhpWords {
  const cause = (c: Cause | undefined) => (c ? `${c.id} ${localName(c, lang)}` : '');
  const words = (i: number, j: number, value: number) => {
    if (Math.abs(Math.log(value)) < 1e-9) return t('elicitation.ahp.equal');
    const [who, k] = value > 1 ? [causes[i], value] : [causes[j], 1 / value];
    const word = t(`elicitation.ahp.words.${Math.round(k)}`);
    return t('elicitation.ahp.more', { name: cause(who), word });
  };
  return {
    cause,
    words,
    text: (i, j, value) => `${words(i, j, value)} (${formatSaaty(value)})`,
    pair: (i, j) => t('elicitation.ahp.pairName', { a: cause(causes[i]), b: cause(causes[j]) }),
  };
}
