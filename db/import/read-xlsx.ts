/**
 * XLSX → Grid via exceljs (not the npm `xlsx` package: frozen at 0.18.5 with known CVEs).
 * Merged cells read as their master's value (a merged "地区" header spanning two rows, or a
 * region merged down over several years); formula cells yield the result Excel saved, flagged,
 * never evaluated; dates become ISO dates. The zip-bomb guard runs first.
 */
import ExcelJS from 'exceljs';
import type { Grid, GridRow } from './grid';
import { ImportRefusedError, type ImportLimits } from './limits';
import { limitMessage, MESSAGES } from './messages';
import { checkZip } from './zip-guard';

export async function readXlsx(
  buf: Buffer,
  limits: ImportLimits,
  sheetName?: string,
): Promise<Grid> {
  checkZip(buf, limits);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's load() wants its own Buffer typing; the bytes are what matter.
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
  }
  const ws = sheetName === undefined ? wb.worksheets[0] : wb.getWorksheet(sheetName);
  if (!ws)
    throw new ImportRefusedError('no-sheet', MESSAGES.noSheet(sheetName ?? '1'), sheetName ?? '');
  if (ws.rowCount > limits.maxRows)
    throw new ImportRefusedError('too-many-rows', limitMessage('too-many-rows', limits.maxRows));
  if (ws.columnCount > limits.maxColumns) {
    throw new ImportRefusedError(
      'too-many-columns',
      limitMessage('too-many-columns', limits.maxColumns),
      String(ws.columnCount),
    );
  }

  const rows: GridRow[] = [];
  const formulaCells: Grid['formulaCells'] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const formula = formulaOf(cell.value);
      // A merged slave repeats the master's formula only once: flag the master's own cell.
      if (formula !== null && !(cell.isMerged && cell.master !== cell))
        formulaCells.push({ line: r, col: c - 1, formula });
      cells.push(cellText(cell.value));
    }
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: r, cells });
  }
  return { rows, formulaCells };
}

function formulaOf(v: ExcelJS.CellValue): string | null {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    if ('formula' in v && typeof v.formula === 'string') return v.formula;
    if ('sharedFormula' in v && typeof v.sharedFormula === 'string') return v.sharedFormula;
  }
  return null;
}

export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('result' in v) return v.result === undefined ? '' : cellText(v.result as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return '';
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return '';
}

/** Plain decimal text: String(1e-7) is "1e-7", which the strict number parser rightly refuses. */
function numberText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
