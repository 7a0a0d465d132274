/**
 * Progress and cancellation shared by the SMAA runs, so a Web Worker can report a progress bar
 * and stop a long run. The loop is synchronous: a worker sees a cancel message only between
 * tasks, so hosts that need a responsive cancel use the async form with a `pause` that yields
 * to their event loop (e.g. `() => new Promise((r) => setTimeout(r, 0))`).
 */
export interface SmaaRunOptions {
  /** Called after every `progressEvery` samples and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Default 1000. */
  progressEvery?: number;
  /** Checked between chunks; an AbortSignal fits. */
  signal?: { readonly aborted: boolean };
}

export interface SmaaAsyncRunOptions extends SmaaRunOptions {
  /** Awaited between chunks so the host can process messages (a cancel) before going on. */
  pause?: () => Promise<void>;
}

export class SmaaCancelledError extends Error {
  constructor(readonly done: number) {
    super(`SMAA cancelled after ${done} samples / 已取消`);
    this.name = 'SmaaCancelledError';
  }
}

export function chunkSize(options: SmaaRunOptions): number {
  const every = options.progressEvery ?? 1000;
  return Number.isInteger(every) && every > 0 ? every : 1000;
}

/** Largest number of samples any SMAA run accepts (10⁶ × 127 packages is already seconds). */
export const MAX_SAMPLES = 1_000_000;
