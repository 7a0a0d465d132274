import type { ImportIssueView } from '../../contract/evidence';

/** The common form of a parsed CSV or XLSX sheet: text cells with their 1-based file line / sheet row. */
export interface GridRow {
  line: number;
  cells: string[];
}

export interface Grid {
  rows: GridRow[];
  /** Cells that held a formula (XLSX): their cached result was used, never re-evaluated. */
  formulaCells: Array<{ line: number; col: number; formula: string }>;
  /**
   * True when each row holds exactly the fields the file gave it (CSV), so a short row is
   * ragged; an XLSX row simply ends at its last stored cell.
   */
  countsFields?: boolean;
}

/** One finding of the validation report (its shape is the contract's). */
export type ImportIssue = ImportIssueView;

/** "A", "B" … "AA" for 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
