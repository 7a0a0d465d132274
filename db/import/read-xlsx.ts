/**
 * XLSX → Grid with exceljs's streaming reader (not the npm `xlsx` package: frozen at 0.18.5
 * with known CVEs). Rows are counted while the sheet XML is parsed, so a workbook whose one
 * sheet unpacks to hundreds of megabytes is refused at the row, column or cell limit without
 * ever being held. Merged cells read as their master's value (a merged "地区" header spanning
 * two rows, or a region merged down over several years); formula cells yield the result Excel
 * saved, flagged, never evaluated; dates become ISO dates. The zip-bomb guard runs first.
 */
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import type { Grid, GridRow } from './grid';
import { ImportRefusedError, type ImportLimits } from './limits';
import { limitMessage, MESSAGES } from './messages';
import { checkZip, entryData, inflateEntry, type ZipEntry } from './zip-guard';
import { localFileHeader } from './zip-records';

const SHEET_PATH = /^xl\/worksheets\/sheet(\d+)\.xml$/;

export async function readXlsx(
  buf: Buffer,
  limits: ImportLimits,
  sheetName?: string,
): Promise<Grid> {
  const entries = await checkZip(buf, limits);
  const strings = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  if (strings && strings.uncompressedSize > limits.maxSharedStringsBytes) {
    throw new ImportRefusedError(
      'shared-strings-too-large',
      limitMessage('shared-strings-too-large', limits.maxSharedStringsBytes),
      String(strings.uncompressedSize),
    );
  }
  const { stream, sheets } = orderedParts(buf, entries);
  try {
    const reader = new Utf8WorkbookReader(stream, {
      sharedStrings: 'cache',
      // Number formats tell a date cell from a number.
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    let index = 0;
    for await (const ws of reader) {
      const entry = sheets[index++];
      // exceljs names the sheet (from workbook.xml) but does not declare the field.
      const name = (ws as unknown as { name: string }).name;
      // The workbook's own first sheet (tab order) when no name is given.
      const wanted = sheetName ?? reader.model?.sheets?.[0]?.name ?? name;
      if (name !== wanted || !entry) continue;
      const grid = await readRows(ws, limits);
      applyMerges(grid, await mergeRanges(buf, entry), limits);
      return grid;
    }
  } catch (err) {
    if (err instanceof ImportRefusedError) throw err;
    throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
  } finally {
    stream.destroy();
  }
  throw new ImportRefusedError('no-sheet', MESSAGES.noSheet(sheetName ?? '1'), sheetName ?? '');
}

type Chunks = AsyncIterable<Buffer | string>;
/** The WorkbookReader methods that receive a part's bytes (exceljs 4.4, lib/stream/xlsx/workbook-reader.js). */
interface PartParsers {
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: Chunks, sheetNo: string): Generator<unknown>;
}
const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as PartParsers;

/**
 * exceljs's streaming reader decodes every chunk of a part on its own, so a Chinese character
 * that straddles two chunks (one every 16 KB of inflated XML) turns into U+FFFD replacement
 * characters: "河北" read as "河���" (exceljs issues #2063 and #2084; the fixes proposed in pull
 * requests #1665 and #2081 were never released). Here each part reaches the XML parser as text
 * decoded across chunk boundaries, which exceljs passes through unchanged.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseWorkbook(entry: Readable): Promise<void> {
    return base._parseWorkbook.call(this, entry.setEncoding('utf8'));
  }
  _parseStyles(entry: Readable): Promise<void> {
    return base._parseStyles.call(this, entry.setEncoding('utf8'));
  }
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown> {
    return base._parseSharedStrings.call(this, entry.setEncoding('utf8'));
  }
  _parseWorksheet(chunks: Chunks, sheetNo: string): Generator<unknown> {
    return base._parseWorksheet.call(this, decodeUtf8(chunks), sheetNo);
  }
}

async function* decodeUtf8(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text !== '') yield text;
  }
  const tail = decoder.end();
  if (tail !== '') yield tail;
}

/**
 * The parts exceljs needs, in the order its streaming reader needs them: relationships, workbook,
 * styles and shared strings before the sheets. Excel writes the sheets first, and the reader
 * would then spool each sheet to a temporary file before reading a single row. The entries are
 * copied as stored (no re-compression) behind fresh local headers; a workbook without shared
 * strings gets an empty table for the same reason. Other parts (themes, drawings) are left out.
 */
function orderedParts(buf: Buffer, entries: ZipEntry[]): { stream: Readable; sheets: ZipEntry[] } {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const sheetNo = (e: ZipEntry): number => Number(SHEET_PATH.exec(e.name)?.[1] ?? 0);
  const sheets = entries
    .filter((e) => SHEET_PATH.test(e.name))
    .sort((a, b) => sheetNo(a) - sheetNo(b));
  const parts: Buffer[] = [];
  const copy = (e: ZipEntry): void => {
    parts.push(localFileHeader(e), entryData(buf, e));
  };
  const copyOr = (name: string, fallback: string | null): void => {
    const e = byName.get(name);
    if (e) copy(e);
    else if (fallback !== null) {
      const data = Buffer.from(fallback, 'utf8');
      const size = data.length;
      parts.push(
        localFileHeader({
          name,
          method: 0,
          crc32: zlib.crc32(data),
          compressedSize: size,
          uncompressedSize: size,
        }),
        data,
      );
    }
  };
  copyOr('xl/_rels/workbook.xml.rels', '<Relationships/>');
  copyOr('xl/workbook.xml', null);
  copyOr('xl/styles.xml', null);
  copyOr('xl/sharedStrings.xml', '<sst/>');
  sheets.forEach(copy);
  return { stream: Readable.from(parts), sheets };
}

async function readRows(ws: AsyncIterable<ExcelJS.Row>, limits: ImportLimits): Promise<Grid> {
  const rows: GridRow[] = [];
  const formulaCells: Grid['formulaCells'] = [];
  let cellsRead = 0;
  for await (const row of ws) {
    const width = row.cellCount;
    if (width > limits.maxColumns) {
      throw new ImportRefusedError(
        'too-many-columns',
        limitMessage('too-many-columns', limits.maxColumns),
        String(width),
      );
    }
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const value = row.getCell(c).value;
      const formula = formulaOf(value);
      if (formula !== null) formulaCells.push({ line: row.number, col: c - 1, formula });
      cells.push(cellText(value));
    }
    if (!cells.some((c) => c.trim() !== '')) continue;
    rows.push({ line: row.number, cells });
    if (rows.length > limits.maxRows)
      throw new ImportRefusedError('too-many-rows', limitMessage('too-many-rows', limits.maxRows));
    cellsRead += width;
    if (cellsRead > limits.maxCells)
      throw new ImportRefusedError(
        'too-many-cells',
        limitMessage('too-many-cells', limits.maxCells),
      );
  }
  return { rows, formulaCells };
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The sheet's <mergeCell ref="A2:A3"/> ranges. The streaming reader skips them, and they come
 * after the rows, so the sheet's XML is inflated once more (through the same size guard) and
 * scanned; only files that passed the row limits get here.
 */
async function mergeRanges(buf: Buffer, entry: ZipEntry): Promise<MergeRange[]> {
  const found: MergeRange[] = [];
  const pattern = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g;
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of inflateEntry(buf, entry)) {
    const text = carry + decoder.write(chunk as Buffer);
    let lastEnd = 0;
    for (const m of text.matchAll(pattern)) {
      const [, l, t, r, b] = m;
      found.push({
        top: Number(t),
        left: columnNumber(l ?? 'A'),
        bottom: Number(b),
        right: columnNumber(r ?? 'A'),
      });
      lastEnd = (m.index ?? 0) + m[0].length;
    }
    // A tag cut by the chunk boundary is completed by the next chunk.
    carry = text.slice(Math.max(lastEnd, text.length - 200));
  }
  return found;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Copies each master's text into the rest of its range. Ranges are clipped to the rows and
 * columns actually read, and the filled cells count against the cell limit, so a hostile
 * A1:XFD1048576 costs nothing.
 */
function applyMerges(grid: Grid, ranges: MergeRange[], limits: ImportLimits): void {
  if (ranges.length === 0) return;
  const byLine = new Map(grid.rows.map((r) => [r.line, r]));
  const lastLine = grid.rows.reduce((m, r) => Math.max(m, r.line), 0);
  const width = grid.rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  let budget = limits.maxCells - grid.rows.reduce((n, r) => n + r.cells.length, 0);
  let added = false;
  for (const g of ranges) {
    const master = byLine.get(g.top)?.cells[g.left - 1] ?? '';
    if (master.trim() === '') continue;
    for (let line = g.top; line <= Math.min(g.bottom, lastLine); line++) {
      let row = byLine.get(line);
      if (!row) {
        row = { line, cells: [] };
        byLine.set(line, row);
        grid.rows.push(row);
        added = true;
      }
      for (let c = g.left; c <= Math.min(g.right, width); c++) {
        if (line === g.top && c === g.left) continue;
        while (row.cells.length < c) {
          row.cells.push('');
          budget--;
        }
        row.cells[c - 1] = master;
      }
      if (budget < 0)
        throw new ImportRefusedError(
          'too-many-cells',
          limitMessage('too-many-cells', limits.maxCells),
        );
    }
  }
  if (added) grid.rows.sort((a, b) => a.line - b.line);
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
