/**
 * The 31 provincial units (ISO 3166-2:CN letter codes), the national total and the Northeast
 * aggregate (Liaoning + Jilin + Heilongjiang), with the names statistics tables actually use.
 */
export type RegionKind = 'province' | 'national' | 'aggregate';

export interface RegionSeed {
  code: string;
  /** Short name as in the paper's Table 1 (广东). */
  nameZh: string;
  /** Official full name as in Table 3 (广东省, 内蒙古自治区). */
  fullNameZh: string;
  nameEn: string;
  kind: RegionKind;
  isNortheast: boolean;
  /** Other spellings seen in statistical files (pinyin, older English names). */
  extraAliases?: string[];
}

const p = (
  code: string,
  nameZh: string,
  fullNameZh: string,
  nameEn: string,
  extraAliases: string[] = [],
): RegionSeed => ({
  code,
  nameZh,
  fullNameZh,
  nameEn,
  kind: 'province',
  isNortheast: code === 'CN-LN' || code === 'CN-JL' || code === 'CN-HL',
  extraAliases,
});

export const PROVINCES: readonly RegionSeed[] = [
  p('CN-BJ', '北京', '北京市', 'Beijing'),
  p('CN-TJ', '天津', '天津市', 'Tianjin'),
  p('CN-HE', '河北', '河北省', 'Hebei'),
  p('CN-SX', '山西', '山西省', 'Shanxi'),
  p('CN-NM', '内蒙古', '内蒙古自治区', 'Inner Mongolia', [
    'Nei Mongol',
    'Neimenggu',
    'Inner Mongolia Autonomous Region',
  ]),
  p('CN-LN', '辽宁', '辽宁省', 'Liaoning'),
  p('CN-JL', '吉林', '吉林省', 'Jilin'),
  p('CN-HL', '黑龙江', '黑龙江省', 'Heilongjiang'),
  p('CN-SH', '上海', '上海市', 'Shanghai'),
  p('CN-JS', '江苏', '江苏省', 'Jiangsu'),
  p('CN-ZJ', '浙江', '浙江省', 'Zhejiang'),
  p('CN-AH', '安徽', '安徽省', 'Anhui'),
  p('CN-FJ', '福建', '福建省', 'Fujian'),
  p('CN-JX', '江西', '江西省', 'Jiangxi'),
  p('CN-SD', '山东', '山东省', 'Shandong'),
  p('CN-HA', '河南', '河南省', 'Henan'),
  p('CN-HB', '湖北', '湖北省', 'Hubei'),
  p('CN-HN', '湖南', '湖南省', 'Hunan'),
  p('CN-GD', '广东', '广东省', 'Guangdong'),
  p('CN-GX', '广西', '广西壮族自治区', 'Guangxi', ['Guangxi Zhuang Autonomous Region']),
  p('CN-HI', '海南', '海南省', 'Hainan'),
  p('CN-CQ', '重庆', '重庆市', 'Chongqing'),
  p('CN-SC', '四川', '四川省', 'Sichuan'),
  p('CN-GZ', '贵州', '贵州省', 'Guizhou'),
  p('CN-YN', '云南', '云南省', 'Yunnan'),
  p('CN-XZ', '西藏', '西藏自治区', 'Xizang', [
    'Tibet',
    'Tibet Autonomous Region',
    'Xizang Autonomous Region',
  ]),
  p('CN-SN', '陕西', '陕西省', 'Shaanxi'),
  p('CN-GS', '甘肃', '甘肃省', 'Gansu'),
  p('CN-QH', '青海', '青海省', 'Qinghai'),
  p('CN-NX', '宁夏', '宁夏回族自治区', 'Ningxia', ['Ningxia Hui Autonomous Region']),
  p('CN-XJ', '新疆', '新疆维吾尔自治区', 'Xinjiang', [
    'Xinjiang Uygur Autonomous Region',
    'Xinjiang Uyghur Autonomous Region',
  ]),
];

/** Official full name → code of the three northeastern provinces (for matching the division-code package). */
export const NORTHEAST_PROVINCE_NAMES: ReadonlyMap<string, string> = new Map(
  PROVINCES.filter((p) => p.isNortheast).map((p) => [p.fullNameZh, p.code]),
);

export const NATIONAL: RegionSeed = {
  code: 'CN',
  nameZh: '全国',
  fullNameZh: '全国',
  nameEn: 'China (national)',
  kind: 'national',
  isNortheast: false,
  extraAliases: ['China', 'National', '全国平均', '全国居民', 'National average'],
};

export const NORTHEAST: RegionSeed = {
  code: 'NE',
  nameZh: '东北地区',
  fullNameZh: '东北三省',
  nameEn: 'Northeast China',
  kind: 'aggregate',
  // The aggregate is itself "the Northeast", so it is highlighted with the three provinces.
  isNortheast: true,
  extraAliases: ['东北', 'Northeast', 'Three Northeastern Provinces', 'Dongbei'],
};

export const REGIONS: readonly RegionSeed[] = [...PROVINCES, NATIONAL, NORTHEAST];

/**
 * Every spelling → region code, for the importer. Lookup is meant to be case-insensitive on the
 * English forms (use `lookupRegion`); Chinese names are matched exactly after trimming.
 */
export const regionAliases: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    REGIONS.flatMap((r) =>
      [r.code, r.nameZh, r.fullNameZh, r.nameEn, ...(r.extraAliases ?? [])].map((alias) => [
        alias.toLowerCase(),
        r.code,
      ]),
    ),
  ),
);

/** Resolves a region name as written in a statistics file (全角 spaces and case ignored). */
export function lookupRegion(name: string): string | undefined {
  const key = name
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
  return regionAliases[key];
}
