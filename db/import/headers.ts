/**
 * Header recognition for long tables: 地区 / 指标 / 年份 / 数值 / 单位 or the English words, in any
 * order, with the spellings bureaus actually use. A unit in brackets after a header ("GDP(亿元)",
 * "数值（万元）") is split off and used as the column's declared unit.
 */
import { foldWidth } from './fold-text';
import { nameKey } from './region-names';

export type Role = 'region' | 'indicator' | 'year' | 'value' | 'unit';

const SYNONYMS: Record<Role, string[]> = {
  region: [
    '地区',
    '地区名称',
    '省份',
    '省份名称',
    '省',
    '省区市',
    '区域',
    '行政区',
    'region',
    'province',
    'area',
    'regionname',
    // City tables (市级统计): 城市 / 地市 / 市州 …
    '城市',
    '城市名称',
    '地市',
    '市州',
    '地级市',
    '地级市名称',
    'city',
    'cityname',
    'prefecture',
  ],
  indicator: [
    '指标',
    '指标名称',
    '指标代码',
    '指标编码',
    'indicator',
    'indicatorcode',
    'indicatorname',
  ],
  year: ['年份', '年度', '年', 'year'],
  value: ['数值', '值', '数据', '数量', 'value', 'amount'],
  unit: ['单位', '计量单位', 'unit', 'units'],
};

const ROLE_BY_KEY = new Map<string, Role>();
for (const [role, names] of Object.entries(SYNONYMS) as Array<[Role, string[]]>) {
  for (const n of names) ROLE_BY_KEY.set(nameKey(n), role);
}

export interface HeaderCell {
  text: string;
  /** The header without a trailing bracketed unit. */
  label: string;
  /** The bracketed unit, if any. */
  unit: string | undefined;
  role: Role | undefined;
}

export function parseHeaderCell(raw: string): HeaderCell {
  const text = foldWidth(raw).trim();
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
  const label = m?.[1] !== undefined && m[1] !== '' ? m[1] : text;
  const unit = m?.[2] !== undefined && m[1] !== '' ? m[2].trim() || undefined : undefined;
  return { text: raw.trim(), label, unit, role: ROLE_BY_KEY.get(nameKey(label)) };
}

/** A footnote row under a table: "注：数据来源：各地统计局", "Note: …", "Source: …". */
export function isNoteText(cell: string): boolean {
  return /^(注|说明|备注|资料来源|数据来源|来源|note|notes|source)\s*[:：]/i.test(
    foldWidth(cell).trim(),
  );
}
