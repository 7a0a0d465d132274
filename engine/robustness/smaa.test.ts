import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runSmaa, runSmaaAsync, type SmaaProblem } from './smaa';
import { SmaaCancelledError } from './smaa-run';

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

/** Small integer matrices (ties happen) with random types, for the invariants. */
const problems = fc
  .record({ n: fc.integer({ min: 1, max: 5 }), m: fc.integer({ min: 1, max: 4 }) })
  .chain(({ n, m }) =>
    fc.record({
      matrix: fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: m, maxLength: m }), {
        minLength: n,
        maxLength: n,
      }),
      types: fc.array(fc.constantFrom(1, -1), { minLength: m, maxLength: m }),
      seed: fc.nat(),
    }),
  );

describe('plain SMAA-2, hand-computed cases', () => {
  it('three alternatives on two criteria: acceptabilities and central weights', () => {
    // u0 = w1, u1 = w2 = 1 − w1, u2 = 0.6. Alt 0 first when w1 > 0.6 (p 0.4), alt 2 when
    // 0.4 < w1 < 0.6 (p 0.2), alt 1 when w1 < 0.4 (p 0.4); w1 ~ U(0, 1) on the 2-simplex.
    const r = runSmaa({
      matrix: [
        [1, 0],
        [0, 1],
        [0.6, 0.6],
      ],
      types: [1, 1],
      samples: 40_000,
      seed: 1,
    });
    const tol = 0.01;
    const expected = [
      [0.4, 0.1, 0.5],
      [0.4, 0.1, 0.5],
      [0.2, 0.8, 0],
    ];
    r.rankAcceptability.forEach((row, i) =>
      row.forEach((a, k) => expect(Math.abs(a - expected[i]![k]!)).toBeLessThan(tol)),
    );
    expect(r.centralWeights[0]![0]).toBeCloseTo(0.8, 2);
    expect(r.centralWeights[2]![0]).toBeCloseTo(0.5, 2);
    expect(r.confidence).toEqual([1, 1, 1]);
    expect(r.scales).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('uniform performance: P(U(0,1) beats U(0.5,1.5)) = 1/8', () => {
    const r = runSmaa({
      performance: [
        [{ dist: 'uniform', min: 0, max: 1 }],
        [{ dist: 'uniform', min: 0.5, max: 1.5 }],
      ],
      types: [1],
      samples: 40_000,
      seed: 9,
    });
    expect(Math.abs(r.rankAcceptability[0]![0]! - 0.125)).toBeLessThan(0.006);
    // One criterion: the central weight is (1) and the confidence is the same probability.
    expect(r.centralWeights[0]).toEqual([1]);
    expect(Math.abs(r.confidence[0]! - 0.125)).toBeLessThan(0.006);
    expect(r.scales).toEqual([[0, 1.5]]);
  });

  it('a cost criterion reverses the order; a never-first alternative has null central weights', () => {
    const r = runSmaa({ matrix: [[3], [5]], types: [-1], samples: 100, seed: 1 });
    expect(r.rankAcceptability).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(r.centralWeights).toEqual([[1], null]);
    expect(r.confidence).toEqual([1, null]);
  });

  it('exact ties split the ranks equally', () => {
    const r = runSmaa({ matrix: [[2], [2], [1]], types: [1], samples: 10, seed: 1 });
    expect(r.rankAcceptability).toEqual([
      [0.5, 0.5, 0],
      [0.5, 0.5, 0],
      [0, 0, 1],
    ]);
    expect(r.confidence).toEqual([0.5, 0.5, null]);
  });

  it('given scales change the trade-off (a wide scale shrinks a criterion)', () => {
    // u0 = w1·1/10, u1 = w2·1/1: alt 0 first only when w1/10 > w2, i.e. w1 > 10/11.
    const r = runSmaa({
      matrix: [
        [1, 0],
        [0, 1],
      ],
      types: [1, 1],
      scales: [
        [0, 10],
        [0, 1],
      ],
      samples: 40_000,
      seed: 2,
    });
    expect(Math.abs(r.rankAcceptability[0]![0]! - 1 / 11)).toBeLessThan(0.01);
  });
});

describe('plain SMAA-2, invariants (fast-check)', () => {
  it('every rank column and every alternative row sums to 1', () => {
    fc.assert(
      fc.property(problems, ({ matrix, types, seed }) => {
        const r = runSmaa({ matrix, types, samples: 200, seed });
        const n = matrix.length;
        for (let i = 0; i < n; i++) expect(sum(r.rankAcceptability[i]!)).toBeCloseTo(1, 9);
        for (let k = 0; k < n; k++)
          expect(sum(r.rankAcceptability.map((row) => row[k]!))).toBeCloseTo(1, 9);
        for (const w of r.centralWeights) if (w) expect(sum(w)).toBeCloseTo(1, 9);
      }),
      { numRuns: 60 },
    );
  });

  it('the same seed gives an identical result', () => {
    fc.assert(
      fc.property(problems, ({ matrix, types, seed }) => {
        const p: SmaaProblem = { matrix, types, samples: 100, seed };
        expect(runSmaa(p)).toEqual(runSmaa(p));
      }),
      { numRuns: 30 },
    );
  });

  it("a run on the previous run's (larger) draw cache gives the same result", () => {
    const cell = (i: number, j: number) => ({
      dist: 'triangular' as const,
      min: (i * j) % 3,
      mode: ((i * j) % 3) + 0.4,
      max: ((i * j) % 3) + 1,
    });
    const problem = (n: number, samples: number, seed: number): SmaaProblem => ({
      performance: Array.from({ length: n }, (_, i) => [0, 1, 2].map((j) => cell(i, j))),
      types: [1, 1, -1],
      samples,
      seed,
    });
    const small = problem(3, 500, 7);
    const before = runSmaa(small);
    runSmaa(problem(5, 3000, 8));
    expect(runSmaa(small)).toEqual(before);
  });

  it('permuting the alternatives permutes the results', () => {
    fc.assert(
      fc.property(
        problems.chain((p) =>
          fc.record({
            p: fc.constant(p),
            perm: fc.shuffledSubarray([...p.matrix.keys()], { minLength: p.matrix.length }),
          }),
        ),
        ({ p, perm }) => {
          const a = runSmaa({ ...p, samples: 200 });
          const b = runSmaa({ ...p, matrix: perm.map((i) => p.matrix[i]!), samples: 200 });
          perm.forEach((i, k) => {
            b.rankAcceptability[k]!.forEach((x, r) =>
              expect(x).toBeCloseTo(a.rankAcceptability[i]![r]!, 12),
            );
            expect(b.confidence[k]).toBe(a.confidence[i]);
            expect(b.centralWeights[k] === null).toBe(a.centralWeights[i] === null);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a dominated alternative is never first', () => {
    fc.assert(
      fc.property(problems, fc.nat(), fc.nat(), ({ matrix, types, seed }, pick, worse) => {
        const m = types.length;
        const base = matrix[pick % matrix.length]!;
        // A copy that is worse on one criterion (in the criterion's direction) and equal elsewhere.
        const j = worse % m;
        const dominated = base.map((v, k) => (k === j ? v - types[j]! : v));
        const r = runSmaa({ matrix: [...matrix, dominated], types, samples: 300, seed });
        expect(r.rankAcceptability[matrix.length]![0]).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('with fixed weights and exact values SMAA is the deterministic weighted-sum ranking', () => {
    fc.assert(
      fc.property(
        problems,
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
        ({ matrix, types, seed }, raw) => {
          const m = types.length;
          const w = raw.slice(0, m);
          const total = sum(w);
          const r = runSmaa({
            matrix,
            types,
            samples: 20,
            seed,
            weightInfo: { type: 'fixed', weights: w },
          });
          const lo = types.map((_, j) => Math.min(...matrix.map((row) => row[j]!)));
          const hi = types.map((_, j) => Math.max(...matrix.map((row) => row[j]!)));
          const u = matrix.map((row) =>
            row.reduce((s, x, j) => {
              const width = hi[j]! - lo[j]!;
              const v =
                width === 0 ? 0 : types[j] === 1 ? (x - lo[j]!) / width : (hi[j]! - x) / width;
              return s + (w[j]! / total) * v;
            }, 0),
          );
          u.forEach((ui, i) => {
            const better = u.filter((x) => x > ui + 1e-9).length;
            const tied = u.filter((x) => Math.abs(x - ui) <= 1e-9).length;
            // Tied alternatives share ranks better+1 … better+tied equally.
            for (let k = 0; k < u.length; k++) {
              const expected = k >= better && k < better + tied ? 1 / tied : 0;
              expect(r.rankAcceptability[i]![k]).toBeCloseTo(expected, 9);
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('plain SMAA-2, input errors and run control', () => {
  it('names the offending field', () => {
    const base = { types: [1], samples: 10, seed: 1 };
    expect(() => runSmaa({ ...base, matrix: [[1], [Number.NaN]] })).toThrow(/matrix\[1\]\[0\]/);
    expect(() => runSmaa({ ...base, matrix: [[1]], types: [2] })).toThrow(/types\[0\]/);
    expect(() => runSmaa({ ...base, matrix: [[1]], samples: 0 })).toThrow(/samples/);
    expect(() =>
      runSmaa({ ...base, performance: [[{ dist: 'uniform', min: 2, max: 1 }]] }),
    ).toThrow(/performance\[0\]\[0\]\.max/);
    expect(() => runSmaa({ ...base, performance: [[{ dist: 'gumbel' } as never]] })).toThrow(
      /performance\[0\]\[0\]\.dist/,
    );
  });

  it('reports progress and stops when the signal is aborted', async () => {
    const seen: number[] = [];
    const signal = { aborted: false };
    const p: SmaaProblem = {
      matrix: [
        [1, 0],
        [0, 1],
      ],
      types: [1, 1],
      samples: 5000,
      seed: 1,
    };
    await expect(
      runSmaaAsync(p, {
        progressEvery: 1000,
        signal,
        onProgress: (done) => {
          seen.push(done);
          if (done >= 2000) signal.aborted = true;
        },
      }),
    ).rejects.toBeInstanceOf(SmaaCancelledError);
    expect(seen).toEqual([1000, 2000]);
    const full = await runSmaaAsync(p, {});
    expect(full).toEqual(runSmaa(p));
  });
});
