import { niceTicks } from '../../../report-view/svg-scale';

export interface RoundAxis {
  ticks: number[];
  domain: [number, number];
  /** Decimals that print every tick exactly (0.25 → 2, 0.2 → 1, 25 → 0). */
  decimals: number;
}

/**
 * A chart axis over zero and every value, on round-numbered ticks (0, 50, 100 …; 0.05, 0.1 …),
 * rather than recharts' own, which can step by 65 or 0.055. `room` widens the range on each side
 * (1.35: a third more, for value labels at the end of a bar); `count` is about how many steps.
 */
export function roundAxis(values: readonly number[], room = 1, count = 5): RoundAxis {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const ticks = niceTicks(lo * room, hi * room, count);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  let decimals = 0;
  while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-6)
    decimals++;
  return { ticks, domain: [ticks[0]!, ticks[ticks.length - 1]!], decimals };
}
