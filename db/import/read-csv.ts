/**
 * CSV/TSV → Grid. papaparse with every cell as text (never dynamicTyping: it turns "010" into 10
 * and 12-digit codes into floats). Each row keeps the 1-based line of the file it starts on, so a
 * quoted field with a newline does not shift the line numbers the planner sees in the report.
 * The decoded text is parsed in chunks and the row, column and cell limits are checked after
 * each one, so a file of millions of short lines is refused after reading about the limit, not
 * after turning every line into an array.
 */
import Papa from 'papaparse';
import type { Grid, GridRow } from './grid';
import { ImportRefusedError, type ImportLimits } from './limits';
import { limitMessage } from './messages';

/**
 * Characters per parse chunk: small enough that the rows of one chunk are a few megabytes,
 * large enough that chunking costs nothing measurable (papaparse's step() mode, one call per
 * row, is several times slower on 100k rows).
 */
const CHUNK_CHARS = 1024 * 1024;

export function readCsv(text: string, limits: ImportLimits): Promise<Grid> {
  const rows: GridRow[] = [];
  let line = 1;
  let cellsRead = 0;
  let refused: ImportRefusedError | null = null;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(text, {
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      chunkSize: CHUNK_CHARS,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        try {
          for (const cells of results.data) {
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
              cellsRead += cells.length;
              if (cellsRead > limits.maxCells)
                throw new ImportRefusedError(
                  'too-many-cells',
                  limitMessage('too-many-cells', limits.maxCells),
                );
            }
            // skipEmptyLines is off, so every physical line is one row plus the line breaks quoted inside it.
            line += 1 + embeddedLineBreaks(cells);
          }
        } catch (err) {
          if (!(err instanceof ImportRefusedError)) throw err;
          refused = err;
          parser.abort();
        }
      },
      // Also called by abort().
      complete() {
        if (refused) reject(refused);
        // Every CSV row carries its real field count: a short row is a ragged row.
        else resolve({ rows, formulaCells: [], countsFields: true });
      },
    });
  });
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
