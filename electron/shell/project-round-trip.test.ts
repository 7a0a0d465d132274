/**
 * What the app exports, it imports — through the browser shell's HTTP API, as the planner does it:
 * a project of 111 scenarios (about 3.6 MB, over the shell's general 2 MB body cap) is exported
 * from one shell and imported into another, name clash dialog included, with every input intact.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../contract/domain';
import { writeFigures } from '../../scripts/security/figures';
import { silentLogger } from '../services/log';
import { MAX_BODY_BYTES, MAX_PROJECT_IMPORT_BYTES, startShell, type RunningShell } from './server';
import { postApi, raw } from './test-http';

const SCENARIOS = 111;

let tmp: string;
let from: RunningShell;
let to: RunningShell;

async function start(name: string): Promise<RunningShell> {
  const rendererDir = path.join(tmp, 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  return startShell({ port: 0, dataDir: path.join(tmp, name), rendererDir, log: silentLogger });
}

async function call<T>(shell: RunningShell, channel: string, body: unknown): Promise<T> {
  const r = await postApi(shell.port, shell.token, channel, body);
  const reply = JSON.parse(r.body) as { ok: boolean; value?: T; error?: { message: string } };
  if (!reply.ok) throw new Error(`${channel} → ${r.status}: ${reply.error?.message}`);
  return reply.value as T;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-roundtrip-'));
  from = await start('from');
  to = await start('to');
}, 60_000);

afterAll(async () => {
  await from.close();
  await to.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a 111-scenario project round-trips through the shell', () => {
  it('exports, imports back after the clash question, and keeps every input', async () => {
    const list = await call<{ id: number }[]>(from, 'scenario:list', {});
    const first = list[0]?.id ?? 1;
    await call(from, 'scenario:setCauseWeight', { scenarioId: first, causeId: 'C2', weight: 7.25 });
    for (let i = list.length; i < SCENARIOS; i += 1)
      await call(from, 'scenario:duplicate', { scenarioId: first, name: `情景副本 copy ${i}` });

    let t0 = performance.now();
    const file = await call<{ text: string; scenarioCount: number }>(from, 'project:export', {});
    const exportMs = performance.now() - t0;
    expect(file.scenarioCount).toBe(SCENARIOS);
    const bytes = Buffer.byteLength(JSON.stringify({ text: file.text }));
    expect(bytes).toBeGreaterThan(MAX_BODY_BYTES);
    expect(bytes).toBeLessThan(MAX_PROJECT_IMPORT_BYTES);

    // The receiving database has its own default scenario: the planner is asked first.
    t0 = performance.now();
    const asked = await call<{ status: string }>(to, 'project:import', { text: file.text });
    expect(asked.status).toBe('conflicts');
    const done = await call<{ status: string; imported: { id: number; name: string }[] }>(
      to,
      'project:import',
      { text: file.text, onConflict: 'rename' },
    );
    const importMs = performance.now() - t0;
    expect(done.status).toBe('imported');
    expect(done.imported).toHaveLength(SCENARIOS);

    const strip = (s: Scenario) => ({ ...s, id: 0, name: '', updatedAt: '' });
    const original = await call<Scenario>(from, 'scenario:get', { scenarioId: first });
    const copy = await call<Scenario>(to, 'scenario:get', { scenarioId: done.imported[0]!.id });
    expect(strip(copy)).toEqual(strip(original));
    expect(copy.causes.find((c) => c.id === 'C2')?.weight).toBe(7.25);

    const figures = {
      scenarios: SCENARIOS,
      bytes,
      exportMs: Math.round(exportMs),
      importMs: Math.round(importMs),
    };
    console.info(`[project round trip] ${JSON.stringify(figures)}`);
    writeFigures('project-round-trip', figures);
  }, 120_000);

  it('still refuses a project body over its own stated cap, naming it', async () => {
    const over = await raw(to.port, {
      method: 'POST',
      path: '/api/project:import',
      headers: {
        'content-type': 'application/json',
        'x-trp-token': to.token,
        'content-length': MAX_PROJECT_IMPORT_BYTES + 1,
      },
    });
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body).error.message).toContain('32 MB');
  });
});
