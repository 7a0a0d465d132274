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

  it('cancels pending debounced edits', async () => {
    const write = vi.fn(async () => 'x');
    sync.debounce('C1', 150, write);
    sync.cancelPending();
    vi.advanceTimersByTime(500);
    await flush();
    expect(write).not.toHaveBeenCalled();
    expect(log).toEqual(['busy true', 'busy false']);
  });
});
