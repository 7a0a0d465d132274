/**
 * Shipped defaults the paper does not supply: costs and timing (illustrative), equal weights,
 * the baseline scenario and the cause→indicator links for the severity feature.
 */
export const COST_UNIT = '亿元 / 100 million CNY';

export interface MeasureCostSeed {
  low: number;
  likely: number;
  high: number;
  yearsToEffect: number;
}

/**
 * ILLUSTRATIVE ASSUMPTIONS, to be replaced by the planner: order-of-magnitude guesses for a
 * three-province programme over about five years. The paper gives no costs or timings.
 */
export const MEASURE_COSTS: Readonly<Record<string, MeasureCostSeed>> = {
  M1: { low: 150, likely: 300, high: 600, yearsToEffect: 8 },
  M2: { low: 30, likely: 80, high: 150, yearsToEffect: 4 },
  M3: { low: 100, likely: 200, high: 400, yearsToEffect: 5 },
  M4: { low: 40, likely: 100, high: 200, yearsToEffect: 6 },
  M5: { low: 20, likely: 50, high: 100, yearsToEffect: 3 },
  M6: { low: 30, likely: 60, high: 120, yearsToEffect: 3 },
  M7: { low: 60, likely: 150, high: 300, yearsToEffect: 5 },
};

/** The paper lists the causes without ranking them, so every cause starts at the same raw weight. */
export const DEFAULT_CAUSE_WEIGHT = 1;

export const DEFAULT_SCENARIO = {
  name: '东北地区基准情景 / Northeast baseline',
  regionCode: 'NE',
  coverageModel: 'saturating' as const,
  /**
   * Illustrative budget (亿元) below the 940 亿元 that all seven measures cost at their likely
   * values, so the budget binds and the ranking has to choose.
   */
  budget: 400,
};

export interface DatasetNoteSeed {
  key: string;
  textZh: string;
  textEn: string;
}

export const DATASET_NOTES: readonly DatasetNoteSeed[] = [
  {
    key: 'weights',
    textZh: '论文对八项成因未作排序或赋权，因此默认权重相等（均为1），请规划人员按本地情况调整。',
    textEn:
      'The paper does not rank or weight the eight causes, so the default weights are equal (1 each); planners should set their own.',
  },
  {
    key: 'costs',
    textZh:
      '论文未给出任何措施的成本或见效时间。默认成本（亿元，低/可能/高）与见效年限均为示意性假设，仅用于演示，须替换为规划人员的估算。',
    textEn:
      "The paper gives no costs or timings for any measure. The default costs (100 million CNY, low/likely/high) and years to effect are illustrative assumptions for demonstration and must be replaced by the planner's estimates.",
  },
  {
    key: 'impacts',
    textZh:
      '默认影响矩阵依据论文§3与§4的文字判断，量表为：无0、弱0.15、中0.35、强0.6、很强0.8，不利−0.15/−0.35；区间为上下各一档。论文未建立联系的单元格为0。',
    textEn:
      "The default impact matrix is a reading of the paper's §3 and §4 on the scale none 0, weak 0.15, moderate 0.35, strong 0.6, very strong 0.8, adverse −0.15/−0.35, with a range of one step either side. Cells the paper does not link are 0.",
  },
  {
    key: 'budget',
    textZh: '基准情景预算400亿元为示意值，低于七项措施“可能”成本之和（940亿元），使预算约束生效。',
    textEn:
      'The baseline budget of 400 (100 million CNY) is illustrative, below the 940 that all seven measures cost at their likely values, so the budget binds.',
  },
  {
    key: 'lead-agency',
    textZh: '论文未指定牵头部门，所列牵头部门为示意。',
    textEn: 'The paper names no lead agencies; those listed are illustrative.',
  },
];

export interface CauseLinkSeed {
  causeId: string;
  indicator: string;
  /** +1: a higher value makes the cause less severe. */
  direction: 1 | -1;
  reference: 'national' | 'best';
  noteZh: string;
  noteEn: string;
}

/**
 * Levels, per-capita figures, growth rates and shares only: a total such as GDP compares
 * provinces of different size, not how they are doing (docs/references.md). The dataset has no
 * per-capita GDP, so "persistent economic downturn" (C3) reads growth and per-capita consumption.
 */
export const CAUSE_LINKS: readonly CauseLinkSeed[] = [
  {
    causeId: 'C3',
    indicator: 'gdp_growth_nominal',
    direction: 1,
    reference: 'national',
    noteZh: '§3.3 以GDP增速说明经济低迷。',
    noteEn: '§3.3 uses GDP growth to show the downturn.',
  },
  {
    causeId: 'C3',
    indicator: 'consumption_total',
    direction: 1,
    reference: 'national',
    noteZh: '§3.3 表2 人均消费支出。',
    noteEn: '§3.3 Table 2 per-capita consumption.',
  },
  {
    causeId: 'C4',
    indicator: 'disposable_income',
    direction: 1,
    reference: 'national',
    noteZh: '§3.4 人均可支配收入低于全国平均41,314元。',
    noteEn: '§3.4 disposable income below the national 41,314 yuan.',
  },
  {
    causeId: 'C4',
    indicator: 'disposable_income_growth',
    direction: 1,
    reference: 'national',
    noteZh: '§3.4 名义增速偏低。',
    noteEn: '§3.4 lagging nominal growth.',
  },
  {
    causeId: 'C7',
    indicator: 'consumption_education_culture',
    direction: 1,
    reference: 'national',
    noteZh: '§3.7 人文环境与休闲娱乐：教育文化娱乐支出。',
    noteEn: '§3.7 cultural and leisure life: education, culture and recreation spending.',
  },
  {
    causeId: 'C5',
    indicator: 'gdp_growth_nominal',
    direction: 1,
    reference: 'national',
    noteZh: '§3.5 经济增长缓慢。',
    noteEn: '§3.5 slow economic growth.',
  },
];
