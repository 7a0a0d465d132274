import type * as ScenarioInputModule from '../scenario-input';
import { describe, expect, it, vi } from 'vitest';
import { packagesResultSchema } from '../../../contract/domain';
import type { CliContext } from '../command';
import { packagesCommand } from './packages';

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

describe('packages command', () => {
  it('ranks an inline model and matches the contract schema', async () => {
    const r = await packagesCommand.run(ctx(handModel));
    expect(r.feasibleCount).toBe(6);
    expect(r.packages[0]!.measures).toEqual(['M1', 'M2']);
    expect(r.frontier.map((f) => f.measures.join('+'))).toEqual(['M1', 'M0+M1', 'M1+M2']);
    expect(packagesResultSchema.safeParse(r).success).toBe(true);
    expect(r.nondominated).toBeUndefined();
    const text = packagesCommand.format(r);
    expect(text).toContain('M1 + M2');
    expect(text).toContain('ties');
  });

  it('with weightInfo adds the non-dominated packages and core indices', async () => {
    const r = await packagesCommand.run(
      ctx({ ...handModel, weightInfo: { type: 'ordinal', ranking: [1, 0] } }),
    );
    expect(r.nondominated).toEqual([['M1', 'M2']]);
    expect(r.coreIndex).toEqual({ M0: 0, M1: 1, M2: 1 });
    expect(packagesCommand.format(r)).toContain('exterior');
  });

  it('no causes: the default scenario (all 7 packages, no budget)', async () => {
    const r = await packagesCommand.run(ctx(undefined));
    expect(r.feasibleCount).toBe(7);
    expect(r.packages[0]!.measures).toEqual(['M0', 'M1', 'M2']);
    const named = await packagesCommand.run(ctx({ scenario: 'x', top: 2 }));
    expect(named.scenario).toBe('x');
    expect(named.packages).toHaveLength(2);
  });

  it('names the offending field', async () => {
    await expect(
      packagesCommand.run(ctx({ ...handModel, measures: [{ id: 'M0', cost: 'x' }] })),
    ).rejects.toMatchObject({ field: 'measures[0].cost' });
    await expect(
      packagesCommand.run(ctx({ ...handModel, constraints: { requires: [['M0', 'M7']] } })),
    ).rejects.toMatchObject({ field: 'constraints.requires[0][1]' });
    await expect(
      packagesCommand.run(ctx({ ...handModel, weightInfo: { type: 'ordinal', ranking: [0, 0] } })),
    ).rejects.toMatchObject({ field: 'weightInfo.ranking[1]' });
  });
});
