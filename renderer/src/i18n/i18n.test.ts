import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import { detectLanguage, initI18n } from './index';

/** "a.b.c" paths of every leaf, with the leaf's value. */
function leaves(obj: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') for (const [p, x] of leaves(v, path)) out.set(p, x);
    else out.set(path, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('i18n resources', () => {
  const zhLeaves = leaves(zh);
  const enLeaves = leaves(en);

  it('has the same keys in Chinese and English', () => {
    const missingInEn = [...zhLeaves.keys()].filter((k) => !enLeaves.has(k));
    const missingInZh = [...enLeaves.keys()].filter((k) => !zhLeaves.has(k));
    expect(missingInEn).toEqual([]);
    expect(missingInZh).toEqual([]);
    expect(zhLeaves.size).toBeGreaterThan(50);
  });

  it('has a non-empty string for every key in both languages', () => {
    for (const [k, v] of [...zhLeaves, ...enLeaves]) {
      expect(typeof v, k).toBe('string');
      expect((v as string).trim().length, k).toBeGreaterThan(0);
    }
  });

  it('uses the same interpolation placeholders in both languages', () => {
    for (const [k, v] of zhLeaves) {
      expect(placeholders(String(enLeaves.get(k))), k).toEqual(placeholders(String(v)));
    }
  });

  it('really is translated: Chinese strings contain CJK, English ones are not copies', () => {
    expect(zh.nav.weights).toMatch(/[\u4e00-\u9fff]/);
    expect(en.nav.weights).not.toMatch(/[\u4e00-\u9fff]/);
    const same = [...zhLeaves].filter(([k, v]) => enLeaves.get(k) === v).map(([k]) => k);
    // Only the deliberately bilingual validation messages may be identical.
    expect(
      same.every((k) => k.startsWith('impacts.') && /notNumber|outOfRange|order/.test(k)),
    ).toBe(true);
  });
});

describe('detectLanguage', () => {
  it('prefers the saved choice', () => {
    expect(detectLanguage('en', 'zh-CN')).toBe('en');
    expect(detectLanguage('zh', 'en-US')).toBe('zh');
  });
  it('falls back to the navigator language, zh* → zh', () => {
    expect(detectLanguage(null, 'zh-CN')).toBe('zh');
    expect(detectLanguage(null, 'zh-TW')).toBe('zh');
    expect(detectLanguage(null, 'ZH')).toBe('zh');
    expect(detectLanguage(null, 'en-GB')).toBe('en');
    expect(detectLanguage('fr', 'de-DE')).toBe('en');
    expect(detectLanguage(null, undefined)).toBe('en');
  });
});

describe('initI18n', () => {
  it('translates and interpolates in both languages', async () => {
    const i18n = await initI18n('zh');
    expect(i18n.t('nav.packages')).toBe('干预组合');
    await i18n.changeLanguage('en');
    expect(i18n.t('weights.sliderLabel', { name: 'Low salaries' })).toBe(
      'Weight slider for Low salaries',
    );
  });
});
