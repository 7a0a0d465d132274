import { describe, expect, it } from 'vitest';
import { detectLanguage, initI18n } from './index';
import { featureTexts, messages } from './resources';

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

/** Every source file of the renderer, tests excluded, by path. */
const rendererSources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const features = Object.entries(featureTexts);

describe('i18n resources', () => {
  it('registers every feature', () => {
    expect(features.length).toBeGreaterThan(10);
  });

  describe.each(features)('%s', (_feature, text) => {
    const zhLeaves = leaves(text.zh);
    const enLeaves = leaves(text.en);

    it('has the same keys in Chinese and English', () => {
      const missingInEn = [...zhLeaves.keys()].filter((k) => !enLeaves.has(k));
      const missingInZh = [...enLeaves.keys()].filter((k) => !zhLeaves.has(k));
      expect(missingInEn).toEqual([]);
      expect(missingInZh).toEqual([]);
      expect(zhLeaves.size).toBeGreaterThan(0);
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

    it('really is translated: English strings are not copies of the Chinese ones', () => {
      const same = [...zhLeaves].filter(([k, v]) => enLeaves.get(k) === v).map(([k]) => k);
      // Only the deliberately bilingual validation messages, and words that are the same in both
      // languages (codes, symbols), may be identical.
      const shared = same.filter(
        (k) => !(k.startsWith('impacts.') && /notNumber|outOfRange|order/.test(k)),
      );
      expect(
        shared.every((k) => !/[\u4e00-\u9fff]/.test(String(zhLeaves.get(k)))),
        shared.join(),
      ).toBe(true);
    });
  });

  it('merges the features without a key defined twice', () => {
    expect(() => messages('zh')).not.toThrow();
    expect(() => messages('en')).not.toThrow();
    expect(leaves(messages('zh')).size).toBeGreaterThan(500);
  });

  it('really is translated: Chinese strings contain CJK, English ones do not', () => {
    expect(leaves(messages('zh')).get('nav.weights')).toMatch(/[\u4e00-\u9fff]/);
    expect(leaves(messages('en')).get('nav.weights')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('has every key that the renderer passes to t() as a literal', () => {
    const zhLeaves = leaves(messages('zh'));
    const used = new Set<string>();
    for (const text of Object.values(rendererSources)) {
      for (const m of text.matchAll(/\bt\(\s*(?:'([^'\n]+)'|`([^`$\n]+)`)/g))
        used.add(m[1] ?? m[2]!);
    }
    expect(used.size).toBeGreaterThan(500);
    const missing = [...used].filter(
      (k) =>
        !zhLeaves.has(k) &&
        !zhLeaves.has(`${k}.0`) && // a list read with returnObjects
        !(zhLeaves.has(`${k}_one`) && zhLeaves.has(`${k}_other`)), // a plural read with { count }
    );
    expect(missing).toEqual([]);
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

  it('counts in the singular and the plural (English) and with one form (Chinese)', async () => {
    const i18n = await initI18n('en');
    expect(i18n.t('history.audit.total', { count: 1 })).toBe('1 entry');
    expect(i18n.t('history.audit.total', { count: 3 })).toBe('3 entries');
    expect(i18n.t('scenarios.imported', { count: 1 })).toBe('Imported 1 scenario');
    await i18n.changeLanguage('zh');
    expect(i18n.t('history.audit.total', { count: 1 })).toBe('共 1 条记录');
    expect(i18n.t('history.audit.total', { count: 3 })).toBe('共 3 条记录');
  });
});
