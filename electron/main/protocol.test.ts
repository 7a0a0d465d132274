import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAppProtocol, registerAppScheme, respondAppRequest } from './protocol';
import { cspHeader } from './security-policy';

let root: string;
beforeAll(() => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-protocol-'));
  root = path.join(tmp, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><p>app</p>');
  fs.writeFileSync(path.join(root, 'assets/x.css'), 'p{}');
  fs.writeFileSync(path.join(tmp, 'outside.txt'), 'outside');
});
afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('registers app as a standard, secure, fetch-capable scheme', () => {
    let schemes: unknown;
    registerAppScheme({
      registerSchemesAsPrivileged: (s: unknown) => (schemes = s),
    } as unknown as Protocol);
    expect(schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves renderer files with the CSP header', async () => {
    const index = await respondAppRequest(root, 'app://planner/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(cspHeader());
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('<p>app</p>');
    const css = await respondAppRequest(root, 'app://planner/assets/x.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('refuses traversal and other hosts, 404s missing assets', async () => {
    expect((await respondAppRequest(root, 'app://planner/%2e%2e/outside.txt')).status).toBe(403);
    expect((await respondAppRequest(root, 'app://planner/..%5coutside.txt')).status).toBe(403);
    expect((await respondAppRequest(root, 'app://evil/index.html')).status).toBe(403);
    expect((await respondAppRequest(root, 'app://planner/assets/none.js')).status).toBe(404);
  });

  it('handle() routes the app scheme to the renderer folder', async () => {
    let handler: ((r: Request) => Promise<Response>) | undefined;
    let scheme = '';
    handleAppProtocol(
      {
        handle: (s: string, h: typeof handler) => ((scheme = s), (handler = h)),
      } as unknown as Protocol,
      root,
    );
    expect(scheme).toBe('app');
    const res = await handler!(new Request('app://planner/index.html'));
    expect(res.status).toBe(200);
  });
});
