import { describe, expect, it } from 'vitest';
import { weightThresholds } from './thresholds';

describe('weightThresholds', () => {
  it('two causes, two single-cause packages: they swap exactly where the weights are equal', () => {
    const packages = [
      { rank: 1, measures: ['P'], value: 0.6, cost: 1, coverage: { A: 1, B: 0 } },
      { rank: 2, measures: ['Q'], value: 0.4, cost: 1, coverage: { A: 0, B: 1 } },
    ];
    const [a, b] = weightThresholds(['A', 'B'], { A: 0.6, B: 0.4 }, packages);
    expect(a!.lower).toBeCloseTo(0.5, 12);
    expect(a!.upper).toBeNull();
    expect(a!.belowBest).toEqual(['Q']);
    expect(b!.upper).toBeCloseTo(0.5, 12);
    expect(b!.lower).toBeNull();
    expect(b!.aboveBest).toEqual(['Q']);
  });

  it('keeps synergy constant while weights move', () => {
    // P: cov A 0.5, B 0.5, synergy 0.1 → V = 0.6 at any weights; Q: cov A 1 → V = w_A.
    const packages = [
      { rank: 1, measures: ['P1', 'P2'], value: 0.6, cost: 2, coverage: { A: 0.5, B: 0.5 } },
      { rank: 2, measures: ['Q'], value: 0.5, cost: 1, coverage: { A: 1, B: 0 } },
    ];
    const [a] = weightThresholds(['A', 'B'], { A: 0.5, B: 0.5 }, packages);
    // Q overtakes when w_A > 0.6.
    expect(a!.upper).toBeCloseTo(0.6, 12);
    expect(a!.lower).toBeNull();
  });

  it('a package that dominates on every cause stays best for any weight', () => {
    const packages = [
      { rank: 1, measures: ['P'], value: 0.8, cost: 1, coverage: { A: 0.8, B: 0.8 } },
      { rank: 2, measures: ['Q'], value: 0.3, cost: 1, coverage: { A: 0.5, B: 0.1 } },
    ];
    const out = weightThresholds(['A', 'B'], { A: 0.5, B: 0.5 }, packages);
    expect(out.map((s) => [s.lower, s.upper])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});
