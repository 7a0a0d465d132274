// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { documentLanguageTag, initI18n } from './index';

describe('<html lang> follows the interface language', () => {
  it('is set by the first language, before any switch, and follows every switch', async () => {
    document.documentElement.lang = 'xx';
    const i18n = await initI18n('en');
    expect(document.documentElement.lang).toBe('en');
    await i18n.changeLanguage('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('maps every non-English language to Simplified Chinese', () => {
    expect(documentLanguageTag('en')).toBe('en');
    expect(documentLanguageTag('zh')).toBe('zh-CN');
  });
});
