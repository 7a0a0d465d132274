/**
 * `smaa --threads N`: a plain SMAA-2 run spread over N Node worker threads. The engine stays
 * platform-free (it only exposes its passes as numbered blocks); this host deals the blocks out
 * in contiguous runs, collects each block's partial sums and adds them in block order — the
 * same sums in the same order as one thread forms them, so the output is identical for any N.
 * Not imported by the renderer (which runs the engine in a Web Worker).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  blockCount,
  mergeBlocks,
  prepareSmaa,
  type SmaaResult,
  type MainSums,
  type SmaaProblem,
} from '../../engine/robustness';
import { CliInputError } from './command';

export type SmaaWorkerRequest =
  | { kind: 'main'; input: SmaaProblem; blocks: number[] }
  | { kind: 'confidence'; input: SmaaProblem; blocks: number[]; central: Float64Array };

export type SmaaWorkerReply =
  | { kind: 'main'; partials: MainSums[] }
  | { kind: 'confidence'; partials: Float64Array[] }
  | { kind: 'error'; message: string };

/** Most threads a run may ask for (beyond the cores there is nothing to gain). */
export const MAX_THREADS = 64;

/** `--threads N` (1..64) or `--threads auto` (the cores this machine offers); absent: 1. */
export function readThreads(flag: string | boolean | undefined): number {
  if (flag === undefined) return 1;
  if (flag === 'auto') return Math.max(1, Math.min(MAX_THREADS, os.availableParallelism()));
  const n = typeof flag === 'string' ? Number(flag) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_THREADS) {
    throw new CliInputError('--threads', `must be an integer from 1 to ${MAX_THREADS} or "auto"`);
  }
  return n;
}

/**
 * The worker runs TypeScript: it registers tsx (the CLI's own runtime) before importing the
 * worker module, so it starts the same way under `npm run cli` and under the test runner.
 */
function startWorker(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./smaa-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, execArgv: [] });
}

function ask<R extends SmaaWorkerReply>(worker: Worker, request: SmaaWorkerRequest): Promise<R> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (reply: SmaaWorkerReply) => {
      worker.off('error', onError);
      if (reply.kind === 'error') reject(new Error(reply.message));
      else resolve(reply as R);
    });
    worker.postMessage(request);
  });
}

/** Contiguous runs of block indices, one per thread. */
function deal(blocks: number, threads: number): number[][] {
  return Array.from({ length: threads }, (_, k) => {
    const from = Math.floor((k * blocks) / threads);
    const to = Math.floor(((k + 1) * blocks) / threads);
    return Array.from({ length: to - from }, (_, i) => from + i);
  }).filter((run) => run.length > 0);
}

/** Runs plain SMAA-2 over `threads` worker threads; the result equals runSmaa(input). */
export async function runSmaaThreaded(input: SmaaProblem, threads: number): Promise<SmaaResult> {
  // Validate (and refuse oversize problems) here, before any thread starts.
  const s = prepareSmaa(input);
  const runs = deal(blockCount(s.problem.samples), threads);
  const workers = runs.map(() => startWorker());
  try {
    const mainReplies = await Promise.all(
      workers.map((w, k) =>
        ask<Extract<SmaaWorkerReply, { kind: 'main' }>>(w, {
          kind: 'main',
          input,
          blocks: runs[k]!,
        }),
      ),
    );
    const sums = mergeBlocks(
      s.mainPass(),
      mainReplies.flatMap((r) => r.partials),
    );
    const central = s.central(sums);
    let confidence: Float64Array;
    if (s.exactConfidence) confidence = s.exactConfidence(central);
    else {
      const replies = await Promise.all(
        workers.map((w, k) =>
          ask<Extract<SmaaWorkerReply, { kind: 'confidence' }>>(w, {
            kind: 'confidence',
            input,
            blocks: runs[k]!,
            central,
          }),
        ),
      );
      confidence = mergeBlocks(
        s.confidencePass(central),
        replies.flatMap((r) => r.partials),
      );
    }
    return s.finish(sums, confidence);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
