/**
 * electron-builder afterPack hook: sets the Electron fuses of the packed app to the table in
 * electron/main/fuses.ts (security checklist item 19), then reads them back and fails the build
 * if any fuse did not take or the binary has a fuse the table does not decide. It runs before
 * signing, which is where fuses must be set.
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks with require(): this file must be CommonJS. */
const path = require('node:path');
// The table lives in TypeScript so the app and its tests share one source of truth.
const tsx = require('tsx/cjs/api');

const { applyFuses, FUSES } = tsx.require('../electron/main/fuses.ts', __filename);

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
  await applyFuses(binary, { resetAdHocDarwinSignature: isArmMac });
  console.log(`  • fuses applied ${FUSES.length}/${FUSES.length} to ${binary}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.electronBinaryPath = electronBinaryPath;
