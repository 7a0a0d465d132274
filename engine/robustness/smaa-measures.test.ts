import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileValueFunction, evaluateValue } from '../mcda/value-function';
import { type BlockPass, blockCount, mergeBlocks, runBlock, SMAA_BLOCK_SIZE } from './blocks';
import { prepareSmaa, runSmaa, type SmaaProblem } from './smaa';
import { MAX_SMAA_ALTERNATIVES } from './smaa-problem';

const within = (x: number, expected: number, se: number) =>
  expect(Math.abs(x - expected)).toBeLessThan(4 * se + 1e-12);

describe('pairwise winning index', () => {
  it('two alternatives, closed form: P(w1 > 6/13) = 7/13 under uniform weights', () => {
    // u0 = w1, u1 = 0.3 w1 + 0.6 (1 − w1): alternative 0 wins iff 1.3 w1 > 0.6.
    const N = 40_000;
    const r = runSmaa({
      matrix: [
        [1, 0],
        [0.3, 0.6],
      ],
      types: [1, 1],
      scales: [
        [0, 1],
        [0, 1],
      ],
      samples: N,
      seed: 3,
    });
    const p = r.pairwiseWinning[0]![1]!;
    const se = Math.sqrt(((7 / 13) * (6 / 13)) / N);
    within(p, 7 / 13, se);
    expect(r.pairwiseWinning[1]![0]).toBeCloseTo(1 - p, 12);
    expect(r.pairwiseWinning[0]![0]).toBeNull();
    expect(r.pairwiseWinningSE[0]![1]).toBeCloseTo(Math.sqrt((p * (1 - p)) / N), 15);
    // With two alternatives, winning the pair is being first.
    expect(r.rankAcceptability[0]![0]).toBeCloseTo(p, 12);
  });

  it('uncertain performance: P(U(0,1) beats U(0.5,1.5)) = 1/8, with its binomial SE', () => {
    const N = 40_000;
    const r = runSmaa({
      performance: [
        [{ dist: 'uniform', min: 0, max: 1 }],
        [{ dist: 'uniform', min: 0.5, max: 1.5 }],
      ],
      types: [1],
      samples: N,
      seed: 11,
    });
    within(r.pairwiseWinning[0]![1]!, 1 / 8, Math.sqrt(((1 / 8) * (7 / 8)) / N));
    expect(r.pairwiseWinning[0]![1]! + r.pairwiseWinning[1]![0]!).toBeCloseTo(1, 12);
  });

  it('ties count half to each side', () => {
    const r = runSmaa({ matrix: [[2], [2], [1]], types: [1], samples: 50, seed: 1 });
    expect(r.pairwiseWinning[0]![1]).toBe(0.5);
    expect(r.pairwiseWinning[0]![2]).toBe(1);
    expect(r.pairwiseWinningSE[0]![2]).toBe(0);
  });
});

describe('standard errors', () => {
  it('every share carries √(p(1−p)/N); central weights carry sd/√(count)', () => {
    const N = 5000;
    const r = runSmaa({
      matrix: [
        [1, 0],
        [0, 1],
        [0.6, 0.6],
      ],
      types: [1, 1],
      samples: N,
      seed: 5,
    });
    r.rankAcceptability.forEach((row, i) =>
      row.forEach((p, k) =>
        expect(r.rankAcceptabilitySE[i]![k]).toBeCloseTo(Math.sqrt((p * (1 - p)) / N), 15),
      ),
    );
    // Alternative 0 is first when w1 > 0.6: w1 is then U(0.6, 1), sd 0.4/√12.
    const first = r.rankAcceptability[0]![0]! * N;
    within(r.centralWeightsSE[0]![0]!, 0.4 / Math.sqrt(12) / Math.sqrt(first), 0.002);
    // Exact values: one evaluation decides each confidence factor, so its SE is 0.
    expect(r.confidenceSE).toEqual([0, 0, 0]);
    expect(r.standardErrors).toMatch(/√\(p\(1−p\)\/N\)/);
  });
});

describe('value functions', () => {
  const piecewise = compileValueFunction(
    {
      type: 'piecewise',
      breakpoints: [
        [0, 0],
        [10, 0.6],
        [20, 0.9],
        [40, 1],
      ],
    },
    true,
    [0, 0],
    'valueFunctions[0]',
  );

  it('a piecewise function takes its values at the breakpoints and is linear between them', () => {
    expect([0, 10, 20, 40].map((x) => evaluateValue(piecewise, x))).toEqual([0, 0.6, 0.9, 1]);
    expect(evaluateValue(piecewise, 5)).toBeCloseTo(0.3, 15);
    expect(evaluateValue(piecewise, 30)).toBeCloseTo(0.95, 15);
    // Outside: the end segments extend, unless clipped.
    expect(evaluateValue(piecewise, 50)).toBeCloseTo(1.05, 15);
    expect(evaluateValue(piecewise, -5)).toBeCloseTo(-0.3, 15);
    const clipped = { ...piecewise, clip: true };
    expect(evaluateValue(clipped, 50)).toBe(1);
    expect(evaluateValue(clipped, -5)).toBe(0);
  });

  it('linear with clip holds the scale ends; a cost criterion reverses', () => {
    const cost = compileValueFunction({ type: 'linear', clip: true }, false, [2, 4], 'vf');
    expect(evaluateValue(cost, 2)).toBe(1);
    expect(evaluateValue(cost, 3)).toBe(0.5);
    expect(evaluateValue(cost, 9)).toBe(0);
    const free = compileValueFunction({ type: 'linear' }, false, [2, 4], 'vf');
    expect(evaluateValue(free, 5)).toBe(-0.5);
  });

  it('SMAA uses the value functions: fixed weights give the piecewise utilities', () => {
    // Criterion 0 piecewise as above, criterion 1 linear on [0, 1]; w = (0.5, 0.5).
    // u0 = 0.5·0.6 + 0.5·0 = 0.3; u1 = 0.5·0.95 + 0.5·0.2 = 0.575 → alternative 1 first.
    const r = runSmaa({
      matrix: [
        [10, 0],
        [30, 0.2],
      ],
      types: [1, 1],
      scales: [
        [0, 40],
        [0, 1],
      ],
      valueFunctions: [
        {
          type: 'piecewise',
          breakpoints: [
            [0, 0],
            [10, 0.6],
            [20, 0.9],
            [40, 1],
          ],
        },
        null,
      ],
      weightInfo: { type: 'fixed', weights: [1, 3] },
      samples: 10,
      seed: 1,
    });
    // With weights (0.25, 0.75): u0 = 0.15, u1 = 0.2375 + 0.15 = 0.3875.
    expect(r.rankAcceptability[1]![0]).toBe(1);
    expect(r.valueFunctions[0]).toMatch(/piecewise/);
    expect(r.scales[0]).toEqual([0, 40]);
  });

  it('refuses a piecewise function on a cost criterion, naming types[j]', () => {
    expect(() =>
      runSmaa({
        matrix: [[1], [2]],
        types: [-1],
        valueFunctions: [
          {
            type: 'piecewise',
            breakpoints: [
              [0, 1],
              [2, 0],
            ],
          },
        ],
        samples: 10,
        seed: 1,
      }),
    ).toThrow(/^types\[0\]: must be 1 for a criterion with a piecewise value function/);
  });
});

describe('given samples (re-running a published study)', () => {
  it('weight samples: the rank acceptabilities are exact counts over the given weights', () => {
    const weightSamples = [
      [0.9, 0.1],
      [0.2, 0.8],
      [0.7, 0.3],
      [1, 3], // normalised to 0.25, 0.75
    ];
    const r = runSmaa({
      matrix: [
        [1, 0],
        [0, 1],
      ],
      types: [1, 1],
      weightSamples,
      seed: 1,
    });
    expect(r.samples).toBe(4);
    expect(r.rankAcceptability[0]).toEqual([0.5, 0.5]);
    expect(r.centralWeights[0]![0]).toBeCloseTo(0.8, 12);
    expect(r.centralWeights[1]![1]).toBeCloseTo(0.775, 12);
    expect(r.weightSampling).toMatch(/given weight samples/);
  });

  it('performance samples: each sample is one alternatives × criteria table, also for confidence', () => {
    const r = runSmaa({
      performanceSamples: [
        [[1], [2]],
        [[3], [2]],
        [[5], [0]],
      ],
      types: [1],
      seed: 1,
    });
    expect(r.rankAcceptability[0]).toEqual([2 / 3, 1 / 3]);
    expect(r.confidence[0]).toBeCloseTo(2 / 3, 15);
    expect(r.scales).toEqual([[0, 5]]);
    expect(() => runSmaa({ performanceSamples: [[[1]], [[1], [2]]], types: [1], seed: 1 })).toThrow(
      /^performanceSamples\[1\]: must be 1 × 1/,
    );
    expect(() =>
      runSmaa({ matrix: [[1]], types: [1], weightSamples: [[1]], samples: 2, seed: 1 }),
    ).toThrow(/^samples: must equal the number of weightSamples \(1\)/);
  });
});

describe('reproducible whatever the split', () => {
  const problems = fc.record({
    n: fc.integer({ min: 2, max: 6 }),
    m: fc.integer({ min: 1, max: 4 }),
    seed: fc.nat(),
    stochastic: fc.boolean(),
    samples: fc.integer({ min: 1, max: 3 * SMAA_BLOCK_SIZE + 7 }),
  });

  function input(p: {
    n: number;
    m: number;
    seed: number;
    stochastic: boolean;
    samples: number;
  }): SmaaProblem {
    const cell = (i: number, j: number) => ((i * 7 + j * 3) % 5) / 4;
    return p.stochastic
      ? {
          performance: Array.from({ length: p.n }, (_, i) =>
            Array.from({ length: p.m }, (_, j) => ({
              dist: 'triangular' as const,
              min: cell(i, j),
              mode: cell(i, j) + 0.2,
              max: cell(i, j) + 0.5,
            })),
          ),
          types: Array.from({ length: p.m }, (_, j) => (j % 2 === 0 ? 1 : -1)),
          samples: p.samples,
          seed: p.seed,
        }
      : {
          matrix: Array.from({ length: p.n }, (_, i) =>
            Array.from({ length: p.m }, (_, j) => cell(i, j)),
          ),
          types: Array.from({ length: p.m }, () => 1),
          samples: p.samples,
          seed: p.seed,
        };
  }

  /** Blocks dealt to `threads` lanes round-robin and run last-first, merged in block order. */
  function runInLanes(problem: SmaaProblem, threads: number) {
    const s = prepareSmaa(problem);
    const blocks = blockCount(s.problem.samples);
    const run = <P>(makePass: () => BlockPass<P>) => {
      const partials: P[] = new Array(blocks);
      for (let lane = threads - 1; lane >= 0; lane--) {
        const pass = makePass(); // each lane (thread) has its own scratch
        for (let b = blocks - 1; b >= 0; b--)
          if (b % threads === lane) partials[b] = runBlock(pass, b);
      }
      return mergeBlocks(makePass(), partials);
    };
    const sums = run(s.mainPass);
    const central = s.central(sums);
    const conf = s.exactConfidence
      ? s.exactConfidence(central)
      : run(() => s.confidencePass(central));
    return s.finish(sums, conf);
  }

  it('1, 2 and 4 threads (lanes of blocks) and any progress chunking give identical output', () => {
    fc.assert(
      fc.property(problems, (p) => {
        const problem = input(p);
        const single = runSmaa(problem, { progressEvery: 777 });
        expect(runSmaa(problem)).toEqual(single);
        for (const threads of [1, 2, 4]) expect(runInLanes(problem, threads)).toEqual(single);
      }),
      { numRuns: 12 },
    );
  });
});

describe('size limits', () => {
  it('refuses more than the stated number of alternatives before allocating n × n', () => {
    const matrix = Array.from({ length: 200_000 }, (_, i) => [i % 7]);
    expect(() => runSmaa({ matrix, types: [1], samples: 10, seed: 1 })).toThrow(
      new RegExp(
        `^matrix: SMAA accepts at most ${MAX_SMAA_ALTERNATIVES} alternatives \\(got 200000\\)`,
      ),
    );
  });

  it('refuses a run whose work exceeds the budget, naming samples', () => {
    const performance = Array.from({ length: 900 }, () =>
      Array.from({ length: 12 }, () => ({ dist: 'uniform' as const, min: 0, max: 1 })),
    );
    expect(() =>
      runSmaa({ performance, types: Array(12).fill(1), samples: 100_000, seed: 1 }),
    ).toThrow(/^samples: 100000 samples of 900 alternatives × 12 criteria need about/);
  });
});
