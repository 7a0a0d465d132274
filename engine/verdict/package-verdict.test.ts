import { describe, expect, it } from 'vitest';
import { weightBasis } from '../scenario/weight-basis';
import { packageVerdict, robustnessLevel, shareStandardError } from './package-verdict';
import { verdictText } from './verdict-text';

const ranked = [
  { measures: ['M4', 'M5', 'M6', 'M7'], value: 0.53, cost: 360 },
  { measures: ['M2', 'M4', 'M5', 'M7'], value: 0.52, cost: 380 },
];
const none = { weights: false, budget: false, costs: 0, impacts: 0 };
const basis = weightBasis({
  causes: [
    { id: 'C1', weight: 1 },
    { id: 'C2', weight: 2 },
  ],
  analysis: { uncertainty: 'around', width: 0.2 },
  stakeholders: [],
});
const names = (ids: readonly string[]) => ({ zh: ids.join('、'), en: ids.join(' + ') });
const unit = { zh: '亿元', en: '100 million yuan' };

describe('packageVerdict: one voice for best and robust', () => {
  it('reports the share of the package best under the planner weights, with its standard error', () => {
    const v = packageVerdict({
      ranked,
      smaa: {
        samples: 10_000,
        seed: 1,
        packages: [
          { measures: ['M7', 'M6', 'M5', 'M4'], pBest: 0.61 },
          { measures: ['M2', 'M4', 'M5', 'M7'], pBest: 0.39 },
        ],
      },
      defaults: none,
    });
    expect(v.bestShare).toBe(0.61);
    expect(v.bestShareSe).toBeCloseTo(Math.sqrt((0.61 * 0.39) / 10_000), 15);
    expect(v.level).toBe('moderate');
    expect(v.agrees).toBe(true);
    expect(v.provisional).toBe(false);
  });

  it('names both packages when another is more often best, instead of two unreconciled claims', () => {
    const v = packageVerdict({
      ranked,
      smaa: {
        samples: 2000,
        seed: 1,
        packages: [
          { measures: ['M4', 'M5', 'M6', 'M7'], pBest: 0.41 },
          { measures: ['M2', 'M4', 'M5', 'M7'], pBest: 0.53 },
        ],
      },
      defaults: none,
    });
    expect(v.agrees).toBe(false);
    expect(v.mostOften?.measures).toEqual(['M2', 'M4', 'M5', 'M7']);
    const text = verdictText(v, basis, names, unit);
    expect(text.best?.en).toBe(
      'Under your weights, the best package is M4 + M5 + M6 + M7 (value 0.530, cost 360 (100 million yuan)).',
    );
    expect(text.robustness?.en).toContain('within ±20% of yours');
    expect(text.reconcile?.en).toContain('M2 + M4 + M5 + M7 (53%');
    expect(text.reconcile?.zh).toContain('M2、M4、M5、M7');
  });

  it('a package never best in the samples has share 0; within one sample counts as a tie', () => {
    const v = packageVerdict({
      ranked,
      smaa: { samples: 1000, seed: 1, packages: [{ measures: ['M1'], pBest: 1 }] },
      defaults: none,
    });
    expect(v.bestShare).toBe(0);
    expect(v.level).toBe('fragile');
    const tie = packageVerdict({
      ranked,
      smaa: {
        samples: 1000,
        seed: 1,
        packages: [
          { measures: ['M4', 'M5', 'M6', 'M7'], pBest: 0.5 },
          { measures: ['M2', 'M4', 'M5', 'M7'], pBest: 0.5 },
        ],
      },
      defaults: none,
    });
    expect(tie.agrees).toBe(true);
  });

  it('is provisional while any input is a default, and says which', () => {
    const v = packageVerdict({
      ranked,
      smaa: null,
      defaults: { weights: false, budget: true, costs: 0, impacts: 0 },
    });
    expect(v.provisional).toBe(true);
    expect(verdictText(v, basis, names, unit).provisional?.en).toBe(
      "Provisional: these inputs are still the tool's illustrative defaults: the budget. Enter or confirm them before treating this as a finding.",
    );
  });

  it('levels and errors are the stated rules', () => {
    expect(robustnessLevel(0.7)).toBe('robust');
    expect(robustnessLevel(0.69)).toBe('moderate');
    expect(robustnessLevel(0.39)).toBe('fragile');
    expect(shareStandardError(0.5, 100)).toBe(0.05);
  });
});
