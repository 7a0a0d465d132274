import fc from 'fast-check';
import { SAATY_SCALE } from './saaty';

/** Random reciprocal pairwise matrices on the Saaty scale, n from nMin to nMax (for tests). */
export function arbitrarySaatyMatrix(nMin: number, nMax: number): fc.Arbitrary<number[][]> {
  return fc.integer({ min: nMin, max: nMax }).chain((n) =>
    fc
      .array(fc.constantFrom(...SAATY_SCALE), {
        minLength: (n * (n - 1)) / 2,
        maxLength: (n * (n - 1)) / 2,
      })
      .map((upper) => {
        const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
        let k = 0;
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            a[i]![j] = upper[k]!;
            a[j]![i] = 1 / upper[k++]!;
          }
        }
        return a;
      }),
  );
}
