// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { initI18n } from '../../i18n';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../../test-support/jsdom-root';
import { KeyIndicatorItem } from './KeyIndicatorItem';
import type { KeyIndicator } from './overview-model';
import { RobustnessVerdict } from './RobustnessVerdict';
import { weightBasis } from '../../../../engine/scenario';
import { packageVerdict, type VerdictSmaa, verdictText } from '../../../../engine/verdict';
import type { ScenarioRobustness } from '../../analysis/use-scenario-robustness';

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

const basis = weightBasis({
  causes: [
    { id: 'C1', weight: 3 },
    { id: 'C2', weight: 1 },
  ],
  analysis: { uncertainty: 'around', width: 0.2 },
  stakeholders: [],
});
const ranked = [
  { measures: ['M1', 'M2'], value: 0.52, cost: 380 },
  { measures: ['M3'], value: 0.4, cost: 200 },
];
const noDefaults = { weights: false, budget: false, costs: 0, impacts: 0 };
const smaa = (best: number, other: number): VerdictSmaa => ({
  samples: 2000,
  seed: 2025,
  packages: [
    { measures: ['M1', 'M2'], pBest: best },
    { measures: ['M3'], pBest: other },
  ],
});
const name = (ids: readonly string[]) => ({ zh: ids.join('、'), en: ids.join(' + ') });
const unit = { zh: '亿元', en: '100 million yuan' };

function verdictProps(
  over: Partial<Omit<ScenarioRobustness, 'smaa'>> & { smaa?: VerdictSmaa | null } = {},
) {
  const { smaa: given, ...rest } = over;
  const run = given === undefined ? smaa(0.834, 0.166) : given;
  const verdict = packageVerdict({
    ranked,
    smaa: run,
    defaults: over.verdict?.defaults ?? noDefaults,
  });
  const robustness: ScenarioRobustness = {
    basis,
    status: 'done',
    progress: 1,
    error: null,
    smaa: null,
    stale: false,
    verdict,
    rerun: () => undefined,
    cancel: () => undefined,
    ...rest,
  };
  return { robustness, text: verdictText(verdict, basis, name, unit), lang: 'en' as const };
}

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
  it('names the best package under the planner weights, then its share with its basis and error', () => {
    render(<RobustnessVerdict {...verdictProps()} />);
    expect(text()).toContain('Under your weights, the best package is M1 + M2');
    expect(text()).toContain(
      'Across 2,000 sampled weightings within ±20% of yours, it is best in 83% (± 0.8%) of them.',
    );
    expect(text()).toContain('Robust');
    expect(text()).toContain('SMAA, 2,000 samples, seed 2025');
    render(<RobustnessVerdict {...verdictProps({ smaa: smaa(0.31, 0.69) })} />);
    expect(text()).toContain('best in 31%');
    expect(text()).toContain('Not robust');
    // Another package is best more often: both are named, never two unreconciled claims.
    expect(text()).toContain('a different package is best most often: M3 (69%');
  });

  it('shows progress while sampling and never a share from an older scenario', () => {
    render(
      <RobustnessVerdict {...verdictProps({ status: 'running', progress: 0.4, smaa: null })} />,
    );
    expect(
      mounted.container.querySelector('[aria-label="Robustness sampling progress"]'),
    ).not.toBeNull();
    expect(text()).not.toContain('sampled weightings');
    render(<RobustnessVerdict {...verdictProps({ stale: true })} />);
    expect(text()).toContain('The scenario changed; testing again');
    expect(text()).not.toContain('sampled weightings');
  });

  it('labels a result that rests on defaults as provisional, naming them', () => {
    const props = verdictProps({
      verdict: packageVerdict({
        ranked,
        smaa: smaa(0.9, 0.1),
        defaults: { weights: true, budget: true, costs: 7, impacts: 56 },
      }),
    });
    render(<RobustnessVerdict {...props} />);
    expect(text()).toContain(
      "Provisional: these inputs are still the tool's illustrative defaults: the cause weights (equal), the budget, the costs of 7 measures, 56 impact estimates.",
    );
  });

  it('names the failure', () => {
    render(
      <RobustnessVerdict
        {...verdictProps({ status: 'error', error: 'too many packages', smaa: null })}
      />,
    );
    expect(text()).toContain('The robustness check failed: too many packages');
  });
});
