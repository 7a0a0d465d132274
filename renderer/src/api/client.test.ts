// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { adoptTokenFromAddress, call, sessionToken, transportKind } from './client';

const summary = { id: 1, name: '默认情景', regionCode: 'NE', updatedAt: '2026-11-28' };

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState({}, '', '/');
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as unknown as Record<string, unknown>).planner;
});

describe('call via the Electron preload', () => {
  it('uses window.planner.<methodName> and never fetch', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const scenarioList = vi.fn(async () => ({ ok: true, value: [summary] }));
    const appPing = vi.fn(async () => ({ ok: true, value: { ok: true } }));
    (window as unknown as Record<string, unknown>).planner = { scenarioList, appPing };

    expect(transportKind()).toBe('preload');
    await expect(call('scenario:list', {})).resolves.toEqual([summary]);
    expect(scenarioList).toHaveBeenCalledWith({});
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('turns a WireResult error into a typed ApiError', async () => {
    (window as unknown as Record<string, unknown>).planner = {
      appPing: async () => ({ ok: true, value: { ok: true } }),
      scenarioGet: async () => ({
        ok: false,
        error: { code: 'not-found', message: 'no scenario 7', field: 'scenarioId' },
      }),
    };
    const error = await call('scenario:get', { scenarioId: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'not-found',
      message: 'no scenario 7',
      field: 'scenarioId',
    });
  });
});

describe('call via the browser shell (HTTP)', () => {
  it('POSTs JSON to /api/<channel> with the token from ?token=, kept for reloads', async () => {
    window.history.replaceState({}, '', '/index.html?token=s3cret');
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: [summary] }));
    vi.stubGlobal('fetch', fetchMock);

    expect(transportKind()).toBe('http');
    await expect(call('scenario:list', {})).resolves.toEqual([summary]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/scenario:list');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/json', 'x-trp-token': 's3cret' });
    expect(init.body).toBe('{}');

    // A reload without the query keeps working from sessionStorage.
    window.history.replaceState({}, '', '/index.html');
    expect(sessionToken()).toBe('s3cret');
  });

  it('takes the token out of the address bar and history, keeping the rest of the address', () => {
    window.history.replaceState({ keep: 1 }, '', '/index.html?lang=zh&token=s3cret#weights');
    expect(adoptTokenFromAddress()).toBe('s3cret');
    expect(window.location.search).toBe('?lang=zh');
    expect(window.location.hash).toBe('#weights');
    expect(window.location.href).not.toContain('s3cret');
    expect(window.history.state).toEqual({ keep: 1 });
    expect(sessionStorage.getItem('trp.token')).toBe('s3cret');
    // Nothing to adopt on a later load: the stored token is used.
    expect(adoptTokenFromAddress()).toBeNull();
    expect(sessionToken()).toBe('s3cret');
  });

  it('maps an HTTP error body to ApiError and a non-JSON 403 to forbidden', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(
          { ok: false, error: { code: 'invalid-request', message: 'bad', field: 'weight' } },
          400,
        ),
      ),
    );
    await expect(
      call('scenario:setCauseWeight', { scenarioId: 1, causeId: 'C1', weight: 2 }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
      field: 'weight',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Forbidden', { status: 403 })),
    );
    await expect(call('app:ping', {})).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a reply that does not match the contract', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ ok: true, value: [{ id: 'x' }] })),
    );
    await expect(call('scenario:list', {})).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('request validation', () => {
  it('rejects a bad request before any transport, naming the field', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const error = await call('scenario:setCauseWeight', {
      scenarioId: 1,
      causeId: 'C1',
      weight: -1,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-request', field: 'weight' });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
