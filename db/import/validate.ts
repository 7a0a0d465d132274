/**
 * Staged cells → the validation report and the observations that would be written. Errors block
 * the whole import (a row that cannot be imported is an error too, unless the planner chose to
 * skip such rows); warnings (missing values, implausible values, overwrites) are shown to the
 * planner but do not. Runs entirely in memory before anything touches the database.
 */
import type { ImportIssue } from './grid';
import { MESSAGES } from './messages';
import { foreignDigit } from './fold-text';
import { parseNumberCell, parseYearCell } from './numbers';
import { checkPlausibility, checkYearsAgainstSeries } from './plausibility';
import { obsKey, type IndicatorRef, type Reference } from './reference';
import type { Shaped, Sourced } from './shape';
import { parseUnit, unitFactor } from './units';

export interface StagedObservation {
  line: number;
  column: string;
  raw: string;
  indicator: string;
  region: string;
  year: number;
  value: number;
}

export interface Validation {
  /** What blocks the import: every problem, or (skipping bad rows) only those of the file itself. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** What would be written: without the skipped rows when skipping. */
  observations: StagedObservation[];
  /** Lines left out because they cannot be imported (only when skipping bad rows). */
  skippedLines: number[];
}

export interface ValidateOptions {
  /** Years after this one are errors: no statistics exist for them yet. */
  currentYear: number;
  /**
   * Leave out rows that cannot be imported instead of refusing the file. Their problems are then
   * warnings; problems of the header or the mapping still refuse the file.
   */
  skipBadRows?: boolean;
}

/** How many skipped lines the summary warning spells out. */
const SUMMARY_LINES = 20;

export function validateCells(shaped: Shaped, ref: Reference, opts: ValidateOptions): Validation {
  const fileErrors: ImportIssue[] = [...shaped.errors];
  const rowErrors: ImportIssue[] = [...shaped.rowErrors];
  const warnings: ImportIssue[] = [...shaped.warnings];
  const observations: StagedObservation[] = [];
  const firstLine = new Map<string, number>();
  // Header- or mapping-level problems are reported once, not once per row.
  const reportedOnce = new Set<string>();
  const issue = (s: Sourced, line: number, rule: string, message: string): ImportIssue => ({
    line: s.headerLine ?? line,
    column: s.column,
    value: s.raw,
    rule,
    message,
  });
  const once = (
    list: ImportIssue[],
    s: Sourced,
    line: number,
    rule: string,
    message: string,
  ): void => {
    if (s.headerLine !== undefined) {
      const k = `${rule}\u0000${s.column}\u0000${s.raw}`;
      if (reportedOnce.has(k)) return;
      reportedOnce.add(k);
    }
    list.push(issue(s, line, rule, message));
  };
  /** A text from the header or the mapping is wrong for every row: the file's error, not a row's. */
  const fail = (s: Sourced, line: number, rule: string, message: string): void =>
    once(s.headerLine !== undefined ? fileErrors : rowErrors, s, line, rule, message);

  // A file names the same few regions, indicators and years thousands of times: resolve each text once.
  const regionOf = memo((raw: string) => (raw.trim() === '' ? undefined : ref.resolveRegion(raw)));
  const indicatorOf = memo((raw: string) => ref.resolveIndicator(raw));
  const yearOf = memo((raw: string) => parseYearCell(raw) ?? isoYear(raw));

  for (const cell of shaped.cells) {
    let bad = false;
    const reject = (s: Sourced, rule: string, message: string): void => {
      bad = true;
      fail(s, cell.line, rule, message);
    };
    const region = regionOf(cell.region.raw);
    if (!region)
      reject(cell.region, 'unknown-region', MESSAGES.unknownRegion(cell.region.raw.trim()));
    else if (region.kind === 'group' || region.kind === 'peer-group')
      reject(cell.region, 'grouping-region', MESSAGES.groupingRegion(region.nameZh, region.nameEn));
    const indicator = indicatorOf(cell.indicator.raw);
    if (!indicator)
      reject(
        cell.indicator,
        'unknown-indicator',
        MESSAGES.unknownIndicator(cell.indicator.raw.trim()),
      );
    const year = yearOf(cell.year.raw);
    if (year === null) {
      const raw = cell.year.raw.trim();
      const ch = foreignDigit(raw);
      if (ch !== undefined) reject(cell.year, 'non-ascii-digit', MESSAGES.foreignDigit(raw, ch));
      else reject(cell.year, 'invalid-year', MESSAGES.invalidYear(raw));
    } else if (year > opts.currentYear) {
      reject(cell.year, 'future-year', MESSAGES.futureYear(year, opts.currentYear));
    }

    const parsed = parseNumberCell(cell.value.raw);
    if (parsed.kind === 'error') {
      const raw = cell.value.raw.trim();
      if (parsed.foreignDigit !== undefined)
        reject(cell.value, 'non-ascii-digit', MESSAGES.foreignDigit(raw, parsed.foreignDigit));
      else reject(cell.value, 'not-a-number', MESSAGES.notANumber(raw));
    } else if (parsed.kind === 'missing') {
      // Yearbooks print '—' for "not published": skip the cell, tell the planner, do not block.
      if (!bad)
        warnings.push(issue(cell.value, cell.line, 'missing-value', MESSAGES.missingValue()));
      continue;
    }
    if (bad || !region || !indicator || year === null || parsed.kind !== 'number') continue;

    let value = parsed.value;
    const declared = parsed.isPercent ? '%' : cell.unit?.raw.trim();
    if (!declared && parsed.hasMagnitude) {
      // "2.7万亿" with no unit stated means 2.7e12 of the indicator's base unit (元), whatever its scale (亿元).
      value = Number((value / parseUnit(indicator.unit).scale).toPrecision(15));
    } else if (declared) {
      const conv = unitFactor(declared, [indicator.unit, indicator.unitEn]);
      if (!conv.ok) {
        const src = parsed.isPercent ? cell.value : (cell.unit ?? cell.value);
        reject(src, 'unit-mismatch', MESSAGES.unitMismatch(declared, indicator.unit));
        continue;
      }
      if (conv.factor !== 1) {
        // 32612.7 万元 × 1e-4 must read 3.26127 亿元, not 3.2612699999999997.
        value = Number((value * conv.factor).toPrecision(15));
        const column = cell.unit?.column ?? cell.value.column;
        const k = `unit-converted\u0000${column}\u0000${declared}`;
        if (!reportedOnce.has(k)) {
          reportedOnce.add(k);
          warnings.push({
            line: cell.line,
            column,
            value: declared,
            rule: 'unit-converted',
            message: MESSAGES.unitConverted(declared, indicator.unit),
          });
        }
      }
    }

    const key = obsKey(indicator.code, region.code, year);
    const first = firstLine.get(key);
    if (first !== undefined) {
      rowErrors.push({
        line: cell.line,
        column: cell.value.column,
        value: cell.value.raw,
        rule: 'duplicate-row',
        message: MESSAGES.duplicateRow(first),
      });
      continue;
    }
    firstLine.set(key, cell.line);
    observations.push({
      line: cell.line,
      column: cell.value.column,
      raw: cell.value.raw,
      indicator: indicator.code,
      region: region.code,
      year,
      value,
    });
  }

  // A row with any error is one row that cannot be imported, whichever of its cells failed.
  const badLines = [...new Set(rowErrors.map((e) => e.line))].sort((a, b) => a - b);
  let kept = observations;
  let errors: ImportIssue[];
  if (opts.skipBadRows) {
    const skip = new Set(badLines);
    kept = observations.filter((o) => !skip.has(o.line));
    errors = fileErrors;
    warnings.push(...rowErrors);
    if (badLines.length > 0) {
      const shown = badLines.slice(0, SUMMARY_LINES).join(', ');
      const more = badLines.length > SUMMARY_LINES ? ', …' : '';
      warnings.push({
        line: 0,
        column: '',
        value: '',
        rule: 'rows-skipped',
        message: MESSAGES.rowsSkipped(badLines.length, `${shown}${more}`),
      });
    }
  } else {
    errors = [...fileErrors, ...rowErrors];
  }

  warnings.push(
    ...checkPlausibility(
      kept,
      ref,
      memo((code) => isPercentIndicator(ref.indicators.get(code))),
    ),
    ...checkYearsAgainstSeries(kept, ref),
  );
  for (const o of kept) {
    const old = ref.existing(o.indicator, o.region, o.year);
    if (old !== undefined && !sameValue(old, o.value)) {
      warnings.push({
        line: o.line,
        column: o.column,
        value: o.raw,
        rule: 'overwrite',
        message: MESSAGES.overwrite(old),
      });
    }
  }
  const byLine = (a: ImportIssue, b: ImportIssue): number => a.line - b.line;
  return {
    errors: errors.sort(byLine),
    warnings: warnings.sort(byLine),
    observations: kept,
    skippedLines: opts.skipBadRows ? badLines : [],
  };
}

function memo<T>(f: (raw: string) => T): (raw: string) => T {
  const cache = new Map<string, T>();
  return (raw) => {
    if (cache.has(raw)) return cache.get(raw) as T;
    const v = f(raw);
    cache.set(raw, v);
    return v;
  };
}

/** Spreadsheets store "the 2023 figure" as a date cell now and then; its calendar year is the period. */
function isoYear(raw: string): number | null {
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(raw.trim());
  return m?.[1] !== undefined ? parseYearCell(m[1]) : null;
}

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function isPercentIndicator(ind: IndicatorRef | undefined): boolean {
  return ind !== undefined && parseUnit(ind.unit).base === '%';
}
