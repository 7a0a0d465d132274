/**
 * The import template for city statistics and its example file (templates/, written by
 * scripts/generate-templates.ts): one row per city of the Northeast, a year column and one column
 * per indicator named by its code with its unit in brackets, the layout the importer reads
 * without a mapping (a wide table with a year column). The paper gives no city figures, so the
 * template is empty; the example's values are made up, and its title marks it so the importer
 * refuses to commit it (example-marker.ts).
 */
import { CITIES } from '../seed/cities';
import { INDICATORS, POPULATION_INDICATOR } from '../seed/indicators';
import { EXAMPLE_MARKER } from './example-marker';
import { csvText, xlsxBytes, type SheetRows } from './export';

/** The indicators a city bureau publishes and the scenario's severity can use; population first (weights). */
export const CITY_TEMPLATE_INDICATORS = [
  POPULATION_INDICATOR,
  'gdp',
  'gdp_growth_nominal',
  'disposable_income',
  'disposable_income_growth',
  'consumption_total',
  'regular_colleges',
] as const;

/**
 * The year the template starts with: the newest year of the shipped provincial figures (the
 * paper's Tables 1–3), so imported city figures meet province and country figures of the same year.
 */
export const TEMPLATE_YEAR = 2024;

export const TEMPLATE_FILES = {
  csv: 'city-statistics-template.csv',
  xlsx: 'city-statistics-template.xlsx',
  exampleCsv: 'city-statistics-example.csv',
} as const;
export type TemplateFile = keyof typeof TEMPLATE_FILES;

function indicator(code: string) {
  const found = INDICATORS.find((i) => i.code === code);
  if (!found) throw new Error(`template indicator ${code} is not in the seed`);
  return found;
}

function header(): string[] {
  return ['地区', '年份', ...CITY_TEMPLATE_INDICATORS.map((c) => `${c} (${indicator(c).unit})`)];
}

function legend(): string {
  const names = CITY_TEMPLATE_INDICATORS.map(
    (c) => `${c} = ${indicator(c).nameZh} / ${indicator(c).nameEn}`,
  );
  return `指标代码 / Indicator codes: ${names.join('; ')}`;
}

/** The empty template: every city by its official name, the year filled in, no values. */
export function templateRows(): SheetRows {
  return [
    ['东北城市统计数据导入模板 / Import template for Northeast city statistics'],
    [
      '填写方法：每行一个城市；年份可改为数据所属年份；空白表示暂无数据（导入时跳过）；地区可写名称、简称、拼音或区划代码。 / One row per city; change the year to the figures’ year; leave a cell empty when there is no figure (it is skipped); a city may be named in Chinese, short form, pinyin or by its division code.',
    ],
    [legend()],
    header(),
    ...CITIES.map((c) => [c.nameZh, TEMPLATE_YEAR, ...CITY_TEMPLATE_INDICATORS.map(() => null)]),
  ];
}

/**
 * The example: four cities spelled four ways (official name, English, division code, short
 * name) with made-up round values, so a planner can preview what an import reports.
 */
export function exampleRows(): SheetRows {
  const made = (region: string, population: number, gdp: number): Array<number | string | null> => [
    region,
    TEMPLATE_YEAR,
    population,
    gdp,
    5,
    50000,
    5,
    32000,
    null,
  ];
  return [
    [
      `${EXAMPLE_MARKER}：以下数值均为虚构，仅用于演示导入，不能提交。 / The values below are fictitious, for trying the import only; they cannot be committed.`,
    ],
    [legend()],
    header(),
    made('沈阳市', 900, 8000),
    made('Dalian', 700, 9000),
    made('230100', 900, 6000),
    made('长春', 900, 7000),
  ];
}

/** Fixed, so the XLSX's document properties are the same on every run (templates/ is committed). */
const CREATED = new Date('2026-01-01T00:00:00Z');

export const TEMPLATE_MIME: Record<TemplateFile, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  exampleCsv: 'text/csv;charset=utf-8',
};

/** The bytes of one shipped file, exactly as templates/ holds them. */
export async function templateFileBytes(file: TemplateFile): Promise<Buffer> {
  if (file === 'xlsx') return xlsxBytes('cities', templateRows(), CREATED);
  return Buffer.from(csvText(file === 'csv' ? templateRows() : exampleRows()), 'utf8');
}
