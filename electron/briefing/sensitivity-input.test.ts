import { describe, expect, it } from 'vitest';
import type { DecisionModel } from '../../engine/model';
import { rankPackages } from '../../engine/packages';
import { weightThresholds } from '../../engine/report';
import { sensitivityForReport } from './sensitivity-input';

/** Two causes, two measures, budget for one: P covers A fully, Q covers B fully. */
const model: DecisionModel = {
  causes: [
    { id: 'A', weight: 3 },
    { id: 'B', weight: 2 },
  ],
  measures: [
    { id: 'P', cost: 1 },
    { id: 'Q', cost: 1 },
  ],
  impacts: { P: { A: 1 }, Q: { B: 1 } },
  constraints: { budget: 1 },
};

describe('sensitivityForReport', () => {
  it('P stays best while w_A ≥ 0.5 (where P and Q swap), Q takes over below', () => {
    const [a, b] = sensitivityForReport(model);
    expect(a!.causeId).toBe('A');
    expect(a!.lower).toBeCloseTo(0.5, 9);
    expect(a!.upper).toBeNull();
    expect(a!.belowBest).toEqual(['Q']);
    expect(b!.upper).toBeCloseTo(0.5, 9);
    expect(b!.lower).toBeNull();
    expect(b!.aboveBest).toEqual(['Q']);
  });

  it('agrees with the ranking-based thresholds used above the enumeration limit', () => {
    const all = rankPackages({ ...model, top: 1000 });
    const fallback = weightThresholds(['A', 'B'], all.normalizedWeights, all.packages);
    const exact = sensitivityForReport(model);
    expect(fallback.map((s) => [s.lower, s.upper])).toEqual(exact.map((s) => [s.lower, s.upper]));
  });
});
