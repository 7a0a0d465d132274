import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcMain } from 'electron';
import { channelNames } from '../../contract/channels';
import { openTempServices, type TempServices } from '../services/test-support';
import { handleInvoke, registerIpcHandlers, type InvokeEventLike } from './ipc-wrapper';

let t: TempServices;
beforeAll(async () => {
  t = await openTempServices();
});
afterAll(() => t.cleanup());

const top = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: null } as never });

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel and can remove them', () => {
    const handled: string[] = [];
    const removed: string[] = [];
    const fake = {
      handle: (channel: string) => handled.push(channel),
      removeHandler: (channel: string) => removed.push(channel),
    } as unknown as IpcMain;
    const dispose = registerIpcHandlers(fake, t.services, {
      info: () => undefined,
      error: () => undefined,
    });
    expect(handled).toEqual([...channelNames]);
    dispose();
    expect(removed).toEqual([...channelNames]);
  });
});

describe('handleInvoke', () => {
  it('P3: refuses hostile senders, sub-frames and missing frames', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.webUrl().map(top),
          fc
            .constantFrom(
              'app://planner.evil/',
              'app://planner@evil/',
              'file:///index.html',
              'data:text/html,x',
              'null',
            )
            .map(top),
          fc.constant({
            senderFrame: {
              url: 'app://planner/index.html',
              parent: { url: 'app://planner/' },
            } as never,
          }),
          fc.constant({ senderFrame: null }),
        ),
        async (event) => {
          const r = await handleInvoke(t.services, 'app:ping', event, {});
          if (r.ok) accepted++;
          else expect(r.error.code).toBe('forbidden');
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
    expect(accepted).toBe(0);
  });

  it('treats a destroyed frame (throwing getter) as untrusted', async () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const r = await handleInvoke(t.services, 'app:ping', event, {});
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('P2: schema-valid payloads from the app frame are all accepted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        async (causeId, weight) => {
          const r = await handleInvoke(
            t.services,
            'scenario:setCauseWeight',
            top('app://planner/index.html'),
            { scenarioId: 1, causeId, weight },
          );
          expect(r.ok).toBe(true);
        },
      ),
      { numRuns: 100, seed: 5 },
    );
  });
});
