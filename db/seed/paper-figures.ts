/**
 * The scalar figures quoted in the paper's text (§1, §2, §4.4, §4.7), all on the 'NE' aggregate.
 * `year` is the cohort or reference year; where the paper gives none, the note says how it was chosen.
 */
export type Qualifier = 'exact' | 'approx' | 'nearly' | 'less_than';

export interface FigureSeed {
  indicator: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  /** Section of the paper quoting it. */
  section: string;
  noteZh: string;
  noteEn: string;
}

const COHORT_2019_ZH = '年份推定：同段称“2019届毕业生”，样本数据与之直接比较。';
const COHORT_2019_EN =
  'Year inferred: the same paragraph compares these figures with "the 2019 graduates".';

const fig = (
  indicator: string,
  year: number,
  value: number,
  section: string,
  noteZh: string,
  noteEn: string,
  qualifier: Qualifier = 'exact',
): FigureSeed => ({ indicator, year, value, qualifier, section, noteZh, noteEn });

export const PAPER_FIGURES: readonly FigureSeed[] = [
  fig(
    'regular_colleges',
    2024,
    260,
    '§2',
    '论文称“目前”共有260所，未注明年份，按2024年记录。',
    'The paper says "currently" (no year); recorded as 2024.',
  ),
  fig(
    'sample20_graduates',
    2019,
    105900,
    '§2',
    `含本科、硕士、博士。${COHORT_2019_ZH}`,
    `Undergraduate, master's and doctoral. ${COHORT_2019_EN}`,
  ),
  fig('sample20_stayed', 2019, 38700, '§2', COHORT_2019_ZH, COHORT_2019_EN),
  fig('sample20_stay_share', 2019, 36.54, '§2', COHORT_2019_ZH, COHORT_2019_EN),
  fig(
    'outflow_rate_broad',
    2019,
    63.46,
    '§2',
    `论文未给出口径定义。${COHORT_2019_ZH}`,
    `The paper does not define the method. ${COHORT_2019_EN}`,
  ),
  fig(
    'outflow_rate_narrow',
    2019,
    26.45,
    '§2',
    `论文未给出口径定义。${COHORT_2019_ZH}`,
    `The paper does not define the method. ${COHORT_2019_EN}`,
  ),
  fig(
    'graduates_ne_origin',
    2019,
    55600,
    '§2',
    '论文原文为“约5.56万人”，2019届。',
    'The paper says "approximately 55,600" (2019 graduates).',
    'approx',
  ),
  fig('retention_shortfall', 2019, 16900, '§2', '= 55,600 − 38,700。', '= 55,600 − 38,700.'),
  fig(
    'ministry_graduates',
    2018,
    52400,
    '§2',
    '论文未注明年份，按参考文献[5]（2018）记录。',
    'No year in the paper; recorded as the year of reference [5] (2018).',
  ),
  fig(
    'ministry_stayed',
    2018,
    14500,
    '§2',
    '论文原文为“约1.45万人”；年份按参考文献[5]记录。',
    'The paper says "about 14,500"; year from reference [5].',
    'approx',
  ),
  fig(
    'ministry_stay_share',
    2018,
    27.67,
    '§2',
    '年份按参考文献[5]记录。',
    'Year from reference [5].',
  ),
  fig('ministry_left', 2018, 37900, '§2', '年份按参考文献[5]记录。', 'Year from reference [5].'),
  fig(
    'ministry_left_share',
    2018,
    72.33,
    '§2',
    '年份按参考文献[5]记录。',
    'Year from reference [5].',
  ),
  fig(
    'outside_share_hit',
    2019,
    90,
    '§2',
    '论文原文为“近90%”（“今年”），年份按参考文献[6]（2019）记录。',
    'The paper says "nearly 90%" ("this year"); year from reference [6] (2019).',
    'nearly',
  ),
  fig(
    'outside_share_jlu',
    2019,
    69.56,
    '§2',
    '年份按参考文献[6]（2019）记录。',
    'Year from reference [6] (2019).',
  ),
  fig(
    'outside_share_neu',
    2019,
    70.56,
    '§2',
    '年份按参考文献[6]（2019）记录。',
    'Year from reference [6] (2019).',
  ),
  fig(
    'outside_share_dut',
    2019,
    78.14,
    '§2',
    '年份按参考文献[6]（2019）记录。',
    'Year from reference [6] (2019).',
  ),
  fig(
    'introduced_to_outflow_ratio',
    2022,
    0.1,
    '§1',
    '论文原文为“不足十分之一”（上限），年份按参考文献[1]（2022）记录。',
    'The paper says "less than one tenth" (an upper bound); year from reference [1] (2022).',
    'less_than',
  ),
  fig(
    'universities_985',
    2024,
    4,
    '§4.4',
    '论文未注明年份，按2024年记录。',
    'No year in the paper; recorded as 2024.',
  ),
  fig(
    'universities_211',
    2024,
    11,
    '§4.4',
    '论文未注明年份，按2024年记录。',
    'No year in the paper; recorded as 2024.',
  ),
  fig(
    'smart_city_pilots',
    2024,
    29,
    '§4.7',
    '论文未注明年份，按2024年记录。',
    'No year in the paper; recorded as 2024.',
  ),
];
