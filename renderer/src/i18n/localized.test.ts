import { describe, expect, it } from 'vitest';
import { indicatorUnit, localized, localName, localText, otherLocale } from './localized';

describe('localized text', () => {
  it('picks the language asked for, never the other', () => {
    expect(localized({ zh: '预算', en: 'Budget' }, 'zh')).toBe('预算');
    expect(localized({ zh: '预算', en: 'Budget' }, 'en')).toBe('Budget');
    const c4 = { nameZh: '整体薪酬福利待遇偏低', nameEn: 'Low overall salary' };
    expect(localName(c4, 'zh')).toBe('整体薪酬福利待遇偏低');
    expect(localName(c4, 'en')).toBe('Low overall salary');
    expect(localText({ textZh: '说明', textEn: 'note' }, 'en')).toBe('note');
    expect(indicatorUnit({ unit: '元', unitEn: 'yuan' }, 'zh')).toBe('元');
    expect(indicatorUnit({ unit: '元', unitEn: 'yuan' }, 'en')).toBe('yuan');
  });

  it('names the language not shown', () => {
    expect(otherLocale('zh')).toBe('en');
    expect(otherLocale('en')).toBe('zh');
  });
});
