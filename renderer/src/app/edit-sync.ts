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
  /** The write each waiting timer will run, so a flush can run it early. */
  private readonly pendingWrites = new Map<string, () => Promise<T>>();

  constructor(private readonly events: EditSyncEvents<T>) {}

  /** Write after `delayMs` of quiet for this key; a newer edit of the same key replaces it. */
  debounce(key: string, delayMs: number, write: () => Promise<T>): void {
    const old = this.timers.get(key);
    if (old !== undefined) clearTimeout(old);
    else this.changeUnsent(+1);
    this.pendingWrites.set(key, write);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.pendingWrites.delete(key);
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

  /**
   * Send every waiting debounced edit now (before a scenario switch, a navigation or a re-read)
   * and resolve once every queued write has been answered. Nothing waiting is ever dropped; a
   * failed write is reported through `events.failed`, as any other.
   */
  flush(): Promise<void> {
    for (const [key, timer] of [...this.timers]) {
      clearTimeout(timer);
      this.timers.delete(key);
      const write = this.pendingWrites.get(key);
      this.pendingWrites.delete(key);
      if (write) this.enqueue(write).catch(() => undefined);
    }
    return this.chain.then(() => undefined);
  }

  /**
   * The page is going away (reload, window closed): start every waiting write at once, outside
   * the queue, because a write queued behind another would never be sent. Each key has at most
   * one waiting write, so no two of these race for the same value.
   */
  flushNow(): void {
    for (const [key, timer] of [...this.timers]) {
      clearTimeout(timer);
      this.timers.delete(key);
      const write = this.pendingWrites.get(key);
      this.pendingWrites.delete(key);
      if (write) this.run(write).catch(() => undefined); // reported through events.failed
    }
  }

  /** True when no edit is waiting or being written (the host's copy is the latest). */
  get idle(): boolean {
    return this.unsent === 0;
  }

  private enqueue(write: () => Promise<T>): Promise<T> {
    const run = this.chain.then(() => this.run(write));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async run(write: () => Promise<T>): Promise<T> {
    try {
      const value = await write();
      this.settle(() => this.unsent === 0 && this.events.adopt(value));
      return value;
    } catch (error) {
      this.settle(() => this.events.failed(error));
      throw error;
    }
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
