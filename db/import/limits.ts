/**
 * Hard limits for one import. A statistics-bureau table is a few thousand rows; the limits sit
 * far above that so only malformed or hostile files (runaway exports, zip bombs) hit them, and
 * they keep the whole file + staging in memory safely on a government desktop.
 */
export interface ImportLimits {
  /** Bytes of the file as stored on disk. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes the XLSX zip's central directory declares (zip-bomb guard). */
  maxUnzippedBytes: number;
  /** Largest compression ratio of one zip entry; real XLSX XML compresses ~5–20×, bombs ≫ 100×. */
  maxZipRatio: number;
  maxRows: number;
  maxColumns: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 500 * 1024 * 1024,
  maxZipRatio: 500,
  maxRows: 1_000_000,
  maxColumns: 1000,
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
