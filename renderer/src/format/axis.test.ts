import { describe, expect, it } from 'vitest';
import { roundAxis } from './axis';

describe('roundAxis', () => {
  it('puts the gap chart on round ticks with room for the labels, decimals only for small steps', () => {
    // Liaoning −25.7 %, Heilongjiang −62.5 %, Jilin −67.3 %: −67.3 × 1.35 = −90.9.
    expect(roundAxis([-25.7, -62.5, -67.3, -51.8], 1.35, 4)).toMatchObject({
      ticks: [-100, -75, -50, -25, 0],
      decimals: 0,
    });
    expect(roundAxis([-3, 12], 1.35, 4)).toMatchObject({ ticks: [-10, 0, 10, 20], decimals: 0 });
    expect(roundAxis([0.5, 0.2], 1.35, 4)).toMatchObject({
      ticks: [0, 0.2, 0.4, 0.6, 0.8],
      decimals: 1,
    });
  });

  it('starts at zero and ends on a round number above the largest value', () => {
    // Package costs up to 250 (亿元) and values up to 0.594: not recharts' 65 and 0.15 steps.
    expect(roundAxis([50, 240, 250])).toEqual({
      ticks: [0, 50, 100, 150, 200, 250],
      domain: [0, 250],
      decimals: 0,
    });
    expect(roundAxis([0.15, 0.594])).toMatchObject({ ticks: [0, 0.2, 0.4, 0.6], decimals: 1 });
    expect(roundAxis([0.05, 0.2, 0.13])).toMatchObject({
      ticks: [0, 0.05, 0.1, 0.15, 0.2],
      decimals: 2,
    });
    expect(roundAxis([])).toMatchObject({ domain: [0, 0] });
  });
});
