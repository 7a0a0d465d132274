/**
 * The short name written in a tile: statistics tables and maps drop the type of division
 * (沈阳市 → 沈阳, 延边朝鲜族自治州 → 延边, Da Hinggan Ling Prefecture → Da Hinggan Ling), except
 * where the short form is a province's name (吉林市 stays 吉林市, Jilin City stays Jilin City).
 */

/** 沈阳市 → 沈阳, 延边朝鲜族自治州 → 延边, 大兴安岭地区 → 大兴安岭. */
export function shortChineseName(nameZh: string): string {
  return nameZh.replace(/(朝鲜族自治州|自治州|地区|盟|市)$/, '');
}

/** Yanbian Korean Autonomous Prefecture → Yanbian, Da Hinggan Ling Prefecture → Da Hinggan Ling. */
export function shortEnglishName(nameEn: string): string {
  return nameEn.replace(/\s+(Korean Autonomous Prefecture|Autonomous Prefecture|Prefecture)$/, '');
}

export interface NamedRegion {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: string;
}

/** The tile label of a region; `provinceNames` are the province names a short form must not take. */
export function tileLabel(
  region: NamedRegion,
  lang: 'zh' | 'en',
  provinceNames: ReadonlySet<string>,
): string {
  if (region.kind !== 'city') return lang === 'zh' ? region.nameZh : region.nameEn;
  const short = lang === 'zh' ? shortChineseName(region.nameZh) : shortEnglishName(region.nameEn);
  if (provinceNames.has(short)) return lang === 'zh' ? region.nameZh : region.nameEn;
  return short;
}
