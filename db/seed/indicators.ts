/** Indicator definitions for every figure the paper quotes. direction: +1 higher is better, −1 worse. */
export type IndicatorCategory =
  'economy' | 'income' | 'consumption' | 'talent' | 'education' | 'innovation' | 'urban';

export interface IndicatorSeed {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  unitEn: string;
  direction: 1 | -1;
  category: IndicatorCategory;
  /** Null for an indicator the paper gives no figure for (the planner imports it). */
  sourceId: string | null;
  /**
   * 'total' for a sum over the region (亿元, persons, institutions): it grows with the region's
   * size, so it is never set against a national reference or linked to a cause. Default 'level'.
   */
  measure?: 'level' | 'total';
}

/**
 * How a grouping's value is formed from its members' values (docs/regions.md):
 * 'sum' for totals that add up across regions (亿元, persons, institutions, cities);
 * 'population-weighted' for per-capita figures (every 元 indicator of this dataset is per
 * resident), weighted by the members' resident population of the same year;
 * 'none' for rates, shares and ratios, which need data the dataset does not hold to combine.
 */
export type Aggregation = 'sum' | 'population-weighted' | 'none';
export const SUM_UNITS = ['亿元', '万人', '人', '所', '个'] as const;
export const PER_CAPITA_UNITS = ['元'] as const;

export function aggregationOf(unit: string): Aggregation {
  if ((SUM_UNITS as readonly string[]).includes(unit)) return 'sum';
  if ((PER_CAPITA_UNITS as readonly string[]).includes(unit)) return 'population-weighted';
  return 'none';
}

/** The weights of a population-weighted aggregate. */
export const POPULATION_INDICATOR = 'population';

const YUAN = { unit: '元', unitEn: 'yuan' } as const;
const PCT = { unit: '%', unitEn: 'percent' } as const;

const consumption = (code: string, nameZh: string, nameEn: string): IndicatorSeed => ({
  code: `consumption_${code}`,
  nameZh: `居民人均消费支出：${nameZh}`,
  nameEn: `Per-capita consumption expenditure: ${nameEn}`,
  ...YUAN,
  // More spending signals purchasing power; the severity feature reads it against the national level.
  direction: 1,
  category: 'consumption',
  sourceId: 'paper-t2',
});

export const INDICATORS: readonly IndicatorSeed[] = [
  {
    code: 'gdp',
    nameZh: '地区生产总值',
    nameEn: 'Gross regional product (GDP)',
    unit: '亿元',
    unitEn: '100 million yuan',
    direction: 1,
    category: 'economy',
    measure: 'total',
    sourceId: 'paper-t1',
  },
  {
    code: 'gdp_growth_nominal',
    nameZh: 'GDP名义增长率',
    nameEn: 'GDP nominal growth rate',
    ...PCT,
    direction: 1,
    category: 'economy',
    sourceId: 'paper-t1',
  },
  {
    code: 'consumption_total',
    nameZh: '居民人均消费支出',
    nameEn: 'Per-capita consumption expenditure',
    ...YUAN,
    direction: 1,
    category: 'consumption',
    sourceId: 'paper-t2',
  },
  consumption('food', '食品烟酒', 'food, tobacco and alcohol'),
  consumption('clothing', '衣着', 'clothing'),
  consumption('housing', '居住', 'housing'),
  consumption('household', '生活用品及服务', 'household goods and services'),
  consumption('transport', '交通通信', 'transport and communication'),
  consumption('education_culture', '教育文化娱乐', 'education, culture and recreation'),
  consumption('health', '医疗保健', 'health care'),
  consumption('other', '其他用品及服务', 'other goods and services'),
  {
    code: 'disposable_income',
    nameZh: '居民人均可支配收入',
    nameEn: 'Per-capita disposable income',
    ...YUAN,
    direction: 1,
    category: 'income',
    sourceId: 'paper-t3',
  },
  {
    code: 'disposable_income_growth',
    nameZh: '居民人均可支配收入名义增速',
    nameEn: 'Per-capita disposable income nominal growth',
    ...PCT,
    direction: 1,
    category: 'income',
    sourceId: 'paper-t3',
  },
  // §2 and §4 figures: not province × year statistics, so they sit on the 'NE' aggregate.
  {
    code: 'regular_colleges',
    nameZh: '普通高校数量',
    nameEn: 'Regular colleges and universities',
    unit: '所',
    unitEn: 'institutions',
    direction: 1,
    category: 'education',
    measure: 'total',
    sourceId: 'paper-s2-moe',
  },
  {
    code: 'sample20_graduates',
    nameZh: '20所代表性高校毕业生数',
    nameEn: 'Graduates of the 20 representative universities',
    unit: '人',
    unitEn: 'persons',
    direction: 1,
    category: 'talent',
    measure: 'total',
    sourceId: 'paper-s2-ref4',
  },
  {
    code: 'sample20_stayed',
    nameZh: '20所代表性高校留东北就业人数',
    nameEn: '20-university sample: graduates employed in the Northeast',
    unit: '人',
    unitEn: 'persons',
    direction: 1,
    category: 'talent',
    measure: 'total',
    sourceId: 'paper-s2-ref4',
  },
  {
    code: 'sample20_stay_share',
    nameZh: '20所代表性高校留东北就业比例',
    nameEn: '20-university sample: share employed in the Northeast',
    ...PCT,
    direction: 1,
    category: 'talent',
    sourceId: 'paper-s2-ref4',
  },
  {
    code: 'outflow_rate_broad',
    nameZh: '人才外流率（广义口径）',
    nameEn: 'Talent outflow rate (broad method)',
    ...PCT,
    direction: -1,
    category: 'talent',
    sourceId: 'paper-s2-ref4',
  },
  {
    code: 'outflow_rate_narrow',
    nameZh: '人才外流率（狭义口径）',
    nameEn: 'Talent outflow rate (narrow method)',
    ...PCT,
    direction: -1,
    category: 'talent',
    sourceId: 'paper-s2-ref4',
  },
  {
    code: 'graduates_ne_origin',
    nameZh: '东北生源毕业生数',
    nameEn: 'Graduates of Northeast origin',
    unit: '人',
    unitEn: 'persons',
    direction: 1,
    category: 'talent',
    measure: 'total',
    sourceId: 'paper-s2-ref4',
  },
  {
    code: 'retention_shortfall',
    nameZh: '留东北就业人数缺口',
    nameEn: 'Shortfall of graduates staying in the Northeast',
    unit: '人',
    unitEn: 'persons',
    direction: -1,
    category: 'talent',
    measure: 'total',
    sourceId: 'paper-s2-ref4',
  },
  {
    code: 'ministry_graduates',
    nameZh: '部属高校毕业生数',
    nameEn: 'Graduates of ministry-affiliated universities',
    unit: '人',
    unitEn: 'persons',
    direction: 1,
    category: 'talent',
    measure: 'total',
    sourceId: 'paper-s2-ref5',
  },
  {
    code: 'ministry_stayed',
    nameZh: '部属高校留东北就业人数',
    nameEn: 'Ministry-affiliated: graduates employed in the Northeast',
    unit: '人',
    unitEn: 'persons',
    direction: 1,
    category: 'talent',
    measure: 'total',
    sourceId: 'paper-s2-ref5',
  },
  {
    code: 'ministry_stay_share',
    nameZh: '部属高校留东北就业比例',
    nameEn: 'Ministry-affiliated: share employed in the Northeast',
    ...PCT,
    direction: 1,
    category: 'talent',
    sourceId: 'paper-s2-ref5',
  },
  {
    code: 'ministry_left',
    nameZh: '部属高校赴东北以外就业人数',
    nameEn: 'Ministry-affiliated: graduates employed outside the Northeast',
    unit: '人',
    unitEn: 'persons',
    direction: -1,
    category: 'talent',
    measure: 'total',
    sourceId: 'paper-s2-ref5',
  },
  {
    code: 'ministry_left_share',
    nameZh: '部属高校赴东北以外就业比例',
    nameEn: 'Ministry-affiliated: share employed outside the Northeast',
    ...PCT,
    direction: -1,
    category: 'talent',
    sourceId: 'paper-s2-ref5',
  },
  {
    code: 'outside_share_hit',
    nameZh: '哈尔滨工业大学毕业生东北以外就业比例',
    nameEn: 'Harbin Institute of Technology: share of graduates employed outside the Northeast',
    ...PCT,
    direction: -1,
    category: 'talent',
    sourceId: 'paper-s2-ref6',
  },
  {
    code: 'outside_share_jlu',
    nameZh: '吉林大学毕业生东北以外就业比例',
    nameEn: 'Jilin University: share of graduates employed outside the Northeast',
    ...PCT,
    direction: -1,
    category: 'talent',
    sourceId: 'paper-s2-ref6',
  },
  {
    code: 'outside_share_neu',
    nameZh: '东北大学毕业生东北以外就业比例',
    nameEn: 'Northeastern University: share of graduates employed outside the Northeast',
    ...PCT,
    direction: -1,
    category: 'talent',
    sourceId: 'paper-s2-ref6',
  },
  {
    code: 'outside_share_dut',
    nameZh: '大连理工大学毕业生东北以外就业比例',
    nameEn: 'Dalian University of Technology: share of graduates employed outside the Northeast',
    ...PCT,
    direction: -1,
    category: 'talent',
    sourceId: 'paper-s2-ref6',
  },
  {
    code: 'introduced_to_outflow_ratio',
    nameZh: '引进人才与流出人才之比',
    nameEn: 'Introduced talents relative to outflowing talents',
    unit: '比值',
    unitEn: 'ratio',
    direction: 1,
    category: 'talent',
    sourceId: 'paper-s1-ref1',
  },
  {
    code: 'universities_985',
    nameZh: '“985工程”高校数量',
    nameEn: '"Project 985" universities',
    unit: '所',
    unitEn: 'institutions',
    direction: 1,
    category: 'innovation',
    measure: 'total',
    sourceId: 'paper-s4',
  },
  {
    code: 'universities_211',
    nameZh: '“211工程”高校数量',
    nameEn: '"Project 211" universities',
    unit: '所',
    unitEn: 'institutions',
    direction: 1,
    category: 'innovation',
    measure: 'total',
    sourceId: 'paper-s4',
  },
  {
    code: 'smart_city_pilots',
    nameZh: '智慧城市试点城市数量',
    nameEn: 'Smart-city pilot cities',
    unit: '个',
    unitEn: 'cities',
    direction: 1,
    category: 'urban',
    measure: 'total',
    sourceId: 'paper-s4',
  },
  {
    // The paper gives no population figures; it is here so city statistics can be imported with
    // it and per-capita figures of a grouping weighted by it.
    code: POPULATION_INDICATOR,
    nameZh: '年末常住人口',
    nameEn: 'Resident population (year-end)',
    unit: '万人',
    unitEn: '10,000 persons',
    direction: 1,
    category: 'urban',
    measure: 'total',
    sourceId: null,
  },
];
