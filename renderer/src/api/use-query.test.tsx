// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../test-support/jsdom-root';
import { call } from './client';
import { storedDataVersion, subscribeStoredData, type StoredDataChange } from './stored-data';
import { useQuery } from './use-query';

const audit = (n: number) => ({
  total: n,
  entries: Array.from({ length: n }, (_, k) => ({
    id: k + 1,
    at: '2026-12-02T10:00:00.000Z',
    user: 'planner',
    scenarioId: 1,
    scenarioName: 'S',
    entity: 'cause_weight',
    key: 'C2',
    subject: { zh: 'C2 国家政策导向的影响', en: 'C2 Impact of national policy orientation' },
    changes: [],
    undone: false,
  })),
});

const settle = async () => {
  for (let k = 0; k < 5; k++) await act(async () => await Promise.resolve());
};

let mounted: MountedRoot;
let stored: number;
let auditReads: number;

beforeEach(() => {
  prepareJsdomForAntd();
  stored = 0;
  auditReads = 0;
  (window as unknown as Record<string, unknown>).planner = {
    appPing: async () => ({ ok: true, value: { ok: true } }),
    auditList: async () => {
      auditReads += 1;
      return { ok: true, value: audit(stored) };
    },
    scenarioSetCauseWeight: async () => ({
      ok: false,
      error: { code: 'not-found', message: 'no scenario 1' },
    }),
    settingsSet: async () => {
      stored += 1;
      return { ok: true, value: { userName: 'planner' } };
    },
  };
  mounted = mountRoot();
});

afterEach(() => {
  mounted.unmount();
  delete (window as unknown as Record<string, unknown>).planner;
});

function AuditCount() {
  const { data } = useQuery('audit:list', { offset: 0, limit: 20 });
  return <span data-testid="n">{data === null ? 'loading' : String(data.total)}</span>;
}

describe('the stored-data signal', () => {
  it('a completed write raises it with its channel and origin; a read does not', async () => {
    const seen: StoredDataChange[] = [];
    const stop = subscribeStoredData((c) => seen.push(c));
    const before = storedDataVersion();
    const origin = Symbol('test');
    await call('settings:set', { userName: 'planner' }, { origin });
    await call('audit:list', { offset: 0, limit: 20 });
    stop();
    expect(seen).toEqual([{ channel: 'settings:set', origin }]);
    expect(storedDataVersion()).toBe(before + 1);
  });

  it('a refused write raises nothing', async () => {
    const listener = vi.fn();
    const stop = subscribeStoredData(listener);
    await expect(
      call('scenario:setCauseWeight', { scenarioId: 1, causeId: 'C2', weight: 6.5 }),
    ).rejects.toThrow('no scenario 1');
    stop();
    expect(listener).not.toHaveBeenCalled();
  });

  it('a view reading stored data re-reads when a write lands elsewhere', async () => {
    act(() => mounted.root.render(<AuditCount />));
    await settle();
    expect(mounted.container.textContent).toBe('0');
    await act(async () => {
      await call('settings:set', { userName: 'planner' });
    });
    await settle();
    expect(mounted.container.textContent).toBe('1');
    expect(auditReads).toBe(2);
  });
});
