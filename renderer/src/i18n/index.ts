/**
 * i18next setup. Language: the planner's saved choice, else the browser/system language
 * (zh* → Chinese, anything else → English). Numbers are formatted with the active language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../contract/domain';
import { messages } from './resources';

const LANGUAGE_KEY = 'trp.lang';

/** Pure, so it can be tested: saved choice wins, then the navigator's language. */
export function detectLanguage(
  saved: string | null,
  navigatorLanguage: string | undefined,
): Locale {
  if (saved === 'zh' || saved === 'en') return saved;
  return (navigatorLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function initialLanguage(): Locale {
  let saved: string | null = null;
  try {
    saved = globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    // Storage can be disabled by policy; the navigator language is then the only hint.
  }
  return detectLanguage(saved, globalThis.navigator?.language);
}

export function saveLanguage(lang: Locale): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Not persisting the choice is acceptable; the switch still works for this session.
  }
}

/** BCP 47 tag for <html lang>: screen readers pick their voice and CJK fonts their glyphs by it. */
export function documentLanguageTag(lang: string): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}

function applyDocumentLanguage(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = documentLanguageTag(lang);
}

export async function initI18n(lang: Locale = initialLanguage()): Promise<typeof i18next> {
  // Registered before init so the first language is applied too, before anything is rendered.
  i18next.off('languageChanged', applyDocumentLanguage);
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next.use(initReactI18next).init({
    resources: { zh: { translation: messages('zh') }, en: { translation: messages('en') } },
    lng: lang,
    fallbackLng: 'zh',
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  });
  return i18next;
}

export { i18next };
