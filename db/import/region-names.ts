/**
 * What the importer knows about Chinese region names, independent of any database: the short
 * Chinese name, the official full name and the English spellings found in bureau tables.
 * Codes are NOT defined here: they come from the regions table, matched by Chinese name, so the
 * seed stays the single source of truth. The region_aliases table adds to (and wins over) this.
 */
import { foldWidth } from './fold-text';

export interface KnownRegionName {
  /** Short Chinese name as in the paper's tables (广东, 内蒙古, 全国). */
  zh: string;
  /** Every other spelling that unambiguously means this region. */
  aliases: string[];
}

export const KNOWN_REGION_NAMES: readonly KnownRegionName[] = [
  { zh: '北京', aliases: ['北京市', 'Beijing', 'Beijing Municipality'] },
  { zh: '天津', aliases: ['天津市', 'Tianjin', 'Tianjin Municipality'] },
  { zh: '河北', aliases: ['河北省', 'Hebei', 'Hebei Province'] },
  { zh: '山西', aliases: ['山西省', 'Shanxi', 'Shanxi Province'] },
  {
    zh: '内蒙古',
    aliases: ['内蒙古自治区', 'Inner Mongolia', 'Nei Mongol', 'Inner Mongolia Autonomous Region'],
  },
  { zh: '辽宁', aliases: ['辽宁省', 'Liaoning', 'Liaoning Province'] },
  { zh: '吉林', aliases: ['吉林省', 'Jilin', 'Jilin Province'] },
  { zh: '黑龙江', aliases: ['黑龙江省', 'Heilongjiang', 'Heilongjiang Province'] },
  { zh: '上海', aliases: ['上海市', 'Shanghai', 'Shanghai Municipality'] },
  { zh: '江苏', aliases: ['江苏省', 'Jiangsu', 'Jiangsu Province'] },
  { zh: '浙江', aliases: ['浙江省', 'Zhejiang', 'Zhejiang Province'] },
  { zh: '安徽', aliases: ['安徽省', 'Anhui', 'Anhui Province'] },
  { zh: '福建', aliases: ['福建省', 'Fujian', 'Fujian Province'] },
  { zh: '江西', aliases: ['江西省', 'Jiangxi', 'Jiangxi Province'] },
  { zh: '山东', aliases: ['山东省', 'Shandong', 'Shandong Province'] },
  { zh: '河南', aliases: ['河南省', 'Henan', 'Henan Province'] },
  { zh: '湖北', aliases: ['湖北省', 'Hubei', 'Hubei Province'] },
  { zh: '湖南', aliases: ['湖南省', 'Hunan', 'Hunan Province'] },
  { zh: '广东', aliases: ['广东省', 'Guangdong', 'Guangdong Province'] },
  {
    zh: '广西',
    aliases: ['广西壮族自治区', '广西自治区', 'Guangxi', 'Guangxi Zhuang Autonomous Region'],
  },
  { zh: '海南', aliases: ['海南省', 'Hainan', 'Hainan Province'] },
  { zh: '重庆', aliases: ['重庆市', 'Chongqing', 'Chongqing Municipality'] },
  { zh: '四川', aliases: ['四川省', 'Sichuan', 'Sichuan Province'] },
  { zh: '贵州', aliases: ['贵州省', 'Guizhou', 'Guizhou Province'] },
  { zh: '云南', aliases: ['云南省', 'Yunnan', 'Yunnan Province'] },
  {
    zh: '西藏',
    aliases: [
      '西藏自治区',
      'Tibet',
      'Xizang',
      'Tibet Autonomous Region',
      'Xizang Autonomous Region',
    ],
  },
  { zh: '陕西', aliases: ['陕西省', 'Shaanxi', 'Shaanxi Province'] },
  { zh: '甘肃', aliases: ['甘肃省', 'Gansu', 'Gansu Province'] },
  { zh: '青海', aliases: ['青海省', 'Qinghai', 'Qinghai Province'] },
  { zh: '宁夏', aliases: ['宁夏回族自治区', 'Ningxia', 'Ningxia Hui Autonomous Region'] },
  {
    zh: '新疆',
    aliases: [
      '新疆维吾尔自治区',
      'Xinjiang',
      'Xinjiang Uygur Autonomous Region',
      'Xinjiang Uyghur Autonomous Region',
    ],
  },
  {
    zh: '全国',
    aliases: [
      '全国平均',
      '全国合计',
      '中国',
      'National',
      'National average',
      'China',
      'Nationwide',
      'Whole country',
    ],
  },
  {
    zh: '东北',
    aliases: ['东北地区', '东北三省', 'Northeast', 'Northeast China', 'Northeast region'],
  },
];

/**
 * Lookup key for names: width-folded (full-width letters, U+3000; fold-text.ts), case-folded, without whitespace,
 * '·' and punctuation that bureaus add inconsistently ("Inner  Mongolia", "INNER MONGOLIA").
 */
export function nameKey(raw: string): string {
  return foldWidth(raw)
    .toLowerCase()
    .replace(/[\s_\-·.,'’"()（）]+/g, '');
}
