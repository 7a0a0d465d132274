import type { DecisionModel } from '../../../engine/model';
import type { RankReply, RankRequest } from './worker-protocol';

/** The part of a Worker the scheduler needs (a fake in tests). */
export interface RankWorker {
  postMessage(message: RankRequest): void;
  onmessage: ((event: MessageEvent<RankReply>) => void) | null;
  terminate(): void;
}

/**
 * At most one ranking in flight; while it runs, only the NEWEST requested model waits. Dragging
 * a slider posts dozens of models per second: queueing them all would make the ranking lag ever
 * further behind the hand, while dropping the intermediate ones keeps it one step behind at most.
 */
export class RankScheduler {
  private nextId = 1;
  private inFlight: number | null = null;
  private pending: DecisionModel | null = null;

  constructor(
    private readonly worker: RankWorker,
    private readonly onReply: (reply: RankReply) => void,
  ) {
    worker.onmessage = (event) => {
      if (event.data.id !== this.inFlight) return;
      this.inFlight = null;
      const next = this.pending;
      this.pending = null;
      // A newer model is waiting: this reply is already stale, but still better than nothing
      // to show, so deliver it and start the next one at once.
      this.onReply(event.data);
      if (next) this.send(next);
    };
  }

  request(model: DecisionModel): void {
    if (this.inFlight !== null) {
      this.pending = model;
      return;
    }
    this.send(model);
  }

  /** True while a ranking is computing or waiting. */
  get busy(): boolean {
    return this.inFlight !== null || this.pending !== null;
  }

  dispose(): void {
    this.worker.onmessage = null;
    this.worker.terminate();
  }

  private send(model: DecisionModel): void {
    const id = this.nextId++;
    this.inFlight = id;
    this.worker.postMessage({ id, model });
  }
}
