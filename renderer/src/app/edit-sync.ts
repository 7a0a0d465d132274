/**
 * Sends the planner's edits to the host: debounced per key (a dragged slider sends its last
 * value, not every step), strictly one after another (so the host applies them in the order
 * made), and hands back the host's copy only when no local edit is still unsent, so a slow
 * reply never snaps a slider back to an older value.
 */
export interface EditSyncEvents<T> {
  /** The host's state after the last outstanding write; safe to replace the local copy. */
  adopt(value: T): void;
  /** A write failed (the caller should re-read the host's state). */
  failed(error: unknown): void;
  /** True while any edit is waiting or being written. */
  busy(isBusy: boolean): void;
}

export class EditSync<T> {
  private chain: Promise<unknown> = Promise.resolve();
  private unsent = 0;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly events: EditSyncEvents<T>) {}

  /** Write after `delayMs` of quiet for this key; a newer edit of the same key replaces it. */
  debounce(key: string, delayMs: number, write: () => Promise<T>): void {
    const old = this.timers.get(key);
    if (old !== undefined) clearTimeout(old);
    else this.changeUnsent(+1);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // The timer's unit of "unsent" passes to the write it becomes.
        this.enqueue(write).catch(() => undefined); // reported through events.failed
      }, delayMs),
    );
  }

  /** Write now (after the writes already queued); resolves or rejects with this write. */
  now(write: () => Promise<T>): Promise<T> {
    this.changeUnsent(+1);
    return this.enqueue(write);
  }

  /** Forget pending debounced edits (e.g. on switching scenario); queued writes still finish. */
  cancelPending(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.changeUnsent(-this.timers.size);
    this.timers.clear();
  }

  private enqueue(write: () => Promise<T>): Promise<T> {
    const run = this.chain.then(async () => {
      try {
        const value = await write();
        this.settle(() => this.unsent === 0 && this.events.adopt(value));
        return value;
      } catch (error) {
        this.settle(() => this.events.failed(error));
        throw error;
      }
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** One write answered: report it (`report` sees the new count), then the busy change. */
  private settle(report: () => void): void {
    this.unsent -= 1;
    report();
    if (this.unsent === 0) this.events.busy(false);
  }

  private changeUnsent(delta: number): void {
    const wasBusy = this.unsent > 0;
    this.unsent += delta;
    if (wasBusy !== this.unsent > 0) this.events.busy(this.unsent > 0);
  }
}
