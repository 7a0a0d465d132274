/**
 * Hard limits for one import. A statistics-bureau table is a few thousand rows; the limits sit
 * far above that so only malformed or hostile files (runaway exports, zip bombs) hit them. The
 * readers stream and check the row, column and cell limits while reading, so what an import
 * holds in memory is bounded by these numbers, never by the size of the sheet inside the file.
 */
export interface ImportLimits {
  /** Bytes of the file as stored on disk. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes the XLSX zip's central directory declares (zip-bomb guard). */
  maxUnzippedBytes: number;
  /** Largest compression ratio of one zip entry; real XLSX XML compresses ~5–20×, bombs ≫ 100×. */
  maxZipRatio: number;
  /** Declared uncompressed size of the XLSX shared-string table, which is held whole while reading. */
  maxSharedStringsBytes: number;
  /** Non-empty rows (CSV lines / sheet rows), header and title rows included. */
  maxRows: number;
  maxColumns: number;
  /** Cells read in total (each row counts up to its last field). */
  maxCells: number;
  /** One cell's characters; a longer cell is an error of its row, quoted clipped. */
  maxCellChars: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 500 * 1024 * 1024,
  maxZipRatio: 500,
  // A 120,000-row table with every cell a distinct text needs about 12 MB.
  maxSharedStringsBytes: 32 * 1024 * 1024,
  // 31 provinces × 60 indicators × 60 years is 111,600 rows of a long table. Refusing a larger
  // sheet still means parsing this many rows first (~6 s of exceljs streaming on 2 cores).
  maxRows: 120_000,
  maxColumns: 1000,
  // Above 120,000 rows × 20 columns, so a long sheet meets the row limit first.
  maxCells: 2_500_000,
  // The contract's longest text: anything longer could not be shown or stored anyway.
  maxCellChars: 4000,
};

/** Thrown while reading a file that breaks a limit or cannot be read; becomes a one-error report. */
export class ImportRefusedError extends Error {
  readonly rule: string;
  readonly value: string;
  constructor(rule: string, message: string, value = '') {
    super(message);
    this.name = 'ImportRefusedError';
    this.rule = rule;
    this.value = value;
  }
}
