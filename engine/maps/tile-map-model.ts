/**
 * What a tile map shows, computed once for the Evidence screen and the briefing alike: each tile
 * with its position, label, value (or none) and colour class, the class breaks for the legend,
 * and which tiles are highlighted. Formatting numbers is left to the caller's language.
 */
import { classBreaks, classOf, type ClassBreaks } from './classes';
import { CITY_LAYOUT, PROVINCE_LAYOUT, readingOrder, type TileLayout } from './tile-layouts';

export type MapScale = 'provinces' | 'cities';

export const LAYOUTS: Record<MapScale, TileLayout> = {
  provinces: PROVINCE_LAYOUT,
  cities: CITY_LAYOUT,
};

export interface TileRegion {
  code: string;
  /** Short label written in the tile. */
  label: string;
  /** Full name for the accessible name and the table. */
  name: string;
  /** A city's province code: tiles of different provinces are drawn with a border between them. */
  group: string | null;
}

export interface Tile extends TileRegion {
  row: number;
  col: number;
  value: number | null;
  /** Colour class 0 … k − 1; null when there is no value. */
  cls: number | null;
  highlighted: boolean;
}

export interface TileMapModel {
  scale: MapScale;
  rows: number;
  cols: number;
  /** In reading order (row by row, west to east). */
  tiles: Tile[];
  breaks: ClassBreaks | null;
  missing: number;
}

export function tileMapModel(
  scale: MapScale,
  regions: readonly TileRegion[],
  values: ReadonlyMap<string, number>,
  highlighted: ReadonlySet<string> = new Set(),
): TileMapModel {
  const layout = LAYOUTS[scale];
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const codes = readingOrder(
    layout,
    regions.map((r) => r.code),
  );
  const shown = codes.map((c) => values.get(c)).filter((v): v is number => v !== undefined);
  const breaks = classBreaks(shown);
  const tiles = codes.map((code): Tile => {
    const value = values.get(code) ?? null;
    return {
      ...byCode.get(code)!,
      ...layout.tiles[code]!,
      value,
      cls: value === null || breaks === null ? null : classOf(breaks, value),
      highlighted: highlighted.has(code),
    };
  });
  return {
    scale,
    rows: layout.rows,
    cols: layout.cols,
    tiles,
    breaks,
    missing: tiles.filter((t) => t.value === null).length,
  };
}
