/**
 * Electron fuses for the packaged app (security checklist item 19). Fuses are bits baked into
 * the Electron binary at packaging time, so they hold even if an attacker controls the command
 * line or environment of an installed copy. scripts/after-pack.cjs applies this config.
 */
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/** The wire layout of @electron/fuses 1.8 (Node 20): version byte 1 and eight fuses. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_STATE = { disable: 0x30, enable: 0x31, removed: 0x72, inherit: 0x90 } as const;

export const fuseConfig = {
  version: FuseVersion.V1,
  // A future Electron that adds a fuse must fail packaging until someone decides its value.
  strictlyRequireAllFuses: true,
  // `ELECTRON_RUN_AS_NODE=1 app.exe evil.js` would turn the signed app into a plain Node runtime.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS=--require and --inspect would let anyone inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // A tampered app.asar is refused instead of run.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Left at Electron's default (off): we ship no separate browser-process snapshot.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // We load app://, never file://, so file: needs no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} satisfies FuseV1Config;

/** Every fuse index with the state byte it must have after flipping. */
export function expectedFuseBytes(): number[] {
  const out: number[] = [];
  for (let i = 0; i <= FuseV1Options.GrantFileProtocolExtraPrivileges; i += 1) {
    const value = fuseConfig[i as FuseV1Options];
    out.push(value ? FUSE_STATE.enable : FUSE_STATE.disable);
  }
  return out;
}

/** The fuse names, in wire order, for messages and the check:security report. */
export function fuseNames(): string[] {
  return expectedFuseBytes().map((_, i) => FuseV1Options[i] ?? `fuse-${i}`);
}
