import { describe, expect, it } from 'vitest';
import { compileModel, packageValue } from '../packages/compile';
import {
  allPackagesTop,
  scenarioToDecisionModel,
  weightShares,
  type ScenarioInput,
} from './scenario-model';

const cell = (measureId: string, causeId: string, low: number, likely: number, high: number) => ({
  measureId,
  causeId,
  low,
  likely,
  high,
});

const scenario: ScenarioInput = {
  coverageModel: 'saturating',
  causes: [
    { id: 'C1', weight: 3 },
    { id: 'C2', weight: 1 },
  ],
  measures: [
    { id: 'M1', costLikely: 2 },
    { id: 'M2', costLikely: 5 },
  ],
  impacts: [
    cell('M1', 'C1', 0.4, 0.6, 0.8),
    cell('M2', 'C1', 0.35, 0.35, 0.35),
    cell('M2', 'C2', -0.35, -0.15, 0),
    // A cell for a measure that is not in the scenario must not break the ranking.
    cell('M9', 'C1', 0.1, 0.1, 0.1),
  ],
  synergies: [{ a: 'M1', b: 'M2', value: 0.02 }],
  constraints: {
    budget: 10,
    maxMeasures: null,
    required: ['M1'],
    excluded: [],
    requires: [],
    excludes: [['M1', 'M2']],
  },
};

describe('scenarioToDecisionModel', () => {
  it('maps causes, likely costs, impact ranges, synergies and constraints', () => {
    expect(scenarioToDecisionModel(scenario)).toEqual({
      causes: [
        { id: 'C1', weight: 3 },
        { id: 'C2', weight: 1 },
      ],
      measures: [
        { id: 'M1', cost: 2 },
        { id: 'M2', cost: 5 },
      ],
      impacts: {
        M1: { C1: { low: 0.4, likely: 0.6, high: 0.8 } },
        M2: {
          C1: { low: 0.35, likely: 0.35, high: 0.35 },
          C2: { low: -0.35, likely: -0.15, high: 0 },
        },
      },
      synergies: [{ a: 'M1', b: 'M2', value: 0.02 }],
      // null budget / maxMeasures mean "no limit" and must be absent, not 0.
      constraints: { budget: 10, required: ['M1'], excludes: [['M1', 'M2']] },
      model: 'saturating',
    });
    expect(scenarioToDecisionModel(scenario, allPackagesTop(2)).top).toBe(3);
  });

  it('drops null limits instead of passing 0 (which would make nothing feasible)', () => {
    const open = {
      ...scenario,
      constraints: { ...scenario.constraints, budget: null, required: [], excludes: [] },
    };
    expect(scenarioToDecisionModel(open).constraints).toEqual({});
  });

  it('gives the engine the value of the decision model (hand-computed)', () => {
    const compiled = compileModel(scenarioToDecisionModel(scenario));
    // w = (0.75, 0.25); v1 = 1 − (1 − 0.6)(1 − 0.35) = 0.74; v2 = −0.15; s = 0.02
    // V = 0.75·0.74 + 0.25·(−0.15) + 0.02 = 0.5375
    expect(packageValue(compiled, [0, 1])).toBeCloseTo(0.5375, 12);
    // M1 alone: 0.75·0.6 = 0.45
    expect(packageValue(compiled, [0])).toBeCloseTo(0.45, 12);
  });

  it('carries the additive model and an explicit top', () => {
    const m = scenarioToDecisionModel({ ...scenario, coverageModel: 'additive' }, 5);
    expect(m.model).toBe('additive');
    expect(m.top).toBe(5);
  });
});

describe('allPackagesTop', () => {
  it('asks for every non-empty subset, capped at the engine maximum', () => {
    expect(allPackagesTop(7)).toBe(127);
    expect(allPackagesTop(1)).toBe(1);
    expect(allPackagesTop(12)).toBe(1000);
    expect(allPackagesTop(0)).toBe(1);
  });
});

const cause = (id: string, weight: number) => ({ id, weight });

describe('weightShares', () => {
  it('normalises raw weights to shares', () => {
    expect(weightShares([cause('A', 3), cause('B', 1), cause('C', 0)])).toEqual({
      A: 0.75,
      B: 0.25,
      C: 0,
    });
  });
  it('gives all zeros when nothing can be normalised', () => {
    expect(weightShares([cause('A', 0), cause('B', 0)])).toEqual({ A: 0, B: 0 });
  });
  it('does not overflow on huge raw weights', () => {
    expect(weightShares([cause('A', 1e308), cause('B', 1e308)])).toEqual({ A: 0.5, B: 0.5 });
  });
});
