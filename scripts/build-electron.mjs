#!/usr/bin/env node
/**
 * Bundles the Electron side with esbuild:
 *   electron/main/index.ts    → out/electron/main.cjs    (Node platform; electron and the native
 *                                better-sqlite3 stay external: Electron provides the first, the
 *                                second is loaded from node_modules / app.asar.unpacked)
 *   electron/preload/index.ts → out/electron/preload.cjs (sandboxed preloads can require only
 *                                'electron', so the contract and zod are bundled in)
 * Usage: node scripts/build-electron.mjs [--outdir DIR]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Shared by the build and the preload test (which bundles into a temporary folder). */
export async function buildElectron(outdir = path.join(repoRoot, 'out/electron')) {
  const common = {
    bundle: true,
    format: 'cjs',
    sourcemap: 'linked',
    logLevel: 'warning',
    absWorkingDir: repoRoot,
    // Electron 45 ships Node 22 and Chromium 142.
    legalComments: 'none',
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(repoRoot, 'electron/main/index.ts')],
      outfile: path.join(outdir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
      external: ['electron', 'better-sqlite3'],
    }),
    build({
      ...common,
      entryPoints: [path.join(repoRoot, 'electron/preload/index.ts')],
      outfile: path.join(outdir, 'preload.cjs'),
      platform: 'browser',
      target: 'chrome142',
      external: ['electron'],
    }),
  ]);
  return { main: path.join(outdir, 'main.cjs'), preload: path.join(outdir, 'preload.cjs') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--outdir');
  const outdir = at > 0 ? path.resolve(process.argv[at + 1] ?? '') : undefined;
  const out = await buildElectron(outdir);
  process.stdout.write(
    `built ${path.relative(repoRoot, out.main)} and ${path.relative(repoRoot, out.preload)}\n`,
  );
}
