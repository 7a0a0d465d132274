/**
 * electron-builder packs every package in `dependencies` (and their dependencies) into the app,
 * while esbuild (main, preload) and Vite (renderer) bundle everything else. So `dependencies` must
 * be exactly what the packaged main process loads from node_modules at run time: the externals the
 * bundle still require()s, and the font packages the briefing reads from disk. Anything bundled
 * belongs in devDependencies: listing it in `dependencies` only makes the installer larger
 * (293.5 MB of production packages before this rule, 109.9 MB after).
 */
import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { bundledFaces, FONT_PACKAGES } from '../electron/briefing/fonts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  build: { files: string[] };
};
let outDir: string;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-deps-'));
  await promisify(execFile)(
    process.execPath,
    [path.join(repoRoot, 'scripts/build-electron.mjs'), '--outdir', outDir],
    { cwd: repoRoot },
  );
}, 120_000);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

/** Package names a bundle still loads with require("…") (Node built-ins and Electron aside). */
function runtimeRequires(file: string): string[] {
  const code = fs.readFileSync(path.join(outDir, file), 'utf8');
  const builtins = new Set(builtinModules);
  const names = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)]
    .map((m) => m[1] ?? '')
    .filter((n) => !n.startsWith('node:') && !builtins.has(n) && n !== 'electron')
    .map((n) => (n.startsWith('@') ? n.split('/').slice(0, 2).join('/') : (n.split('/')[0] ?? n)));
  return [...new Set(names)].sort();
}

describe('packaged dependencies', () => {
  it('the bundles load nothing from node_modules except better-sqlite3, and only by name', () => {
    expect(runtimeRequires('main.cjs')).toEqual(['better-sqlite3']);
    expect(runtimeRequires('preload.cjs')).toEqual([]);
    // A require(variable) would escape this check: esbuild leaves none in our code.
    const main = fs.readFileSync(path.join(outDir, 'main.cjs'), 'utf8');
    expect(main).not.toMatch(/\brequire\(\s*[A-Za-z_$][\w$]*\s*\)/);
  });

  it('`dependencies` is exactly the run-time set; everything bundled is a devDependency', () => {
    const runtime = [...runtimeRequires('main.cjs'), ...FONT_PACKAGES].sort();
    expect(Object.keys(pkg.dependencies).sort()).toEqual(runtime);
    for (const name of ['antd', 'react', 'react-dom', 'recharts', 'zod', 'playwright-core']) {
      expect(pkg.devDependencies[name], name).toBeDefined();
    }
  });
});

/** Every file under a folder, with its size. */
function walk(dir: string): { file: string; bytes: number }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [{ file: full, bytes: fs.statSync(full).size }];
  });
}

describe('packed font files', () => {
  it('keep every face the briefing embeds and leave out the other weights, styles and formats', () => {
    // electron-builder's own matcher, with the node_modules exclusions of build.files.
    const exclusions = pkg.build.files.filter((p) => p.startsWith('!**/node_modules/'));
    const filter = new FileMatcher(repoRoot, '/app', (p) => p, [
      '**/*',
      ...exclusions,
    ]).createFilter();
    const aFile = { isDirectory: () => false } as fs.Stats;
    const packed = (file: string) => filter(file, aFile);

    const faces = bundledFaces();
    expect(faces.length).toBeGreaterThan(50);
    for (const face of faces) expect(packed(face.file), face.file).toBe(true);
    for (const name of FONT_PACKAGES)
      for (const css of ['400.css', '700.css', 'package.json'])
        expect(packed(path.join(repoRoot, 'node_modules', name, css)), css).toBe(true);

    const files = FONT_PACKAGES.flatMap((name) => walk(path.join(repoRoot, 'node_modules', name)));
    const kept = files.filter((f) => packed(f.file));
    const mb = (list: typeof files) => list.reduce((s, f) => s + f.bytes, 0) / 1e6;
    // 84 MB of font packages, of which the briefing reads the 400 and 700 woff2 faces.
    expect(mb(kept)).toBeLessThan(mb(files) / 4);
    expect(kept.some((f) => /-(300|500)-normal\.woff2$|\.woff$|-italic\./.test(f.file))).toBe(
      false,
    );
  });
});
