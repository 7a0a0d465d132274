import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditSync } from './edit-sync';

/** A write the test resolves by hand, to control the order replies arrive in. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = async () => {
  for (let k = 0; k < 10; k++) await Promise.resolve();
};

let log: string[];
let sync: EditSync<string>;

beforeEach(() => {
  vi.useFakeTimers();
  log = [];
  sync = new EditSync<string>({
    adopt: (v) => log.push(`adopt ${v}`),
    failed: (e) => log.push(`failed ${String(e)}`),
    busy: (b) => log.push(`busy ${b}`),
  });
});

afterEach(() => vi.useRealTimers());

describe('EditSync', () => {
  it('coalesces a drag into one write of the last value per key', async () => {
    const writes: string[] = [];
    for (const w of ['1.1', '1.2', '1.3']) {
      sync.debounce('C1', 150, async () => {
        writes.push(w);
        return `host ${w}`;
      });
      vi.advanceTimersByTime(100);
    }
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(150);
    await flush();
    expect(writes).toEqual(['1.3']);
    expect(log).toEqual(['busy true', 'adopt host 1.3', 'busy false']);
  });

  it('writes in order and adopts only the reply to the last outstanding write', async () => {
    const a = deferred<string>();
    const b = deferred<string>();
    const started: string[] = [];
    const pa = sync.now(() => (started.push('a'), a.promise));
    const pb = sync.now(() => (started.push('b'), b.promise));
    await flush();
    expect(started).toEqual(['a']); // b waits for a
    a.resolve('after a');
    await flush();
    expect(started).toEqual(['a', 'b']);
    expect(log).toEqual(['busy true']); // a's reply is stale: b is still unsent
    b.resolve('after b');
    await expect(pa).resolves.toBe('after a');
    await expect(pb).resolves.toBe('after b');
    expect(log).toEqual(['busy true', 'adopt after b', 'busy false']);
  });

  it('does not adopt while a debounced edit of another key is still waiting', async () => {
    sync.debounce('C2', 150, async () => 'host C2');
    await sync.now(async () => 'host impact');
    expect(log).toEqual(['busy true']);
    vi.advanceTimersByTime(150);
    await flush();
    expect(log).toEqual(['busy true', 'adopt host C2', 'busy false']);
  });

  it('reports a failed write, keeps going, and rejects only that write', async () => {
    const p1 = sync.now(async () => {
      throw new Error('boom');
    });
    const p2 = sync.now(async () => 'ok');
    await expect(p1).rejects.toThrow('boom');
    await expect(p2).resolves.toBe('ok');
    expect(log).toEqual(['busy true', 'failed Error: boom', 'adopt ok', 'busy false']);
  });

  it('flush sends every waiting edit at once and resolves when all are answered', async () => {
    const writes: string[] = [];
    sync.debounce('C1', 150, async () => (writes.push('C1'), 'host C1'));
    sync.debounce('C2', 150, async () => (writes.push('C2'), 'host C2'));
    let done = false;
    const flushed = sync.flush().then(() => (done = true));
    await flush();
    expect(writes).toEqual(['C1', 'C2']);
    await flushed;
    expect(done).toBe(true);
    expect(sync.idle).toBe(true);
    vi.advanceTimersByTime(500);
    await flush();
    // The timers were consumed by the flush: nothing is written twice.
    expect(writes).toEqual(['C1', 'C2']);
    expect(log).toEqual(['busy true', 'adopt host C2', 'busy false']);
  });

  it('flush waits for a write already in flight', async () => {
    const a = deferred<string>();
    void sync.now(() => a.promise);
    let done = false;
    const flushed = sync.flush().then(() => (done = true));
    await flush();
    expect(done).toBe(false);
    a.resolve('after a');
    await flushed;
    expect(done).toBe(true);
  });

  it('flushNow starts every waiting write synchronously, even behind a write in flight', async () => {
    const a = deferred<string>();
    const started: string[] = [];
    void sync.now(() => (started.push('impact'), a.promise));
    sync.debounce('C1', 150, async () => (started.push('C1'), 'host C1'));
    await flush();
    sync.flushNow();
    // Started before any await: a page being unloaded gives no second chance.
    expect(started).toEqual(['impact', 'C1']);
    a.resolve('after impact');
    await flush();
    expect(sync.idle).toBe(true);
  });
});
