/**
 * The one way the interface picks an entity's name or a bilingual text in the current language.
 * Host data carries both languages (`nameZh`/`nameEn`, `{ zh, en }`); the screens show one.
 */
import type { Locale } from '../../../contract/domain';

/** `{ zh, en }` → the text in `lang`. */
export function localized(text: { zh: string; en: string }, lang: Locale): string {
  return lang === 'zh' ? text.zh : text.en;
}

/** A cause, measure, region or indicator's name in `lang`. */
export function localName(entity: { nameZh: string; nameEn: string }, lang: Locale): string {
  return lang === 'zh' ? entity.nameZh : entity.nameEn;
}

/** An indicator's unit, kept as `unit` (Chinese) and `unitEn`, in `lang`. */
export function indicatorUnit(indicator: { unit: string; unitEn: string }, lang: Locale): string {
  return lang === 'zh' ? indicator.unit : indicator.unitEn;
}

/** The language not shown: some places give a name's other-language form beside it. */
export function otherLocale(lang: Locale): Locale {
  return lang === 'zh' ? 'en' : 'zh';
}

/** A text kept as `textZh`/`textEn` (a cause's description) in `lang`. */
export function localText(entity: { textZh: string; textEn: string }, lang: Locale): string {
  return lang === 'zh' ? entity.textZh : entity.textEn;
}
