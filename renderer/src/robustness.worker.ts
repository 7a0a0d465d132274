/// <reference lib="webworker" />
/**
 * Package SMAA off the UI thread. The engine awaits `pause` between chunks of samples; a
 * macrotask yield there lets a 'cancel' message arrive and flip the flag the engine checks.
 * The exact checks (one-way sensitivity, robust-portfolio core index) run here too, in one go:
 * they enumerate the feasible packages once each and take milliseconds at the enumeration limit.
 */
import {
  robustPortfolio,
  packageSensitivity,
  runPackageSmaaAsync,
  SMAA_TOP,
  SmaaCancelledError,
} from '../../engine/robustness';
import type { ExactReply, ExactRequest } from './features/robustness/exact-protocol';
import type { SmaaReply, SmaaRequest } from './features/robustness/smaa-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();
const post = (m: SmaaReply | ExactReply) => scope.postMessage(m);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function runExact({ id, model, extremePoints }: ExactRequest): void {
  const started = performance.now();
  try {
    const sensitivity = packageSensitivity(model);
    const portfolio = robustPortfolio(model, extremePoints);
    post({ kind: 'exact-done', id, sensitivity, portfolio, ms: performance.now() - started });
  } catch (error: unknown) {
    post({ kind: 'exact-error', id, message: messageOf(error) });
  }
}

scope.onmessage = (event: MessageEvent<SmaaRequest | ExactRequest>) => {
  const msg = event.data;
  if (msg.kind === 'exact') {
    runExact(msg);
    return;
  }
  if (msg.kind === 'cancel') {
    cancelled.add(msg.id);
    return;
  }
  const { id } = msg;
  const started = performance.now();
  const signal = {
    get aborted() {
      return cancelled.has(id);
    },
  };
  runPackageSmaaAsync(
    {
      model: msg.model,
      samples: msg.samples,
      seed: msg.seed,
      weightInfo: msg.weightInfo,
      top: SMAA_TOP,
    },
    {
      progressEvery: 250,
      signal,
      onProgress: (done, total) => post({ kind: 'progress', id, done, total }),
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    },
  )
    .then((result) => post({ kind: 'done', id, result, ms: performance.now() - started }))
    .catch((error: unknown) => {
      if (error instanceof SmaaCancelledError) post({ kind: 'cancelled', id, done: error.done });
      else post({ kind: 'error', id, message: messageOf(error) });
    })
    .finally(() => cancelled.delete(id));
};
