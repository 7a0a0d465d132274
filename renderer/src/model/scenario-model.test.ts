import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../electron/contract/domain';
import { scenarioSchema } from '../../../electron/contract/domain';
import { compileModel, packageValue } from '../../../engine/packages/compile';
import { allPackagesTop, scenarioToDecisionModel, weightShares } from './scenario-model';

const cause = (id: string, weight: number) => ({
  id,
  nameZh: `原因${id}`,
  nameEn: `Cause ${id}`,
  textZh: '',
  textEn: '',
  paperSection: '§3.1',
  weight,
});
const measure = (id: string, costLikely: number) => ({
  id,
  nameZh: `措施${id}`,
  nameEn: `Measure ${id}`,
  textZh: '',
  textEn: '',
  paperSection: '§4.1',
  costLow: costLikely / 2,
  costLikely,
  costHigh: costLikely * 2,
  costUnit: '亿元',
  yearsToEffect: 3,
  leadAgencyZh: '',
  leadAgencyEn: '',
  costIsIllustrative: true,
});
const cell = (measureId: string, causeId: string, low: number, likely: number, high: number) => ({
  measureId,
  causeId,
  low,
  likely,
  high,
  rationaleZh: '',
  rationaleEn: '',
  source: '§4.1',
});

const scenario: Scenario = scenarioSchema.parse({
  id: 1,
  name: 'test',
  regionCode: 'NE',
  coverageModel: 'saturating',
  causes: [cause('C1', 3), cause('C2', 1)],
  measures: [measure('M1', 2), measure('M2', 5)],
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
  updatedAt: '2026-11-28T12:00:00Z',
});

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
      top: 3,
    });
  });

  it('drops null limits instead of passing 0 (which would make nothing feasible)', () => {
    const open = {
      ...scenario,
      constraints: { ...scenario.constraints, budget: null, required: [], excludes: [] },
    };
    expect(scenarioToDecisionModel(open).constraints).toEqual({});
  });

  it('gives the engine the value PRODUCT.md defines (hand-computed)', () => {
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
});
