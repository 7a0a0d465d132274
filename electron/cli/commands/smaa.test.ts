import type * as ScenarioInputModule from '../scenario-input';
import { describe, expect, it, vi } from 'vitest';
import { exampleSmaaModel } from '../../../engine/robustness';
import type { CliContext } from '../command';
import { smaaCommand } from './smaa';

// The scenario path opens the database; here it returns the inline 7 × 8 model instead, saved
// with its own robustness setting (seed 7, 2,000 samples, ordinal weights).
vi.mock('../scenario-input', async (importOriginal) => ({
  ...(await importOriginal<typeof ScenarioInputModule>()),
  loadScenario: vi.fn(async (_dir: string, name?: string) => {
    if (name === 'missing') throw new Error('unknown scenario');
    const model = exampleSmaaModel();
    const scenario = {
      causes: model.causes,
      analysis: { uncertainty: 'ordinal', width: 0.2, samples: 2000, seed: 7 },
      stakeholders: [],
    };
    return { scenario, model };
  }),
}));

const ctx = (input: unknown): CliContext => ({
  input,
  args: [],
  flags: {},
  dataDir: '/nonexistent',
});

describe('smaa command', () => {
  it('plain matrix: SMAA-2 measures, defaults reported, readable table', async () => {
    const r = await smaaCommand.run(
      ctx({
        matrix: [
          [1, 0],
          [0, 1],
          [0.6, 0.6],
        ],
        types: [1, 1],
      }),
    );
    if (r.mode !== 'plain') throw new Error('expected plain mode');
    expect(r.samples).toBe(10_000);
    expect(r.seed).toBe(1);
    expect(Math.abs(r.rankAcceptability[2]![0]! - 0.2)).toBeLessThan(0.015);
    expect(r.confidence).toEqual([1, 1, 1]);
    const text = smaaCommand.format(r);
    expect(text).toContain('Seed: 1');
    expect(text).toContain('置信因子 Confidence');
    expect(text).toContain('ties');
  });

  it('plain performance cells with intervals on the weights', async () => {
    const r = await smaaCommand.run(
      ctx({
        performance: [
          [
            { dist: 'normal', mean: 1, sd: 0.1 },
            { dist: 'exact', value: 0 },
          ],
          [
            { dist: 'exact', value: 0 },
            { dist: 'triangular', min: 0.8, mode: 1, max: 1.2 },
          ],
        ],
        types: [1, 1],
        weightInfo: {
          type: 'intervals',
          bounds: [
            [0.7, 1],
            [0, 0.3],
          ],
        },
        samples: 2000,
        seed: 3,
      }),
    );
    if (r.mode !== 'plain') throw new Error('expected plain mode');
    // w1 ≥ 0.7 and both performances near 1: alternative 0 is (almost) always first.
    expect(r.rankAcceptability[0]![0]).toBeGreaterThan(0.99);
    expect(r.centralWeights[0]![0]).toBeGreaterThanOrEqual(0.7);
  });

  it('decision model: per-package acceptabilities and core shares', async () => {
    const r = await smaaCommand.run(
      ctx({
        causes: [
          { id: 'brain', weight: 1 },
          { id: 'wage', weight: 1 },
        ],
        measures: [
          { id: 'housing', cost: 1 },
          { id: 'jobs', cost: 1 },
        ],
        impacts: { housing: { brain: 0.5 }, jobs: { wage: 0.5 } },
        constraints: { budget: 1 },
        samples: 4000,
        seed: 2,
      }),
    );
    if (r.mode !== 'packages') throw new Error('expected package mode');
    expect(r.feasibleCount).toBe(2);
    expect(r.packages).toHaveLength(2);
    for (const p of r.packages) expect(Math.abs(p.pBest - 0.5)).toBeLessThan(0.04);
    expect(r.coreShare.housing! + r.coreShare.jobs!).toBeCloseTo(1, 12);
    const text = smaaCommand.format(r);
    expect(text).toContain('核心比例');
    expect(text).toContain('Seed: 2');
  });

  it('no model and no matrix: the saved scenario with its own weight basis, samples and seed', async () => {
    const r = await smaaCommand.run(ctx({ top: 3 }));
    if (r.mode !== 'packages') throw new Error('expected package mode');
    expect(r.feasibleCount).toBe(127);
    expect(r.top).toBe(3);
    expect([r.samples, r.seed]).toEqual([2000, 7]);
    expect(r.basis).toMatchObject({ from: 'scenario', type: 'ordinal' });
    expect(r.weightSampling).toMatch(/ordinal/);
    expect(smaaCommand.format(r)).toContain("the scenario's setting");
    // The input overrides any of them, and the output says the basis came from the input.
    const over = await smaaCommand.run(
      ctx({ samples: 500, seed: 3, weightInfo: { type: 'uniform' } }),
    );
    if (over.mode !== 'packages') throw new Error('expected package mode');
    expect([over.samples, over.seed, over.basis?.from]).toEqual([500, 3, 'input']);
    // --scenario NAME is the input's "scenario"; the two must agree.
    await expect(
      smaaCommand.run({ ...ctx({ scenario: 'a' }), flags: { scenario: 'b' } }),
    ).rejects.toMatchObject({ field: 'scenario' });
  });

  it('bad input names the field', async () => {
    await expect(smaaCommand.run(ctx({ matrix: [[1]], types: [2] }))).rejects.toThrow(/types\[0\]/);
    await expect(
      smaaCommand.run(ctx({ matrix: [[1]], types: [1], weightInfo: { type: 'ordinal' } })),
    ).rejects.toThrow(/weightInfo\.ranking/);
    await expect(
      smaaCommand.run(ctx({ performance: [[{ dist: 'normal', mean: 0 }]], types: [1] })),
    ).rejects.toThrow(/performance\[0\]\[0\]\.sd/);
    await expect(
      smaaCommand.run(
        ctx({
          causes: [{ id: 'a', weight: 1 }],
          measures: [{ id: 'm', cost: 1 }],
          impacts: { x: {} },
        }),
      ),
    ).rejects.toThrow(/impacts\.x/);
    await expect(smaaCommand.run(ctx({ samples: 0 }))).rejects.toThrow(/samples/);
  });
});
