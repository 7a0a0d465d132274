/**
 * Declared units vs the indicator's unit. Bureau tables mix 元 / 万元 / 亿元 and 人 / 万人 for
 * the same quantity; those convert exactly by powers of ten. Anything else (元 vs %, 人 vs 元)
 * is a unit-mismatch error: converting it would be a guess.
 */

export interface ParsedUnit {
  /** Magnitude prefix (万 → 1e4, 亿 → 1e8, "100 million" → 1e8 …). */
  scale: number;
  /** What is counted, canonicalised ("yuan", "person", "%" …). */
  base: string;
}

const PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['千', 1e3],
  ['100million', 1e8],
  ['hundredmillion', 1e8],
  ['10thousand', 1e4],
  ['10000', 1e4],
  ['tenthousand', 1e4],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
];

const BASES: Record<string, string> = {
  元: 'yuan',
  yuan: 'yuan',
  cny: 'yuan',
  rmb: 'yuan',
  人民币元: 'yuan',
  人: 'person',
  person: 'person',
  persons: 'person',
  people: 'person',
  '%': '%',
  percent: '%',
  pct: '%',
  百分比: '%',
  户: 'household',
  households: 'household',
  个: 'count',
  所: 'count',
};

export function parseUnit(raw: string): ParsedUnit {
  // Units like "亿元 / 100 million CNY" carry both languages; the first half is enough.
  const first = raw.split(/\s+\/\s+/)[0] ?? raw;
  let s = first
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s,()]/g, '');
  let scale = 1;
  for (const [prefix, factor] of PREFIXES) {
    if (s.startsWith(prefix) && s.length > prefix.length) {
      scale = factor;
      s = s.slice(prefix.length);
      break;
    }
  }
  return { scale, base: BASES[s] ?? s };
}

export type UnitConversion = { ok: true; factor: number } | { ok: false };

/**
 * Factor that turns a value written in `declared` into the indicator's unit. `indicatorUnits`
 * are the indicator's Chinese and English unit strings; either may match the declaration.
 */
export function unitFactor(declared: string, indicatorUnits: readonly string[]): UnitConversion {
  const d = parseUnit(declared);
  for (const u of indicatorUnits) {
    const target = parseUnit(u);
    if (target.base === d.base) return { ok: true, factor: d.scale / target.scale };
  }
  return { ok: false };
}
