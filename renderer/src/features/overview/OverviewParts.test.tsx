// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { initI18n } from '../../i18n';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../../test-support/jsdom-root';
import { KeyIndicatorItem } from './KeyIndicatorItem';
import type { KeyIndicator } from './overview-model';
import { RobustnessVerdict } from './RobustnessVerdict';
import type { BestPackageRobustness } from './use-best-package-robustness';

prepareJsdomForAntd();
let mounted: MountedRoot;
beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  mounted = mountRoot();
});
afterEach(async () => {
  mounted.unmount();
  await act(async () => {
    await i18n.changeLanguage('en');
  });
});

const render = (node: React.ReactNode) => act(() => mounted.root.render(node));
const text = () => mounted.container.textContent ?? '';

const income: KeyIndicator = {
  code: 'disposable_income',
  name: { zh: '居民人均可支配收入', en: 'Per-capita disposable income' },
  unit: { zh: '元', en: 'yuan' },
  direction: 1,
  year: 2024,
  value: 33978,
  qualifier: 'exact',
  valueBasis: 'members-mean',
  valueNote: { zh: '3 省平均', en: 'mean of 3 provinces' },
  reference: { value: 41314, basis: 'national-row' },
  referenceText: { zh: '全国数据（2024 年）', en: 'national figure (2024)' },
  newerRegionYear: null,
  index: 82.2,
  standing: 'behind',
  flags: [{ rule: 'R1', severity: 'warning', messageZh: '口径不同', messageEn: 'Different basis' }],
  sources: [{ zh: '国家统计局', en: 'National Bureau of Statistics' }],
};

const robustness = (over: Partial<BestPackageRobustness>): BestPackageRobustness => ({
  status: 'done',
  progress: 1,
  share: 0.834,
  stale: false,
  samples: 2000,
  seed: 20260101,
  error: null,
  ...over,
});

describe('key indicator item', () => {
  it('states value, basis, reference, year, standing, flag and source in words', async () => {
    render(<KeyIndicatorItem indicator={income} lang="en" />);
    expect(text()).toContain(
      'Region 33,978 yuan (mean of 3 provinces) · National reference 41,314 yuan · 2024national figure (2024)',
    );
    expect(text()).toContain('behind the country');
    expect(text()).toContain('Caution');
    expect(
      mounted.container.querySelector('[aria-label="Caution: Different basis"]'),
    ).not.toBeNull();
    expect(text()).toContain('Source: National Bureau of Statistics');

    await act(async () => {
      await i18n.changeLanguage('zh');
    });
    render(<KeyIndicatorItem indicator={income} lang="zh" />);
    expect(text()).toContain(
      '本地区 33,978 元（3 省平均） · 全国参照 41,314 元 · 2024 年全国数据（2024 年）',
    );
    expect(text()).toContain('落后于全国');
  });

  it('writes percentages with the sign, an approximate value with its word, and a missing reference as such', () => {
    const rate: KeyIndicator = {
      ...income,
      unit: { zh: '%', en: 'percent' },
      value: 36.54,
      qualifier: 'approx',
      valueBasis: 'own',
      valueNote: null,
      reference: null,
      referenceText: {
        zh: '该指标无全国参照',
        en: 'no national reference for this indicator',
      },
      index: null,
      standing: null,
      flags: [],
    };
    render(<KeyIndicatorItem indicator={rate} lang="en" />);
    expect(text()).toContain('Region approx. 36.5%');
    expect(text()).toContain('no national reference for this indicator');
    expect(text()).not.toContain('behind');
  });
});

describe('robustness verdict', () => {
  it('says the share in the planner sentence, with a verdict word, samples and seed', () => {
    render(<RobustnessVerdict robustness={robustness({})} lang="en" />);
    expect(text()).toContain('In 83% of plausible weightings, this package is the best.');
    expect(text()).toContain('Robust');
    expect(text()).toContain('2,000 samples, seed 20260101');
    render(<RobustnessVerdict robustness={robustness({ share: 0.31 })} lang="en" />);
    expect(text()).toContain('In 31% of plausible weightings');
    expect(text()).toContain('Not robust');
  });

  it('shows progress while sampling and never a share from an older scenario', () => {
    render(
      <RobustnessVerdict robustness={robustness({ status: 'running', progress: 0.4 })} lang="en" />,
    );
    expect(
      mounted.container.querySelector('[aria-label="Robustness sampling progress"]'),
    ).not.toBeNull();
    expect(text()).toContain('2,000 samples, seed 20260101');
    expect(text()).not.toContain('plausible weightings');
    render(<RobustnessVerdict robustness={robustness({ stale: true })} lang="en" />);
    expect(text()).toContain('The scenario changed; testing again');
    expect(text()).not.toContain('plausible weightings');
  });

  it('names the failure', () => {
    render(
      <RobustnessVerdict
        robustness={robustness({ status: 'error', share: null, error: 'too many packages' })}
        lang="en"
      />,
    );
    expect(text()).toContain('The robustness check failed: too many packages');
  });
});
