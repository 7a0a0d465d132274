/**
 * What the package of official division codes does not carry: the English name of each of the
 * 36 prefecture-level divisions of Liaoning, Jilin and Heilongjiang, and the other spellings
 * statistics files use for them. Keyed by the package's division code; the codes and Chinese
 * names themselves come from the generated db/seed/cities.json (scripts/generate-cities.ts), and a
 * test checks that this list and that file name the same 36 divisions.
 *
 * `pinyin` is the romanisation bureaus print beside the Chinese (it differs from the English name
 * for Harbin, Qiqihar and the Greater Khingan prefecture).
 */
export interface CityNaming {
  nameEn: string;
  pinyin: string;
  /** Further spellings seen in bureau tables (abbreviations, older romanisations). */
  extra?: readonly string[];
}

export const CITY_NAMING: Readonly<Record<string, CityNaming>> = {
  '2101': { nameEn: 'Shenyang', pinyin: 'Shenyang' },
  '2102': { nameEn: 'Dalian', pinyin: 'Dalian' },
  '2103': { nameEn: 'Anshan', pinyin: 'Anshan' },
  '2104': { nameEn: 'Fushun', pinyin: 'Fushun' },
  '2105': { nameEn: 'Benxi', pinyin: 'Benxi' },
  '2106': { nameEn: 'Dandong', pinyin: 'Dandong' },
  '2107': { nameEn: 'Jinzhou', pinyin: 'Jinzhou' },
  '2108': { nameEn: 'Yingkou', pinyin: 'Yingkou' },
  '2109': { nameEn: 'Fuxin', pinyin: 'Fuxin' },
  '2110': { nameEn: 'Liaoyang', pinyin: 'Liaoyang' },
  '2111': { nameEn: 'Panjin', pinyin: 'Panjin' },
  '2112': { nameEn: 'Tieling', pinyin: 'Tieling' },
  '2113': { nameEn: 'Chaoyang', pinyin: 'Chaoyang' },
  '2114': { nameEn: 'Huludao', pinyin: 'Huludao' },
  '2201': { nameEn: 'Changchun', pinyin: 'Changchun' },
  // The city shares its name with the province: "Jilin" alone means the province.
  '2202': { nameEn: 'Jilin City', pinyin: 'Jilin' },
  '2203': { nameEn: 'Siping', pinyin: 'Siping' },
  '2204': { nameEn: 'Liaoyuan', pinyin: 'Liaoyuan' },
  '2205': { nameEn: 'Tonghua', pinyin: 'Tonghua' },
  '2206': { nameEn: 'Baishan', pinyin: 'Baishan' },
  '2207': { nameEn: 'Songyuan', pinyin: 'Songyuan' },
  '2208': { nameEn: 'Baicheng', pinyin: 'Baicheng' },
  '2224': {
    nameEn: 'Yanbian Korean Autonomous Prefecture',
    pinyin: 'Yanbian',
    extra: ['延边州', 'Yanbian Prefecture', 'Yanbian Zhou', 'Yanbian Korean Prefecture'],
  },
  '2301': { nameEn: 'Harbin', pinyin: 'Haerbin', extra: ["Ha'erbin"] },
  '2302': { nameEn: 'Qiqihar', pinyin: 'Qiqihaer', extra: ["Qiqiha'er"] },
  '2303': { nameEn: 'Jixi', pinyin: 'Jixi' },
  '2304': { nameEn: 'Hegang', pinyin: 'Hegang' },
  '2305': { nameEn: 'Shuangyashan', pinyin: 'Shuangyashan' },
  '2306': { nameEn: 'Daqing', pinyin: 'Daqing' },
  '2307': { nameEn: 'Yichun', pinyin: 'Yichun' },
  '2308': { nameEn: 'Jiamusi', pinyin: 'Jiamusi' },
  '2309': { nameEn: 'Qitaihe', pinyin: 'Qitaihe' },
  '2310': { nameEn: 'Mudanjiang', pinyin: 'Mudanjiang' },
  '2311': { nameEn: 'Heihe', pinyin: 'Heihe' },
  '2312': { nameEn: 'Suihua', pinyin: 'Suihua' },
  '2327': {
    nameEn: 'Da Hinggan Ling Prefecture',
    pinyin: "Daxing'anling",
    extra: ['Da Hinggan Ling', 'Greater Khingan', 'Daxinganling Prefecture', 'Daxing’anling'],
  },
};
