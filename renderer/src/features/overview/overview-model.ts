/**
 * Pure shaping for the overview: which value stands for the region on each key indicator, what it
 * is compared with, and how robust the current best package is. Kept out of the components so the
 * figures a planner reads first are unit-tested.
 */
import type { Region } from '../../../../contract/domain';
import type { ObservationCell, ObservationsResult } from '../../../../contract/evidence';
import type { PackageSmaaResult } from '../../../../engine/robustness';
import {
  compareWithReference,
  indicatorSeries,
  referenceScope,
  type ReferenceBasis,
  type RegionValueBasis,
  describeReference,
  describeRegionValue,
} from '../../../../engine/evidence';
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
  /** The year of the region's figure, and of the reference when there is one. */
  year: number;
  value: number;
  /** 'approx' for a mean over values of which any is itself approximate or bounded. */
  qualifier: ObservationCell['qualifier'];
  valueBasis: RegionValueBasis;
  /** How the region's figure was obtained when it is not its own row ("mean of 3 provinces"). */
  valueNote: BilingualText | null;
  /** Formed by the one reference rule (engine/evidence/reference.ts); null when there is none. */
  reference: { value: number; basis: ReferenceBasis } | null;
  /** How the reference was formed, or exactly why there is none. */
  referenceText: BilingualText;
  /** The region's newest year when it is newer than `year` and has no comparable reference. */
  newerRegionYear: number | null;
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
  return [...(referenceScope(regions, regionCode).members ?? [])];
}

function standingOf(value: number, reference: number, direction: 1 | -1): Standing | null {
  if (reference === 0) return null;
  const relative = ((value - reference) / Math.abs(reference)) * direction;
  if (Math.abs(relative) <= LEVEL_TOLERANCE) return 'level';
  return relative < 0 ? 'behind' : 'ahead';
}

/**
 * The region's value of one indicator against the national reference, compared like with like by
 * the one reference rule: the same year for both, the newest year that has an honest reference.
 * A northeastern province without its own figure is shown the Northeast's, and told so; without
 * any reference the newest regional figure stands alone with the reason.
 */
export function keyIndicator(
  result: ObservationsResult,
  regions: readonly Region[],
  regionCode: string,
): KeyIndicator | null {
  const { indicator } = result;
  const c = compareWithReference(
    indicatorSeries(result.cells),
    referenceScope(regions, regionCode),
    'national',
    indicator.direction,
  );
  if (c.year === null || c.value === null || c.valueBasis === null) return null;
  const year = c.year;
  const own = result.cells.filter((x) => x.year === year && c.valueRegions.includes(x.region));
  const reference =
    c.referenceValue !== null && c.referenceBasis !== null
      ? { value: c.referenceValue, basis: c.referenceBasis }
      : null;
  const national = regions.find((r) => r.kind === 'national')?.code;
  const usedCodes = new Set(
    reference?.basis === 'national-row' && national
      ? [...c.valueRegions, national]
      : c.valueRegions,
  );
  const used = result.cells.filter((x) => x.year === year && usedCodes.has(x.region));

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

  const names = new Map(regions.map((r) => [r.code, { zh: r.nameZh, en: r.nameEn }]));
  const name = (code: string) => names.get(code) ?? { zh: code, en: code };
  const usable = reference !== null && reference.value !== 0;
  return {
    code: indicator.code,
    name: { zh: indicator.nameZh, en: indicator.nameEn },
    unit: { zh: indicator.unit, en: indicator.unitEn },
    direction: indicator.direction,
    year,
    value: c.value,
    qualifier:
      own.length === 1
        ? own[0]!.qualifier
        : own.every((x) => x.qualifier === 'exact')
          ? 'exact'
          : 'approx',
    valueBasis: c.valueBasis,
    valueNote: describeRegionValue(c, name),
    reference,
    referenceText: describeReference(c, 'national', name),
    newerRegionYear: c.newerRegionYear,
    index: usable ? (c.value / reference.value) * 100 : null,
    standing: usable ? standingOf(c.value, reference.value, indicator.direction) : null,
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
