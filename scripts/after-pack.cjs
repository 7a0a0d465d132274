/**
 * electron-builder afterPack hook: flips the Electron fuses of the packed app to the config in
 * electron/main/fuses.ts (security checklist item 19), then reads them back and fails the build
 * if any fuse did not take. It runs before signing, which is where fuses must be set.
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks with require(): this file must be CommonJS. */
const path = require('node:path');
const { flipFuses, getCurrentFuseWire } = require('@electron/fuses');
// The config lives in TypeScript so the app and its tests share one source of truth.
const tsx = require('tsx/cjs/api');

const { fuseConfig, expectedFuseBytes, fuseNames } = tsx.require(
  '../electron/main/fuses.ts',
  __filename,
);

/** The file that carries the fuse wire for each platform's packed app. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const product = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${product}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${product}.exe`);
  return path.join(appOutDir, packager.executableName || product);
}

async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const isArmMac = context.electronPlatformName === 'darwin' && context.arch === 3; // Arch.arm64
  await flipFuses(binary, { ...fuseConfig, resetAdHocDarwinSignature: isArmMac });
  const wire = await getCurrentFuseWire(binary);
  const expected = expectedFuseBytes();
  const names = fuseNames();
  const wrong = expected.flatMap((b, i) => (wire[i] === b ? [] : [names[i]]));
  if (wrong.length > 0) throw new Error(`Fuses not applied: ${wrong.join(', ')}`);
  console.log(`  • fuses applied ${expected.length}/${expected.length} to ${binary}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.electronBinaryPath = electronBinaryPath;
