import type { TFunction } from 'i18next';
import type { Cause, Locale } from '../../../../electron/contract/domain';
import { formatSaaty } from '../../../../engine/weights';

/** "C3 经济持续低迷": how the AHP editor names a cause wherever it stands alone. */
export function causeLabel(c: Cause | undefined, lang: Locale): string {
  return c ? `${c.id} ${lang === 'zh' ? c.nameZh : c.nameEn}` : '';
}

/**
 * What a judgement a_ij says in words: "Equal importance" or "C1 …: strongly more important".
 * a_ij > 1 favours the row's cause i, a_ij < 1 the column's cause j (by 1 / a_ij).
 */
export function judgementWords(
  t: TFunction,
  lang: Locale,
  causes: readonly Cause[],
  i: number,
  j: number,
  value: number,
): string {
  if (Math.abs(Math.log(value)) < 1e-9) return t('elicitation.ahp.equal');
  const [who, k] = value > 1 ? [causes[i], value] : [causes[j], 1 / value];
  const word = t(`elicitation.ahp.words.${Math.round(k)}`);
  return t('elicitation.ahp.more', { name: causeLabel(who, lang), word });
}

/** "C1 …: strongly more important (5)": a judgement with its Saaty value, as the options read. */
export function judgementText(
  t: TFunction,
  lang: Locale,
  causes: readonly Cause[],
  i: number,
  j: number,
  value: number,
): string {
  return `${judgementWords(t, lang, causes, i, j, value)} (${formatSaaty(value)})`;
}
