/** Tiny linear scale + "nice" ticks for the hand-made SVG charts (no DOM, so it prints with JS off). */

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Ticks from 0 (or the negative end) to past `max`, at a 1-2-2.5-5 step. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const span = Math.max(max - min, 1e-9);
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((s) => s * mag >= raw) ?? 10) * mag;
  const start = Math.floor(min / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-6; v += step)
    // toPrecision drops float noise (3 × 0.2 = 0.6000000000000001) that would print as a tick label.
    ticks.push(Number((Math.round(v / step) * step).toPrecision(12)));
  if (ticks[ticks.length - 1]! < max - 1e-9)
    ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

/** Truncate a label for a chart axis; the full text is always in the table beside the chart. */
export function clip(text: string, maxWidth: number): string {
  let width = 0;
  let out = '';
  for (const ch of text) {
    // CJK ideographs and full-width punctuation take about two Latin columns.
    const w = ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
    if (width + w > maxWidth - 1) return `${out}…`;
    width += w;
    out += ch;
  }
  return out;
}
