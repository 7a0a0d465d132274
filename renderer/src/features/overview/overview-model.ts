/**
 * Pure shaping for the overview: which value stands for the region on each key indicator, what it
 * is compared with, and how robust the current best package is. Kept out of the components so the
 * figures a planner reads first are unit-tested.
 */
import type { Region } from '../../../../electron/contract/domain';
import type { ObservationCell, ObservationsResult } from '../../../../electron/contract/evidence';
import type { PackageSmaaResult } from '../../../../engine/robustness/smaa-packages';
import { nationalReference, provinceYears, type Reference } from '../evidence/evidence-model';
import type { FlagView } from '../evidence/QualityFlags';

/** Indicators with provincial data and a national figure: the region against the country (§3.3, §3.4). */
export const COMPARED_INDICATORS = [
  'disposable_income',
  'disposable_income_growth',
  'gdp_growth_nominal',
  'consumption_total',
] as const;

/** The paper's talent-flow figures (§1, §2): reported for the Northeast as a whole, no national row. */
export const HEADLINE_INDICATORS = ['outflow_rate_broad', 'sample20_stay_share'] as const;

export const OVERVIEW_INDICATORS: readonly string[] = [
  ...COMPARED_INDICATORS,
  ...HEADLINE_INDICATORS,
];

/** The Northeast aggregate's code in the dataset (regions.ts). */
const NORTHEAST_CODE = 'NE';

/**
 * How the region's value was obtained: its own row, the mean of its member provinces (the
 * Northeast when it has no row of its own), or the Northeast's figure shown for one of its provinces.
 */
export type ValueBasis = 'own' | 'members-mean' | 'northeast';

/** Within this relative distance of the reference the region counts as level with it. */
const LEVEL_TOLERANCE = 0.005;

export type Standing = 'behind' | 'level' | 'ahead';

export interface BilingualText {
  zh: string;
  en: string;
}

export interface KeyIndicator {
  code: string;
  name: BilingualText;
  unit: BilingualText;
  direction: 1 | -1;
  year: number;
  value: number;
  /** 'approx' for a mean over values of which any is itself approximate or bounded. */
  qualifier: ObservationCell['qualifier'];
  valueBasis: ValueBasis;
  /** How many provinces the mean covers when valueBasis is 'members-mean'. */
  members: number;
  /** The national row, else the mean of the provinces of that year; null when neither exists. */
  reference: Reference | null;
  /** Provinces behind a 'mean' reference. */
  referenceProvinces: number;
  /** Region ÷ reference × 100 (national = 100); null without a usable reference. */
  index: number | null;
  /** Behind, level or ahead of the reference, read with the indicator's direction. */
  standing: Standing | null;
  /** Data-quality flags on the values used, and table notes about that region or year. */
  flags: FlagView[];
  sources: BilingualText[];
}

/** The codes whose rows stand for `regionCode`: itself, or its member provinces for the Northeast. */
export function memberCodes(regions: readonly Region[], regionCode: string): string[] {
  const region = regions.find((r) => r.code === regionCode);
  if (region?.kind === 'aggregate' && region.isNortheast)
    return regions.filter((r) => r.kind === 'province' && r.isNortheast).map((r) => r.code);
  return [];
}

function standingOf(value: number, reference: number, direction: 1 | -1): Standing | null {
  if (reference === 0) return null;
  const relative = ((value - reference) / Math.abs(reference)) * direction;
  if (Math.abs(relative) <= LEVEL_TOLERANCE) return 'level';
  return relative < 0 ? 'behind' : 'ahead';
}

interface RegionValue {
  value: number;
  qualifier: ObservationCell['qualifier'];
  basis: ValueBasis;
  codes: string[];
}

function regionValueIn(
  result: ObservationsResult,
  year: number,
  regionCode: string,
  members: readonly string[],
  northeastFallback: boolean,
): RegionValue | null {
  const at = (code: string) => result.cells.find((c) => c.region === code && c.year === year);
  const own = at(regionCode);
  if (own) return { value: own.value, qualifier: own.qualifier, basis: 'own', codes: [regionCode] };
  // A mean over only some of the members would pass for the whole region: require all of them.
  const memberCells = members.map(at);
  if (members.length > 0 && memberCells.every((c) => c !== undefined)) {
    const cells = memberCells.map((c) => c!);
    return {
      value: cells.reduce((a, c) => a + c.value, 0) / cells.length,
      qualifier: cells.every((c) => c.qualifier === 'exact') ? 'exact' : 'approx',
      basis: 'members-mean',
      codes: [...members],
    };
  }
  const northeast = northeastFallback ? at(NORTHEAST_CODE) : undefined;
  return northeast
    ? {
        value: northeast.value,
        qualifier: northeast.qualifier,
        basis: 'northeast',
        codes: [NORTHEAST_CODE],
      }
    : null;
}

/**
 * The region's newest value of one indicator against the national reference of the same year.
 * Prefers the newest year that has both; falls back to the newest year with a regional value.
 * `northeastFallback`: for the paper's Northeast-wide figures, a northeastern province is shown
 * the Northeast's value (and told so) rather than nothing.
 */
export function keyIndicator(
  result: ObservationsResult,
  regions: readonly Region[],
  regionCode: string,
  northeastFallback = false,
): KeyIndicator | null {
  const members = memberCodes(regions, regionCode);
  const isNortheastProvince = regions.some(
    (r) => r.code === regionCode && r.kind === 'province' && r.isNortheast,
  );
  const fallback = northeastFallback && isNortheastProvince;
  const years = [...new Set(result.cells.map((c) => c.year))].sort((a, b) => b - a);
  const candidates = years
    .map((year) => ({
      year,
      own: regionValueIn(result, year, regionCode, members, fallback),
      reference: nationalReference(result, regions, year),
    }))
    .filter((c) => c.own !== null);
  const chosen = candidates.find((c) => c.reference !== null) ?? candidates[0];
  if (!chosen?.own) return null;
  const { year, own, reference } = chosen;
  const national = regions.find((r) => r.kind === 'national')?.code;
  const usedCodes = new Set(
    reference?.basis === 'national' && national ? [...own.codes, national] : own.codes,
  );
  const used = result.cells.filter((c) => c.year === year && usedCodes.has(c.region));

  const flags = new Map<string, FlagView>();
  for (const cell of used) for (const f of cell.flags) flags.set(`${f.rule}|${f.messageEn}`, f);
  for (const note of result.notes) {
    const aboutRegion = note.region === null || usedCodes.has(note.region);
    const aboutYear = note.year === null || note.year === year;
    if (aboutRegion && aboutYear) flags.set(`${note.rule}|${note.messageEn}`, note);
  }
  const sources = new Map<string, BilingualText>();
  for (const cell of used)
    if (cell.sourceLineZh || cell.sourceLineEn)
      sources.set(cell.sourceLineEn, { zh: cell.sourceLineZh, en: cell.sourceLineEn });

  const { indicator } = result;
  const usable = reference !== null && reference.value !== 0;
  return {
    code: indicator.code,
    name: { zh: indicator.nameZh, en: indicator.nameEn },
    unit: { zh: indicator.unit, en: indicator.unitEn },
    direction: indicator.direction,
    year,
    value: own.value,
    qualifier: own.qualifier,
    valueBasis: own.basis,
    members: own.basis === 'members-mean' ? own.codes.length : 0,
    reference,
    referenceProvinces:
      reference?.basis === 'mean'
        ? (provinceYears(result, regions).find((y) => y.year === year)?.provinces ?? 0)
        : 0,
    index: usable ? (own.value / reference.value) * 100 : null,
    standing: usable ? standingOf(own.value, reference.value, indicator.direction) : null,
    // Strip the note's extra fields: FlagView is what the flag component draws.
    flags: [...flags.values()].map(({ rule, severity, messageZh, messageEn }) => ({
      rule,
      severity,
      messageZh,
      messageEn,
    })),
    sources: [...sources.values()],
  };
}

/** Fraction digits that keep a figure readable: yuan as whole numbers, rates to one or two places. */
export function indicatorDigits(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return 0;
  return magnitude >= 10 ? 1 : 2;
}

const packageKey = (measures: readonly string[]) => [...measures].sort().join('+');

/**
 * Share of SMAA samples in which `measures` is the best package. A package missing from the
 * result was never best (the result lists every package that ever was), so its share is 0.
 */
export function bestPackageShare(result: PackageSmaaResult, measures: readonly string[]): number {
  const key = packageKey(measures);
  return result.packages.find((p) => packageKey(p.measures) === key)?.pBest ?? 0;
}

export type RobustnessLevel = 'robust' | 'moderate' | 'fragile';

/**
 * A word for the share, so the verdict is never carried by colour alone. The cut-offs are a
 * reading aid, not a statistical test; the screen states them.
 */
export function robustnessLevel(share: number): RobustnessLevel {
  if (share >= 0.7) return 'robust';
  return share >= 0.4 ? 'moderate' : 'fragile';
}

/** Cost as a share of the budget; null when there is no budget. */
export function budgetShare(cost: number, budget: number | null): number | null {
  if (budget === null || budget <= 0) return null;
  return cost / budget;
}

/**
 * A chart label in at most `maxLines` lines of about `width` characters: Latin text breaks between
 * words, Chinese between characters. A label that does not fit ends in "…" (the list beside the
 * chart carries the full name).
 */
export function wrapLabel(text: string, width: number, maxLines = 2): string[] {
  const tokens = /\s/.test(text.trim()) ? text.trim().split(/\s+/) : [...text];
  const joiner = /\s/.test(text.trim()) ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line ? `${line}${joiner}${token}` : token;
    if (line && next.length > width) {
      lines.push(line);
      line = token;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
