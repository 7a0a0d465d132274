import { beforeAll, describe, expect, it } from 'vitest';
import type { Bilingual, Change, ChangeValue } from '../../../../contract/change';
import type { Locale } from '../../../../contract/domain';
import { i18next, initI18n } from '../../i18n';
import { changeLabel, phraseChange, phraseDifference, phraseValue } from './change-text';

const yi: Bilingual = { zh: '亿元', en: '100 million CNY' };
const c4: Bilingual = { zh: 'C4 整体薪酬福利待遇偏低', en: 'C4 Low overall salary and welfare' };
const m3: Bilingual = { zh: 'M3 人才公寓', en: 'M3 Talent apartments' };
const m5: Bilingual = { zh: 'M5 创业补贴', en: 'M5 Start-up grants' };
const money = (value: number): ChangeValue => ({ kind: 'number', value, unit: yi, digits: 2 });
const share = (s: number): ChangeValue => ({ kind: 'share', share: s });

beforeAll(async () => {
  await initI18n('zh');
});

/** The sentence for `change` in `lang`. */
async function say(lang: Locale, change: Change): Promise<string> {
  await i18next.changeLanguage(lang);
  return phraseChange(i18next.t, lang, change);
}

const budget = (before: number | null, after: number | null): Change => ({
  field: 'budget',
  subject: null,
  before: before === null ? null : money(before),
  after: after === null ? null : money(after),
});

describe('a change as a sentence', () => {
  it('states a budget with the unit once, in both languages', async () => {
    expect(await say('zh', budget(400, 300))).toBe('预算：400 → 300 亿元');
    expect(await say('en', budget(400, 300))).toBe('Budget (100 million CNY): 400 → 300');
    // No budget is "no limit", not an empty value or "null".
    expect(await say('zh', budget(null, 300))).toBe('预算：不限 → 300 亿元');
    expect(await say('en', budget(300, null))).toBe('Budget (100 million CNY): 300 → no limit');
    expect(await say('en', budget(1234.5, 2000))).toBe('Budget (100 million CNY): 1,234.5 → 2,000');
  });

  it('states a weight as the cause’s share, named', async () => {
    const w: Change = {
      field: 'weightShare',
      subject: c4,
      before: share(0.125),
      after: share(0.2),
    };
    expect(await say('zh', w)).toBe('C4 整体薪酬福利待遇偏低 的权重占比：12.5% → 20.0%');
    expect(await say('en', w)).toBe(
      'Weight share of C4 Low overall salary and welfare: 12.5% → 20.0%',
    );
  });

  it('reads a region settings edit and a grouping’s members in words', async () => {
    const reference: Change = {
      field: 'comparedWith',
      subject: null,
      before: { kind: 'choice', choice: 'national' },
      after: { kind: 'choice', choice: 'peerGroup' },
    };
    expect(await say('zh', reference)).toBe('地区的比较参照：全国 → 同类城市组');
    expect(await say('en', reference)).toBe('Region compared with: the country → a peer group');
    const map: Change = {
      field: 'mapIndicator',
      subject: null,
      before: null,
      after: {
        kind: 'indicator',
        name: { zh: '居民人均可支配收入', en: 'Per-capita disposable income' },
      },
    };
    expect(await say('zh', map)).toBe('简报地图的指标：不附地图 → 居民人均可支配收入');
    const dalian = { zh: '大连都市圈', en: 'Dalian metropolitan area' };
    const members: Change = {
      field: 'members',
      subject: dalian,
      before: { kind: 'regions', items: [{ zh: '大连市', en: 'Dalian' }] },
      after: {
        kind: 'regions',
        items: [
          { zh: '大连市', en: 'Dalian' },
          { zh: '营口市', en: 'Yingkou' },
        ],
      },
    };
    expect(await say('en', members)).toBe(
      'Member cities of Dalian metropolitan area: Dalian → Dalian, Yingkou',
    );
    expect(await say('zh', members)).toBe('大连都市圈 的成员城市：大连市 → 大连市、营口市');
  });

  it('names regions and measures, never their codes', async () => {
    const region: Change = {
      field: 'region',
      subject: null,
      before: { kind: 'region', name: { zh: '吉林省', en: 'Jilin' } },
      after: { kind: 'region', name: { zh: '黑龙江省', en: 'Heilongjiang' } },
    };
    expect(await say('zh', region)).toBe('地区：吉林省 → 黑龙江省');
    expect(await say('en', region)).toBe('Region: Jilin → Heilongjiang');
    const required: Change = {
      field: 'required',
      subject: null,
      before: { kind: 'measures', items: [] },
      after: { kind: 'measures', items: [m3, m5] },
    };
    expect(await say('zh', required)).toBe('必选措施：无 → M3 人才公寓、M5 创业补贴');
    expect(await say('en', required)).toBe(
      'Required measures: none → M3 Talent apartments, M5 Start-up grants',
    );
    const requires: Change = {
      field: 'requires',
      subject: null,
      before: { kind: 'pairs', items: [] },
      after: { kind: 'pairs', items: [[m3, m5]] },
    };
    expect(await say('zh', requires)).toBe('搭配要求：无 → M3 人才公寓 须搭配 M5 创业补贴');
    expect(await say('en', requires)).toBe(
      'Measures that need another: none → M3 Talent apartments needs M5 Start-up grants',
    );
    const excludes: Change = { ...requires, field: 'excludes' };
    expect(await say('en', excludes)).toBe(
      'Measures that exclude each other: none → M3 Talent apartments and M5 Start-up grants exclude each other',
    );
  });

  it('states cost ranges, impacts and on/off fields in words', async () => {
    const cost: Change = {
      field: 'cost',
      subject: m3,
      before: { kind: 'range', low: 80, likely: 100, high: 120, unit: yi, signed: false },
      after: { kind: 'range', low: 70, likely: 90, high: 110, unit: yi, signed: false },
    };
    expect(await say('zh', cost)).toBe(
      'M3 人才公寓 的成本：可能 100（80 至 120） → 可能 90（70 至 110） 亿元',
    );
    expect(await say('en', cost)).toBe(
      'Cost of M3 Talent apartments (100 million CNY): likely 100 (80 to 120) → likely 90 (70 to 110)',
    );
    const impact: Change = {
      field: 'impact',
      subject: { zh: 'M3 人才公寓 对 C4 薪酬', en: 'M3 Talent apartments on C4 Salary' },
      before: { kind: 'range', low: 0.1, likely: 0.2, high: 0.3, unit: null, signed: true },
      after: { kind: 'range', low: -0.1, likely: 0, high: 0.1, unit: null, signed: true },
    };
    expect(await say('en', impact)).toBe(
      'Impact of M3 Talent apartments on C4 Salary: likely +0.20 (+0.10 to +0.30) → likely 0.00 (-0.10 to +0.10)',
    );
    const illustrative: Change = {
      field: 'costIllustrative',
      subject: m3,
      before: { kind: 'flag', on: true },
      after: { kind: 'flag', on: false },
    };
    expect(await say('zh', illustrative)).toBe('M3 人才公寓 的成本来源：示例默认值 → 规划者填写');
    expect(await say('en', illustrative)).toBe(
      'Cost source of M3 Talent apartments: illustrative default → set by the planner',
    );
    const model: Change = {
      field: 'coverageModel',
      subject: null,
      before: { kind: 'choice', choice: 'saturating' },
      after: { kind: 'choice', choice: 'additive' },
    };
    expect(await say('zh', model)).toBe('覆盖模型：饱和（重叠部分不重复计算） → 相加');
  });

  it('states where a value came from and the robustness settings in words', async () => {
    const provenance: Change = {
      field: 'costProvenance',
      subject: m3,
      before: { kind: 'choice', choice: 'default' },
      after: { kind: 'choice', choice: 'edited' },
    };
    expect(await say('zh', provenance)).toBe('M3 人才公寓 的成本来源：示例默认值 → 规划者修改');
    expect(await say('en', provenance)).toBe(
      'Cost provenance of M3 Talent apartments: illustrative default → edited by the planner',
    );
    const basis: Change = {
      field: 'uncertainty',
      subject: null,
      before: { kind: 'choice', choice: 'around' },
      after: { kind: 'choice', choice: 'ordinal' },
    };
    expect(await say('zh', basis)).toBe('权重不确定性的依据：在我的权重附近 → 保持我对原因的排序');
    expect(await say('en', basis)).toBe(
      'Basis of the weight uncertainty: around my weights → my ranking of the causes',
    );
    const seed: Change = {
      field: 'seed',
      subject: null,
      before: { kind: 'choice', choice: '2025' },
      after: { kind: 'choice', choice: '7' },
    };
    expect(await say('en', seed)).toBe('Random seed: 2025 → 7');
    const lead: Change = {
      field: 'leadAgencyEn',
      subject: m3,
      before: null,
      after: { kind: 'text', text: 'City HR bureau' },
    };
    expect(await say('en', lead)).toBe(
      'Lead agency (English) of M3 Talent apartments: the catalogue’s lead agency → "City HR bureau"',
    );
  });

  it('records an AHP apply above CR 0.10 as confirmed', async () => {
    const cr = (value: number, confirmed: boolean): Change => ({
      field: 'ahpConsistency',
      subject: null,
      after: { kind: 'consistency', cr: value, confirmed },
    });
    expect(await say('zh', cr(0.11, true))).toBe(
      'AHP 一致性比率：CR = 0.110（高于 0.10，经规划者确认后应用）',
    );
    expect(await say('en', cr(0.11, true))).toBe(
      'AHP consistency ratio: CR = 0.110 (above 0.10; applied after the planner confirmed)',
    );
    expect(await say('en', cr(0.04, false))).toBe(
      'AHP consistency ratio: CR = 0.040 (at most 0.10: consistent)',
    );
  });

  it('states a created scenario’s values without an arrow', async () => {
    const name: Change = {
      field: 'scenarioName',
      subject: null,
      after: { kind: 'text', text: 'Pilot' },
    };
    expect(await say('zh', name)).toBe('情景名称：“Pilot”');
    expect(await say('en', name)).toBe('Scenario name: "Pilot"');
  });

  it('phrases a field and a choice it has no words for from their codes, not as JSON', async () => {
    const added: Change = {
      field: 'fundingSource',
      subject: m3,
      before: { kind: 'text', text: '省财政' },
      after: { kind: 'text', text: '市财政' },
    };
    expect(await say('en', added)).toBe(
      'M3 Talent apartments: Funding source: "省财政" → "市财政"',
    );
    const nested: Change = {
      field: 'uncertainty.type',
      subject: null,
      before: { kind: 'choice', choice: 'uniform' },
      after: { kind: 'choice', choice: 'aroundMine' },
    };
    const text = await say('zh', nested);
    expect(text).toBe('Uncertainty · type：Uniform → Around mine');
    expect(text).not.toContain('{');
  });
});

describe('compared values', () => {
  it('gives each scenario’s value with its unit', async () => {
    await i18next.changeLanguage('zh');
    const row = phraseDifference(i18next.t, 'zh', {
      field: 'budget',
      subject: null,
      values: [money(400), null],
    });
    expect(row).toEqual({ label: '预算', values: ['400 亿元', '不限'] });
    await i18next.changeLanguage('en');
    expect(phraseValue(i18next.t, 'en', 'budget', money(400))).toBe('400 (100 million CNY)');
    expect(changeLabel(i18next.t, 'en', { field: 'weightShare', subject: c4 })).toBe(
      'Weight share of C4 Low overall salary and welfare',
    );
  });
});
