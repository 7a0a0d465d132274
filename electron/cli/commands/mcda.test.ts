import { describe, expect, it } from 'vitest';
import type { CliContext } from '../command';
import { mcdaCommand } from './mcda';

const ctx = (input: unknown): CliContext => ({
  input,
  args: [],
  flags: {},
  dataDir: '/nonexistent',
});
const PHONES = {
  matrix: [
    [250, 16, 12, 5],
    [200, 16, 8, 3],
    [300, 32, 16, 4],
    [275, 32, 8, 4],
    [225, 16, 16, 2],
  ],
  weights: [0.25, 0.25, 0.25, 0.25],
  types: [-1, 1, 1, 1],
};

describe('mcda command', () => {
  it('topsis: scores, ranking, dPlus and dMinus at the top level', async () => {
    const r = await mcdaCommand.run(ctx({ ...PHONES, method: 'topsis' }));
    expect(r.ranking).toEqual([3, 5, 1, 2, 4]);
    expect((r.scores as number[])[2]).toBeCloseTo(0.691632231268, 10);
    expect(r.dPlus).toHaveLength(5);
    expect(r.dMinus).toHaveLength(5);
    const text = mcdaCommand.format(r);
    expect(text).toContain('normalization: vector');
    expect(text).toContain('d+ 距正理想');
  });

  it('promethee2 flows and vikor conditions appear in JSON and text', async () => {
    const p = await mcdaCommand.run(
      ctx({
        method: 'promethee2',
        matrix: [
          [1, 3],
          [2, 2],
          [3, 1],
        ],
        weights: [0.6, 0.4],
        types: [1, 1],
      }),
    );
    expect((p.positive as number[])[2]).toBeCloseTo(0.6, 12);
    expect(mcdaCommand.format(p)).toContain('flowDivisor: n − 1');
    const v = await mcdaCommand.run(
      ctx({
        method: 'vikor',
        matrix: [
          [1, 3],
          [2, 2],
          [4, 0],
        ],
        weights: [0.6, 0.4],
        types: [1, 1],
        options: { v: 0.5 },
      }),
    );
    expect(v.Q).toEqual(v.scores);
    expect(v.compromiseSet).toEqual([2, 1]);
    expect(mcdaCommand.format(v)).toMatch(/compromise set: \{2, 1\}/);
  });

  it('bad fields are named first', () => {
    expect(() => mcdaCommand.run(ctx({ ...PHONES, method: 'electre' }))).toThrow(/^method: /);
    expect(() => mcdaCommand.run(ctx({ ...PHONES, method: 'wsm', types: [1, 0, 1, 1] }))).toThrow(
      /^types\[1\]: /,
    );
    expect(() => mcdaCommand.run(ctx({ ...PHONES, method: 'wsm', weights: [1, 1, 1] }))).toThrow(
      /^weights: must have 4 values/,
    );
    expect(() =>
      mcdaCommand.run(
        ctx({
          ...PHONES,
          method: 'promethee2',
          options: {
            preference: [
              { function: 'gaussian' },
              { function: 'usual' },
              { function: 'usual' },
              { function: 'usual' },
            ],
          },
        }),
      ),
    ).toThrow(/^options\.preference\[0\]\.s: is required/);
    expect(() =>
      mcdaCommand.run(ctx({ ...PHONES, method: 'wsm', matrix: [[1, 2, 3, 'x']] })),
    ).toThrow(/^matrix\[0\]\[3\]: /);
  });
});
