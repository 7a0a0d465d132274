/**
 * `npm run bench [-- --json]`: every performance figure the issues set a target for.
 * Each module in scripts/bench/ exports `bench(): Promise<Record<string, number>>`;
 * figures are milliseconds unless the name says otherwise. With --json, one JSON object on stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const asJson = process.argv.includes('--json');
const benchDir = path.join(import.meta.dirname, 'bench');
const modules = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort();

const figures: Record<string, number> = {};
for (const file of modules) {
  const mod = (await import(pathToFileURL(path.join(benchDir, file)).href)) as {
    bench?: () => Promise<Record<string, number>>;
  };
  if (typeof mod.bench !== 'function') continue;
  if (!asJson) process.stderr.write(`running ${file} …\n`);
  const result = await mod.bench();
  for (const [name, value] of Object.entries(result)) figures[name] = value;
}
figures.peakRssMB = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;

if (asJson) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [name, value] of Object.entries(figures)) {
    const unit = /MB$|Count$|Samples$|Ratio$/.test(name) ? '' : ' ms';
    process.stdout.write(`${name.padEnd(width)}  ${value.toFixed(3)}${unit}\n`);
  }
}
