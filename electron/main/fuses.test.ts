import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flipFuses, getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import { expectedFuseBytes, FUSE_SENTINEL, FUSE_STATE, fuseConfig, fuseNames } from './fuses';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/**
 * A stand-in for the Electron binary: random bytes around the sentinel, version byte 1, the
 * wire length and every fuse in the INHERIT-like "unset" state a fresh build ships with. We set
 * the fuses to the OPPOSITE of our config first so a no-op flip cannot pass the read-back.
 */
function syntheticBinary(length = 8, initial?: number[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-fuses-'));
  dirs.push(dir);
  const wire =
    initial ??
    expectedFuseBytes().map((b) =>
      b === FUSE_STATE.enable ? FUSE_STATE.disable : FUSE_STATE.enable,
    );
  const body = Buffer.concat([
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 251)),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, length, ...wire.slice(0, length)]),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 11) % 241)),
  ]);
  const file = path.join(dir, 'electron');
  fs.writeFileSync(file, body);
  return file;
}

describe('fuse config (checklist item 19)', () => {
  it('sets the seven security fuses the checklist names, plus the V8 snapshot fuse at its default', () => {
    expect(fuseConfig.strictlyRequireAllFuses).toBe(true);
    expect(fuseConfig[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuseConfig[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuseConfig[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(fuseNames()).toHaveLength(8);
  });

  it('round-trips onto a synthetic fuse wire: 8/8 fuses read back as intended', async () => {
    const file = syntheticBinary();
    const before = await getCurrentFuseWire(file);
    expect(before[FuseV1Options.RunAsNode]).toBe(FUSE_STATE.enable);
    await flipFuses(file, fuseConfig);
    const after = await getCurrentFuseWire(file);
    const expected = expectedFuseBytes();
    const matching = expected.filter((b, i) => after[i as FuseV1Options] === b).length;
    expect(matching).toBe(8);
    // Only the wire changed: the bytes around it are untouched.
    const bytes = fs.readFileSync(file);
    expect(bytes.indexOf(FUSE_SENTINEL)).toBe(4096);
    expect(bytes.length).toBe(4096 + FUSE_SENTINEL.length + 2 + 8 + 4096);
  });

  it('refuses a wire with a fuse we have no decision for (strictlyRequireAllFuses)', async () => {
    const file = syntheticBinary(9, [...expectedFuseBytes(), FUSE_STATE.enable]);
    await expect(flipFuses(file, fuseConfig)).rejects.toThrow(/strictlyRequireAllFuses/);
  });

  it('refuses a binary without the sentinel rather than silently shipping unfused', async () => {
    const file = syntheticBinary();
    const bytes = fs.readFileSync(file);
    bytes.write('XXXX', bytes.indexOf(FUSE_SENTINEL), 'ascii');
    fs.writeFileSync(file, bytes);
    await expect(flipFuses(file, fuseConfig)).rejects.toThrow(/sentinel/);
  });
});

describe('afterPack hook (scripts/after-pack.cjs)', () => {
  it('flips and verifies the fuses of a packed linux app', async () => {
    const file = syntheticBinary();
    const { createRequire } = await import('node:module');
    const req = createRequire(import.meta.url);
    const hook = req('../../scripts/after-pack.cjs') as (ctx: unknown) => Promise<void>;
    await hook({
      appOutDir: path.dirname(file),
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'x' }, executableName: path.basename(file) },
    });
    const after = await getCurrentFuseWire(file);
    expect(expectedFuseBytes().every((b, i) => after[i as FuseV1Options] === b)).toBe(true);
  });
});
