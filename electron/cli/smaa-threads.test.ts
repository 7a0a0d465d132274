import { describe, expect, it } from 'vitest';
import { SMAA_BLOCK_SIZE, runSmaa, type SmaaProblem } from '../../engine/robustness';
import { readThreads, runSmaaThreaded } from './smaa-threads';

const problem: SmaaProblem = {
  performance: Array.from({ length: 5 }, (_, i) =>
    Array.from({ length: 3 }, (_, j) => ({
      dist: 'triangular' as const,
      min: (i + j) % 4,
      mode: ((i + j) % 4) + 0.5,
      max: ((i + j) % 4) + 1,
    })),
  ),
  types: [1, -1, 1],
  samples: 3 * SMAA_BLOCK_SIZE + 123,
  seed: 42,
};

describe('smaa over worker threads', () => {
  it('the same seed gives identical output for 1, 2 and 4 threads', async () => {
    const single = runSmaa(problem);
    for (const threads of [1, 2, 4]) {
      expect(await runSmaaThreaded(problem, threads)).toEqual(single);
    }
  }, 60_000);

  it('reads --threads strictly', () => {
    expect(readThreads(undefined)).toBe(1);
    expect(readThreads('3')).toBe(3);
    expect(readThreads('auto')).toBeGreaterThanOrEqual(1);
    expect(() => readThreads('0')).toThrow(/^--threads: must be an integer from 1 to 64/);
    expect(() => readThreads(true)).toThrow(/^--threads/);
  });
});
