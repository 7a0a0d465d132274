/**
 * The outline of a table for the mapping step: which row is the header, what each column is
 * called, a few of its values, and a signature of the header list so a mapping chosen once is
 * offered again for the next file laid out the same way. Works even when no header is
 * recognised (that is exactly when the planner needs to map the columns by hand).
 */
import { createHash } from 'node:crypto';
import { columnLetter, type Grid, type GridRow } from './grid';
import { isNoteText, parseHeaderCell } from './headers';
import type { ImportMapping, OutlineColumnView, TableOutlineView } from '../../contract/evidence';
import { nameKey } from './region-names';
import { parseYearCell } from './numbers';
import { findHeaderRow } from './shape';

/** The table as the mapping step shows it (its shape is the contract's). */
export type TableOutline = TableOutlineView;
type OutlineColumn = OutlineColumnView;

const SEARCH_ROWS = 50;
const SAMPLES = 3;
const MAX_TEXT = 200;

const clip = (s: string): string => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);
const filled = (row: GridRow): number => row.cells.filter((c) => c.trim() !== '').length;

/** Same header texts (ignoring width, case, spaces and brackets' style) → same signature. */
export function headerSignature(headers: string[]): string {
  const keys = headers.map(nameKey);
  while (keys.length > 0 && keys[keys.length - 1] === '') keys.pop();
  return createHash('sha256').update(keys.join('\u0000'), 'utf8').digest('hex');
}

/**
 * The recognised header row, else the mapping's, else the first of the widest rows near the top
 * (a title line above a table has one filled cell, the header has as many as the data).
 */
function pickHeaderRow(rows: GridRow[], mapping: ImportMapping | undefined): number {
  const found = findHeaderRow(rows, mapping);
  if (found >= 0) return found;
  const top = rows.slice(0, SEARCH_ROWS);
  const widest = Math.max(0, ...top.map(filled));
  return widest === 0 ? -1 : top.findIndex((r) => filled(r) === widest);
}

export function outlineGrid(grid: Grid, mapping: ImportMapping | undefined): TableOutline | null {
  const idx = pickHeaderRow(grid.rows, mapping);
  const header = idx < 0 ? undefined : grid.rows[idx];
  if (!header) return null;
  const data: GridRow[] = [];
  for (const row of grid.rows.slice(idx + 1)) {
    if (data.length >= SAMPLES) break;
    const cells = row.cells.filter((c) => c.trim() !== '');
    if (cells.length === 0 || (cells.length === 1 && isNoteText(cells[0] ?? ''))) continue;
    data.push(row);
  }
  let width = header.cells.length;
  while (width > 0 && (header.cells[width - 1] ?? '').trim() === '') width--;
  const columns = Array.from({ length: width }, (_, col): OutlineColumn => {
    const h = parseHeaderCell(header.cells[col] ?? '');
    return {
      index: col + 1,
      letter: columnLetter(col),
      header: clip(h.text),
      label: clip(h.label),
      unit: h.unit !== undefined ? clip(h.unit) : null,
      year: parseYearCell(h.label),
      role: h.role ?? null,
      samples: data.map((r) => clip((r.cells[col] ?? '').trim())),
    };
  });
  return {
    headerLine: header.line,
    signature: headerSignature(header.cells.slice(0, width)),
    columns,
  };
}
