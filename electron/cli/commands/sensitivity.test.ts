import type * as ScenarioInputModule from '../scenario-input';
import { describe, expect, it, vi } from 'vitest';
import type { CliContext } from '../command';
import { sensitivityCommand } from './sensitivity';

// The hand-worked model of engine/packages/rank.test.ts: best {M1, M2} (0.54), budget 5.
const handModel = {
  causes: [
    { id: 'C0', weight: 3 },
    { id: 'C1', weight: 2 },
  ],
  measures: [
    { id: 'M0', cost: 2 },
    { id: 'M1', cost: 1 },
    { id: 'M2', cost: 3 },
  ],
  impacts: { M0: { C0: 0.5 }, M1: { C0: 0.5, C1: 0.2 }, M2: { C1: 0.5 } },
  constraints: { budget: 5 },
};

// The scenario path opens the database; here it serves the hand model (without a budget).
vi.mock('../scenario-input', async (importOriginal) => ({
  ...(await importOriginal<typeof ScenarioInputModule>()),
  loadScenario: vi.fn(async (_dir: string, name?: string) => {
    if (name === 'missing') throw new Error('unknown scenario');
    return { scenario: {}, model: { ...handModel, constraints: {} } };
  }),
}));

const ctx = (input: unknown): CliContext => ({ input, args: [], flags: {}, dataDir: '/none' });

describe('sensitivity command', () => {
  it('decision model: the cause weight ranges (hand-worked 8/13)', async () => {
    const r = await sensitivityCommand.run(ctx(handModel));
    if (r.kind !== 'packages') throw new Error('expected packages');
    expect(r.criteria[0]!.upper).toBeCloseTo(8 / 13, 12);
    expect(sensitivityCommand.format(r)).toContain('M1 + M2');
  });

  it('plain matrix and weights', async () => {
    const r = await sensitivityCommand.run(
      ctx({
        matrix: [
          [1, 0],
          [0, 1],
        ],
        weights: [0.6, 0.4],
      }),
    );
    if (r.kind !== 'matrix') throw new Error('expected matrix');
    expect(r.best).toBe(0);
    expect(r.criteria[0]!.lower).toBeCloseTo(0.5, 12);
    expect(r.criteria[1]!.upper).toBeCloseTo(0.5, 12);
    expect(sensitivityCommand.format(r)).toContain('#0');
    await expect(
      sensitivityCommand.run(ctx({ matrix: [[1, 0]], weights: ['a'] })),
    ).rejects.toMatchObject({ field: 'weights[0]' });
  });
});
