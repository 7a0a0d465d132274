import { describe, expect, it } from 'vitest';
import {
  computeSeverity,
  foldSeverityIntoWeights,
  relativeGap,
  type SeverityLink,
  type SeverityObservation,
  type SeverityRegions,
} from './severity';

/** The real count of provinces matters: a provincial mean needs 28 of 31. */
const OTHERS = Array.from({ length: 27 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
const regions: SeverityRegions = {
  target: 'HL',
  national: 'CN',
  provinces: ['HL', 'JL', 'LN', 'GD', ...OTHERS],
};
const obs = (indicator: string, region: string, year: number, value: number) =>
  ({ indicator, region, year, value }) satisfies SeverityObservation;
/** The 27 filler provinces, each at `value`. */
const others = (indicator: string, year: number, value: number) =>
  OTHERS.map((p) => obs(indicator, p, year, value));

describe('relativeGap', () => {
  it('measures a shortfall relative to the reference, for both directions', () => {
    expect(relativeGap(80, 100, 1)).toBeCloseTo(0.2, 12);
    expect(relativeGap(120, 100, 1)).toBe(0);
    expect(relativeGap(130, 100, -1)).toBeCloseTo(0.3, 12);
    expect(relativeGap(70, 100, -1)).toBe(0);
  });
  it('caps at 1, uses |r| for negative references, and refuses r = 0', () => {
    expect(relativeGap(-50, 100, 1)).toBe(1);
    // r = −2 %, x = −3 %: (−2 − −3)/2 = 0.5 behind for higher-is-better.
    expect(relativeGap(-3, -2, 1)).toBeCloseTo(0.5, 12);
    expect(relativeGap(5, 0, 1)).toBeNull();
  });
});

describe('computeSeverity', () => {
  const links: SeverityLink[] = [
    { causeId: 'C4', indicator: 'income', direction: 1, reference: 'national' },
    { causeId: 'C4', indicator: 'growth', direction: 1, reference: 'national' },
    { causeId: 'C3', indicator: 'gdp_pc', direction: 1, reference: 'best' },
    { causeId: 'C9', indicator: 'outflow', direction: -1, reference: 'national' },
  ];
  const data = [
    // Heilongjiang income 30 000 vs national 40 000 → gap 0.25 (latest year wins over 2023).
    obs('income', 'HL', 2023, 10_000),
    obs('income', 'CN', 2023, 40_000),
    obs('income', 'HL', 2024, 30_000),
    obs('income', 'CN', 2024, 40_000),
    // No national growth row: the mean of the 30 OTHER provinces is the reference:
    // (3 + 5 + 7 + 27 × 4) / 30 = 4.1; HL's own 1 is left out.
    obs('growth', 'HL', 2024, 1),
    obs('growth', 'JL', 2024, 3),
    obs('growth', 'LN', 2024, 5),
    obs('growth', 'GD', 2024, 7),
    ...others('growth', 2024, 4),
    // Best other province GD = 140 000; HL 16 000 → (140 000 − 16 000)/140 000 = 0.885714…
    obs('gdp_pc', 'HL', 2024, 16_000),
    obs('gdp_pc', 'GD', 2024, 140_000),
    obs('gdp_pc', 'JL', 2024, 14_000),
    ...others('gdp_pc', 2024, 20_000),
  ];

  it('averages the relative gaps of the linked indicators (hand-computed)', () => {
    const [c4, c3, c9, none] = computeSeverity(['C4', 'C3', 'C9', 'C1'], links, data, regions);
    // C4: income 0.25, growth (4.1 − 1)/4.1 → mean.
    expect(c4!.severity).toBeCloseTo((0.25 + 3.1 / 4.1) / 2, 12);
    expect(c4!.indicators[0]).toMatchObject({
      status: 'compared',
      year: 2024,
      value: 30_000,
      referenceValue: 40_000,
      referenceBasis: 'national-row',
      gap: 0.25,
    });
    expect(c4!.indicators[1]).toMatchObject({
      referenceBasis: 'provinces-mean',
      referenceProvinces: 30,
      reportingProvinces: 31,
      excludedRegions: ['HL'],
    });
    expect(c4!.indicators[1]!.referenceValue).toBeCloseTo(4.1, 12);
    expect(c3!.severity).toBeCloseTo(124 / 140, 12);
    expect(c3!.indicators[0]).toMatchObject({
      referenceRegion: 'GD',
      referenceBasis: 'best-province',
    });
    // C9 has a link but no data; C1 no link at all: both unknown, not zero.
    expect(c9!.severity).toBeNull();
    expect(c9!.indicators[0]).toMatchObject({ gap: null, status: 'no-data' });
    expect(none).toEqual({ causeId: 'C1', severity: null, indicators: [] });
  });

  it('the best province for a higher-is-worse indicator is the lowest value', () => {
    const worse: SeverityLink[] = [
      { causeId: 'C9', indicator: 'outflow', direction: -1, reference: 'best' },
    ];
    const d = [
      obs('outflow', 'HL', 2024, 60),
      obs('outflow', 'GD', 2024, 20),
      obs('outflow', 'JL', 2024, 40),
      ...others('outflow', 2024, 50),
    ];
    const [c9] = computeSeverity(['C9'], worse, d, regions);
    // (60 − 20)/20 = 2 → capped at 1.
    expect(c9!.severity).toBe(1);
    expect(c9!.indicators[0]!.referenceRegion).toBe('GD');
  });

  it('an aggregate without its own value uses the mean of ALL its members, else has no value', () => {
    const ne: SeverityRegions = { ...regions, target: 'NE', members: ['HL', 'JL', 'LN'] };
    const l: SeverityLink[] = [
      { causeId: 'C4', indicator: 'income', direction: 1, reference: 'national' },
    ];
    const full = [
      obs('income', 'HL', 2024, 30_000),
      obs('income', 'JL', 2024, 33_000),
      obs('income', 'LN', 2024, 36_000),
      obs('income', 'CN', 2024, 40_000),
    ];
    const [c] = computeSeverity(['C4'], l, full, ne);
    // mean 33 000 → (40 000 − 33 000)/40 000 = 0.175
    expect(c!.severity).toBeCloseTo(0.175, 12);
    expect(c!.indicators[0]!.valueBasis).toBe('members-mean');
    const [missing] = computeSeverity(['C4'], l, full.slice(1), ne);
    expect(missing!.severity).toBeNull();
    expect(missing!.indicators[0]).toMatchObject({
      status: 'no-region-value',
      missingMembers: ['HL'],
    });
  });

  it('importing newer figures for the region alone leaves its severity unchanged', () => {
    const ne: SeverityRegions = { ...regions, target: 'NE', members: ['HL', 'JL', 'LN'] };
    const before = [...data, obs('income', 'JL', 2024, 33_000), obs('income', 'LN', 2024, 36_000)];
    const after = [
      ...before,
      obs('income', 'HL', 2025, 31_888),
      obs('income', 'JL', 2025, 32_100),
      obs('income', 'LN', 2025, 41_020),
      obs('growth', 'HL', 2025, 9),
      obs('growth', 'JL', 2025, 9),
      obs('growth', 'LN', 2025, 9),
    ];
    const ids = ['C4'];
    const [b] = computeSeverity(ids, links, before, ne);
    const [a] = computeSeverity(ids, links, after, ne);
    expect(a!.severity).toBe(b!.severity);
    expect(a!.indicators.map((g) => [g.year, g.newerRegionYear])).toEqual([
      [2024, 2025],
      [2024, 2025],
    ]);
  });
});

describe('foldSeverityIntoWeights', () => {
  it('multiplies by (1 + s) and rescales to the original total (hand-computed)', () => {
    // raw: A 1×1.5 = 1.5, B 1×1 = 1, C 2×1 = 2 → total 4.5, rescaled to 4.
    const out = foldSeverityIntoWeights({ A: 1, B: 1, C: 2 }, { A: 0.5, B: 0, C: null });
    expect(out.A).toBeCloseTo((1.5 * 4) / 4.5, 12);
    expect(out.B).toBeCloseTo(4 / 4.5, 12);
    expect(out.C).toBeCloseTo(8 / 4.5, 12);
    expect(Object.values(out).reduce((a, b) => a + b, 0)).toBeCloseTo(4, 12);
  });
  it('leaves all-zero weights alone', () => {
    expect(foldSeverityIntoWeights({ A: 0, B: 0 }, { A: 1, B: 1 })).toEqual({ A: 0, B: 0 });
  });
});
