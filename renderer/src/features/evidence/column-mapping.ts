/**
 * The mapping step's model: what each column of the file is used for, guessed from its header,
 * filled in from a remembered mapping, checked for completeness and turned into the importer's
 * mapping (the same JSON the CLI reads with --map). Pure, so it is tested without a window.
 */
import type {
  ImportMapping,
  OutlineColumnView,
  TableOutlineView,
} from '../../../../contract/evidence';

/**
 * `yearValues`: a wide table's value column whose header is a year ("2023年");
 * `indicatorValues`: one whose header names the indicator ("GDP(亿元)").
 */
export const COLUMN_USES = [
  'region',
  'indicator',
  'year',
  'value',
  'unit',
  'yearValues',
  'indicatorValues',
  'ignore',
] as const;
export type ColumnUse = (typeof COLUMN_USES)[number];

/** Uses a file can have only one column for. */
const SINGLE_USES: ReadonlySet<ColumnUse> = new Set([
  'region',
  'indicator',
  'year',
  'value',
  'unit',
]);
const VALUE_USES: ReadonlySet<ColumnUse> = new Set(['value', 'yearValues', 'indicatorValues']);

export interface ColumnAssignment {
  /** One use per outline column, in column order. */
  uses: ColumnUse[];
  /** For the whole file, when no column gives it. */
  indicator: string;
  year: number | null;
  unit: string;
}

export type MappingProblem =
  | { kind: 'no-region' }
  | { kind: 'no-values' }
  | { kind: 'duplicate'; use: ColumnUse }
  | { kind: 'no-indicator' }
  | { kind: 'no-year' }
  | { kind: 'header-not-year'; column: string };

const NUMERIC = /^[\s+\-−]?[\d０-９,，.．\s]+%?\s*(万|亿)?$/;
const looksNumeric = (col: OutlineColumnView): boolean =>
  col.samples.length > 0 && col.samples.every((s) => s === '' || NUMERIC.test(s));

/**
 * The automatic guess: the roles the headers name (first column of each), then year headers as
 * a wide table's value columns, then — when the years come from a column — the remaining
 * numeric columns as one indicator each.
 */
export function guessAssignment(outline: TableOutlineView): ColumnAssignment {
  const uses: ColumnUse[] = outline.columns.map(() => 'ignore');
  const taken = new Set<ColumnUse>();
  outline.columns.forEach((col, i) => {
    if (col.role && !taken.has(col.role)) {
      uses[i] = col.role;
      taken.add(col.role);
    }
  });
  if (!taken.has('value')) {
    outline.columns.forEach((col, i) => {
      if (uses[i] === 'ignore' && col.year !== null) uses[i] = 'yearValues';
    });
  }
  if (!uses.some((u) => VALUE_USES.has(u)) && taken.has('year') && taken.has('region')) {
    outline.columns.forEach((col, i) => {
      if (uses[i] === 'ignore' && col.label !== '' && looksNumeric(col))
        uses[i] = 'indicatorValues';
    });
  }
  return { uses, indicator: '', year: null, unit: '' };
}

/** Same header list → same columns: numeric refs from a mapping the UI saved map back 1:1. */
function columnIndex(outline: TableOutlineView, ref: string | number): number {
  if (typeof ref === 'number') return ref - 1 < outline.columns.length ? ref - 1 : -1;
  const key = ref.normalize('NFKC').trim().toLowerCase();
  return outline.columns.findIndex(
    (c) =>
      c.header.normalize('NFKC').trim().toLowerCase() === key ||
      c.label.normalize('NFKC').trim().toLowerCase() === key,
  );
}

/**
 * A remembered (or CLI-written) mapping as column uses for this file's outline; null when it
 * names a column this file lacks, so a stale mapping never silently maps the wrong column.
 */
export function assignmentFromMapping(
  outline: TableOutlineView,
  mapping: ImportMapping,
): ColumnAssignment | null {
  const uses: ColumnUse[] = outline.columns.map(() => 'ignore');
  const put = (ref: string | number | undefined, use: ColumnUse): boolean => {
    if (ref === undefined) return true;
    const i = columnIndex(outline, ref);
    if (i < 0) return false;
    uses[i] = use;
    return true;
  };
  const singles: Array<[string | number | undefined, ColumnUse]> = [
    [mapping.regionColumn, 'region'],
    [mapping.indicatorColumn, 'indicator'],
    [mapping.yearColumn, 'year'],
    [mapping.unitColumn, 'unit'],
  ];
  for (const [ref, use] of singles) if (!put(ref, use)) return null;
  for (const vc of mapping.valueColumns ?? []) {
    const use: ColumnUse =
      vc.year !== undefined
        ? 'yearValues'
        : vc.indicator !== undefined
          ? 'indicatorValues'
          : 'value';
    if (!put(vc.column, use)) return null;
  }
  return {
    uses,
    indicator: mapping.indicator ?? '',
    year: mapping.year ?? null,
    unit: mapping.unit ?? '',
  };
}

/** What stops this assignment from being a usable mapping; empty when it is complete. */
export function mappingProblems(outline: TableOutlineView, a: ColumnAssignment): MappingProblem[] {
  const problems: MappingProblem[] = [];
  for (const use of SINGLE_USES) {
    if (a.uses.filter((u) => u === use).length > 1) problems.push({ kind: 'duplicate', use });
  }
  if (!a.uses.includes('region')) problems.push({ kind: 'no-region' });
  const valueUses = a.uses.filter((u) => VALUE_USES.has(u));
  if (valueUses.length === 0) problems.push({ kind: 'no-values' });
  const hasIndicator = a.uses.includes('indicator') || a.indicator.trim() !== '';
  if (!hasIndicator && valueUses.some((u) => u !== 'indicatorValues')) {
    problems.push({ kind: 'no-indicator' });
  }
  const hasYear = a.uses.includes('year') || a.year !== null;
  if (!hasYear && valueUses.some((u) => u !== 'yearValues')) problems.push({ kind: 'no-year' });
  a.uses.forEach((u, i) => {
    const col = outline.columns[i];
    if (u === 'yearValues' && col && col.year === null) {
      problems.push({ kind: 'header-not-year', column: col.header || col.letter });
    }
  });
  return problems;
}

/** The importer's mapping for a complete assignment (columns by 1-based index). */
export function toImportMapping(
  outline: TableOutlineView,
  a: ColumnAssignment,
): ImportMapping | null {
  if (mappingProblems(outline, a).length > 0) return null;
  const indexOf = (use: ColumnUse): number | undefined => {
    const i = a.uses.indexOf(use);
    return i < 0 ? undefined : (outline.columns[i]?.index ?? i + 1);
  };
  const valueColumns: NonNullable<ImportMapping['valueColumns']> = [];
  a.uses.forEach((u, i) => {
    const col = outline.columns[i];
    if (!col || !VALUE_USES.has(u)) return;
    if (u === 'yearValues' && col.year !== null)
      valueColumns.push({ column: col.index, year: col.year });
    else if (u === 'indicatorValues') {
      valueColumns.push({ column: col.index, indicator: col.label || col.header || col.letter });
    } else valueColumns.push({ column: col.index });
  });
  const regionColumn = indexOf('region');
  if (regionColumn === undefined) return null;
  const optional = <K extends string, V>(key: K, v: V | undefined): Partial<Record<K, V>> =>
    v === undefined ? {} : ({ [key]: v } as Record<K, V>);
  const indicator = a.indicator.trim();
  const unit = a.unit.trim();
  return {
    regionColumn,
    ...optional('indicatorColumn', indexOf('indicator')),
    ...optional('yearColumn', indexOf('year')),
    ...optional('unitColumn', indexOf('unit')),
    ...optional(
      'indicator',
      indicator !== '' && !a.uses.includes('indicator') ? indicator : undefined,
    ),
    ...optional('year', a.year !== null && !a.uses.includes('year') ? a.year : undefined),
    ...optional('unit', unit !== '' ? unit : undefined),
    valueColumns,
    headerRow: outline.headerLine,
  };
}

/** Whether a value column still needs the whole-file indicator / year inputs shown. */
export function needsFileIndicator(a: ColumnAssignment): boolean {
  return !a.uses.includes('indicator') && a.uses.some((u) => u === 'value' || u === 'yearValues');
}

export function needsFileYear(a: ColumnAssignment): boolean {
  return !a.uses.includes('year') && a.uses.some((u) => u === 'value' || u === 'indicatorValues');
}
