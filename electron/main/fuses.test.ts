import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { flipFuses, FuseV1Options } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyFuses,
  expectedFuseBytes,
  FUSE_SENTINEL,
  FUSE_STATE,
  FUSES,
  FUSES_CHECKED_FOR_ELECTRON,
  fuseNames,
  libraryFuseConfig,
  readFuseWires,
} from './fuses';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Every fuse set to the OPPOSITE of our table, so a no-op flip cannot pass the read-back. */
function opposite(length: number): number[] {
  return Array.from({ length }, (_, i) =>
    expectedFuseBytes()[i] === FUSE_STATE.disable ? FUSE_STATE.enable : FUSE_STATE.disable,
  );
}

/**
 * A stand-in for the Electron binary: random bytes around one fuse wire per entry of `wires`
 * (sentinel, version byte 1, the wire length, the states). Electron 45 has a nine-fuse wire; a
 * universal macOS binary has two wires.
 */
function syntheticBinary(wires: number[][] = [opposite(9)]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-fuses-'));
  dirs.push(dir);
  const filler = (n: number, k: number) =>
    Buffer.from(Array.from({ length: n }, (_, i) => (i * k) % 251));
  const parts = [filler(4096, 37)];
  for (const wire of wires)
    parts.push(
      Buffer.from(FUSE_SENTINEL, 'ascii'),
      Buffer.from([1, wire.length, ...wire]),
      filler(2048, 11),
    );
  const file = path.join(dir, 'electron');
  fs.writeFileSync(file, Buffer.concat(parts));
  return file;
}

describe('fuse table (checklist item 19)', () => {
  it('decides all nine fuses of the Electron 45 wire, the checklist ones as it asks', () => {
    expect(FUSES.map((f) => f.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const value = Object.fromEntries(FUSES.map((f) => [f.name, f.enabled]));
    expect(value).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
      // Electron's default; the fuse @electron/fuses 1.8 has no name for.
      WasmTrapHandlers: true,
    });
    // The library's names agree with ours for the eight it knows.
    for (const f of FUSES.slice(0, 8)) expect(FuseV1Options[f.index]).toBe(f.name);
    expect(fuseNames()).toHaveLength(9);
  });

  it('was checked against the installed Electron major (upgrading Electron means revisiting it)', () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'node_modules/electron/package.json'), 'utf8'),
    ) as { version: string };
    expect(Number(pkg.version.split('.')[0])).toBe(FUSES_CHECKED_FOR_ELECTRON);
  });

  it('shows why the library cannot be strict here: @electron/fuses 1.8 refuses the nine-fuse wire', async () => {
    const file = syntheticBinary();
    await expect(
      flipFuses(file, { ...libraryFuseConfig, strictlyRequireAllFuses: true } as never),
    ).rejects.toThrow(/strictlyRequireAllFuses/);
  });
});

describe('applyFuses', () => {
  it('sets and reads back 9/9 fuses of an Electron 45 wire; the bytes around it are untouched', async () => {
    const file = syntheticBinary();
    const before = fs.readFileSync(file);
    await applyFuses(file);
    expect(await readFuseWires(file)).toEqual([expectedFuseBytes()]);
    const after = fs.readFileSync(file);
    expect(after.length).toBe(before.length);
    const wireAt = before.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
    const changed = [...after.keys()].filter((i) => after[i] !== before[i]);
    expect(changed.every((i) => i >= wireAt && i < wireAt + 9)).toBe(true);
  });

  it('sets both wires of a universal macOS binary', async () => {
    const file = syntheticBinary([opposite(9), opposite(9)]);
    await applyFuses(file);
    expect(await readFuseWires(file)).toEqual([expectedFuseBytes(), expectedFuseBytes()]);
  });

  it('refuses a binary with a fuse the table does not decide, naming its index', async () => {
    const file = syntheticBinary([[...opposite(9), FUSE_STATE.enable]]);
    await expect(applyFuses(file)).rejects.toThrow(/has 10 fuses .* decide fuse index 9/);
  });

  it('refuses a binary with fewer fuses than the table (the wrong Electron)', async () => {
    await expect(applyFuses(syntheticBinary([opposite(8)]))).rejects.toThrow(/has 8 fuses/);
  });

  it('refuses a binary without the sentinel rather than silently shipping unfused', async () => {
    const file = syntheticBinary();
    const bytes = fs.readFileSync(file);
    bytes.write('XXXX', bytes.indexOf(FUSE_SENTINEL), 'ascii');
    fs.writeFileSync(file, bytes);
    await expect(applyFuses(file)).rejects.toThrow(/sentinel/);
  });

  // Read where the electron package records its binary; require('electron') would try to download it.
  const electronBinary = ((): string | null => {
    const dir = path.join(repoRoot, 'node_modules/electron');
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  })();
  it.skipIf(electronBinary === null)(
    'matches the fuse wire of the installed Electron binary (runs where the binary is downloaded)',
    async () => {
      const [wire] = await readFuseWires(electronBinary ?? '');
      expect(wire).toHaveLength(FUSES.length);
    },
  );
});

describe('afterPack hook (scripts/after-pack.cjs)', () => {
  it('applies and verifies the fuses of a packed linux app', async () => {
    const file = syntheticBinary();
    const hook = createRequire(import.meta.url)('../../scripts/after-pack.cjs') as (
      ctx: unknown,
    ) => Promise<void>;
    await hook({
      appOutDir: path.dirname(file),
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'x' }, executableName: path.basename(file) },
    });
    expect(await readFuseWires(file)).toEqual([expectedFuseBytes()]);
  });
});
