import { describe, expect, it } from 'vitest';
import type { DecisionModel } from '../../../engine/model';
import { RankScheduler } from './rank-scheduler';
import type { RankWorker } from './rank-scheduler';
import type { RankReply, RankRequest } from './worker-protocol';

class FakeWorker implements RankWorker {
  posted: RankRequest[] = [];
  onmessage: ((event: MessageEvent<RankReply>) => void) | null = null;
  terminated = false;
  postMessage(message: RankRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(id: number): void {
    this.onmessage?.({
      data: { id, ok: false, field: undefined, message: `done ${id}` },
    } as MessageEvent<RankReply>);
  }
}

const model = (w: number): DecisionModel => ({
  causes: [{ id: 'C1', weight: w }],
  measures: [{ id: 'M1', cost: 1 }],
  impacts: {},
});

describe('RankScheduler', () => {
  it('keeps one ranking in flight and only the newest model waiting', () => {
    const worker = new FakeWorker();
    const replies: string[] = [];
    const s = new RankScheduler(worker, (r) => replies.push(r.ok ? 'ok' : r.message));

    s.request(model(1));
    s.request(model(2));
    s.request(model(3)); // replaces model 2, which is never computed
    expect(worker.posted.map((p) => p.model.causes[0]?.weight)).toEqual([1]);
    expect(s.busy).toBe(true);

    worker.reply(1);
    expect(replies).toEqual(['done 1']);
    expect(worker.posted.map((p) => p.model.causes[0]?.weight)).toEqual([1, 3]);

    worker.reply(2);
    expect(replies).toEqual(['done 1', 'done 2']);
    expect(s.busy).toBe(false);
  });

  it('ignores replies it did not ask for and terminates the worker on dispose', () => {
    const worker = new FakeWorker();
    const replies: string[] = [];
    const s = new RankScheduler(worker, (r) => replies.push(r.ok ? 'ok' : r.message));
    s.request(model(1));
    worker.reply(99);
    expect(replies).toEqual([]);
    s.dispose();
    expect(worker.terminated).toBe(true);
    expect(worker.onmessage).toBeNull();
  });
});
