import type { DecisionModel } from '../../../../engine/model';
import type { PackageSmaaResult, WeightInfo } from '../../../../engine/robustness';

/** Messages between the Robustness screen and robustness.worker.ts. */
export type SmaaRequest =
  | {
      kind: 'run';
      id: number;
      model: DecisionModel;
      samples: number;
      seed: number;
      /** The scenario's weight basis (engine/scenario/weight-basis.ts). */
      weightInfo: WeightInfo;
    }
  | { kind: 'cancel'; id: number };

export type SmaaReply =
  | { kind: 'progress'; id: number; done: number; total: number }
  | { kind: 'done'; id: number; result: PackageSmaaResult; ms: number }
  | { kind: 'cancelled'; id: number; done: number }
  | { kind: 'error'; id: number; message: string };
