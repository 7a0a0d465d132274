/// <reference lib="webworker" />
/**
 * Ranks packages off the UI thread so dragging a weight slider never stutters; the same engine
 * function the hosts use, so the numbers agree with `analysis:packages`.
 */
import { rankPackages } from '../../engine/packages';
import { EngineInputError } from '../../engine/errors';
import type { RankReply, RankRequest } from './ranking/worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RankRequest>) => {
  const { id, model } = event.data;
  const started = performance.now();
  let reply: RankReply;
  try {
    const result = rankPackages(model);
    reply = { id, ok: true, result, ms: performance.now() - started };
  } catch (error) {
    reply = {
      id,
      ok: false,
      field: error instanceof EngineInputError ? error.field : undefined,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  scope.postMessage(reply);
};
