/** Public API of engine/maps: what the hosts, the renderer, the CLI and the scripts use. */
export { shortChineseName, tileLabel } from './tile-labels';
export { CITY_LAYOUT, tileInDirection } from './tile-layouts';
export type { Direction } from './tile-layouts';
export { LAYOUTS, tileMapModel } from './tile-map-model';
export type { MapScale, Tile, TileMapModel, TileRegion } from './tile-map-model';
