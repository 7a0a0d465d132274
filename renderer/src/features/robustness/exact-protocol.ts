import type { DecisionModel } from '../../../../engine/model';
import type {
  RobustPortfolioResult,
  PackageSensitivityResult,
} from '../../../../engine/robustness';

/**
 * Messages for the exact (sample-free) robustness checks in robustness.worker.ts: one-way
 * sensitivity of the best package to each cause weight, and the robust-portfolio core index
 * over the scenario's weight basis, given by the extreme points of its weight set.
 */
export interface ExactRequest {
  kind: 'exact';
  id: number;
  model: DecisionModel;
  extremePoints: number[][];
}

export type ExactReply =
  | {
      kind: 'exact-done';
      id: number;
      sensitivity: PackageSensitivityResult;
      portfolio: RobustPortfolioResult;
      ms: number;
    }
  | { kind: 'exact-error'; id: number; message: string };
