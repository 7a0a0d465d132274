/**
 * CSV/TSV → Grid. papaparse with every cell as text (never dynamicTyping: it turns "010" into 10
 * and 12-digit codes into floats). Each row keeps the 1-based line of the file it starts on, so a
 * quoted field with a newline does not shift the line numbers the planner sees in the report.
 */
import Papa from 'papaparse';
import type { Grid, GridRow } from './grid';
import { ImportRefusedError, type ImportLimits } from './limits';
import { limitMessage } from './messages';

export function readCsv(text: string, limits: ImportLimits): Grid {
  // One pass without step(): papaparse's step mode is several times slower on 100k rows.
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const rows: GridRow[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    // Blank lines (and Excel's ',,,,' rows) keep their place in the line count but carry no data.
    if (!cells.every((c) => c.trim() === '')) {
      if (cells.length > limits.maxColumns) {
        throw new ImportRefusedError(
          'too-many-columns',
          limitMessage('too-many-columns', limits.maxColumns),
          String(cells.length),
        );
      }
      rows.push({ line, cells });
      if (rows.length > limits.maxRows)
        throw new ImportRefusedError(
          'too-many-rows',
          limitMessage('too-many-rows', limits.maxRows),
        );
    }
    // skipEmptyLines is off, so every physical line is one row plus the line breaks quoted inside it.
    line += 1 + embeddedLineBreaks(cells);
  }
  return { rows, formulaCells: [] };
}

function embeddedLineBreaks(cells: string[]): number {
  let n = 0;
  for (const c of cells) {
    if (!c.includes('\n') && !c.includes('\r')) continue;
    for (let i = 0; i < c.length; i++) {
      const ch = c.charCodeAt(i);
      // \r\n counts once; a lone \r (old Mac exports) counts too.
      if (ch === 10 || (ch === 13 && c.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}
