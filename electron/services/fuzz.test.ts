/**
 * Property-based fuzzing of EVERY contract channel through the real dispatch (zod validation +
 * services) on a real seeded database in a temp folder (docs/security.md). Per channel: FUZZ_RUNS
 * arbitrary payloads (default 300, fixed seed). Required: no exception escapes dispatch, every
 * rejection is a typed WireError with a clear bilingual message and no internals, and a rejected
 * call leaves the database untouched. Then a hostile sender frame is refused on every channel.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNames, channels, errorCodes, type ChannelName } from '../../contract/channels';
import type { WireResult } from '../../contract/transport';
import { handleInvoke, type InvokeEventLike } from '../main/ipc-wrapper';
import { dispatch } from './dispatch';
import { openTempServices, type TempServices } from './test-support';
import type { Services } from './types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

let t: TempServices;
beforeAll(async () => {
  t = await openTempServices();
});
afterAll(() => t.cleanup());

/** Rows changed by this connection since it opened: cheap, and it moves on any INSERT/UPDATE/DELETE. */
const totalChanges = (): number =>
  (t.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/** A content hash of every table, for the slower whole-database comparison. */
function checksum(): string {
  const h = createHash('sha256');
  const tables = t.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    h.update(name);
    h.update(JSON.stringify(t.db.prepare(`SELECT * FROM "${name}"`).raw().all()));
  }
  return h.digest('hex');
}

/** The top-level keys a channel's request names, so near-valid records reach deeper checks. */
function requestKeys(channel: ChannelName): string[] {
  const schema: unknown = channels[channel].request;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil","x")',
    "'; DROP TABLE scenarios; --",
    '__proto__',
    'constructor',
    '\u0000',
    '\u202e\u200b',
    '𠀀🧪',
    'x'.repeat(100_000),
    '../../etc/passwd',
    'C1',
    'M1',
  ),
);
const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, 1, 2, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity),
);
const leaf = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

function payloads(channel: ChannelName): fc.Arbitrary<unknown> {
  const keys = requestKeys(channel);
  const nearValid =
    keys.length === 0
      ? fc.dictionary(hostileString, leaf, { maxKeys: 3 })
      : fc.record(
          Object.fromEntries(
            keys.map((k) => [k, fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }))]),
          ),
          {
            requiredKeys: [],
          },
        );
  return fc.oneof(
    fc.anything({
      withTypedArray: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withSparseArray: true,
    }),
    nearValid,
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "scenarioId": 1}') as unknown),
    fc.constant(Object.create(null) as unknown),
  );
}

const stats = { runs: 0, uncaught: 0, rejected: 0, accepted: 0, internal: 0, overlong: 0 };

function assertTypedError(r: WireResult<ChannelName>): void {
  if (r.ok) return;
  expect(errorCodes).toContain(r.error.code);
  expect(typeof r.error.message).toBe('string');
  expect(r.error.message.length).toBeGreaterThan(5);
  if (r.error.message.length > 2000) stats.overlong += 1;
  // Chinese and English both, and nothing from the inside of the process.
  expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(r.error.message).toMatch(/[A-Za-z]/);
  expect(r.error.message).not.toMatch(/SqliteError|TypeError|RangeError|\n\s+at |node_modules/);
  expect(Object.keys(r.error).every((k) => ['code', 'message', 'field'].includes(k))).toBe(true);
}

describe('fuzz: every contract channel through the real dispatch', () => {
  it.each(channelNames)('%s', async (channel) => {
    const before = checksum();
    let acceptedHere = 0;
    await fc.assert(
      fc.asyncProperty(payloads(channel), async (payload) => {
        stats.runs += 1;
        const changes = totalChanges();
        let r: WireResult<ChannelName>;
        try {
          r = await dispatch(t.services, channel, payload);
        } catch (error) {
          stats.uncaught += 1;
          throw error;
        }
        if (r.ok) {
          stats.accepted += 1;
          acceptedHere += 1;
          return;
        }
        stats.rejected += 1;
        if (r.error.code === 'internal') stats.internal += 1;
        assertTypedError(r);
        expect(r.error.code).not.toBe('internal');
        expect(totalChanges()).toBe(changes);
      }),
      { numRuns: RUNS, seed: 20261128 },
    );
    // Accepted calls may legitimately write (e.g. edits:undo with {}); re-baseline only then.
    if (acceptedHere === 0) expect(checksum()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('error messages stay short for hostile keys', () => {
    expect(stats.overlong).toBe(0);
  });

  it('ran thousands of payloads with no uncaught exception', () => {
    expect(stats.runs).toBe(RUNS * channelNames.length);
    expect(stats.uncaught).toBe(0);
    expect(stats.internal).toBe(0);
    const figures = { channels: channelNames.length, ...stats };
    console.info(`[fuzz] ${JSON.stringify(figures)}`);
    // scripts/check-security.ts reads the measured figures from here.
    const dir = process.env.TRP_FIGURES_DIR;
    if (dir) fs.writeFileSync(path.join(dir, 'fuzz.json'), JSON.stringify(figures));
  });
});

describe('hostile sender frames are refused on every channel', () => {
  const frames: InvokeEventLike[] = [
    { senderFrame: null },
    { senderFrame: { url: 'https://evil.example/', parent: null } as never },
    { senderFrame: { url: 'app://planner.evil/', parent: null } as never },
    { senderFrame: { url: 'app://planner@evil/', parent: null } as never },
    { senderFrame: { url: 'file:///etc/passwd', parent: null } as never },
    { senderFrame: { url: 'app://planner/index.html', parent: {} } as never },
    {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    },
  ];

  it('never reaches a service', async () => {
    const called: string[] = [];
    const spy = new Proxy(t.services, {
      get(target, prop, receiver) {
        called.push(String(prop));
        return Reflect.get(target, prop, receiver) as unknown;
      },
    }) as Services;
    let refused = 0;
    for (const channel of channelNames) {
      for (const event of frames) {
        const r = await handleInvoke(spy, channel, event, {});
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('forbidden');
        refused += 1;
      }
    }
    expect(refused).toBe(channelNames.length * frames.length);
    const dir = process.env.TRP_FIGURES_DIR;
    if (dir)
      fs.writeFileSync(
        path.join(dir, 'senders.json'),
        JSON.stringify({ refused, calls: called.length }),
      );
    expect(called).toEqual([]);
    // The positive control: our own top-level frame does get through.
    const ok = await handleInvoke(
      spy,
      'app:ping',
      { senderFrame: { url: 'app://planner/index.html', parent: null } as never },
      {},
    );
    expect(ok.ok).toBe(true);
  });
});
