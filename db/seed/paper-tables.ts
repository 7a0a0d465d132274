/**
 * The paper's three tables exactly as printed (including its suspected typos: see quality-rules.ts).
 * Region names are the paper's own, resolved to codes through region aliases at seed time.
 */

/** Table 1: 2024 GDP (亿元) and nominal growth (%), in the paper's row order. */
export const TABLE1_GDP_2024: readonly (readonly [name: string, gdp: number, growth: number])[] = [
  ['广东', 141633.81, 4.39],
  ['江苏', 137008, 6.85],
  ['山东', 98566, 7.06],
  ['浙江', 90100, 9.14],
  ['四川', 64697, 7.59],
  ['河南', 63589.99, 7.54],
  ['湖北', 60012.97, 7.54],
  ['福建', 57761.02, 6.27],
  ['上海', 53926.71, 14.21],
  ['湖南', 5320.99, 6.43],
  ['安徽', 50625, 7.6],
  ['北京', 49843.1, 13.9],
  ['河北', 47526.9, 8.15],
  ['陕西', 35538.77, 5.19],
  ['江西', 34202.47, 6.22],
  ['辽宁', 32612.7, 7.96],
  ['重庆', 32193.15, 6.97],
  ['云南', 31534.1, 5.04],
  ['广西', 28649.4, 5.32],
  ['内蒙古', 26314.6, 6.85],
  ['山西', 25494.69, -0.79],
  ['贵州', 22667.12, 8.39],
  ['新疆', 20534.08, 7.36],
  ['天津', 18024.32, 7.69],
  ['黑龙江', 16476.9, 3.73],
  ['吉林', 14361.22, 6.13],
  ['甘肃', 13002.9, 9.6],
  ['海南', 7935.69, 5.09],
  ['宁夏', 5502.76, 3.53],
  ['青海', 3950.8, 3.99],
  ['西藏', 2764.94, 15.56],
];

/** Table 2 column order → indicator code. */
export const TABLE2_COLUMNS = [
  'consumption_total',
  'consumption_food',
  'consumption_clothing',
  'consumption_housing',
  'consumption_household',
  'consumption_transport',
  'consumption_education_culture',
  'consumption_health',
  'consumption_other',
] as const;

/** Table 2: per-capita consumption expenditure and its 8 components (元); Liaoning not disclosed. */
export const TABLE2_CONSUMPTION: readonly (readonly [name: string, values: readonly number[]])[] = [
  ['全国', [28227, 8411, 1521, 6263, 1547, 3976, 3189, 2547, 773]],
  ['吉林', [23118, 6332, 1413, 4305, 1029, 3787, 2742, 2774, 735]],
  ['黑龙江', [23467, 6979, 1468, 4144, 971, 3270, 2722, 3250, 663]],
];

/**
 * The paper does not say which year Table 2 is. 2024 is recorded because the national row
 * (28,227 元) equals the NBS national per-capita consumption expenditure published for 2024 and the
 * surrounding text discusses 2024; the quality note on every Table 2 observation says so.
 */
export const TABLE2_ASSUMED_YEAR = 2024;

/** Table 3: disposable income 2023, 2024 (元) and nominal growth (%); Yunnan missing. */
export const TABLE3_INCOME: readonly (readonly [
  name: string,
  y2023: number,
  y2024: number,
  growth: number,
])[] = [
  ['上海市', 84834, 88366, 4.16],
  ['北京市', 81752, 85415, 4.48],
  ['浙江省', 63830, 67013, 5.0],
  ['江苏省', 52674, 55415, 5.19],
  ['天津市', 51271, 53581, 4.51],
  ['广东省', 49327, 51474, 4.35],
  ['福建省', 45426, 47857, 5.35],
  ['山东省', 39890, 42077, 5.5],
  ['辽宁省', 37992, 39876, 4.96],
  ['内蒙古自治区', 38130, 40077, 5.1],
  ['重庆市', 37595, 38797, 3.19],
  ['湖南省', 35895, 37560, 4.63],
  ['湖北省', 35146, 36863, 4.89],
  ['安徽省', 34893, 36631, 4.98],
  ['江西省', 34242, 36014, 5.17],
  ['海南省', 33192, 34417, 3.69],
  ['河北省', 32903, 34366, 4.45],
  ['四川省', 32514, 33806, 3.97],
  ['陕西省', 32128, 33588, 4.54],
  ['宁夏回族自治区', 31604, 33071, 4.64],
  ['山西省', 30924, 32338, 4.57],
  ['河南省', 29933, 31203, 4.24],
  ['吉林省', 29797, 31104, 4.39],
  ['黑龙江省', 29694, 30954, 4.25],
  ['广西壮族自治区', 29514, 31125, 5.5],
  ['贵州省', 27098, 28561, 5.4],
  ['甘肃省', 25011, 26612, 6.4],
  ['青海省', 28587, 30117, 5.4],
  ['西藏自治区', 28983, 31358, 8.2],
  ['新疆维吾尔自治区', 28947, 30899, 6.7],
];

/** §3.4: "the national average is 41,314 yuan" (2024 per-capita disposable income). */
export const NATIONAL_DISPOSABLE_INCOME_2024 = 41314;
