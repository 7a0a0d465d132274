/**
 * The whole import: read → decode → parse → shape → validate → (commit). The report is built
 * before anything is written, and the commit happens only when it lists no errors and the caller
 * did not ask for a dry run. A file that breaks a limit is a report with one error, not a throw,
 * so every host (CLI, IPC, browser shell) shows refusals the same way.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { plainFileName } from '../../contract/file-name';
import { clipText } from '../../contract/clip-text';
import { commitImport } from './commit';
import { decodeText, type DetectedEncoding } from './decode';
import type { Grid, ImportIssue } from './grid';
import { DEFAULT_LIMITS, ImportRefusedError, type ImportLimits } from './limits';
import { EXAMPLE_MARKER, isMarkedExample } from './example-marker';
import type { ImportMapping, ImportReportView } from '../../contract/evidence';
import { limitMessage, MESSAGES } from './messages';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { outlineGrid, type TableOutline } from './outline';
import { loadReference } from './reference';
import { shapeGrid } from './shape';
import { validateCells, type StagedObservation } from './validate';

export interface ImportOptions {
  mapping?: ImportMapping;
  dryRun?: boolean;
  /** Leave out rows that cannot be imported (and report them) instead of refusing the file. */
  skipBadRows?: boolean;
  /** The clock that decides which years are in the future; injectable for tests. */
  now?: () => Date;
  limits?: Partial<ImportLimits>;
  user?: string;
  /** Also describe the table (header row, columns, samples, signature) for the mapping step. */
  outline?: boolean;
}

/**
 * What an import found and did: the contract's report without what the service adds to it (the
 * remembered mapping, the truncation of long issue lists); the outline only when asked for
 * (ImportOptions.outline), null when no header row could be found.
 */
export type ImportReport = Omit<ImportReportView, 'truncated' | 'outline' | 'rememberedMapping'> & {
  outline?: TableOutline | null;
};

export async function importFile(
  db: Database.Database,
  filePath: string,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const size = fs.statSync(filePath).size;
  const format = detectFormat(filePath, null);
  if (size > limits.maxFileBytes) {
    return refusal(
      new ImportRefusedError(
        'file-too-large',
        limitMessage('file-too-large', limits.maxFileBytes),
        String(size),
      ),
      format,
      '',
    );
  }
  return importBytes(db, fs.readFileSync(filePath), path.basename(filePath), opts);
}

export async function importBytes(
  db: Database.Database,
  bytes: Buffer,
  rawFileName: string,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  // The name goes into the import log and onto screens: no bidi override may reorder it there.
  const fileName = plainFileName(rawFileName);
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const format = detectFormat(fileName, bytes);
  let encoding: DetectedEncoding | null = null;
  let grid: Grid;
  try {
    if (bytes.length > limits.maxFileBytes) {
      throw new ImportRefusedError(
        'file-too-large',
        limitMessage('file-too-large', limits.maxFileBytes),
        String(bytes.length),
      );
    }
    // Legacy .xls (OLE2 compound file): exceljs cannot read it, and decoding it as text would be garbage.
    if (
      path.extname(fileName).toLowerCase() === '.xls' ||
      (bytes.length >= 4 && bytes.readUInt32LE(0) === 0xe011cfd0)
    ) {
      throw new ImportRefusedError(
        'unsupported-format',
        MESSAGES.unsupportedFormat(path.extname(fileName) || 'xls'),
      );
    }
    if (format === 'xlsx') {
      grid = await readXlsx(bytes, limits, opts.mapping?.sheet);
    } else {
      const decoded = decodeText(bytes);
      encoding = decoded.encoding;
      grid = await readCsv(decoded.text, limits);
    }
  } catch (err) {
    if (err instanceof ImportRefusedError) return refusal(err, format, sha256, encoding);
    throw err;
  }

  const shaped = shapeGrid(grid, opts.mapping, limits.maxCellChars);
  const validation = validateCells(shaped, loadReference(db), {
    currentYear: (opts.now?.() ?? new Date()).getFullYear(),
    skipBadRows: opts.skipBadRows === true,
  });
  if (shaped.headerLine > 0 && isMarkedExample(grid.rows, shaped.headerLine))
    validation.errors.unshift({
      line: 0,
      column: '',
      value: EXAMPLE_MARKER,
      rule: 'example-data',
      message: MESSAGES.exampleData(),
    });
  const report: ImportReport = {
    rows: shaped.rows,
    skipped: validation.skippedLines.length,
    skippedLines: validation.skippedLines,
    accepted: validation.observations.length,
    errors: validation.errors.map(clipIssue),
    warnings: validation.warnings.map(clipIssue),
    format,
    encoding,
    sha256,
    ...NOT_COMMITTED,
    ...(opts.outline ? { outline: outlineGrid(grid, opts.mapping) } : {}),
  };
  if (report.errors.length === 0 && !opts.dryRun && validation.observations.length > 0) {
    return {
      ...report,
      ...commitStaged(db, fileName, sha256, shaped.rows, validation.observations, opts.user),
    };
  }
  return report;
}

type CommitFields = Pick<
  ImportReport,
  'committed' | 'importId' | 'inserted' | 'updated' | 'unchanged'
>;

/** What a report says of the commit when nothing was written (a preview, errors, a refusal). */
const NOT_COMMITTED: CommitFields = {
  committed: false,
  importId: null,
  inserted: 0,
  updated: 0,
  unchanged: 0,
};

function commitStaged(
  db: Database.Database,
  fileName: string,
  sha256: string,
  rows: number,
  observations: StagedObservation[],
  user: string | undefined,
): CommitFields {
  const r = commitImport(db, {
    fileName,
    sha256,
    rows,
    observations,
    ...(user !== undefined ? { user } : {}),
  });
  return {
    committed: true,
    importId: r.importId,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
  };
}

/** Content wins over the name: an .xlsx renamed .csv is still a zip. */
function detectFormat(fileName: string, bytes: Buffer | null): 'csv' | 'xlsx' {
  if (bytes && bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  return path.extname(fileName).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
}

/** Cell texts and header labels can be any length; what a report quotes is bounded. */
const MAX_QUOTED_CHARS = 200;
function clipIssue(i: ImportIssue): ImportIssue {
  return {
    ...i,
    value: clipText(i.value, MAX_QUOTED_CHARS),
    column: clipText(i.column, MAX_QUOTED_CHARS),
  };
}

function refusal(
  err: ImportRefusedError,
  format: 'csv' | 'xlsx',
  sha256: string,
  encoding: DetectedEncoding | null = null,
): ImportReport {
  return {
    rows: 0,
    skipped: 0,
    skippedLines: [],
    accepted: 0,
    errors: [
      clipIssue({ line: 0, column: '', value: err.value, rule: err.rule, message: err.message }),
    ],
    warnings: [],
    format,
    encoding,
    sha256,
    ...NOT_COMMITTED,
  };
}
