/**
 * Staged cells → the validation report and the observations that would be written. Errors block
 * the whole import; warnings (missing values, implausible values, overwrites) are shown to the
 * planner but do not. Runs entirely in memory before anything touches the database.
 */
import type { ImportIssue } from './grid';
import { MESSAGES } from './messages';
import { parseNumberCell, parseYearCell } from './numbers';
import { checkPlausibility } from './plausibility';
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
  errors: ImportIssue[];
  warnings: ImportIssue[];
  observations: StagedObservation[];
}

export function validateCells(shaped: Shaped, ref: Reference): Validation {
  const errors: ImportIssue[] = [...shaped.errors];
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

  // A file names the same few regions, indicators and years thousands of times: resolve each text once.
  const regionOf = memo((raw: string) => (raw.trim() === '' ? undefined : ref.resolveRegion(raw)));
  const indicatorOf = memo((raw: string) => ref.resolveIndicator(raw));
  const yearOf = memo((raw: string) => parseYearCell(raw) ?? isoYear(raw));

  for (const cell of shaped.cells) {
    const rowErrors = errors.length;
    const region = regionOf(cell.region.raw);
    if (!region)
      once(
        errors,
        cell.region,
        cell.line,
        'unknown-region',
        MESSAGES.unknownRegion(cell.region.raw.trim()),
      );
    const indicator = indicatorOf(cell.indicator.raw);
    if (!indicator)
      once(
        errors,
        cell.indicator,
        cell.line,
        'unknown-indicator',
        MESSAGES.unknownIndicator(cell.indicator.raw.trim()),
      );
    const year = yearOf(cell.year.raw);
    if (year === null)
      once(
        errors,
        cell.year,
        cell.line,
        'invalid-year',
        MESSAGES.invalidYear(cell.year.raw.trim()),
      );

    const parsed = parseNumberCell(cell.value.raw);
    if (parsed.kind === 'error') {
      errors.push(
        issue(cell.value, cell.line, 'not-a-number', MESSAGES.notANumber(cell.value.raw.trim())),
      );
    } else if (parsed.kind === 'missing') {
      // Yearbooks print '—' for "not published": skip the cell, tell the planner, do not block.
      if (errors.length === rowErrors)
        warnings.push(issue(cell.value, cell.line, 'missing-value', MESSAGES.missingValue()));
      continue;
    }
    if (
      errors.length > rowErrors ||
      !region ||
      !indicator ||
      year === null ||
      parsed.kind !== 'number'
    )
      continue;

    let value = parsed.value;
    const declared = parsed.isPercent ? '%' : cell.unit?.raw.trim();
    if (!declared && parsed.hasMagnitude) {
      // "2.7万亿" with no unit stated means 2.7e12 of the indicator's base unit (元), whatever its scale (亿元).
      value = Number((value / parseUnit(indicator.unit).scale).toPrecision(15));
    } else if (declared) {
      const conv = unitFactor(declared, [indicator.unit, indicator.unitEn]);
      if (!conv.ok) {
        const src = parsed.isPercent ? cell.value : (cell.unit ?? cell.value);
        once(
          errors,
          src,
          cell.line,
          'unit-mismatch',
          MESSAGES.unitMismatch(declared, indicator.unit),
        );
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
      errors.push({
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

  warnings.push(
    ...checkPlausibility(
      observations,
      ref,
      memo((code) => isPercentIndicator(ref.indicators.get(code))),
    ),
  );
  for (const o of observations) {
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
  return { errors: errors.sort(byLine), warnings: warnings.sort(byLine), observations };
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
