import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../contract/channels';
import { clipText } from '../../contract/clip-text';
import { formatFieldPath } from '../../contract/field-path';
import { dispatch, MAX_REPORTED_ISSUES } from './dispatch';
import type { Logger } from './log';
import { openTempServices, type TempServices } from './test-support';
import type { Services } from './types';

let t: TempServices;
beforeAll(async () => {
  t = await openTempServices();
});
afterAll(() => t.cleanup());

function recordingLogger(): Logger & { errors: Record<string, unknown>[] } {
  const errors: Record<string, unknown>[] = [];
  return {
    errors,
    info: () => undefined,
    error: (event, detail) => errors.push({ event, ...detail }),
  };
}

/** Row counts of the tables edits touch: a refused call must leave them all unchanged. */
function snapshot(): string {
  const tables = [
    'edit_log',
    'scenario_cause_weights',
    'scenario_impacts',
    'scenario_measures',
    'scenario_constraints',
  ];
  return tables
    .map((name) => {
      const rows = t.db.prepare(`SELECT * FROM ${name}`).all();
      return `${name}:${JSON.stringify(rows)}`;
    })
    .join('\n');
}

describe('formatFieldPath', () => {
  it('writes indices in brackets', () => {
    expect(formatFieldPath(['constraints', 'requires', 0, 1])).toBe('constraints.requires[0][1]');
    expect(formatFieldPath([])).toBe('');
  });

  it('clips long segments, keeping the original length', () => {
    expect(formatFieldPath(['coverage', 'k'.repeat(5000)])).toBe(
      `coverage.${'k'.repeat(80)}…（共 5000 字符 / 5000 chars）`,
    );
  });
});

describe('clipText', () => {
  it('keeps short text and never splits a surrogate pair', () => {
    expect(clipText('短 short')).toBe('短 short');
    expect(clipText('x'.repeat(80))).toBe('x'.repeat(80));
    const clipped = clipText(`${'a'.repeat(79)}𠀀tail`);
    expect(clipped.startsWith(`${'a'.repeat(79)}…`)).toBe(true);
    expect(clipped).toContain('共 85 字符 / 85 chars');
  });
});

describe('error messages for hostile requests stay short', () => {
  it('clips a huge unknown key and names the original length', async () => {
    const r = await dispatch(t.services, 'app:ping', { ['k'.repeat(100_000)]: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-request');
    expect(r.error.message.length).toBeLessThan(300);
    expect(r.error.message).toContain('100000 chars');
    expect(r.error.message).toMatch(/请求无效 \/ Invalid request — 未知字段 \/ unrecognized key/);
  });

  it('lists at most a few unknown keys and issues, counting the rest', async () => {
    const keys = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x${i}`, i]));
    const manyKeys = await dispatch(t.services, 'app:ping', keys);
    expect(manyKeys.ok).toBe(false);
    if (!manyKeys.ok) {
      expect(manyKeys.error.message).toContain('"x0", "x1", "x2"');
      expect(manyKeys.error.message).toContain('另有 497 个 / 497 more');
      expect(manyKeys.error.message).not.toContain('"x3"');
    }
    // Every field wrong at once: each is an issue, only the first few are spelled out.
    const manyIssues = await dispatch(t.services, 'scenario:setImpact', {
      scenarioId: 'x',
      measureId: 'bad id!',
      causeId: 'bad id!',
      low: 'x',
      likely: 'x',
      high: 'x',
    });
    expect(manyIssues.ok).toBe(false);
    if (!manyIssues.ok) {
      expect(manyIssues.error.field).toBe('scenarioId');
      expect(manyIssues.error.message.split('; ')).toHaveLength(MAX_REPORTED_ISSUES);
      expect(manyIssues.error.message).toMatch(/另有 \d+ 处问题 \/ \d+ more issues/);
    }
  });
});

describe('dispatch', () => {
  it('refuses unknown and prototype channel names as forbidden', async () => {
    for (const channel of [
      'nope',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      42,
      null,
      undefined,
      { toString: () => 'app:ping' },
    ]) {
      const r = await dispatch(t.services, channel, {});
      expect(r.ok, String(channel)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('forbidden');
    }
  });

  it('names the offending field of an invalid request', async () => {
    const r = await dispatch(t.services, 'scenario:setCauseWeight', {
      scenarioId: 1,
      causeId: 'C1',
      weight: -2,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'weight' } });
    const nested = await dispatch(t.services, 'scenario:setConstraints', {
      scenarioId: 1,
      constraints: {
        budget: null,
        maxMeasures: null,
        required: [],
        excluded: [],
        requires: [['M1', 'bad id!']],
        excludes: [],
      },
    });
    expect(nested).toMatchObject({ ok: false, error: { field: 'constraints.requires[0][1]' } });
    const extra = await dispatch(t.services, 'app:ping', { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('answers valid calls and persists edits', async () => {
    const list = await dispatch(t.services, 'scenario:list', {});
    expect(list.ok).toBe(true);
    const scenarioId = list.ok ? (list.value as { id: number }[])[0]!.id : 0;
    const r = await dispatch(t.services, 'scenario:setCauseWeight', {
      scenarioId,
      causeId: 'C7',
      weight: 10,
    });
    expect(r.ok).toBe(true);
    const again = await dispatch(t.services, 'scenario:get', { scenarioId });
    const c7 = again.ok
      ? (again.value as { causes: { id: string; weight: number }[] }).causes.find(
          (c) => c.id === 'C7',
        )
      : undefined;
    expect(c7?.weight).toBe(10);
    const who = t.db.prepare('SELECT user FROM edit_log ORDER BY id DESC LIMIT 1').get() as {
      user: string;
    };
    expect(who.user).toBe('tester');
    const info = await dispatch(t.services, 'app:info', {});
    expect(info).toEqual({
      ok: true,
      value: {
        version: '9.9.9',
        dataDir: t.dir,
        systemLocale: 'en',
        host: 'browser-shell',
        recovery: null,
        readOnly: null,
      },
    });
  });

  it('maps NotFound to not-found and engine input errors to invalid-request', async () => {
    const missing = await dispatch(t.services, 'scenario:get', { scenarioId: 9999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const badCause = await dispatch(t.services, 'scenario:setCauseWeight', {
      scenarioId: 1,
      causeId: 'C99',
      weight: 1,
    });
    expect(badCause).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('hides raw errors and broken replies behind a logged reference', async () => {
    const log = recordingLogger();
    const broken: Services = {
      ...t.services,
      'regions:list': () => {
        t.db.prepare('SELECT * FROM no_such_table').all();
        return [];
      },
      'app:ping': () => ({ ok: true, leaked: 'secret' }) as never,
      'scenario:list': () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    };
    for (const channel of ['regions:list', 'app:ping', 'scenario:list'] as const) {
      const r = await dispatch(broken, channel, {}, log);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('internal');
      expect(r.error.message).not.toMatch(/no_such_table|SqliteError|TypeError|secret|reading/);
      const ref = /ref ([0-9a-f]{8})/.exec(r.error.message)?.[1];
      expect(log.errors.some((e) => e.ref === ref && e.channel === channel)).toBe(true);
    }
    expect(JSON.stringify(log.errors)).toContain('no_such_table');
  });

  it('P1: arbitrary payloads on every channel never throw, never leak, never write', async () => {
    const before = snapshot();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channelNames.filter((c) => c.startsWith('scenario:set'))),
        fc.oneof(
          fc.anything({
            withTypedArray: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
            withBigInt: true,
          }),
          fc.record({
            scenarioId: fc.constantFrom(9999, 0, -1, 1.5, '1'),
            causeId: fc.constantFrom('C1', '', '__proto__'),
            weight: fc.double(),
          }),
          fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "scenarioId": 1}')),
        ),
        async (channel, payload) => {
          const r = await dispatch(t.services, channel, payload);
          if (r.ok) accepted++;
          else expect(['invalid-request', 'not-found']).toContain(r.error.code);
        },
      ),
      { numRuns: 500, seed: 7 },
    );
    // No generated payload names an existing scenario with a valid body, so nothing may change.
    expect(accepted).toBe(0);
    expect(snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
