/**
 * A worker thread of `smaa --threads N` (smaa-threads.ts): runs the blocks it is given of one
 * pass and returns their partial sums. Each block draws from its own generator (seed, stream,
 * block index), so which thread runs a block never changes the result.
 */
import { parentPort } from 'node:worker_threads';
import { runBlock, prepareSmaa } from '../../engine/robustness';
import type { SmaaWorkerReply, SmaaWorkerRequest } from './smaa-threads';

parentPort!.on('message', (msg: SmaaWorkerRequest) => {
  try {
    const s = prepareSmaa(msg.input);
    if (msg.kind === 'main') {
      const pass = s.mainPass();
      const partials = msg.blocks.map((b) => runBlock(pass, b));
      const transfer = partials.flatMap((p) =>
        [p.rank, p.win, p.first, p.central, p.centralSq].map((a) => a.buffer as ArrayBuffer),
      );
      parentPort!.postMessage({ kind: 'main', partials } satisfies SmaaWorkerReply, transfer);
    } else {
      const pass = s.confidencePass(msg.central);
      const partials = msg.blocks.map((b) => runBlock(pass, b));
      parentPort!.postMessage(
        { kind: 'confidence', partials } satisfies SmaaWorkerReply,
        partials.map((p) => p.buffer as ArrayBuffer),
      );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort!.postMessage({ kind: 'error', message } satisfies SmaaWorkerReply);
  }
});
