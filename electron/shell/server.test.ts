import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader } from '../main/security-policy';
import { silentLogger } from '../services/log';
import { cookieName } from './http-guard';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_REQUEST_BYTES } from '../../contract/evidence';
import { DEFAULT_LIMITS } from '../../db/import/limits';
import { MAX_BODY_BYTES, startShell, type RunningShell } from './server';
import { postApi, raw, type RawResponse } from './test-http';

let tmp: string;
let shell: RunningShell;
let api: (channel: string, body: unknown, headers?: Record<string, string>) => Promise<RawResponse>;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-shell-'));
  const rendererDir = path.join(tmp, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>planner</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'TOP SECRET');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(rendererDir, 'assets', 'link.js'));
  const dataDir = path.join(tmp, 'data');
  shell = await startShell({ port: 0, dataDir, rendererDir, log: silentLogger });
  api = (channel, body, headers = {}) => postApi(shell.port, shell.token, channel, body, headers);
});

afterAll(async () => {
  await shell.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('browser shell', () => {
  it('prints a loopback address with a 32-byte hex token', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
    expect(shell.url).toContain(shell.token);
  });

  it('serves index.html with the token, sets the cookie, and sends CSP + nosniff', async () => {
    const r = await raw(shell.port, { path: `/?token=${shell.token}` });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>planner</title>');
    expect(r.headers['content-security-policy']).toBe(cspHeader());
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toContain(`${cookieName(shell.port)}=${shell.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const asset = await raw(shell.port, {
      path: '/assets/app.js',
      headers: { cookie: `${cookieName(shell.port)}=${shell.token}` },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('refuses static files without a token (401) or with a wrong one (403)', async () => {
    expect((await raw(shell.port, { path: '/' })).status).toBe(401);
    expect((await raw(shell.port, { path: '/?token=deadbeef' })).status).toBe(403);
    const wrongCookie = await raw(shell.port, {
      path: '/assets/app.js',
      headers: { cookie: `${cookieName(shell.port)}=${'0'.repeat(64)}` },
    });
    expect(wrongCookie.status).toBe(403);
    expect(JSON.parse(wrongCookie.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses path traversal and symlinks out of the renderer folder', async () => {
    const cookie = `${cookieName(shell.port)}=${shell.token}`;
    for (const p of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/assets/link.js',
      '/index.html%00',
    ]) {
      const r = await raw(shell.port, { path: p, headers: { cookie } });
      expect(r.status, p).toBe(403);
      expect(r.body).not.toContain('TOP SECRET');
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${shell.port}`,
      '127.0.0.1',
      `127.0.0.1:${shell.port + 1}`,
    ]) {
      const r = await raw(shell.port, { path: `/?token=${shell.token}`, headers: { host } });
      expect(r.status, host).toBe(403);
    }
    const viaLocalhost = await raw(shell.port, {
      path: `/?token=${shell.token}`,
      headers: { host: `localhost:${shell.port}` },
    });
    expect(viaLocalhost.status).toBe(200);
  });

  it('answers a valid API call', async () => {
    const r = await api('app:ping', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { ok: true } });
    const list = JSON.parse((await api('scenario:list', {})).body) as {
      ok: boolean;
      value: unknown[];
    };
    expect(list.ok).toBe(true);
    expect(list.value.length).toBeGreaterThan(0);
    const fromOwnOrigin = await api('app:ping', {}, { origin: `http://127.0.0.1:${shell.port}` });
    expect(fromOwnOrigin.status).toBe(200);
  });

  it('refuses API calls without the token header, with a wrong one, or from a foreign Origin', async () => {
    const noToken = await raw(shell.port, {
      method: 'POST',
      path: '/api/app:ping',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noToken.status).toBe(401);
    expect((await api('app:ping', {}, { 'x-trp-token': 'x'.repeat(64) })).status).toBe(403);
    // The cookie alone must not authorise an API call (it would make CSRF possible).
    const cookieOnly = await raw(shell.port, {
      method: 'POST',
      path: '/api/app:ping',
      headers: {
        'content-type': 'application/json',
        cookie: `${cookieName(shell.port)}=${shell.token}`,
      },
      body: '{}',
    });
    expect(cookieOnly.status).toBe(401);
    for (const origin of [
      'http://evil.example',
      'null',
      `http://127.0.0.1:${shell.port + 1}`,
      `https://127.0.0.1:${shell.port}`,
    ]) {
      const r = await api('app:ping', {}, { origin });
      expect(r.status, origin).toBe(403);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('maps contract failures to status codes with a WireResult body', async () => {
    const unknown = await api('db:dropEverything', {});
    expect(unknown.status).toBe(403);
    const invalid = await api('scenario:setCauseWeight', {
      scenarioId: 1,
      causeId: 'C1',
      weight: 'heavy',
    });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', field: 'weight' },
    });
    const missing = await api('scenario:get', { scenarioId: 4242 });
    expect(missing.status).toBe(404);
    const badJson = await raw(shell.port, {
      method: 'POST',
      path: '/api/app:ping',
      headers: { 'content-type': 'application/json', 'x-trp-token': shell.token },
      body: '{not json',
    });
    expect(badJson.status).toBe(400);
    const notJson = await raw(shell.port, {
      method: 'POST',
      path: '/api/app:ping',
      headers: { 'content-type': 'text/plain', 'x-trp-token': shell.token },
      body: '{}',
    });
    expect(notJson.status).toBe(415);
    expect(
      (await raw(shell.port, { path: '/api/app:ping', headers: { 'x-trp-token': shell.token } }))
        .status,
    ).toBe(405);
  });

  it('refuses bodies over the size limit', async () => {
    // Declared too large: refused from the headers alone.
    const declared = await raw(shell.port, {
      method: 'POST',
      path: '/api/app:ping',
      headers: {
        'content-type': 'application/json',
        'x-trp-token': shell.token,
        'content-length': MAX_BODY_BYTES + 1,
      },
    });
    expect(declared.status).toBe(413);
    // Chunked (no length): refused once the bytes read pass the limit.
    const streamed = await raw(shell.port, {
      method: 'POST',
      path: '/api/app:ping',
      headers: {
        'content-type': 'application/json',
        'x-trp-token': shell.token,
        'transfer-encoding': 'chunked',
      },
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 0x20),
    });
    expect(streamed.status).toBe(413);
  });

  it('sizes the import cap from the importer limit plus base64 overhead', () => {
    expect(MAX_IMPORT_FILE_BYTES).toBe(DEFAULT_LIMITS.maxFileBytes);
    expect(MAX_IMPORT_REQUEST_BYTES).toBeGreaterThan((DEFAULT_LIMITS.maxFileBytes * 4) / 3);
  });

  it('lets the import channels carry a file up to the importer limit, and no more', async () => {
    // A 3 MB CSV (4 MB as base64) is over the general cap but a normal bureau export.
    const line = '辽宁,居民人均可支配收入,2025,40000\r\n';
    const csv = `地区,指标,年份,数值\r\n${line.repeat(Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(line)))}`;
    const body = Buffer.from(
      JSON.stringify({
        fileName: 'big.csv',
        bytesBase64: Buffer.from(csv, 'utf8').toString('base64'),
      }),
    );
    expect(body.length).toBeGreaterThan(MAX_BODY_BYTES);
    const big = await raw(shell.port, {
      method: 'POST',
      path: '/api/evidence:importPreview',
      headers: { 'content-type': 'application/json', 'x-trp-token': shell.token },
      body,
    });
    expect(big.status).toBe(200);
    expect(JSON.parse(big.body)).toMatchObject({ ok: true, value: { committed: false } });
    // The same body on any other channel is still refused.
    const elsewhere = await raw(shell.port, {
      method: 'POST',
      path: '/api/app:ping',
      headers: { 'content-type': 'application/json', 'x-trp-token': shell.token },
      body,
    });
    expect(elsewhere.status).toBe(413);
    // Over the import cap: refused from the headers, naming the file limit.
    const over = await raw(shell.port, {
      method: 'POST',
      path: '/api/evidence:importCommit',
      headers: {
        'content-type': 'application/json',
        'x-trp-token': shell.token,
        'content-length': MAX_IMPORT_REQUEST_BYTES + 1,
      },
    });
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body).error.message).toContain(
      `${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MB`,
    );
  });
});
