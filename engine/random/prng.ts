import { EngineInputError } from '../errors';

/**
 * A seeded pseudo-random generator: xoshiro128** (Blackman & Vigna 2018), 32-bit state words
 * updated with Math.imul and 32-bit shifts only, so the same seed gives the same stream in Node,
 * browsers and Web Workers (Math.random cannot be seeded, and 64-bit generators would need BigInt).
 */
export class Rng {
  /**
   * The four state words in an Int32Array: V8 keeps them as raw 32-bit integers there, whereas
   * object fields holding values beyond the 31-bit small-integer range get boxed.
   */
  private readonly s = new Int32Array(4);

  private constructor(s0: number, s1: number, s2: number, s3: number) {
    // The all-zero state is the one fixed point of xoshiro: it would return 0 forever.
    if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
    this.s[0] = s0;
    this.s[1] = s1;
    this.s[2] = s2;
    this.s[3] = s3;
  }

  /** Raw state words, for the reference test vectors of xoshiro128**. */
  static fromState(s0: number, s1: number, s2: number, s3: number): Rng {
    return new Rng(s0, s1, s2, s3);
  }

  /**
   * The generator for a user-visible seed: an integer 0 ≤ seed ≤ 2^53 − 1. The four state words
   * come from splitmix32 over the seed's low and high 32-bit halves, so nearby seeds (1, 2, 3 …)
   * start from unrelated states.
   */
  static fromSeed(seed: number, field = 'seed'): Rng {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new EngineInputError(field, `must be an integer from 0 to 2^53 − 1 (got ${seed})`);
    }
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 4294967296) >>> 0;
    const mixLo = splitmix32(lo);
    const mixHi = splitmix32(hi ^ 0x6a09e667);
    return new Rng(mixLo() ^ mixHi(), mixLo() ^ mixHi(), mixLo() ^ mixHi(), mixLo() ^ mixHi());
  }

  /**
   * The generator of one block of a long run: the same seed, stream and block index always give
   * the same stream, whichever thread (or in which order) the block is run, so a run split over
   * any number of workers reproduces the single-threaded result. `stream` separates the passes
   * of one analysis (e.g. 1 = weights and performance, 2 = confidence factors).
   */
  static forBlock(seed: number, stream: number, block: number, field = 'seed'): Rng {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new EngineInputError(field, `must be an integer from 0 to 2^53 − 1 (got ${seed})`);
    }
    const mixLo = splitmix32((seed >>> 0) ^ 0x510e527f);
    const mixHi = splitmix32((Math.floor(seed / 4294967296) >>> 0) ^ 0x9b05688c);
    const mixStream = splitmix32(Math.imul(stream, 0x1f83d9ab) ^ 0x5be0cd19);
    const mixBlock = splitmix32(block | 0);
    const word = () => mixLo() ^ mixHi() ^ mixStream() ^ mixBlock();
    return new Rng(word(), word(), word(), word());
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]! ^ s0;
    const s3 = s[3]! ^ s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ (s1 << 9);
    s[3] = rotl(s3, 11);
    return result;
  }

  /** Uniform on [0, 1) with 53 random bits (two draws), the full double resolution. */
  next(): number {
    const a = this.nextUint32() >>> 5; // 27 bits
    const b = this.nextUint32() >>> 6; // 26 bits
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * Uniform on [0, 1) with 32-bit resolution (one draw): half the cost of next(), for hot loops
   * where 2^-32 granularity is far below the input's precision (e.g. impact ranges).
   */
  next32(): number {
    return this.nextUint32() / 4294967296;
  }

  /**
   * Fills out[0..count) with what `count` calls of next32() would return, in the same order, with
   * the state in local variables for the whole run (a hot loop's draws in one go).
   */
  fill32(out: Float64Array, count: number = out.length): void {
    const st = this.s;
    let s0 = st[0]!;
    let s1 = st[1]!;
    let s2 = st[2]!;
    let s3 = st[3]!;
    for (let k = 0; k < count; k++) {
      out[k] = (Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0) / 4294967296;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
    }
    st[0] = s0;
    st[1] = s1;
    st[2] = s2;
    st[3] = s3;
  }

  /** Uniform on the open interval (0, 1): safe for −log(u) and 1/u. */
  nextOpen(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b + 0.5) / 9007199254740992;
  }

  /** A uniform integer in [0, n) for 1 ≤ n ≤ 2^32 (rejection avoids modulo bias). */
  nextInt(n: number): number {
    const limit = 4294967296 - (4294967296 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** splitmix32: a 32-bit counter through an avalanche mix (the murmur3 finaliser). */
function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}
