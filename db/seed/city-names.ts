/**
 * What the package of official division codes does not carry: the English name of each of the
 * 36 prefecture-level divisions of Liaoning, Jilin and Heilongjiang, and the other spellings
 * statistics files use for them. Keyed by the package's division code; the codes and Chinese
 * names themselves come from the generated db/seed/cities.json (scripts/generate-cities.ts), and a
 * test checks that this list and that file name the same 36 divisions.
 *
 * `pinyin` is the romanisation bureaus print beside the Chinese (it differs from the English name
 * for Harbin, Qiqihar and the Greater Khingan prefecture); `tile` is the short label on the map.
 */
export interface CityNaming {
  nameEn: string;
  /** Short English label for a map tile. */
  tileEn: string;
  pinyin: string;
  /** Further spellings seen in bureau tables (abbreviations, older romanisations). */
  extra?: readonly string[];
}

export const CITY_NAMING: Readonly<Record<string, CityNaming>> = {
  '2101': { nameEn: 'Shenyang', tileEn: 'Shenyang', pinyin: 'Shenyang' },
  '2102': { nameEn: 'Dalian', tileEn: 'Dalian', pinyin: 'Dalian' },
  '2103': { nameEn: 'Anshan', tileEn: 'Anshan', pinyin: 'Anshan' },
  '2104': { nameEn: 'Fushun', tileEn: 'Fushun', pinyin: 'Fushun' },
  '2105': { nameEn: 'Benxi', tileEn: 'Benxi', pinyin: 'Benxi' },
  '2106': { nameEn: 'Dandong', tileEn: 'Dandong', pinyin: 'Dandong' },
  '2107': { nameEn: 'Jinzhou', tileEn: 'Jinzhou', pinyin: 'Jinzhou' },
  '2108': { nameEn: 'Yingkou', tileEn: 'Yingkou', pinyin: 'Yingkou' },
  '2109': { nameEn: 'Fuxin', tileEn: 'Fuxin', pinyin: 'Fuxin' },
  '2110': { nameEn: 'Liaoyang', tileEn: 'Liaoyang', pinyin: 'Liaoyang' },
  '2111': { nameEn: 'Panjin', tileEn: 'Panjin', pinyin: 'Panjin' },
  '2112': { nameEn: 'Tieling', tileEn: 'Tieling', pinyin: 'Tieling' },
  '2113': { nameEn: 'Chaoyang', tileEn: 'Chaoyang', pinyin: 'Chaoyang' },
  '2114': { nameEn: 'Huludao', tileEn: 'Huludao', pinyin: 'Huludao' },
  '2201': { nameEn: 'Changchun', tileEn: 'Changchun', pinyin: 'Changchun' },
  // The city shares its name with the province: "Jilin" alone means the province.
  '2202': { nameEn: 'Jilin City', tileEn: 'Jilin City', pinyin: 'Jilin' },
  '2203': { nameEn: 'Siping', tileEn: 'Siping', pinyin: 'Siping' },
  '2204': { nameEn: 'Liaoyuan', tileEn: 'Liaoyuan', pinyin: 'Liaoyuan' },
  '2205': { nameEn: 'Tonghua', tileEn: 'Tonghua', pinyin: 'Tonghua' },
  '2206': { nameEn: 'Baishan', tileEn: 'Baishan', pinyin: 'Baishan' },
  '2207': { nameEn: 'Songyuan', tileEn: 'Songyuan', pinyin: 'Songyuan' },
  '2208': { nameEn: 'Baicheng', tileEn: 'Baicheng', pinyin: 'Baicheng' },
  '2224': {
    nameEn: 'Yanbian Korean Autonomous Prefecture',
    tileEn: 'Yanbian',
    pinyin: 'Yanbian',
    extra: ['延边州', 'Yanbian Prefecture', 'Yanbian Zhou', 'Yanbian Korean Prefecture'],
  },
  '2301': { nameEn: 'Harbin', tileEn: 'Harbin', pinyin: 'Haerbin', extra: ["Ha'erbin"] },
  '2302': { nameEn: 'Qiqihar', tileEn: 'Qiqihar', pinyin: 'Qiqihaer', extra: ["Qiqiha'er"] },
  '2303': { nameEn: 'Jixi', tileEn: 'Jixi', pinyin: 'Jixi' },
  '2304': { nameEn: 'Hegang', tileEn: 'Hegang', pinyin: 'Hegang' },
  '2305': { nameEn: 'Shuangyashan', tileEn: 'Shuangyashan', pinyin: 'Shuangyashan' },
  '2306': { nameEn: 'Daqing', tileEn: 'Daqing', pinyin: 'Daqing' },
  '2307': { nameEn: 'Yichun', tileEn: 'Yichun', pinyin: 'Yichun' },
  '2308': { nameEn: 'Jiamusi', tileEn: 'Jiamusi', pinyin: 'Jiamusi' },
  '2309': { nameEn: 'Qitaihe', tileEn: 'Qitaihe', pinyin: 'Qitaihe' },
  '2310': { nameEn: 'Mudanjiang', tileEn: 'Mudanjiang', pinyin: 'Mudanjiang' },
  '2311': { nameEn: 'Heihe', tileEn: 'Heihe', pinyin: 'Heihe' },
  '2312': { nameEn: 'Suihua', tileEn: 'Suihua', pinyin: 'Suihua' },
  '2327': {
    nameEn: 'Da Hinggan Ling Prefecture',
    tileEn: 'Da Hinggan Ling',
    pinyin: "Daxing'anling",
    extra: ['Da Hinggan Ling', 'Greater Khingan', 'Daxinganling Prefecture', 'Daxing’anling'],
  },
};
