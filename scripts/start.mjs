#!/usr/bin/env node
/**
 * `npm start` (after `npm run build`): the desktop app when an Electron runtime is installed,
 * otherwise the browser shell. The runtime is detected WITHOUT require('electron'): without its
 * binary that call throws (≤ 41) or starts a download and then throws (≥ 45).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** node_modules/electron/path.txt names the binary inside node_modules/electron/dist. */
function electronBinary(root = repoRoot) {
  const pathFile = path.join(root, 'node_modules/electron/path.txt');
  if (!fs.existsSync(pathFile))
    return { binary: null, reason: 'node_modules/electron/path.txt missing' };
  const rel = fs.readFileSync(pathFile, 'utf8').trim();
  const binary = path.join(root, 'node_modules/electron/dist', rel);
  if (rel === '' || !fs.existsSync(binary))
    return { binary: null, reason: `${path.relative(root, binary)} missing` };
  return { binary, reason: '' };
}

function run(command, args) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env: process.env });
  // Forward Ctrl-C / kill so the child closes its database cleanly.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const { binary, reason } = electronBinary();
if (binary) {
  run(binary, [path.join(repoRoot, 'out/electron/main.cjs'), ...process.argv.slice(2)]);
} else {
  process.stdout.write(
    `Electron runtime not installed (${reason}); starting the browser shell instead:\n`,
  );
  run(process.execPath, [
    '--import',
    'tsx',
    path.join(repoRoot, 'electron/shell/serve.ts'),
    ...process.argv.slice(2),
  ]);
}
