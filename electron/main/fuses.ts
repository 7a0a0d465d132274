/**
 * Electron fuses for the packaged app (security checklist item 19). Fuses are bits baked into
 * the Electron binary at packaging time, so they hold even if an attacker controls the command
 * line or environment of an installed copy. scripts/after-pack.cjs calls applyFuses().
 *
 * The Electron 45 binary has NINE fuses; @electron/fuses 1.8 (the newest release that runs on
 * Node 20) names only the first eight. The ninth, WasmTrapHandlers (electron/electron#48983,
 * default on), is decided here by index and written by us; the library's own
 * `strictlyRequireAllFuses` cannot be used, because it refuses any wire longer than the eight fuses
 * it knows, which would stop `npm run dist`. Our own check is just as strict: a binary with a fuse
 * this table does not decide, or without one it does, fails packaging until someone decides.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/** The Electron major this table was checked against (node_modules/electron); the test pins it. */
export const FUSES_CHECKED_FOR_ELECTRON = 45;

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_STATE = { disable: 0x30, enable: 0x31, removed: 0x72, inherit: 0x90 } as const;

export interface FuseDecision {
  /** Position in the fuse wire. */
  index: number;
  name: string;
  enabled: boolean;
}

/** Every fuse of the Electron 45 wire, in wire order, with the value we ship. */
export const FUSES: readonly FuseDecision[] = [
  // `ELECTRON_RUN_AS_NODE=1 app.exe evil.js` would turn the signed app into a plain Node runtime.
  { index: FuseV1Options.RunAsNode, name: 'RunAsNode', enabled: false },
  { index: FuseV1Options.EnableCookieEncryption, name: 'EnableCookieEncryption', enabled: true },
  // NODE_OPTIONS=--require and --inspect would let anyone inject code into the main process.
  {
    index: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
    name: 'EnableNodeOptionsEnvironmentVariable',
    enabled: false,
  },
  {
    index: FuseV1Options.EnableNodeCliInspectArguments,
    name: 'EnableNodeCliInspectArguments',
    enabled: false,
  },
  // A tampered app.asar is refused instead of run.
  {
    index: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
    name: 'EnableEmbeddedAsarIntegrityValidation',
    enabled: true,
  },
  { index: FuseV1Options.OnlyLoadAppFromAsar, name: 'OnlyLoadAppFromAsar', enabled: true },
  // Left at Electron's default (off): we ship no separate browser-process snapshot.
  {
    index: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
    name: 'LoadBrowserProcessSpecificV8Snapshot',
    enabled: false,
  },
  // We load app://, never file://, so file: needs no extra privileges.
  {
    index: FuseV1Options.GrantFileProtocolExtraPrivileges,
    name: 'GrantFileProtocolExtraPrivileges',
    enabled: false,
  },
  // Unnamed in @electron/fuses 1.8. Left at Electron's default (on): V8 traps WebAssembly's
  // out-of-bounds accesses with signal handlers; turning it off is for memory-starved hosts only.
  { index: 8, name: 'WasmTrapHandlers', enabled: true },
];

const NAMED_BY_LIBRARY = FuseV1Options.GrantFileProtocolExtraPrivileges + 1;

/** The part of FUSES that @electron/fuses 1.8 can write; strictness is ours (applyFuses). */
export const libraryFuseConfig: FuseV1Config = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: false,
  ...Object.fromEntries(
    FUSES.filter((f) => f.index < NAMED_BY_LIBRARY).map((f) => [f.index, f.enabled]),
  ),
};

/** Every fuse index with the state byte it must have after flipping. */
export function expectedFuseBytes(): number[] {
  return FUSES.map((f) => (f.enabled ? FUSE_STATE.enable : FUSE_STATE.disable));
}

/** The fuse names, in wire order, for messages and the check:security report. */
export function fuseNames(): string[] {
  return FUSES.map((f) => f.name);
}

/** The file that holds the fuse wire: the binary itself, or the framework inside a macOS .app. */
export function fuseWireFile(binary: string): string {
  if (binary.endsWith('.app'))
    return path.join(
      binary,
      'Contents',
      'Frameworks',
      'Electron Framework.framework',
      'Electron Framework',
    );
  return binary;
}

/** The state bytes of every fuse wire in the file (two in a universal macOS binary). */
export async function readFuseWires(binary: string): Promise<number[][]> {
  const bytes = await fs.readFile(fuseWireFile(binary));
  const sentinel = Buffer.from(FUSE_SENTINEL, 'ascii');
  const wires: number[][] = [];
  for (let at = bytes.indexOf(sentinel); at >= 0; at = bytes.indexOf(sentinel, at + 1)) {
    const wire = at + sentinel.length;
    if (bytes[wire] !== Number(FuseVersion.V1))
      throw new Error(`fuse wire version ${bytes[wire]} is not ${FuseVersion.V1}: update fuses.ts`);
    const length = bytes[wire + 1] ?? 0;
    wires.push([...bytes.subarray(wire + 2, wire + 2 + length)]);
  }
  if (wires.length === 0)
    throw new Error(`no fuse sentinel in ${binary}: not an Electron binary (fuses need 12+)`);
  return wires;
}

/** Refuses a wire whose fuses are not exactly the ones FUSES decides. */
function checkWireLength(length: number): void {
  if (length > FUSES.length) {
    const unknown = Array.from({ length: length - FUSES.length }, (_, i) => FUSES.length + i);
    throw new Error(
      `strictlyRequireAllFuses: this Electron binary has ${length} fuses but electron/main/fuses.ts ` +
        `decides ${FUSES.length}; decide fuse index ${unknown.join(', ')} (Electron's fuses tutorial) before packaging`,
    );
  }
  if (length < FUSES.length)
    throw new Error(
      `this Electron binary has ${length} fuses but electron/main/fuses.ts decides ${FUSES.length} ` +
        `(checked for Electron ${FUSES_CHECKED_FOR_ELECTRON}): is the right Electron installed?`,
    );
}

/** Writes the fuses the library has no name for, in every wire of the file. */
async function writeUnnamedFuses(binary: string): Promise<void> {
  const file = fuseWireFile(binary);
  const bytes = await fs.readFile(file);
  const sentinel = Buffer.from(FUSE_SENTINEL, 'ascii');
  for (let at = bytes.indexOf(sentinel); at >= 0; at = bytes.indexOf(sentinel, at + 1)) {
    const first = at + sentinel.length + 2;
    for (const f of FUSES.filter((x) => x.index >= NAMED_BY_LIBRARY)) {
      if (bytes[first + f.index] === FUSE_STATE.removed) continue;
      bytes[first + f.index] = f.enabled ? FUSE_STATE.enable : FUSE_STATE.disable;
    }
  }
  await fs.writeFile(file, bytes);
}

/**
 * Sets every fuse of the binary to FUSES and reads them back; throws (stopping the packaging)
 * when the binary's fuses are not exactly the decided ones or one did not take.
 */
export async function applyFuses(
  binary: string,
  opts: { resetAdHocDarwinSignature?: boolean } = {},
): Promise<void> {
  for (const wire of await readFuseWires(binary)) checkWireLength(wire.length);
  // Ours first: the library's flip re-signs a macOS arm64 app, which must come last.
  await writeUnnamedFuses(binary);
  await flipFuses(binary, { ...libraryFuseConfig, ...opts });
  const expected = expectedFuseBytes();
  const wrong = new Set<string>();
  for (const wire of await readFuseWires(binary)) {
    expected.forEach((b, i) => {
      if (wire[i] !== b && wire[i] !== FUSE_STATE.removed) wrong.add(FUSES[i]?.name ?? `#${i}`);
    });
  }
  if (wrong.size > 0) throw new Error(`Fuses not applied: ${[...wrong].join(', ')}`);
}
