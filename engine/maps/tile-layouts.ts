/**
 * Tile maps: one equal square per region at its approximate position (a grid cartogram). They
 * need no boundary geometry, so nothing here is map data that would need official review; the
 * positions only keep neighbours roughly where a planner expects them (north up, east right).
 */

export interface TilePosition {
  row: number;
  col: number;
}

export interface TileLayout {
  rows: number;
  cols: number;
  tiles: Readonly<Record<string, TilePosition>>;
  /** Labels placed in empty cells (the provinces on the city map). */
  labels: readonly { code: string; row: number; col: number }[];
}

const at = (row: number, col: number): TilePosition => ({ row, col });

/** The 31 provincial units, ISO 3166-2:CN codes as the regions table uses them. */
export const PROVINCE_LAYOUT: TileLayout = {
  rows: 8,
  cols: 9,
  tiles: {
    'CN-HL': at(0, 8),
    'CN-NM': at(1, 4),
    'CN-BJ': at(1, 5),
    'CN-TJ': at(1, 6),
    'CN-LN': at(1, 7),
    'CN-JL': at(1, 8),
    'CN-XJ': at(2, 0),
    'CN-GS': at(2, 2),
    'CN-NX': at(2, 3),
    'CN-SX': at(2, 4),
    'CN-HE': at(2, 5),
    'CN-SD': at(2, 6),
    'CN-QH': at(3, 1),
    'CN-SN': at(3, 3),
    'CN-HA': at(3, 4),
    'CN-JS': at(3, 5),
    'CN-SH': at(3, 6),
    'CN-XZ': at(4, 1),
    'CN-SC': at(4, 2),
    'CN-CQ': at(4, 3),
    'CN-HB': at(4, 4),
    'CN-AH': at(4, 5),
    'CN-ZJ': at(4, 6),
    'CN-YN': at(5, 2),
    'CN-GZ': at(5, 3),
    'CN-HN': at(5, 4),
    'CN-JX': at(5, 5),
    'CN-FJ': at(5, 6),
    'CN-GX': at(6, 3),
    'CN-GD': at(6, 4),
    'CN-HI': at(7, 4),
  },
  labels: [],
};

/**
 * The 36 prefecture-level divisions of the Northeast by GB/T 2260 code: Heilongjiang in the
 * north and east, Jilin across the middle, Liaoning in the south-west down to Dalian.
 */
export const CITY_LAYOUT: TileLayout = {
  rows: 11,
  cols: 7,
  tiles: {
    // Heilongjiang
    '232700': at(0, 3),
    '231100': at(0, 4),
    '230200': at(1, 2),
    '231200': at(1, 3),
    '230700': at(1, 4),
    '230400': at(1, 5),
    '230600': at(2, 2),
    '230100': at(2, 3),
    '230800': at(2, 4),
    '230500': at(2, 5),
    '231000': at(3, 4),
    '230900': at(3, 5),
    '230300': at(3, 6),
    // Jilin
    '220800': at(3, 1),
    '220700': at(3, 2),
    '220100': at(4, 2),
    '220200': at(4, 3),
    '222400': at(4, 5),
    '220300': at(5, 2),
    '220400': at(5, 3),
    '220500': at(5, 4),
    '220600': at(5, 5),
    // Liaoning
    '210900': at(6, 1),
    '211200': at(6, 2),
    '210400': at(6, 3),
    '211300': at(7, 0),
    '210700': at(7, 1),
    '210100': at(7, 2),
    '210500': at(7, 3),
    '211400': at(8, 0),
    '211100': at(8, 1),
    '211000': at(8, 2),
    '210600': at(8, 3),
    '210800': at(9, 1),
    '210300': at(9, 2),
    '210200': at(10, 1),
  },
  labels: [
    { code: 'CN-HL', row: 1, col: 0 },
    { code: 'CN-JL', row: 4, col: 0 },
    { code: 'CN-LN', row: 9, col: 3 },
  ],
};

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The tile an arrow key moves to: the nearest tile strictly in that direction, measured along it
 * with sideways offset counting double, so ↓ from a tile goes to the one below it when there is
 * one, and to the nearest one further down otherwise. Null at the edge.
 */
export function tileInDirection(
  layout: TileLayout,
  codes: readonly string[],
  from: string,
  direction: Direction,
): string | null {
  const origin = layout.tiles[from];
  if (!origin) return null;
  let best: { code: string; score: number } | null = null;
  for (const code of codes) {
    const p = layout.tiles[code];
    if (!p || code === from) continue;
    const dr = p.row - origin.row;
    const dc = p.col - origin.col;
    const along =
      direction === 'up' ? -dr : direction === 'down' ? dr : direction === 'left' ? -dc : dc;
    const side = direction === 'up' || direction === 'down' ? Math.abs(dc) : Math.abs(dr);
    if (along <= 0) continue;
    const score = along + 2 * side;
    if (!best || score < best.score) best = { code, score };
  }
  return best?.code ?? null;
}

/** Reading order (row by row, west to east): the order of tiles for Tab, Home/End and the table. */
export function readingOrder(layout: TileLayout, codes: readonly string[]): string[] {
  return codes
    .filter((c) => layout.tiles[c])
    .sort((a, b) => {
      const pa = layout.tiles[a]!;
      const pb = layout.tiles[b]!;
      return pa.row - pb.row || pa.col - pb.col;
    });
}
