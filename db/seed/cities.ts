/**
 * The 36 prefecture-level divisions of the Northeast as regions: codes and official Chinese names
 * from db/seed/cities.json (generated from the pinned division-code package), English names and
 * the spellings statistics files use from db/seed/city-names.ts. A spelling that already means a
 * province (吉林 / Jilin) stays the province's: the city is 吉林市 / Jilin City.
 */
import generated from './cities.json';
import { shortChineseName } from '../../engine/maps';
import { CITY_NAMING } from './city-names';
import { regionAliases } from './regions';

export interface CitySeed {
  /** GB/T 2260 six-digit code (210100). */
  code: string;
  /** The division-code package's four digits (2101). */
  divisionCode: string;
  /** Official name (沈阳市). */
  nameZh: string;
  nameEn: string;
  /** The province's code (CN-LN). */
  province: string;
  /** Every spelling that means this city, lower-cased (the region_aliases convention). */
  aliases: string[];
}

/** Spaces, dots and apostrophes vary between files (Daxing'anling, Ha erbin): compare without them. */
const compact = (s: string): string => s.toLowerCase().replace(/[\s'’.·-]+/g, '');

const provinceSpellings = new Set(Object.keys(regionAliases).map(compact));

function citySeed(row: (typeof generated.cities)[number]): CitySeed {
  const naming = CITY_NAMING[row.divisionCode];
  if (!naming) throw new Error(`no English name for division ${row.divisionCode} ${row.nameZh}`);
  const short = shortChineseName(row.nameZh);
  const isShi = row.nameZh.endsWith('市');
  const candidates = [
    row.code,
    row.divisionCode,
    row.nameZh,
    short,
    naming.nameEn,
    naming.pinyin,
    ...(isShi ? [`${naming.pinyin} City`, `${naming.pinyin} Shi`] : []),
    ...(naming.extra ?? []),
  ];
  const aliases = [
    ...new Set(
      candidates.filter((a) => !provinceSpellings.has(compact(a))).map((a) => a.toLowerCase()),
    ),
  ];
  return {
    code: row.code,
    divisionCode: row.divisionCode,
    nameZh: row.nameZh,
    nameEn: naming.nameEn,
    province: row.province,
    aliases,
  };
}

export const CITY_PACKAGE: string = generated.package;
export const CITIES: readonly CitySeed[] = generated.cities.map(citySeed);
