/**
 * One wording, in both languages, for how a reference was formed and what is missing. The
 * severity panel, the overview, the briefing and the CLI print these same sentences, so a planner
 * reads one explanation wherever the comparison appears.
 */
import type { Bilingual } from '../report/types';
import {
  MIN_REPORTING_PROVINCES,
  type ReferenceComparison,
  type ReferenceKind,
  type YearReference,
} from './reference';

export type RegionNamer = (code: string) => Bilingual;

/** Why a total (亿元, persons …) has no reference: it measures how large the region is. */
export const TOTAL_NOT_COMPARED: Bilingual = {
  zh: '总量指标：各地区规模不同，不与全国参照比较',
  en: 'a total: regions differ in size, so it is not set against a national reference',
};

/** More names than this become a count ("12 regions"). */
const MAX_LISTED = 4;

function names(codes: readonly string[], name: RegionNamer): Bilingual {
  if (codes.length > MAX_LISTED)
    return { zh: `${codes.length} 个地区`, en: `${codes.length} regions` };
  const all = codes.map(name);
  return { zh: all.map((n) => n.zh).join('、'), en: all.map((n) => n.en).join(', ') };
}

/** The facts `formed` reads: those of a comparison, or of one year's reference. */
type Formation = Pick<
  ReferenceComparison,
  | 'year'
  | 'referenceBasis'
  | 'referenceRegion'
  | 'reportingProvinces'
  | 'totalProvinces'
  | 'referenceProvinces'
  | 'excludedRegions'
> &
  Partial<Pick<ReferenceComparison, 'referenceMembers' | 'comparisonRegion'>>;

/**
 * How a reference was formed, e.g. "mean of 28 provinces, 2024 (…)"; without the year when a
 * label in front already names it.
 */
function formed(c: Formation, name: RegionNamer, withYear: boolean): Bilingual {
  const yearZh = withYear ? `${c.year} 年` : '';
  const yearEn = withYear ? `, ${c.year}` : '';
  if (c.referenceBasis === 'national-row')
    return withYear
      ? { zh: `全国数据（${c.year} 年）`, en: `national figure (${c.year})` }
      : { zh: '全国数据', en: 'national figure' };
  const local = formedLocally(c, name, yearZh, yearEn);
  if (local) return local;
  const excluded = names(c.excludedRegions, name);
  const left = c.excludedRegions.length > 0;
  const coverage = {
    zh: `${c.reportingProvinces}/${c.totalProvinces} 省有数据${left ? `；不含本地区：${excluded.zh}` : ''}`,
    en: `${c.reportingProvinces} of ${c.totalProvinces} provinces report${left ? `; the region's own ${excluded.en} left out` : ''}`,
  };
  if (c.referenceBasis === 'best-province') {
    const best = name(c.referenceRegion ?? '');
    return {
      zh: `最佳省份${best.zh}（${yearZh ? `${yearZh}，` : ''}${coverage.zh}）`,
      en: `best province ${best.en}${yearEn} (${coverage.en})`,
    };
  }
  return {
    zh: `${yearZh ? `${yearZh} ` : ''}${c.referenceProvinces} 省平均（无全国数据；${coverage.zh}）`,
    en: `mean of ${c.referenceProvinces} provinces${yearEn} (no national figure; ${coverage.en})`,
  };
}

/** A province, city or peer reference in words; null for the national rule's bases. */
function formedLocally(
  c: Formation,
  name: RegionNamer,
  yearZh: string,
  yearEn: string,
): Bilingual | null {
  const members = c.referenceMembers ?? [];
  const inParens = (zh: string, en: string) => ({
    zh: yearZh ? `（${yearZh}${zh ? `，${zh}` : ''}）` : zh ? `（${zh}）` : '',
    en: `${yearEn}${en ? ` (${en})` : ''}`,
  });
  switch (c.referenceBasis) {
    case 'province-row': {
      const p = name(c.referenceRegion ?? '');
      const y = inParens('', '');
      return { zh: `所在省${p.zh}${y.zh}`, en: `its province ${p.en}${y.en}` };
    }
    case 'best-city': {
      const best = name(c.referenceRegion ?? '');
      const p = name(c.comparisonRegion ?? '');
      const y = inParens(
        `全省其他 ${members.length} 个城市均有数据`,
        `all ${members.length} other cities of the province report`,
      );
      return {
        zh: `${p.zh}最佳城市${best.zh}${y.zh}`,
        en: `best city of ${p.en}, ${best.en}${y.en}`,
      };
    }
    case 'peers-mean': {
      const g = name(c.comparisonRegion ?? c.referenceRegion ?? '');
      const who = names(members, name);
      const y = inParens(who.zh, who.en);
      return {
        zh: `${g.zh}其他 ${members.length} 个城市平均${y.zh}`,
        en: `mean of the other ${members.length} cities of ${g.en}${y.en}`,
      };
    }
    case 'best-peer': {
      const best = name(c.referenceRegion ?? '');
      const g = name(c.comparisonRegion ?? '');
      const y = inParens(
        `其他 ${members.length} 个城市均有数据`,
        `all ${members.length} others report`,
      );
      return { zh: `${g.zh}中最佳城市${best.zh}${y.zh}`, en: `best of ${g.en}, ${best.en}${y.en}` };
    }
    default:
      return null;
  }
}

/** How one year's reference was formed ("national figure (2024)", "mean of 28 provinces, 2024 (…)"). */
export function describeYearReference(
  year: number,
  ref: YearReference,
  totalProvinces: number,
  name: RegionNamer,
  comparisonRegion: string | null = null,
): Bilingual {
  return formed(
    {
      year,
      referenceBasis: ref.basis,
      referenceRegion: ref.region,
      reportingProvinces: ref.reporting,
      totalProvinces,
      referenceProvinces: ref.provinces,
      excludedRegions: ref.excluded,
      referenceMembers: ref.members,
      comparisonRegion,
    },
    name,
    true,
  );
}

/**
 * The reference in one phrase, whatever the outcome: how it was formed and, when the newest
 * regional year had none, which year stands in ("national reference: 2024, latest complete year").
 */
export function describeReference(
  c: ReferenceComparison,
  kind: ReferenceKind,
  name: RegionNamer,
): Bilingual {
  const national = kind === 'national';
  if (c.status === 'compared') {
    if (c.newerRegionYear === null) return formed(c, name, true);
    const how = formed(c, name, false);
    const label =
      c.comparison !== 'national'
        ? {
            zh: `参照：${c.year} 年（最近完整年份）`,
            en: `reference: ${c.year}, latest complete year`,
          }
        : national
          ? {
              zh: `全国参照：${c.year} 年（最近完整年份）`,
              en: `national reference: ${c.year}, latest complete year`,
            }
          : {
              zh: `参照：${c.year} 年（最近完整年份）`,
              en: `reference: ${c.year}, latest complete year`,
            };
    return {
      zh: `${label.zh}：${how.zh}；${c.newerRegionYear} 年只有本地区数据，暂无可比参照`,
      en: `${label.en} — ${how.en}; ${c.newerRegionYear} has regional figures only, with no comparable reference yet`,
    };
  }
  if (c.status === 'no-reference' && c.comparison !== 'national') {
    const where = name(c.comparisonRegion ?? '');
    const missing = names(c.missingReferenceMembers, name);
    const lacking = c.missingReferenceMembers.length > 0;
    const head =
      c.comparison === 'province'
        ? {
            zh: `无所在省（${where.zh}）的同年参照`,
            en: `no same-year reference from its province (${where.en})`,
          }
        : { zh: `无${where.zh}的同年参照`, en: `no same-year reference from ${where.en}` };
    const why = lacking
      ? {
          zh: `：${c.year} 年缺少${missing.zh}的数据`,
          en: `: ${c.year} lacks figures for ${missing.en}`,
        }
      : { zh: '', en: '' };
    const other =
      c.latestReferenceYear !== null
        ? {
            zh: `；有参照的最近年份为 ${c.latestReferenceYear} 年`,
            en: `; the latest year with one is ${c.latestReferenceYear}`,
          }
        : { zh: '', en: '' };
    return { zh: `${head.zh}${why.zh}${other.zh}`, en: `${head.en}${why.en}${other.en}` };
  }
  if (c.status === 'no-reference') {
    const what = national
      ? { zh: '全国参照', en: 'national reference' }
      : { zh: '参照', en: 'reference' };
    if (c.latestReferenceYear !== null)
      return {
        zh: `无同年${what.zh}：${what.zh}只有 ${c.latestReferenceYear} 年，本地区数据为 ${c.year} 年`,
        en: `no ${what.en} for the same year: there is one for ${c.latestReferenceYear}, the region's figure is from ${c.year}`,
      };
    return national
      ? {
          zh: `该指标无全国参照：没有全国数据，报告的省份也不足 ${MIN_REPORTING_PROVINCES} 个`,
          en: `no national reference for this indicator: no national figure, and fewer than ${MIN_REPORTING_PROVINCES} provinces report`,
        }
      : {
          zh: `该指标无参照：报告的省份不足 ${MIN_REPORTING_PROVINCES} 个`,
          en: `no reference for this indicator: fewer than ${MIN_REPORTING_PROVINCES} provinces report`,
        };
  }
  if (c.status === 'no-region-value') {
    if (c.memberRule === 'none')
      return {
        zh: '比率、占比与增速不由成员城市合成，此组合无该指标数值',
        en: 'rates, shares and growth are not combined from member cities, so the grouping has no figure',
      };
    if (c.missingMembers.length > 0 && c.memberRule === 'sum') {
      const missing = names(c.missingMembers, name);
      return {
        zh: `缺少${missing.zh}的数据，无法合成本组合的数值`,
        en: `no figure for ${missing.en}, so the grouping's figure cannot be formed`,
      };
    }
    if (c.missingMembers.length > 0 && c.memberRule === 'population-weighted') {
      const missing = names(c.missingMembers, name);
      return {
        zh: `缺少${missing.zh}的数据或同年常住人口，无法合成本组合的人口加权数值`,
        en: `no figure or no same-year resident population for ${missing.en}, so the grouping's population-weighted figure cannot be formed`,
      };
    }
    if (c.missingMembers.length > 0) {
      const missing = names(c.missingMembers, name);
      return {
        zh: `缺少${missing.zh}的数据，无法求本地区平均`,
        en: `no figure for ${missing.en}, so no mean for the region`,
      };
    }
    const where = names(c.availableIn, name);
    return {
      zh: `本地区无此指标数据（仅有${where.zh}的数据）`,
      en: `no figure for this region (figures exist for ${where.en})`,
    };
  }
  return { zh: '该指标尚无数据', en: 'this indicator holds no figures yet' };
}

/** A year without an honest reference (no national figure, too few provinces). */
export function noReferenceInYear(year: number): Bilingual {
  return {
    zh: `${year} 年无全国参照：没有全国数据，报告的省份也不足 ${MIN_REPORTING_PROVINCES} 个`,
    en: `no national reference for ${year}: no national figure, and fewer than ${MIN_REPORTING_PROVINCES} provinces report`,
  };
}

/** How the region's own figure was obtained; null for its own row (nothing to say). */
export function describeRegionValue(c: ReferenceComparison, name: RegionNamer): Bilingual | null {
  if (c.valueBasis === 'members-mean')
    return {
      zh: `${c.valueRegions.length} 省平均`,
      en: `mean of ${c.valueRegions.length} provinces`,
    };
  if (c.valueBasis === 'members-sum')
    return {
      zh: `${c.valueRegions.length} 个成员城市合计`,
      en: `sum of its ${c.valueRegions.length} member cities`,
    };
  if (c.valueBasis === 'members-weighted')
    return {
      zh: `${c.valueRegions.length} 个成员城市按常住人口加权平均`,
      en: `mean of its ${c.valueRegions.length} member cities weighted by resident population`,
    };
  if (c.valueBasis === 'aggregate') {
    const whole = name(c.valueRegions[0] ?? '');
    return { zh: `${whole.zh}整体数据`, en: `figure for ${whole.en} as a whole` };
  }
  return null;
}
