/**
 * The three fixed records of a zip archive (APPNOTE.TXT §4.3): local file header, central
 * directory header, end of central directory. Version 2.0, no flags, no extra fields: the sizes
 * are always written into the headers, so no data descriptor follows the data. Used where the
 * importer hands exceljs a re-ordered workbook and where tests write their own archives.
 */

export interface ZipRecord {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
}

type Field = readonly [offset: number, width: 2 | 4, value: number];

/** A little-endian record of `length` bytes with the given fields set (the rest zero). */
function fixed(length: number, fields: readonly Field[]): Buffer {
  const b = Buffer.alloc(length);
  for (const [at, width, value] of fields) {
    if (width === 2) b.writeUInt16LE(value, at);
    else b.writeUInt32LE(value, at);
  }
  return b;
}

/** The local file header with its file name. */
export function localFileHeader(r: ZipRecord): Buffer {
  const name = Buffer.from(r.name, 'utf8');
  const header = fixed(30, [
    [0, 4, 0x04034b50],
    [4, 2, 20], // version needed: 2.0
    [8, 2, r.method],
    [14, 4, r.crc32],
    [18, 4, r.compressedSize],
    [22, 4, r.uncompressedSize],
    [26, 2, name.length],
  ]);
  return Buffer.concat([header, name]);
}

/** The central directory header with its file name; `offset` is where the local header starts. */
export function centralDirectoryHeader(r: ZipRecord, offset: number): Buffer {
  const name = Buffer.from(r.name, 'utf8');
  const header = fixed(46, [
    [0, 4, 0x02014b50],
    [4, 2, 20], // version made by
    [6, 2, 20], // version needed
    [10, 2, r.method],
    [16, 4, r.crc32],
    [20, 4, r.compressedSize],
    [24, 4, r.uncompressedSize],
    [28, 2, name.length],
    [42, 4, offset],
  ]);
  return Buffer.concat([header, name]);
}

export function endOfCentralDirectory(entries: number, size: number, offset: number): Buffer {
  return fixed(22, [
    [0, 4, 0x06054b50],
    [8, 2, entries],
    [10, 2, entries],
    [12, 4, size],
    [16, 4, offset],
  ]);
}
