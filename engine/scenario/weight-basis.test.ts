import { describe, expect, it } from 'vitest';
import { robustPortfolio } from '../robustness/portfolio';
import { createWeightSampler } from '../robustness/weight-sampling';
import { Rng } from '../random/prng';
import { matrixModel } from '../packages/test-models';
import { describeBasis, rankingGroups, weightBasis } from './weight-basis';

const causes = (...w: number[]) => w.map((weight, k) => ({ id: `C${k + 1}`, weight }));

function draws(info: ReturnType<typeof weightBasis>['weightInfo'], m: number, n = 20_000) {
  const sampler = createWeightSampler(info, m);
  const rng = Rng.fromSeed(7);
  const out: number[][] = [];
  const w = new Float64Array(m);
  for (let k = 0; k < n; k++) {
    sampler.sample(rng, w);
    out.push([...w]);
  }
  return out;
}

describe('weight basis: around the planner weights', () => {
  it('(0.7, 0.3) with ±20 % never samples (0.3, 0.7): the order and the bounds hold', () => {
    const b = weightBasis({
      causes: causes(7, 3),
      analysis: { uncertainty: 'around', width: 0.2 },
      stakeholders: [],
    });
    expect(b.used).toBe('around');
    const all = draws(b.weightInfo, 2);
    // w1/(w1+w2) with w1 ∈ [0.56, 0.84], w2 ∈ [0.24, 0.36]: between 0.56/0.92 and 0.84/1.08.
    const lo = 0.56 / 0.92;
    const hi = 0.84 / 1.08;
    for (const [w1, w2] of all) {
      expect(w1! + w2!).toBeCloseTo(1, 12);
      expect(w1!).toBeGreaterThanOrEqual(lo - 1e-12);
      expect(w1!).toBeLessThanOrEqual(hi + 1e-12);
    }
    const mean = all.reduce((s, w) => s + w[0]!, 0) / all.length;
    expect(mean).toBeCloseTo(0.7, 2);
  });

  it('extreme points are the renormalised box corners, so the core index ranges over the same set', () => {
    const b = weightBasis({
      causes: causes(7, 3),
      analysis: { uncertainty: 'around', width: 0.2 },
      stakeholders: [],
    });
    const firsts = b.extremePoints.map((w) => w[0]!).sort((x, y) => x - y);
    expect(firsts[0]).toBeCloseTo(0.56 / 0.92, 12);
    expect(firsts[firsts.length - 1]).toBeCloseTo(0.84 / 1.08, 12);
    expect(describeBasis(b).en).toBe('weightings within ±20% of yours');
  });
});

describe('weight basis: the other readings', () => {
  it('ordinal keeps the planner ranking, ties free', () => {
    expect(rankingGroups([1, 3, 3, 0.5])).toEqual([[1, 2], [0], [3]]);
    const b = weightBasis({
      causes: causes(1, 3, 3, 0.5),
      analysis: { uncertainty: 'ordinal', width: 0.2 },
      stakeholders: [],
    });
    let swapped = 0;
    for (const w of draws(b.weightInfo, 4, 5000)) {
      expect(Math.min(w[1]!, w[2]!)).toBeGreaterThanOrEqual(w[0]! - 1e-12);
      expect(w[0]!).toBeGreaterThanOrEqual(w[3]! - 1e-12);
      if (w[2]! > w[1]!) swapped++;
    }
    // The tied pair takes either order about equally often.
    expect(swapped / 5000).toBeGreaterThan(0.45);
    expect(swapped / 5000).toBeLessThan(0.55);
  });

  it('stakeholder sets are used as given; with none it falls back to ±width and says so', () => {
    const withSets = weightBasis({
      causes: causes(1, 1),
      analysis: { uncertainty: 'stakeholders', width: 0.2 },
      stakeholders: [
        { name: 'A', weights: { C1: 3, C2: 1 } },
        { name: 'B', weights: { C1: 1, C2: 1 } },
      ],
    });
    expect(withSets.used).toBe('stakeholders');
    expect(withSets.extremePoints).toEqual([
      [0.75, 0.25],
      [0.5, 0.5],
    ]);
    const none = weightBasis({
      causes: causes(1, 1),
      analysis: { uncertainty: 'stakeholders', width: 0.2 },
      stakeholders: [],
    });
    expect(none.used).toBe('around');
    expect(none.fallback?.en).toContain('no stakeholder weight sets yet');
  });

  it('all-zero weights fall back to no preference rather than dividing by zero', () => {
    const b = weightBasis({
      causes: causes(0, 0),
      analysis: { uncertainty: 'around', width: 0.2 },
      stakeholders: [],
    });
    expect(b.used).toBe('uniform');
    expect(b.fallback).not.toBeNull();
  });

  it('core index and sampling agree: a measure core over the set is in every sampled best package', () => {
    // M0 serves C1, M1 serves C2; one measure allowed. Around (0.8, 0.2) ±10 %, M0 is always best.
    const model = matrixModel(
      [0.8, 0.2],
      [1, 1],
      [
        [1, 0],
        [0, 1],
      ],
      { constraints: { maxMeasures: 1 } },
    );
    const b = weightBasis({
      causes: causes(0.8, 0.2),
      analysis: { uncertainty: 'around', width: 0.1 },
      stakeholders: [],
    });
    expect(robustPortfolio(model, b.extremePoints).coreClass.M0).toBe('core');
  });
});
