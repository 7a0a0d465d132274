import type { PackagesResult } from '../../../contract/domain';
import type { DecisionModel } from '../../../engine/model';

/** Messages between the UI thread and engine.worker.ts; `id` pairs a reply with its request. */
export interface RankRequest {
  id: number;
  model: DecisionModel;
}

export type RankReply =
  | { id: number; ok: true; result: PackagesResult; ms: number }
  | { id: number; ok: false; field: string | undefined; message: string };
