import { describe, expect, it } from 'vitest';
import type { CliContext } from '../command';
import { ahpCommand } from './ahp';

const ctx = (input: unknown): CliContext => ({
  input,
  args: [],
  flags: {},
  dataDir: '/nonexistent',
});

describe('ahp command', () => {
  it('returns the documented contract fields for the 3×3 textbook matrix', async () => {
    const r = await ahpCommand.run(
      ctx({
        matrix: [
          [1, 3, 5],
          [1 / 3, 1, 3],
          [1 / 5, 1 / 3, 1],
        ],
      }),
    );
    if (r.kind !== 'matrix') throw new Error('expected one matrix');
    expect(r.weights[0]).toBeCloseTo(0.636985571745, 10);
    expect(r.lambdaMax).toBeCloseTo(3.038511090558, 10);
    expect(r.cr).toBeCloseTo(0.033199215998, 10);
    expect(r.inconsistent).toEqual([]);
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({
      method: 'eigenvector',
      riTable: expect.stringMatching(/Saaty/),
    });
    const text = ahpCommand.format(r);
    expect(text).toContain('CR = 0.033199');
    expect(text).toContain('Saaty (1980/2012)');
  });

  it('flags inconsistent judgements with Saaty-scale suggestions in the table', async () => {
    const r = await ahpCommand.run(
      ctx({
        matrix: [
          [1, 2, 1 / 7, 5],
          [1 / 2, 1, 5, 1 / 3],
          [7, 1 / 5, 1, 4],
          [1 / 5, 3, 1 / 4, 1],
        ],
      }),
    );
    if (r.kind !== 'matrix') throw new Error('expected one matrix');
    expect(r.inconsistent[0]).toEqual([1, 2]);
    expect(ahpCommand.format(r)).toMatch(/a\[1\]\[2\]\s+5\s+0\.849\s+1/);
  });

  it('groups: geometric mean of judges, then AHP', async () => {
    const r = await ahpCommand.run(
      ctx({
        matrices: [
          [
            [1, 2],
            [0.5, 1],
          ],
          [
            [1, 8],
            [0.125, 1],
          ],
        ],
      }),
    );
    if (r.kind !== 'group') throw new Error('expected a group');
    expect(r.aggregated).toBe(true);
    expect(r.weights[0]).toBeCloseTo(0.8, 12);
  });

  it('incomplete matrices use LLSM; bad input names the field', () => {
    expect(() =>
      ahpCommand.run(
        ctx({
          matrix: [
            [1, 'a'],
            [1, 1],
          ],
        }),
      ),
    ).toThrow(/^matrix\[0\]\[1\]: /);
    expect(() =>
      ahpCommand.run(
        ctx({
          matrix: [
            [1, 2],
            [0.2, 1],
          ],
        }),
      ),
    ).toThrow(/^matrix\[1\]\[0\]: must be the reciprocal/);
    expect(() => ahpCommand.run(ctx({ matrices: [[[1]]], judgeWeights: [-1] }))).toThrow(
      /^judgeWeights\[0\]: /,
    );
    expect(() => ahpCommand.run(ctx({}))).toThrow(/^matrix: /);
  });
});

describe('ahp command: options, groups and hierarchies', () => {
  const SAATY3 = [
    [1, 3, 5],
    [1 / 3, 1, 3],
    [1 / 5, 1 / 3, 1],
  ];

  it('prioritization and riTable are honoured and reported', async () => {
    const r = await ahpCommand.run(
      ctx({ matrix: SAATY3, prioritization: 'geometric-mean', riTable: 'alonso-lamata' }),
    );
    if (r.kind !== 'matrix') throw new Error('expected one matrix');
    expect(r.method).toBe('geometric-mean');
    expect(r.riTableId).toBe('alonso-lamata');
    expect(r.ri).toBe(0.5247);
    expect(ahpCommand.format(r)).toContain('Alonso & Lamata (2006)');
  });

  it('AIP: each judge’s weights and their mean', async () => {
    const r = await ahpCommand.run(
      ctx({
        matrices: [
          [
            [1, 4],
            [1 / 4, 1],
          ],
          [
            [1, 1],
            [1, 1],
          ],
        ],
        aggregation: 'aip',
      }),
    );
    if (r.kind !== 'group' || !('judges' in r)) throw new Error('expected AIP');
    expect(r.weights[0]).toBeCloseTo(0.65, 12);
    expect(r.judges).toHaveLength(2);
    expect(ahpCommand.format(r)).toContain('AIP');
  });

  it('a hierarchy of themes gives global = local × parent and a readable table', async () => {
    const r = await ahpCommand.run(
      ctx({
        hierarchy: {
          name: 'goal',
          matrix: [
            [1, 3],
            [1 / 3, 1],
          ],
          children: [
            {
              name: '经济与收入 economy and income',
              matrix: [
                [1, 4],
                [1 / 4, 1],
              ],
              children: [0, 2],
            },
            { name: '城市与社会 city and society', children: [1] },
          ],
        },
      }),
    );
    if (r.kind !== 'hierarchy') throw new Error('expected a hierarchy');
    expect(r.weights[0]).toBeCloseTo(0.75 * 0.8, 12);
    expect(r.weights[2]).toBeCloseTo(0.75 * 0.2, 12);
    expect(r.weights[1]).toBeCloseTo(0.25, 12);
    const text = ahpCommand.format(r);
    expect(text).toContain('经济与收入 economy and income');
    expect(text).toContain('global weight = local weight × parent global weight');
  });

  it('names the offending field inside a hierarchy', async () => {
    expect(() =>
      ahpCommand.run(
        ctx({
          hierarchy: {
            name: 'g',
            matrix: [
              [1, 1],
              [1, 1],
            ],
            children: [0, { name: 't', children: [1], weight: 2 }],
          },
        }),
      ),
    ).toThrow(/^hierarchy\.children\[1\]\.weight: is not a field/);
    expect(() => ahpCommand.run(ctx({ matrix: SAATY3, prioritization: 'power' }))).toThrow(
      /^prioritization: /,
    );
  });
});
