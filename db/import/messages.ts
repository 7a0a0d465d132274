/**
 * Bilingual messages of the import report, Chinese first. One function per rule so a message
 * always names the offending value and the tests can assert the exact wording. Text from the
 * file is quoted clipped (q): a 100,000-character cell must not become a 100,000-character
 * message that no screen, log or reply can carry.
 */
import { clipText } from '../../contract/clip-text';
import { codePoint } from './fold-text';
import { bilingual } from '../../contract/bilingual';

const q = (text: string): string => clipText(text);

export function limitMessage(
  rule:
    | 'file-too-large'
    | 'too-many-rows'
    | 'too-many-columns'
    | 'too-many-cells'
    | 'unzipped-too-large'
    | 'shared-strings-too-large',
  limit: number,
): string {
  switch (rule) {
    case 'file-too-large':
      return bilingual(
        `文件超过 ${mb(limit)} MB 上限，请拆分后再导入。`,
        `The file exceeds the ${mb(limit)} MB limit; split it before importing.`,
      );
    case 'too-many-rows':
      return bilingual(
        `行数超过 ${limit.toLocaleString('en-US')} 行上限。`,
        `The file has more than ${limit.toLocaleString('en-US')} rows.`,
      );
    case 'too-many-columns':
      return bilingual(`列数超过 ${limit} 列上限。`, `The file has more than ${limit} columns.`);
    case 'too-many-cells':
      return bilingual(
        `单元格总数超过 ${limit.toLocaleString('en-US')} 个上限，请拆分后再导入。`,
        `The file has more than ${limit.toLocaleString('en-US')} cells; split it before importing.`,
      );
    case 'shared-strings-too-large':
      return bilingual(
        `XLSX 的共享文本表超过 ${mb(limit)} MB 上限，已拒绝。`,
        `The XLSX's shared-string table exceeds the ${mb(limit)} MB limit; refused.`,
      );
    case 'unzipped-too-large':
      return bilingual(
        `XLSX 解压后超过 ${mb(limit)} MB 上限（可能是压缩炸弹），已拒绝。`,
        `The XLSX would unpack to more than ${mb(limit)} MB (a possible zip bomb); refused.`,
      );
  }
}

const mb = (bytes: number): string => String(Math.round(bytes / (1024 * 1024)));

export const MESSAGES = {
  zipRatio: (ratio: number) =>
    bilingual(
      `XLSX 中某个文件的压缩比为 ${Math.round(ratio)}:1，远超正常表格（可能是压缩炸弹），已拒绝。`,
      `An entry of the XLSX compresses ${Math.round(ratio)}:1, far beyond a real spreadsheet (a possible zip bomb); refused.`,
    ),
  zipLies: () =>
    bilingual(
      'XLSX 中某个文件解压后比其声明的大小更大（可能是压缩炸弹），已拒绝。',
      'An entry of the XLSX inflates beyond its declared size (a possible zip bomb); refused.',
    ),
  notXlsx: () =>
    bilingual('文件不是有效的 XLSX（ZIP）文件。', 'The file is not a valid XLSX (ZIP) file.'),
  unsupportedFormat: (ext: string) =>
    bilingual(
      `不支持的文件类型“${q(ext)}”，请使用 CSV 或 XLSX。`,
      `Unsupported file type "${q(ext)}"; use CSV or XLSX.`,
    ),
  noSheet: (name: string) =>
    bilingual(`找不到工作表“${q(name)}”。`, `Worksheet "${q(name)}" not found.`),
  headerNotFound: () =>
    bilingual(
      '未找到表头行（需要“地区”列，或在映射中指定 headerRow 和 regionColumn）。',
      'No header row found (a "地区 / region" column is needed, or give headerRow and regionColumn in the mapping).',
    ),
  columnNotFound: (name: string) =>
    bilingual(`表头中没有列“${q(name)}”。`, `The header has no column "${q(name)}".`),
  noValueColumns: () =>
    bilingual(
      '无法确定数值列：长表需要“数值”列，宽表需要映射中的 valueColumns 或以年份为列名。',
      'Cannot tell which columns hold values: a long table needs a "value" column, a wide table needs valueColumns in the mapping or year headers.',
    ),
  noIndicator: () =>
    bilingual(
      '无法确定指标：需要“指标”列，或在映射中指定 indicator / indicatorColumn / valueColumns[].indicator。',
      'Cannot tell the indicator: add an "indicator" column or give indicator / indicatorColumn / valueColumns[].indicator in the mapping.',
    ),
  noYear: () =>
    bilingual(
      '无法确定年份：需要“年份”列，或在映射中指定 year / yearColumn / valueColumns[].year。',
      'Cannot tell the year: add a "year" column or give year / yearColumn / valueColumns[].year in the mapping.',
    ),
  unknownRegion: (v: string) => bilingual(`无法识别的地区“${q(v)}”。`, `Unknown region "${q(v)}".`),
  unknownIndicator: (v: string) =>
    bilingual(
      `无法识别的指标“${q(v)}”（可用代码、中文名或英文名）。`,
      `Unknown indicator "${q(v)}" (use its code, Chinese or English name).`,
    ),
  groupingRegion: (zh: string, en: string) =>
    bilingual(
      `“${q(zh)}”是地区组合，其数值由成员地区计算，不能导入；请导入各成员城市的数据。`,
      `"${q(en)}" is a grouping: its value is computed from its members and cannot be imported; import the member cities' figures instead.`,
    ),
  exampleData: () =>
    bilingual(
      '此文件标明为示例数据（数值为虚构），只能预览，不能导入。',
      'This file is marked as example data (its values are fictitious): it can be previewed but not imported.',
    ),
  cityAboveProvince: (city: number, province: number, zh: string, en: string) =>
    bilingual(
      `城市总量 ${city} 大于其所在省（${zh}）同年的 ${province}，请核对单位或数值。`,
      `The city's total ${city} exceeds its province's (${en}) ${province} for the same year; please check the unit or the value.`,
    ),
  cityFarFromProvince: (ratio: number, province: number, zh: string, en: string) =>
    bilingual(
      `城市数值是其所在省（${zh}）同年数值 ${province} 的 ${ratio.toFixed(2)} 倍（超出 0.5–2 倍），请核对。`,
      `The city's value is ${ratio.toFixed(2)} times its province's (${en}) ${province} for the same year (outside 0.5 to 2 times); please check it.`,
    ),
  invalidYear: (v: string) => bilingual(`无效的年份“${q(v)}”。`, `Invalid year "${q(v)}".`),
  notANumber: (v: string) =>
    bilingual(
      `“${q(v)}”不是可识别的数字（不会猜测其含义）。`,
      `"${q(v)}" is not a number this importer accepts (it never guesses).`,
    ),
  missingValue: () =>
    bilingual('数值缺失，此行未导入。', 'The value is missing; the row is not imported.'),
  unitMismatch: (declared: string, unit: string) =>
    bilingual(
      `单位“${q(declared)}”与指标单位“${unit}”不一致且无法换算。`,
      `Unit "${q(declared)}" does not match the indicator's unit "${unit}" and cannot be converted.`,
    ),
  duplicateRow: (firstLine: number) =>
    bilingual(
      `与第 ${firstLine} 行重复（同一地区、指标、年份）。`,
      `Duplicates line ${firstLine} (same region, indicator and year).`,
    ),
  raggedTooMany: (n: number, expected: number) =>
    bilingual(
      `此行有 ${n} 个字段，表头只有 ${expected} 列，多出的数据无法对应。`,
      `This row has ${n} fields but the header has ${expected} columns; the extra data has no column.`,
    ),
  raggedTooFew: (n: number, expected: number) =>
    bilingual(
      `此行只有 ${n} 个字段，表头有 ${expected} 列，无法确定各值属于哪一列。`,
      `This row has only ${n} fields but the header has ${expected} columns; which value belongs to which column cannot be told.`,
    ),
  cellTooLong: (length: number, max: number) =>
    bilingual(
      `单元格有 ${length.toLocaleString('en-US')} 个字符，超过 ${max.toLocaleString('en-US')} 字符上限。`,
      `The cell has ${length.toLocaleString('en-US')} characters, more than the ${max.toLocaleString('en-US')}-character limit.`,
    ),
  foreignDigit: (v: string, ch: string) =>
    bilingual(
      `“${q(v)}”含有“${ch}”（${codePoint(ch)}），这是上标、下标、圈码等编号或脚注符号，不是数字；请删去或改写为普通数字。`,
      `"${q(v)}" contains "${ch}" (${codePoint(ch)}), a superscript, subscript, circled or other numeral sign (often a footnote mark), not a digit; remove it or write the digit plainly.`,
    ),
  futureYear: (year: number, current: number) =>
    bilingual(
      `年份 ${year} 晚于今年（${current}），不可能已有统计数据。`,
      `The year ${year} is after the current year (${current}); there can be no statistics for it yet.`,
    ),
  yearOutsideSeries: (year: number, first: number, last: number) =>
    bilingual(
      `${year} 年远在该指标已有数据（${first}–${last} 年）之外，请核对年份。`,
      `${year} lies far outside this indicator's stored years (${first}–${last}); please check the year.`,
    ),
  rowsSkipped: (n: number, lines: string) =>
    bilingual(
      `按要求跳过了 ${n} 行有错误的数据（第 ${lines} 行，原因见各行），其余数据照常导入。`,
      `As asked, ${n} rows with errors were skipped (lines ${lines}; see each row for why); the rest is imported.`,
    ),
  formula: (formula: string) =>
    bilingual(
      `单元格含公式“=${q(formula)}”，已使用文件中保存的计算结果（未重新计算）。`,
      `The cell holds the formula "=${q(formula)}"; its saved result was used (not recalculated).`,
    ),
  formulaNoResult: (formula: string) =>
    bilingual(
      `单元格含公式“=${q(formula)}”但文件中没有保存计算结果。`,
      `The cell holds the formula "=${q(formula)}" but the file stores no result for it.`,
    ),
  implausiblePeers: (z: number) =>
    bilingual(
      `数值与其他地区同期数据相比异常（稳健 z 值 ${z.toFixed(1)}，阈值 3.5），请核对。`,
      `The value is implausible against other regions for the same year (robust z = ${z.toFixed(1)}, threshold 3.5); please check it.`,
    ),
  implausiblePrevious: (change: number, prevYear: number, prev: number) =>
    bilingual(
      `与 ${prevYear} 年数值 ${prev} 相比变化 ${(change * 100).toFixed(0)}%（超过 50%），请核对。`,
      `Changes ${(change * 100).toFixed(0)}% from ${prev} in ${prevYear} (more than 50%); please check it.`,
    ),
  overwrite: (old: number) =>
    bilingual(
      `数据库中已有不同的数值 ${old}，提交后将被覆盖（可撤销）。`,
      `The database already holds a different value, ${old}; committing overwrites it (undoable).`,
    ),
  unitConverted: (declared: string, unit: string) =>
    bilingual(
      `已将单位“${q(declared)}”换算为指标单位“${unit}”。`,
      `Converted from "${q(declared)}" to the indicator's unit "${unit}".`,
    ),
} as const;
