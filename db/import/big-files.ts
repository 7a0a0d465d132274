/**
 * Large import files for the streaming tests and the benchmark, written straight to disk so the
 * process that makes them never holds the sheet: a minimal XLSX (its one worksheet deflated as
 * a stream, placed before the shared strings as Excel does) and a plain CSV.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import {
  centralDirectoryHeader,
  endOfCentralDirectory,
  localFileHeader,
  type ZipRecord,
} from './zip-records';

export interface SheetSpec {
  /** The shared-string table; cells refer to it with t="s" and the 0-based index. null: no table part. */
  sharedStrings: readonly string[] | null;
  rows: number;
  /** The <row> element of 1-based sheet row r. */
  rowXml(r: number): string;
  /** zlib level for the worksheet: 3 packs this kind of XML about 10:1 at a few seconds per 400 MB. */
  level?: number;
  /** XML after </sheetData>, e.g. <mergeCells>. */
  afterRows?: string;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';
const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</worksheet>';

const xmlText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inline cells of one row: numbers as numbers, text as an inline string. */
export function rowOfCells(r: number, cells: ReadonlyArray<string | number>): string {
  let xml = `<row r="${r}">`;
  cells.forEach((v, i) => {
    const ref = `${String.fromCharCode(65 + i)}${r}`;
    xml +=
      typeof v === 'number'
        ? `<c r="${ref}"><v>${v}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`;
  });
  return `${xml}</row>`;
}

export async function writeXlsx(file: string, sheet: SheetSpec): Promise<void> {
  const strings = sheet.sharedStrings;
  const zip = await ZipFileWriter.open(file);
  try {
    await zip.add('[Content_Types].xml', [CONTENT_TYPES]);
    await zip.add('_rels/.rels', [ROOT_RELS]);
    await zip.add('xl/workbook.xml', [WORKBOOK]);
    await zip.add('xl/_rels/workbook.xml.rels', [WORKBOOK_RELS]);
    await zip.add('xl/worksheets/sheet1.xml', sheetChunks(sheet), sheet.level ?? 3);
    if (strings !== null) {
      const items = strings.map((s) => `<si><t>${xmlText(s)}</t></si>`).join('');
      await zip.add('xl/sharedStrings.xml', [
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`,
      ]);
    }
    await zip.finish();
  } finally {
    await zip.close();
  }
}

function* sheetChunks(sheet: SheetSpec): Generator<string> {
  yield SHEET_HEAD;
  const batch = 5000;
  for (let r = 1; r <= sheet.rows; r += batch) {
    const parts: string[] = [];
    for (let k = r; k < r + batch && k <= sheet.rows; k++) parts.push(sheet.rowXml(k));
    yield parts.join('');
  }
  yield `</sheetData>${sheet.afterRows ?? ''}${SHEET_TAIL}`;
}

/** A zip writer that deflates each entry as a stream and patches its local header afterwards. */
class ZipFileWriter {
  private readonly entries: Array<{ record: ZipRecord; offset: number }> = [];
  private position = 0;
  private constructor(private readonly fh: fs.promises.FileHandle) {}

  static async open(file: string): Promise<ZipFileWriter> {
    return new ZipFileWriter(await fs.promises.open(file, 'w'));
  }

  async add(name: string, chunks: Iterable<string>, level = 6): Promise<void> {
    const offset = this.position;
    const placeholder = (size: number): ZipRecord => ({
      name,
      method: 8,
      crc32: 0,
      compressedSize: 0,
      uncompressedSize: size,
    });
    await this.write(localFileHeader(placeholder(0)));
    const deflate = zlib.createDeflateRaw({ level });
    const written: Promise<void>[] = [];
    deflate.on('data', (c: Buffer) => written.push(this.write(c)));
    const ended = new Promise<void>((resolve, reject) => {
      deflate.on('end', resolve);
      deflate.on('error', reject);
    });
    let crc = 0;
    let size = 0;
    const start = this.position;
    for (const text of chunks) {
      const bytes = Buffer.from(text, 'utf8');
      crc = zlib.crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await new Promise((r) => deflate.once('drain', r));
    }
    deflate.end();
    await ended;
    await Promise.all(written);
    const record = { ...placeholder(size), crc32: crc, compressedSize: this.position - start };
    this.entries.push({ record, offset });
    const header = localFileHeader(record);
    await this.fh.write(header, 0, header.length, offset);
  }

  async finish(): Promise<void> {
    const cdOffset = this.position;
    for (const e of this.entries) await this.write(centralDirectoryHeader(e.record, e.offset));
    await this.write(
      endOfCentralDirectory(this.entries.length, this.position - cdOffset, cdOffset),
    );
  }

  close(): Promise<void> {
    return this.fh.close();
  }

  private write(buf: Buffer): Promise<void> {
    const at = this.position;
    this.position += buf.length;
    return this.fh.write(buf, 0, buf.length, at).then(() => undefined);
  }
}

/**
 * The hostile workbook: `rows` × 20 cells of a long table (region, indicator, year, value and
 * 16 more numbers), about 610 bytes of XML per row. At 680,000 rows that is a 415 MB sheet in a
 * ~40 MB file (10:1), under every size and ratio limit: only counting rows can refuse it.
 */
export function hugeLongSheet(rows: number, regions: readonly string[]): SheetSpec {
  const cols = 20;
  const letters = Array.from({ length: cols }, (_, i) => String.fromCharCode(65 + i));
  // The row text differs only in its number: one template per region, joined with the number.
  const templates = regions.map((_, m) => {
    const cells = [`t="s"><v>${m}</v>`, `t="s"><v>${regions.length}</v>`, `><v>${2000 + m}</v>`];
    for (let c = 3; c < cols; c++) cells.push(`><v>${m * 100 + c}.5</v>`);
    const frags = ['<row r="', '">'];
    cells.forEach((cell, c) => {
      frags[frags.length - 1] += `<c r="${letters[c]}`;
      frags.push(`" ${cell}</c>`);
    });
    frags[frags.length - 1] += '</row>';
    return frags;
  });
  const header = rowOfCells(1, [
    '地区',
    '指标',
    '年份',
    '数值',
    ...Array.from({ length: cols - 4 }, (_, i) => `备注${i + 1}`),
  ]);
  return {
    sharedStrings: [...regions, 'gdp'],
    rows,
    rowXml: (r) => (r === 1 ? header : (templates[r % templates.length] ?? []).join(String(r))),
  };
}

/** A CSV of a header line and `rows` data lines, written in batches. */
export function writeBigCsv(
  file: string,
  header: string,
  rows: number,
  line: (i: number) => string,
): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, `${header}\n`);
    const batch = 10_000;
    for (let i = 0; i < rows; i += batch) {
      const parts: string[] = [];
      for (let k = i; k < i + batch && k < rows; k++) parts.push(line(k));
      fs.writeSync(fd, `${parts.join('\n')}\n`);
    }
  } finally {
    fs.closeSync(fd);
  }
}
