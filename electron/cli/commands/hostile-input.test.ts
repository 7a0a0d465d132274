/**
 * Hostile and careless input to the engine commands: every case is a clear refusal naming the
 * field (exit 1) or an answer, never a hang, an internal error or a silently ignored key.
 */
import { describe, expect, it, vi } from 'vitest';
import { errorLine } from '../main';
import type { CliContext } from '../command';
import { ahpCommand } from './ahp';
import { mcdaCommand } from './mcda';
import { packagesCommand } from './packages';
import { sensitivityCommand } from './sensitivity';
import { smaaCommand } from './smaa';
import { weightsCommand } from './weights';

vi.mock('../scenario-input', () => ({
  loadScenarioDecisionModel: vi.fn(async () => {
    throw new Error('no database in this test');
  }),
}));

const ctx = (input: unknown): CliContext => ({ input, args: [], flags: {}, dataDir: '/none' });

/** The exit code and stderr line main.ts would produce for this failure. */
async function refusal(run: () => unknown): Promise<{ line: string; exitCode: number }> {
  try {
    await run();
  } catch (error) {
    return errorLine(error);
  }
  throw new Error('expected a refusal');
}

const twoMeasures = (cost: number) => ({
  causes: [{ id: 'C0', weight: 1 }],
  measures: [
    { id: 'M0', cost },
    { id: 'M1', cost },
  ],
  impacts: { M0: { C0: 0.5 }, M1: { C0: 0.3 } },
});

describe('hostile input to the engine commands', () => {
  it('packages: costs of 1e308 are refused at once, naming the field and the cap', async () => {
    const r = await refusal(() => packagesCommand.run(ctx(twoMeasures(1e308))));
    expect(r.exitCode).toBe(1);
    expect(r.line).toMatch(/^error: measures\[0\]\.cost: must be at most 1000000000/);
    const ok = await packagesCommand.run(
      ctx({ ...twoMeasures(1e9), constraints: { budget: 1e308 } }),
    );
    expect(ok.packages[0]!.cost).toBe(2e9);
    for (const f of ok.frontier)
      expect(Number.isFinite(f.value) && Number.isFinite(f.cost)).toBe(true);
  });

  it('every input object is strict: an unknown key is exit 1 naming it', async () => {
    const cases: [() => unknown, RegExp][] = [
      [
        () =>
          sensitivityCommand.run(
            ctx({
              matrix: [
                [1, 2],
                [2, 1],
              ],
              weights: [1, 1],
              types: [1, -1],
            }),
          ),
        /^error: types: 未知字段 \/ unknown field/,
      ],
      [() => packagesCommand.run(ctx({ ...twoMeasures(1), budget: 3 })), /^error: budget: /],
      [
        () => packagesCommand.run(ctx({ ...twoMeasures(1), constraints: { budjet: 3 } })),
        /^error: constraints\.budjet: /,
      ],
      [
        () =>
          mcdaCommand.run(
            ctx({ method: 'wsm', matrix: [[1]], weights: [1], types: [1], normalisation: 'sum' }),
          ),
        /^error: normalisation: /,
      ],
      [
        () => weightsCommand.run(ctx({ method: 'direct', points: [1], ranking: [0] })),
        /^error: ranking: /,
      ],
      [() => ahpCommand.run(ctx({ matrix: [[1]], ri: 'saaty' })), /^error: ri: /],
      [
        () => smaaCommand.run(ctx({ matrix: [[1]], types: [1], weightinfo: { type: 'uniform' } })),
        /^error: weightinfo: /,
      ],
      [
        () =>
          smaaCommand.run(
            ctx({ performance: [[{ dist: 'uniform', min: 0, max: 1, mode: 0.5 }]], types: [1] }),
          ),
        /^error: performance\[0\]\[0\]\.mode: is not a parameter of "uniform"/,
      ],
      [
        () =>
          smaaCommand.run(
            ctx({ matrix: [[1]], types: [1], weightInfo: { type: 'uniform', sets: [] } }),
          ),
        /^error: weightInfo\.sets: /,
      ],
    ];
    for (const [run, line] of cases) {
      const r = await refusal(run);
      expect(r.exitCode).toBe(1);
      expect(r.line).toMatch(line);
    }
  });

  it('weights direct [1e308, 1e308] gives [0.5, 0.5]', async () => {
    const r = await weightsCommand.run(ctx({ method: 'direct', points: [1e308, 1e308] }));
    expect(r.weights).toEqual([0.5, 0.5]);
  });

  it('mcda: 130,000 rows rank without a stack overflow, in JSON and as a table', async () => {
    const matrix = Array.from({ length: 130_000 }, (_, i) => [1 + (i % 101), 1 + (i % 37)]);
    for (const method of ['topsis', 'vikor']) {
      const r = await mcdaCommand.run(ctx({ method, matrix, weights: [0.5, 0.5], types: [1, -1] }));
      expect(r.ranking).toHaveLength(130_000);
      expect(mcdaCommand.format(r).length).toBeGreaterThan(130_000);
    }
  });

  it('smaa: 200,000 alternatives are refused with the stated limit, not allocated', async () => {
    const matrix = Array.from({ length: 200_000 }, () => [1]);
    const r = await refusal(() => smaaCommand.run(ctx({ matrix, types: [1], samples: 10 })));
    expect(r.exitCode).toBe(1);
    expect(r.line).toMatch(/^error: matrix: SMAA accepts at most 1000 alternatives \(got 200000\)/);
  });

  it('criterion rankings use one 0-based rule in weights, smaa and packages', async () => {
    const roc = await weightsCommand.run(ctx({ method: 'roc', ranking: [1, 0, 2] }));
    expect(roc.weights[1]).toBeGreaterThan(roc.weights[0]!);
    const model = {
      causes: [
        { id: 'C0', weight: 1 },
        { id: 'C1', weight: 1 },
        { id: 'C2', weight: 1 },
      ],
      measures: [{ id: 'M0', cost: 1 }],
      impacts: { M0: { C0: 0.5 } },
    };
    const oneBased = [2, 1, 3];
    const runs: (() => unknown)[] = [
      () => weightsCommand.run(ctx({ method: 'roc', ranking: oneBased })),
      () =>
        smaaCommand.run(
          ctx({ ...model, samples: 10, weightInfo: { type: 'ordinal', ranking: oneBased } }),
        ),
      () =>
        packagesCommand.run(ctx({ ...model, weightInfo: { type: 'ordinal', ranking: oneBased } })),
      () =>
        smaaCommand.run(
          ctx({
            matrix: [[1, 2, 3]],
            types: [1, 1, 1],
            samples: 10,
            weightInfo: { type: 'ordinal', ranking: oneBased },
          }),
        ),
    ];
    for (const run of runs) {
      const r = await refusal(run);
      expect(r.exitCode).toBe(1);
      expect(r.line).toMatch(
        /ranking\[2\]: must be a criterion index 0\.\.2 \(0-based; got 3\); this looks 1-based/,
      );
    }
  });
});
