import type { QualityFlagSeed } from './quality-rules';
import { TABLE2_ASSUMED_YEAR } from './paper-tables';

const growthOutlier = (region: string, zh: string, en: string, value: number): QualityFlagSeed => ({
  rule: 'T1_GROWTH_IMPLAUSIBLE',
  severity: 'warning',
  indicator: 'gdp_growth_nominal',
  region,
  year: 2024,
  messageZh: `表1所列${zh}名义增长率 ${value}% 远高于其他省份（中位数约 7.0%），与公开统计不符的可能性较大；按论文原值保留。`,
  messageEn: `Table 1 gives ${en} ${value}% nominal growth, far above its peers (median about 7.0%); likely inconsistent with published statistics. Kept as printed.`,
});

/** Flags written by reading the paper, each with the reason in both languages. */
export const MANUAL_FLAGS: readonly QualityFlagSeed[] = [
  growthOutlier('CN-SH', '上海', 'Shanghai', 14.21),
  growthOutlier('CN-BJ', '北京', 'Beijing', 13.9),
  growthOutlier('CN-XZ', '西藏', 'Xizang', 15.56),
  {
    rule: 'T1_GROWTH_NEGATIVE',
    severity: 'info',
    indicator: 'gdp_growth_nominal',
    region: 'CN-SX',
    year: 2024,
    messageZh: '山西为表1中唯一名义负增长（−0.79%）；名义值受价格（如煤价）影响，非实际增长。',
    messageEn:
      "Shanxi is Table 1's only negative nominal growth (−0.79%); nominal figures move with prices (e.g. coal), not only real output.",
  },
  {
    rule: 'T1_NOMINAL_VS_REAL',
    severity: 'info',
    indicator: 'gdp_growth_nominal',
    region: null,
    year: 2024,
    messageZh:
      '表1为名义增长率，而§3.3正文讨论“实际”增长率低于全国；论文未给出全国增速，无法据表核对该说法。',
    messageEn:
      'Table 1 gives nominal growth while §3.3 speaks of real growth below the national average; the paper gives no national rate, so the claim cannot be checked against the table.',
  },
  {
    rule: 'T2_YEAR_ASSUMED',
    severity: 'info',
    indicator: 'consumption_total',
    region: null,
    year: TABLE2_ASSUMED_YEAR,
    messageZh:
      '论文未注明表2的年份；按2024年记录（全国行28,227元与国家统计局公布的2024年全国数据一致）。',
    messageEn:
      'The paper does not state the year of Table 2; recorded as 2024 (the national row, 28,227 yuan, matches the NBS 2024 national figure).',
  },
  {
    rule: 'T2_LIAONING_UNDISCLOSED',
    severity: 'info',
    indicator: 'consumption_total',
    region: 'CN-LN',
    year: TABLE2_ASSUMED_YEAR,
    messageZh: '论文脚注1：辽宁省尚未公布消费支出各分项详细数据，表2未列辽宁。',
    messageEn:
      'Paper footnote 1: Liaoning has not disclosed the sub-items of consumption expenditure, so Table 2 omits it.',
  },
  {
    rule: 'T3_REGION_MISSING',
    severity: 'info',
    indicator: 'disposable_income',
    region: 'CN-YN',
    year: 2024,
    messageZh: '论文表3列出30个省级地区，缺云南省。',
    messageEn: 'Table 3 lists 30 provincial units; Yunnan is missing.',
  },
  {
    rule: 'T3_NATIONAL_GROWTH_MISSING',
    severity: 'info',
    indicator: 'disposable_income_growth',
    region: 'CN',
    year: 2024,
    messageZh:
      '§3.4称东北三省增速“远低于全国平均增速”，但论文未给出全国增速；辽宁（4.96%）在表3中处于中游。',
    messageEn:
      '§3.4 says the three provinces grew "far lower than the national average", but the paper gives no national rate; Liaoning (4.96%) sits mid-table in Table 3.',
  },
  {
    rule: 'S2_NARROW_RATE_UNDEFINED',
    severity: 'info',
    indicator: 'outflow_rate_narrow',
    region: 'NE',
    year: 2019,
    messageZh:
      '狭义外流率26.45%的计算口径论文未说明，无法由同段数字复算（广义63.46% = 100% − 36.54%）。',
    messageEn:
      'The paper does not explain the narrow outflow rate (26.45%); it cannot be re-derived from the paragraph (broad 63.46% = 100% − 36.54%).',
  },
  {
    rule: 'FIGURE_NO_NUMBERS',
    severity: 'info',
    indicator: null,
    region: 'NE',
    year: null,
    messageZh:
      '图1（2024—2025年高校毕业生留存率地区排名，东北居末位）在正文中没有给出数字，数据集中无对应观测值。',
    messageEn:
      'Figure 1 (regional ranking of graduate retention 2024–2025, Northeast last) gives no numbers in the text; the dataset holds no observations for it.',
  },
  {
    rule: 'FIGURE_NO_NUMBERS',
    severity: 'info',
    indicator: null,
    region: 'NE',
    year: null,
    messageZh:
      '图3（东北三省与中部六省规模以上工业企业R&D经费与全时当量比较）在正文中没有给出数字，数据集中无对应观测值。',
    messageEn:
      'Figure 3 (R&D funds and full-time equivalents of large industrial enterprises, Northeast vs the six central provinces) gives no numbers in the text; the dataset holds none.',
  },
  {
    rule: 'FIGURE_TEXT_ONLY',
    severity: 'info',
    indicator: 'sample20_stay_share',
    region: 'NE',
    year: 2019,
    messageZh: '图2（20所代表性高校生源与就业结构）只有正文引用的数字被收录。',
    messageEn:
      'Figure 2 (origin and employment structure of the 20 universities): only the numbers quoted in the text are recorded.',
  },
];
