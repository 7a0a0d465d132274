/**
 * How a test hands its measured figures to `npm run check:security`: the script runs the tests
 * with TRP_FIGURES_DIR set and reads `<name>.json` from there. Outside that run it is a no-op.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeFigures(name: string, value: unknown): void {
  const dir = process.env.TRP_FIGURES_DIR;
  if (dir) fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(value));
}

/** A bad-input probe's outcome: refused with a clear, typed error, or not. */
export interface BadInputFigures {
  cases: number;
  correctlyRefused: number;
}
