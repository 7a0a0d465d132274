// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import { type ReportModel, formatNumber } from '../engine/report';
import { tileMapModel, type Tile, CITY_LAYOUT } from '../engine/maps';
import { TileMapSvg } from './TileMapSvg';
import type { Translate } from './text';

/** The scenario's chosen indicator as a tile map: the same picture as the Evidence screen's Map tab. */
/** The tile map's own words in the briefing. */
const MAP_TEXT = {
  missing: { zh: '无数据', en: 'no data' },
  legendMissing: { zh: '斜线：无数据', en: 'Hatched: no data' },
  legendBorders: { zh: '粗线：省界', en: 'Thick line: provincial border' },
} as const;

export function MapSection({ model, t }: { model: ReportModel; t: Translate }) {
  const map = model.map;
  if (!map) return null;
  const regions = map.regions.map((r) => ({
    code: r.code,
    label: t(r.label),
    name: t(r.name),
    group: r.group,
  }));
  const tiles = tileMapModel(
    map.scale,
    regions,
    new Map(map.values.map((v) => [v.region, v.value])),
    new Set(map.highlighted),
  );
  const format = (v: number) => formatNumber(v, map.digits);
  const groupName = (code: string) => map.groupNames.find((g) => g.code === code)?.name;
  const labels =
    map.scale === 'cities'
      ? CITY_LAYOUT.labels.flatMap((l) => {
          const name = groupName(l.code);
          return name ? [{ row: l.row, col: l.col, text: t(name) }] : [];
        })
      : [];
  return (
    <>
      <h2>{t(map.title)}</h2>
      <p className="small">{t(map.note)}</p>
      <figure className="tile-map">
        <TileMapSvg
          model={tiles}
          idPrefix={`brief-map-${map.scale}`}
          labels={labels}
          texts={{
            title: t(map.title),
            missing: t(MAP_TEXT.missing),
            legendMissing: t(MAP_TEXT.legendMissing),
            legendHighlight: t(map.legendHighlight),
            ...(map.scale === 'cities' ? { legendBorders: t(MAP_TEXT.legendBorders) } : {}),
            formatValue: format,
            describe: (tile: Tile) => tile.name,
          }}
        />
      </figure>
      {map.missingText && <p className="small">{t(map.missingText)}</p>}
    </>
  );
}
