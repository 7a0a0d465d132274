import { Rng } from '../random/prng';
import {
  type SmaaAsyncRunOptions,
  type SmaaRunOptions,
  SmaaCancelledError,
  chunkSize,
} from './smaa-run';

/**
 * Monte-Carlo passes split into fixed blocks of samples. Block b draws from its own generators,
 * Rng.forBlock(seed, stream, b) for each stream the pass uses, and accumulates into its own partial sums, which are added to
 * the totals in block order. Neither the generator nor the order of the floating-point sums
 * depends on who runs the block, so one thread, several worker threads, or progress chunks of any
 * size all give bit-identical results.
 */
export const SMAA_BLOCK_SIZE = 2048;

/** One pass over `samples` samples; P is its partial sums (flat typed arrays). */
export interface BlockPass<P> {
  readonly samples: number;
  readonly seed: number;
  /** One generator per stream (e.g. weights and performance apart, so another pass can replay
   * exactly the same performance draws). */
  readonly streams: readonly number[];
  createPartial(): P;
  clearPartial(partial: P): void;
  /** Samples [from, to), all in one block, drawing from that block's generators (streams order). */
  runRange(partial: P, rngs: readonly Rng[], from: number, to: number): void;
  mergePartial(total: P, partial: P): void;
}

export function blockCount(samples: number): number {
  return Math.ceil(samples / SMAA_BLOCK_SIZE);
}

/** The partial sums of one whole block (what a worker thread returns). */
export function runBlock<P>(pass: BlockPass<P>, block: number, partial = pass.createPartial()): P {
  pass.clearPartial(partial);
  const from = block * SMAA_BLOCK_SIZE;
  const to = Math.min(pass.samples, from + SMAA_BLOCK_SIZE);
  pass.runRange(partial, blockGenerators(pass, block), from, to);
  return partial;
}

function blockGenerators(pass: { seed: number; streams: readonly number[] }, block: number): Rng[] {
  return pass.streams.map((stream) => Rng.forBlock(pass.seed, stream, block));
}

/**
 * Runs a pass in order over arbitrary ranges [from, to) (progress chunks), carrying the current
 * block's generator and partial sums across range boundaries and merging each block when it ends.
 */
export class BlockCursor<P> {
  readonly total: P;
  private readonly partial: P;
  private block = -1;
  private rngs: Rng[] = [];

  constructor(private readonly pass: BlockPass<P>) {
    this.total = pass.createPartial();
    this.partial = pass.createPartial();
  }

  advance(from: number, to: number): void {
    for (let t = from; t < to;) {
      const block = Math.floor(t / SMAA_BLOCK_SIZE);
      const blockEnd = Math.min(this.pass.samples, (block + 1) * SMAA_BLOCK_SIZE);
      if (block !== this.block) {
        this.pass.clearPartial(this.partial);
        this.rngs = blockGenerators(this.pass, block);
        this.block = block;
      }
      const end = Math.min(to, blockEnd);
      this.pass.runRange(this.partial, this.rngs, t, end);
      if (end === blockEnd) {
        this.pass.mergePartial(this.total, this.partial);
        this.block = -1;
      }
      t = end;
    }
  }
}

/** One progress chunk [done, to): cancellation check, the samples, the progress report. */
function chunk<P>(
  cursor: BlockCursor<P>,
  options: SmaaRunOptions,
  done: number,
  to: number,
  report: (done: number) => void,
): void {
  if (options.signal?.aborted) throw new SmaaCancelledError(done);
  cursor.advance(done, to);
  report(to);
}

/** A whole pass in this thread, in progress chunks, with cancellation between chunks. */
export function runPass<P>(
  pass: BlockPass<P>,
  options: SmaaRunOptions,
  report: (done: number) => void,
): P {
  const cursor = new BlockCursor(pass);
  const every = chunkSize(options);
  for (let done = 0; done < pass.samples; done += every) {
    chunk(cursor, options, done, Math.min(pass.samples, done + every), report);
  }
  return cursor.total;
}

/** As runPass, awaiting `options.pause` before every chunk so a worker can take a cancel message. */
export async function runPassAsync<P>(
  pass: BlockPass<P>,
  options: SmaaAsyncRunOptions,
  report: (done: number) => void,
): Promise<P> {
  const cursor = new BlockCursor(pass);
  const every = chunkSize(options);
  for (let done = 0; done < pass.samples; done += every) {
    if (options.pause) await options.pause();
    chunk(cursor, options, done, Math.min(pass.samples, done + every), report);
  }
  return cursor.total;
}

/** Adds b into a elementwise (the merge step of every pass). */
export function addInto(a: Float64Array, b: Float64Array): void {
  for (let k = 0; k < a.length; k++) a[k] = a[k]! + b[k]!;
}

/**
 * The totals of a pass from its blocks' partial sums, added in block order: the same sums, in
 * the same order, as BlockCursor forms them, so a run whose blocks were spread over worker
 * threads reproduces the single-threaded result bit for bit.
 */
export function mergeBlocks<P>(pass: BlockPass<P>, partials: readonly P[]): P {
  const total = pass.createPartial();
  for (const partial of partials) pass.mergePartial(total, partial);
  return total;
}
