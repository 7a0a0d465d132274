import { lookupRegion } from './regions';
import {
  TABLE1_GDP_2024,
  TABLE2_ASSUMED_YEAR,
  TABLE2_CONSUMPTION,
  TABLE3_INCOME,
} from './paper-tables';

/**
 * Data-quality flags on the paper's figures. The rule is: keep every number as printed and
 * record the doubt beside it, so a planner sees both the paper and the reason to question it.
 */
export interface QualityFlagSeed {
  rule: string;
  severity: 'info' | 'warning';
  /** When set with region and year, the flag attaches to that observation. */
  indicator: string | null;
  region: string | null;
  year: number | null;
  messageZh: string;
  messageEn: string;
}

const code = (name: string): string => {
  const c = lookupRegion(name);
  if (!c) throw new Error(`unknown region in paper table: ${name}`);
  return c;
};

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export interface GrowthCheck {
  region: string;
  stated: number;
  computed: number;
  /** |computed − stated| in percentage points. */
  diff: number;
}

/** Table 3's stated growth against (2024 / 2023 − 1) × 100, for every row. */
export function table3GrowthChecks(): GrowthCheck[] {
  return TABLE3_INCOME.map(([name, a, b, stated]) => {
    const computed = (b / a - 1) * 100;
    return { region: code(name), stated, computed, diff: Math.abs(computed - stated) };
  });
}

/** Table 2 rows whose 8 components do not add up to the stated total. */
export function table2SumChecks(): { region: string; stated: number; sum: number }[] {
  return TABLE2_CONSUMPTION.map(([name, values]) => {
    const [total = 0, ...parts] = values;
    return { region: code(name), stated: total, sum: parts.reduce((s, v) => s + v, 0) };
  }).filter((r) => r.sum !== r.stated);
}

/** Table 1 rows more than 5× smaller than the next row although the table is sorted by GDP descending. */
export function table1OrderBreaks(): { region: string; value: number; next: number }[] {
  const out: { region: string; value: number; next: number }[] = [];
  TABLE1_GDP_2024.forEach(([name, gdp], i) => {
    const next = TABLE1_GDP_2024[i + 1];
    if (next && gdp * 5 < next[1]) out.push({ region: code(name), value: gdp, next: next[1] });
  });
  return out;
}

/** Differences above this (percentage points) are more than rounding to two decimals can explain. */
export const GROWTH_TOLERANCE_PP = 0.05;
/** Above this but within tolerance: consistent only because the paper printed one decimal. */
const ROUNDED_PP = 0.02;

export function computedFlags(): QualityFlagSeed[] {
  const flags: QualityFlagSeed[] = [];
  for (const c of table3GrowthChecks()) {
    const base = { indicator: 'disposable_income_growth', region: c.region, year: 2024 };
    if (c.diff > GROWTH_TOLERANCE_PP) {
      flags.push({
        ...base,
        rule: 'T3_GROWTH_MISMATCH',
        severity: 'warning',
        messageZh: `表3所列增速 ${c.stated}% 与按两年收入计算的 ${round(c.computed, 2)}% 相差 ${round(c.diff, 2)} 个百分点。`,
        messageEn: `Table 3 states ${c.stated}% growth; the two income columns give ${round(c.computed, 2)}% (a ${round(c.diff, 2)} pp difference).`,
      });
    } else if (c.diff > ROUNDED_PP) {
      flags.push({
        ...base,
        rule: 'T3_GROWTH_ROUNDED',
        severity: 'info',
        messageZh: `表3增速仅保留一位小数（${c.stated}%），按两年收入计算为 ${round(c.computed, 2)}%。`,
        messageEn: `Table 3 prints this growth with one decimal (${c.stated}%); the income columns give ${round(c.computed, 2)}%.`,
      });
    }
  }
  for (const s of table2SumChecks()) {
    flags.push({
      rule: 'T2_COMPONENT_SUM',
      severity: 'info',
      indicator: 'consumption_total',
      region: s.region,
      year: TABLE2_ASSUMED_YEAR,
      messageZh: `表2八项分项之和为 ${s.sum} 元，与所列合计 ${s.stated} 元相差 ${s.stated - s.sum} 元（可能为四舍五入）。`,
      messageEn: `Table 2's eight components add up to ${s.sum} yuan, ${s.stated - s.sum} yuan off the stated total of ${s.stated} (probably rounding).`,
    });
  }
  for (const b of table1OrderBreaks()) {
    flags.push({
      rule: 'T1_MAGNITUDE',
      severity: 'warning',
      indicator: 'gdp',
      region: b.region,
      year: 2024,
      messageZh: `表1中该值（${b.value} 亿元）约为相邻省份的十分之一，且与表格的降序排列不符，疑似漏录一位数字（如 53230.99）；按论文原值保留。`,
      messageEn: `Table 1 prints ${b.value} (100 million yuan), about a tenth of its neighbours and out of the table's descending order — probably a dropped digit (e.g. 53230.99). Kept as printed.`,
    });
  }
  return flags;
}
