/// <reference lib="webworker" />
/**
 * Package SMAA off the UI thread. The engine awaits `pause` between chunks of samples; a
 * macrotask yield there lets a 'cancel' message arrive and flip the flag the engine checks.
 */
import { runPackageSmaaAsync } from '../../engine/robustness/smaa-packages';
import { SmaaCancelledError } from '../../engine/robustness/smaa-run';
import type { SmaaReply, SmaaRequest } from './features/robustness/smaa-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();
const post = (m: SmaaReply) => scope.postMessage(m);

scope.onmessage = (event: MessageEvent<SmaaRequest>) => {
  const msg = event.data;
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
    { model: msg.model, samples: msg.samples, seed: msg.seed },
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
      else
        post({
          kind: 'error',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
    })
    .finally(() => cancelled.delete(id));
};
