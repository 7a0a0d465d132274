/**
 * Requests no browser would send, and the shell's log afterwards: every one is answered with a
 * 4xx and a bilingual WireResult (never a 500 or a stack trace), and the per-launch token never
 * appears in shell.log, whatever carried it (the address, a header, an error message).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFigures } from '../../scripts/security/figures';
import { createFileLogger, describeError, redactingLogger, redactTokens } from '../services/log';
import { startShell, type RunningShell } from './server';
import { postApi, raw } from './test-http';

let tmp: string;
let dataDir: string;
let shell: RunningShell;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-hostile-http-'));
  const rendererDir = path.join(tmp, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>planner</title>');
  dataDir = path.join(tmp, 'data');
  shell = await startShell({
    port: 0,
    dataDir,
    rendererDir,
    log: createFileLogger(dataDir, 'shell'),
  });
});

afterAll(async () => {
  await shell.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const shellLog = (): string => fs.readFileSync(path.join(dataDir, 'logs', 'shell.log'), 'utf8');

describe('hostile request targets', () => {
  const targets = (token: string): string[] => [
    '//[',
    `//[?token=${token}`,
    '//[::1]:80/x',
    '//evil.example/?token=x',
    `///?token=${token}`,
    '/%ZZ',
    `/%ZZ?token=${token}`,
    '/\u00ff',
    `/../../etc/passwd?token=${token}`,
    `/index.html?token=${token}&token=${token}`,
    `/?token=${token}#frag`,
    '/?token=%E0%A4%A',
  ];

  it('are answered 4xx with a bilingual message, never 500 or a stack', async () => {
    let refused = 0;
    let handled = 0;
    const all = targets(shell.token);
    for (const target of all) {
      const r = await raw(shell.port, { path: target });
      // A well-formed request with the right token may be served; everything else is refused.
      expect(r.status, target).toBeLessThan(500);
      expect(r.body, target).not.toMatch(/at .+\(.+:\d+:\d+\)|TypeError|ERR_INVALID_URL/);
      // Node's own HTTP parser answers a malformed request line with a bare 400 before we see it.
      if (r.status >= 400 && r.body !== '') {
        expect(JSON.parse(r.body), target).toMatchObject({
          ok: false,
          error: { code: expect.any(String) },
        });
      }
      if (r.status >= 400) refused += 1;
      handled += 1;
    }
    expect(refused).toBeGreaterThan(all.length / 2);
    // `GET //[` without a token is exactly the request that used to answer 500.
    expect((await raw(shell.port, { path: '//[' })).status).toBe(401);
    writeFigures('shell-requests', { cases: all.length, correctlyRefused: handled });
  });

  it('leave no stack trace and no token in shell.log', async () => {
    await postApi(shell.port, shell.token, 'app:ping', {});
    await raw(shell.port, {
      method: 'POST',
      path: `/api/app:ping?token=${shell.token}`,
      headers: { 'content-type': 'application/json', 'x-trp-token': shell.token },
      body: '{not json',
    });
    const log = shellLog();
    expect(log).toContain('shell-started');
    expect(log).not.toContain(shell.token);
    expect(log).not.toMatch(/"stack"/);
    expect(log).not.toContain('shell-request-failed');
    expect(log).not.toMatch(/token=(?!\[redacted\])/);
  });
});

describe('token redaction in logs', () => {
  const token = 'a'.repeat(64);

  it('removes token= values from any line, including an error quoting the URL', () => {
    const error = new TypeError(`Invalid URL: //[?token=${token}&x=1`);
    const line = redactTokens(
      JSON.stringify({ url: `/x?token=${token}`, ...describeError(error) }),
    );
    expect(line).not.toContain(token);
    expect(line).toContain('token=[redacted]&x=1');
    expect(redactTokens('{"x-trp-token":"abc"}')).toBe('{"x-trp-token":"[redacted]"}');
  });

  it('removes the exact secret wherever it appears, nested or not', () => {
    const lines: unknown[] = [];
    const log = redactingLogger(
      { info: (e, d) => lines.push([e, d]), error: (e, d) => lines.push([e, d]) },
      () => [token],
    );
    log.error('x', { path: `/${token}/index.html`, nested: { list: [`Bearer ${token}`] }, n: 1 });
    log.info('y');
    expect(JSON.stringify(lines)).not.toContain(token);
    expect(lines[0]).toEqual([
      'x',
      { path: '/[redacted]/index.html', nested: { list: ['Bearer [redacted]'] }, n: 1 },
    ]);
    expect(lines[1]).toEqual(['y', undefined]);
  });
});
