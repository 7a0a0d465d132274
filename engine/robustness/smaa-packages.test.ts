import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel, packageValue } from '../packages/compile';
import { compileConstraints, isFeasible } from '../packages/feasible';
import { arbitraryModel, matrixModel } from '../packages/test-models';
import { exampleSmaaModel } from './smaa-example-model';
import { blockCount, mergeBlocks, runBlock, SMAA_BLOCK_SIZE } from './blocks';
import {
  finishPackageSmaa,
  preparePackageSmaa,
  runPackageSmaa,
  runPackageSmaaAsync,
} from './smaa-packages';
import { type PackageSums, packagePass } from './smaa-packages-pass';
import { SmaaCancelledError } from './smaa-run';

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

/** Two causes, two measures each addressing one, a budget for one: two single-measure packages. */
const twoSingleMeasures = () =>
  matrixModel(
    [1, 1],
    [1, 1],
    [
      [0.5, 0],
      [0, 0.5],
    ],
    { constraints: { budget: 1 } },
  );

describe('package SMAA, hand-computed cases', () => {
  it('two single-measure packages under uniform weights: each best half the time', () => {
    const model = twoSingleMeasures();
    const r = runPackageSmaa({ model, samples: 20_000, seed: 4 });
    expect(r.feasibleCount).toBe(2);
    for (const row of r.packages) expect(Math.abs(row.pBest - 0.5)).toBeLessThan(0.015);
    expect(sum(r.packages.map((p) => p.pBest))).toBeCloseTo(1, 12);
  });

  it('without a budget the pair is always best and both measures are core', () => {
    const model = matrixModel(
      [1, 1],
      [1, 1],
      [
        [0.5, 0],
        [0, 0.5],
      ],
    );
    const r = runPackageSmaa({ model, samples: 1000, seed: 4 });
    expect(r.packages[0]!.measures).toEqual(['M0', 'M1']);
    expect(r.packages[0]!.pBest).toBe(1);
    expect(r.coreShare).toEqual({ M0: 1, M1: 1 });
  });

  it('a triangular impact: P(best) = P(X > 0.5) for X ~ tri(0.2, 0.4, 1.0) = 0.25/0.48', () => {
    // 1 − F(0.5) = (1.0 − 0.5)² / ((1.0 − 0.2)(1.0 − 0.4)).
    const model = matrixModel([1], [1, 1], [[0.5], [0]], { constraints: { maxMeasures: 1 } });
    model.impacts.M1 = { C0: { low: 0.2, likely: 0.4, high: 1 } };
    const r = runPackageSmaa({ model, samples: 40_000, seed: 8 });
    const m1 = r.packages.find((p) => p.measures[0] === 'M1')!;
    expect(Math.abs(m1.pBest - 0.25 / 0.48)).toBeLessThan(0.01);
    expect(r.coreShare.M1).toBe(m1.pBest);
  });

  it('a measure that adds nothing but cost is never in the best package (ties → lower cost)', () => {
    const model = matrixModel(
      [1, 2],
      [2, 3, 1],
      [
        [0.35, 0.15],
        [0.15, 0.6],
        [0, 0],
      ],
    );
    const r = runPackageSmaa({ model, samples: 2000, seed: 1 });
    expect(r.coreShare.M2).toBe(0);
  });
});

describe('package SMAA, invariants (fast-check)', () => {
  it('with fixed weights and exact impacts it reproduces the deterministic ranking', () => {
    fc.assert(
      fc.property(arbitraryModel(1, 5), fc.nat(), (model, seed) => {
        let spec;
        try {
          spec = compileConstraints(compileModel(model), model.constraints);
        } catch {
          return; // infeasible constraints: covered by feasible.test.ts
        }
        const compiled = compileModel(model);
        const n = compiled.measureIds.length;
        // Brute force over all subsets, ranked by value, ties by lower cost then listing order.
        const all: { members: number[]; value: number; cost: number }[] = [];
        for (let mask = 1; mask < 1 << n; mask++) {
          const members = [...Array(n).keys()].filter((i) => mask & (1 << i));
          if (!isFeasible(spec, members)) continue;
          const cost = sum(members.map((i) => compiled.costs[i]!));
          all.push({ members, value: packageValue(compiled, members), cost });
        }
        const r = runPackageSmaa({
          model,
          samples: 5,
          seed,
          weightInfo: { type: 'fixed' },
          top: 64,
        });
        expect(r.feasibleCount).toBe(all.length);
        const best = all.reduce((a, b) =>
          b.value > a.value + 1e-12 || (Math.abs(b.value - a.value) <= 1e-12 && b.cost < a.cost)
            ? b
            : a,
        );
        const row0 = r.packages[0]!;
        expect(row0.pBest).toBe(1);
        expect(row0.likelyValue).toBeCloseTo(best.value, 12);
        expect(row0.cost).toBe(best.cost);
        r.packages.forEach((row) => {
          expect(row.rankAcceptability[row.likelyRank - 1]).toBe(1);
          expect(sum(row.rankAcceptability)).toBe(1);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('with K ≥ feasible count every rank column and row sums to 1; core = Σ pBest', () => {
    fc.assert(
      fc.property(arbitraryModel(1, 4), fc.nat(), (model, seed) => {
        try {
          compileConstraints(compileModel(model), model.constraints);
        } catch {
          return;
        }
        const r = runPackageSmaa({ model, samples: 100, seed, top: 64 });
        const count = r.feasibleCount;
        expect(r.packages.length).toBe(count);
        for (const row of r.packages) expect(sum(row.rankAcceptability)).toBeCloseTo(1, 9);
        for (let k = 0; k < count; k++) {
          expect(sum(r.packages.map((p) => p.rankAcceptability[k]!))).toBeCloseTo(1, 9);
        }
        for (const [id, share] of Object.entries(r.coreShare)) {
          const expected = sum(
            r.packages.filter((p) => p.measures.includes(id)).map((p) => p.pBest),
          );
          expect(share).toBeCloseTo(expected, 12);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('the same seed gives an identical result; another seed a different one', () => {
    const model = exampleSmaaModel();
    const a = runPackageSmaa({ model, samples: 500, seed: 5 });
    expect(runPackageSmaa({ model, samples: 500, seed: 5 })).toEqual(a);
    expect(runPackageSmaa({ model, samples: 500, seed: 6 })).not.toEqual(a);
  });
});

describe('package SMAA on the 7 × 8 example', () => {
  it('reports the top K by likely value plus every ever-best package', () => {
    const r = runPackageSmaa({ model: exampleSmaaModel(), samples: 2000, seed: 1, top: 5 });
    expect(r.feasibleCount).toBe(127);
    expect(r.packages.slice(0, 5).map((p) => p.likelyRank)).toEqual([1, 2, 3, 4, 5]);
    expect(sum(r.packages.map((p) => p.pBest))).toBeCloseTo(1, 12);
    for (const p of r.packages.slice(5)) expect(p.pBest).toBeGreaterThan(0);
    // Without a budget the full package wins unless the adverse cell or weights tip it.
    expect(r.packages[0]!.measures).toHaveLength(7);
  });

  it('progress in chunks, cancellation, and the async form matches the sync one', async () => {
    const input = { model: exampleSmaaModel(), samples: 3000, seed: 2 };
    const seen: number[] = [];
    runPackageSmaa(input, { progressEvery: 1000, onProgress: (d, t) => seen.push(d / t) });
    expect(seen).toEqual([1 / 3, 2 / 3, 1]);
    const signal = { aborted: false };
    await expect(
      runPackageSmaaAsync(input, {
        signal,
        progressEvery: 500,
        onProgress: (d) => {
          if (d === 1000) signal.aborted = true;
        },
      }),
    ).rejects.toEqual(new SmaaCancelledError(1000));
    expect(await runPackageSmaaAsync(input)).toEqual(runPackageSmaa(input));
  });

  it('runs 10,000 samples over all 127 packages quickly (loose bound for a shared CI box)', () => {
    const t0 = Date.now();
    runPackageSmaa({ model: exampleSmaaModel(), samples: 10_000, seed: 1 });
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});

describe('package SMAA: pairwise winning, standard errors, reproducibility', () => {
  it('two single-measure packages: P(M0 beats M1) = P(w0 > w1) = ½ (closed form), SEs binomial', () => {
    const model = twoSingleMeasures();
    const N = 20_000;
    const r = runPackageSmaa({ model, samples: N, seed: 9 });
    const p = r.pairwiseWinning[0]![1]!;
    expect(Math.abs(p - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / N));
    expect(r.pairwiseWinning[1]![0]).toBeCloseTo(1 - p, 12);
    // Two packages: winning the pair is being best.
    expect(p).toBeCloseTo(r.packages[0]!.pBest, 12);
    for (const row of r.packages) {
      expect(row.pBestSE).toBeCloseTo(Math.sqrt((row.pBest * (1 - row.pBest)) / N), 15);
      row.rankAcceptability.forEach((x, k) =>
        expect(row.rankAcceptabilitySE[k]).toBeCloseTo(Math.sqrt((x * (1 - x)) / N), 15),
      );
    }
    for (const id of ['M0', 'M1']) {
      const c = r.coreShare[id]!;
      expect(r.coreShareSE[id]).toBeCloseTo(Math.sqrt((c * (1 - c)) / N), 15);
    }
  });

  it('given weight samples are used as they are', () => {
    const model = twoSingleMeasures();
    const r = runPackageSmaa({
      model,
      seed: 1,
      weightSamples: [
        [3, 1],
        [1, 3],
        [2, 1],
      ],
    });
    expect(r.samples).toBe(3);
    const m0 = r.packages.find((p) => p.measures[0] === 'M0')!;
    expect(m0.pBest).toBeCloseTo(2 / 3, 15);
  });

  it('blocks run in any order and split over lanes give the single-threaded result', () => {
    const input = { model: exampleSmaaModel(), samples: 2 * SMAA_BLOCK_SIZE + 100, seed: 3 };
    const single = runPackageSmaa(input, { progressEvery: 333 });
    const t = preparePackageSmaa(input);
    for (const lanes of [2, 4]) {
      const blocks = blockCount(t.samples);
      const partials = new Array<PackageSums>(blocks);
      for (let lane = 0; lane < lanes; lane++) {
        const pass = packagePass(t);
        for (let b = blocks - 1; b >= 0; b--)
          if (b % lanes === lane) partials[b] = runBlock(pass, b);
      }
      expect(finishPackageSmaa(t, mergeBlocks(packagePass(t), partials))).toEqual(single);
    }
  });
});
