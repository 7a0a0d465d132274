/**
 * Grid → staged cells: one entry per value cell, each knowing its raw region, indicator, year,
 * unit and value text and where they came from. Works for long tables (no mapping) and for wide
 * tables (a column per year or per indicator, via the mapping). Nothing is interpreted here
 * beyond finding the header; validation decides what every raw text means.
 */
import { columnLetter, type Grid, type GridRow, type ImportIssue } from './grid';
import { isNoteText, parseHeaderCell, type HeaderCell, type Role } from './headers';
import { DEFAULT_LIMITS } from './limits';
import type { ColumnRef, ImportMapping } from '../../contract/evidence';
import { MESSAGES } from './messages';
import { nameKey } from './region-names';
import { normalizeCellText, parseYearCell } from './numbers';

export interface Sourced {
  raw: string;
  column: string;
  /** Set when the text came from a header or the mapping (one per column, not per row). */
  headerLine?: number;
}

/** Where a field's text comes from: a column of the row, or a constant (header / mapping). */
type FieldSource = Sourced | { col: number; column: string };

interface CellSpec {
  region: FieldSource;
  indicator: FieldSource;
  year: FieldSource;
  value: FieldSource;
  unitColumn: FieldSource | undefined;
  unitFallback: Sourced | undefined;
}

const read = (cells: string[], src: FieldSource): Sourced =>
  'raw' in src ? src : { raw: cells[src.col] ?? '', column: src.column };

/** One value cell with its row; the Sourced views are made on access and die young. */
export class StagedCell {
  readonly line: number;
  private readonly cells: string[];
  private readonly spec: CellSpec;
  constructor(line: number, cells: string[], spec: CellSpec) {
    this.line = line;
    this.cells = cells;
    this.spec = spec;
  }
  get region(): Sourced {
    return read(this.cells, this.spec.region);
  }
  get indicator(): Sourced {
    return read(this.cells, this.spec.indicator);
  }
  get year(): Sourced {
    return read(this.cells, this.spec.year);
  }
  get value(): Sourced {
    return read(this.cells, this.spec.value);
  }
  /** The row's unit cell when filled, else the mapping's unit, else the header's bracketed unit. */
  get unit(): Sourced | undefined {
    const col = this.spec.unitColumn;
    if (col) {
      const u = read(this.cells, col);
      if (normalizeCellText(u.raw) !== '') return u;
    }
    return this.spec.unitFallback;
  }
}

export interface Shaped {
  headerLine: number;
  /** Data rows read (title, footnote and repeated header rows excluded). */
  rows: number;
  cells: StagedCell[];
  /** Problems of the file, its header or the mapping: no row of it can be imported. */
  errors: ImportIssue[];
  /** Rows that cannot be imported (ragged, a cell too long); their cells are not staged. */
  rowErrors: ImportIssue[];
  warnings: ImportIssue[];
}

interface ValueColumn {
  col: number;
  year?: Sourced;
  indicator?: Sourced;
  unit?: Sourced;
}

const HEADER_SEARCH_ROWS = 50;

export function shapeGrid(
  grid: Grid,
  mapping: ImportMapping | undefined,
  maxCellChars = DEFAULT_LIMITS.maxCellChars,
): Shaped {
  const errors: ImportIssue[] = [];
  const rowErrors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const fail = (message: string, column = '', value = '', rule = 'header-not-found'): Shaped => ({
    headerLine: 0,
    rows: 0,
    cells: [],
    errors: [{ line: 0, column, value, rule, message }],
    rowErrors: [],
    warnings: [],
  });

  const headerIdx = findHeaderRow(grid.rows, mapping);
  const headerRow = headerIdx < 0 ? undefined : grid.rows[headerIdx];
  if (!headerRow) return fail(MESSAGES.headerNotFound());
  const headers = headerRow.cells.map(parseHeaderCell);
  const label = (col: number): string => headers[col]?.text || columnLetter(col);
  const tooLong = (line: number, cells: string[], into: ImportIssue[]): boolean => {
    let found = false;
    cells.forEach((c, col) => {
      if (c.length <= maxCellChars) return;
      found = true;
      // A header cell this long has no usable label: name it by its letter.
      const column = line === headerRow.line ? columnLetter(col) : label(col);
      into.push({
        line,
        column,
        value: c,
        rule: 'cell-too-long',
        message: MESSAGES.cellTooLong(c.length, maxCellChars),
      });
    });
    return found;
  };
  if (tooLong(headerRow.line, headerRow.cells, errors))
    return { headerLine: headerRow.line, rows: 0, cells: [], errors, rowErrors, warnings };
  // The fields a row must have: up to the last named column (trailing empty headers need none).
  let required = headers.length;
  while (required > 0 && (headerRow.cells[required - 1] ?? '').trim() === '') required--;
  const fromHeader = (raw: string, col: number): Sourced => ({
    raw,
    column: label(col),
    headerLine: headerRow.line,
  });
  const fromMapping = (raw: string): Sourced => ({ raw, column: '', headerLine: headerRow.line });

  const resolve = (
    ref: ColumnRef | undefined,
    role: Role | null,
  ): number | 'missing' | undefined => {
    if (ref === undefined) return role ? headers.findIndex((h) => h.role === role) : -1;
    const col = findColumn(headers, ref);
    return col < 0 ? 'missing' : col;
  };
  const roleCols: Partial<Record<Role, number>> = {};
  const refs: Array<[Role, ColumnRef | undefined, boolean]> = [
    ['region', mapping?.regionColumn, true],
    ['indicator', mapping?.indicatorColumn, mapping?.indicator === undefined],
    ['year', mapping?.yearColumn, mapping?.year === undefined],
    ['unit', mapping?.unitColumn, true],
    ['value', undefined, mapping?.valueColumns === undefined],
  ];
  for (const [role, ref, detect] of refs) {
    const col = resolve(ref, detect ? role : null);
    if (col === 'missing')
      return fail(
        MESSAGES.columnNotFound(String(ref)),
        String(ref),
        String(ref),
        'column-not-found',
      );
    if (col !== undefined && col >= 0) roleCols[role] = col;
  }
  if (roleCols.region === undefined) return fail(MESSAGES.headerNotFound());

  // Value columns: explicit in the mapping; else the long table's value column; else year headers
  // ("2023年"); else, with a fixed year, every remaining column is one indicator ("GDP(亿元)").
  let valueCols: ValueColumn[] = [];
  if (mapping?.valueColumns) {
    for (const vc of mapping.valueColumns) {
      const col = findColumn(headers, vc.column);
      if (col < 0)
        return fail(
          MESSAGES.columnNotFound(String(vc.column)),
          String(vc.column),
          String(vc.column),
          'column-not-found',
        );
      const unit = headers[col]?.unit;
      valueCols.push({
        col,
        ...(vc.year !== undefined ? { year: fromMapping(String(vc.year)) } : {}),
        ...(vc.indicator !== undefined ? { indicator: fromMapping(vc.indicator) } : {}),
        ...(unit !== undefined ? { unit: fromHeader(unit, col) } : {}),
      });
    }
  } else if (roleCols.value !== undefined) {
    const unit = headers[roleCols.value]?.unit;
    valueCols = [
      {
        col: roleCols.value,
        ...(unit !== undefined ? { unit: fromHeader(unit, roleCols.value) } : {}),
      },
    ];
  } else {
    const used = new Set(Object.values(roleCols));
    const yearCols = headers.flatMap((h, col) => {
      const y = used.has(col) ? null : parseYearCell(h.label);
      return y === null
        ? []
        : [
            {
              col,
              year: fromHeader(String(y), col),
              ...(h.unit ? { unit: fromHeader(h.unit, col) } : {}),
            },
          ];
    });
    if (yearCols.length > 0) valueCols = yearCols;
    else if (mapping?.year !== undefined || roleCols.year !== undefined) {
      valueCols = headers.flatMap((h, col) =>
        used.has(col) || h.label === ''
          ? []
          : [
              {
                col,
                indicator: fromHeader(h.label, col),
                ...(h.unit ? { unit: fromHeader(h.unit, col) } : {}),
              },
            ],
      );
    }
  }
  if (valueCols.length === 0) return fail(MESSAGES.noValueColumns(), '', '', 'no-value-columns');
  if (
    roleCols.indicator === undefined &&
    mapping?.indicator === undefined &&
    valueCols.some((v) => !v.indicator)
  ) {
    return fail(MESSAGES.noIndicator(), '', '', 'no-indicator');
  }
  if (
    roleCols.year === undefined &&
    mapping?.year === undefined &&
    valueCols.some((v) => !v.year)
  ) {
    return fail(MESSAGES.noYear(), '', '', 'no-year');
  }

  const headerKey = headerRow.cells.map(nameKey).join('\u0000');
  // Cheap pre-check before normalising a whole row: a repeated header repeats the region header cell.
  const headerRegion = (headerRow.cells[roleCols.region] ?? '').trim();
  // One spec per value column, built once: rows then only carry their cells (no per-row objects
  // beyond the StagedCell itself, which keeps a 100k-row import out of the old-generation GC).
  const columnSource = (col: number): FieldSource => ({ col, column: label(col) });
  const constantOr = (constant: Sourced | undefined, col: number | undefined): FieldSource =>
    constant ?? columnSource(col ?? -1);
  const specs: CellSpec[] = valueCols.map((vc) => ({
    region: columnSource(roleCols.region ?? -1),
    indicator: constantOr(
      vc.indicator ??
        (mapping?.indicator !== undefined ? fromMapping(mapping.indicator) : undefined),
      roleCols.indicator,
    ),
    year: constantOr(
      vc.year ?? (mapping?.year !== undefined ? fromMapping(String(mapping.year)) : undefined),
      roleCols.year,
    ),
    value: columnSource(vc.col),
    unitColumn: roleCols.unit !== undefined ? columnSource(roleCols.unit) : undefined,
    unitFallback: mapping?.unit !== undefined ? fromMapping(mapping.unit) : vc.unit,
  }));
  const cells: StagedCell[] = [];
  let rows = 0;
  const dataRows = grid.rows.slice(headerIdx + 1);
  const dataLines = new Set(dataRows.map((r) => r.line));
  for (const row of dataRows) {
    const nonEmpty = row.cells.filter((c) => c.trim() !== '');
    // Footnotes and headers repeated after a page break are part of real bureau tables.
    if (nonEmpty.length === 1 && isNoteText(nonEmpty[0] ?? '')) continue;
    const regionCell = row.cells[roleCols.region] ?? '';
    if (regionCell.trim() === headerRegion && row.cells.map(nameKey).join('\u0000') === headerKey)
      continue;
    rows++;
    const extra = row.cells.slice(headers.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      rowErrors.push({
        line: row.line,
        column: '',
        value: extra.join(','),
        rule: 'ragged-row',
        message: MESSAGES.raggedTooMany(row.cells.length, headers.length),
      });
      continue;
    }
    // A CSV line with too few fields lost a separator or a column: which value belongs where is
    // a guess, so the row is not imported.
    if (grid.countsFields && row.cells.length < required) {
      rowErrors.push({
        line: row.line,
        column: '',
        value: row.cells.join(','),
        rule: 'ragged-row',
        message: MESSAGES.raggedTooFew(row.cells.length, required),
      });
      continue;
    }
    if (tooLong(row.line, row.cells, rowErrors)) continue;
    for (const spec of specs) cells.push(new StagedCell(row.line, row.cells, spec));
  }
  for (const f of grid.formulaCells) {
    if (!dataLines.has(f.line)) continue;
    const row = dataRows.find((r) => r.line === f.line);
    const value = row?.cells[f.col] ?? '';
    const message =
      value.trim() === '' ? MESSAGES.formulaNoResult(f.formula) : MESSAGES.formula(f.formula);
    warnings.push({ line: f.line, column: label(f.col), value, rule: 'formula', message });
  }
  return { headerLine: headerRow.line, rows, cells, errors, rowErrors, warnings };
}

export function findHeaderRow(rows: GridRow[], mapping: ImportMapping | undefined): number {
  if (mapping?.headerRow !== undefined) return rows.findIndex((r) => r.line === mapping.headerRow);
  const wanted = typeof mapping?.regionColumn === 'string' ? nameKey(mapping.regionColumn) : null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const hs = (rows[i]?.cells ?? []).map(parseHeaderCell);
    const isRegionHeader = (h: HeaderCell): boolean =>
      wanted !== null
        ? nameKey(h.text) === wanted || nameKey(h.label) === wanted
        : h.role === 'region';
    const col = hs.findIndex(isRegionHeader);
    if (col < 0) continue;
    // A two-row header ("地区" merged down over "2023年 | 2024年" under "地区生产总值"): the
    // merged cell repeats in the next row, and that lower row is the one naming the columns.
    const next = rows[i + 1];
    const nextCell = next?.cells[col];
    if (
      next &&
      next.line === (rows[i]?.line ?? 0) + 1 &&
      nextCell !== undefined &&
      isRegionHeader(parseHeaderCell(nextCell))
    ) {
      return i + 1;
    }
    return i;
  }
  return -1;
}

function findColumn(headers: HeaderCell[], ref: ColumnRef): number {
  if (typeof ref === 'number') return ref - 1 < headers.length ? ref - 1 : -1;
  const key = nameKey(ref);
  const byText = headers.findIndex((h) => nameKey(h.text) === key);
  if (byText >= 0) return byText;
  const byLabel = headers.findIndex((h) => nameKey(h.label) === key);
  if (byLabel >= 0) return byLabel;
  if (/^[A-Z]{1,3}$/.test(ref)) {
    let n = 0;
    for (const ch of ref) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1 < headers.length ? n - 1 : -1;
  }
  return -1;
}
