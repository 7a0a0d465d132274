/**
 * The title every example file the app ships starts with (templates/). Its values are made up to
 * show what an import looks like, so a file whose title rows carry the marker is refused at
 * commit: example figures can never enter the planner's evidence.
 */
import type { GridRow } from './grid';
import { foldWidth } from './fold-text';

export const EXAMPLE_MARKER = '示例数据 EXAMPLE DATA';

/** True when a row above the header (a title row) carries the marker in either language. */
export function isMarkedExample(rows: readonly GridRow[], headerLine: number): boolean {
  return rows.some(
    (r) =>
      r.line < headerLine &&
      r.cells.some((c) => {
        const text = foldWidth(c).toUpperCase();
        return text.includes('示例数据') || text.includes('EXAMPLE DATA');
      }),
  );
}
