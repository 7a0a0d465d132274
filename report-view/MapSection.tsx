// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import { type ReportLang, type ReportModel, formatNumber } from '../engine/report';
import { tileMapModel, type Tile, CITY_LAYOUT } from '../engine/maps';
import { TileMapSvg } from './TileMapSvg';
import type { Translate } from './text';

/** The scenario's chosen indicator as a tile map: the same picture as the Evidence screen's Map tab. */
export function MapSection({
  model,
  lang,
  t,
}: {
  model: ReportModel;
  lang: ReportLang;
  t: Translate;
}) {
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
  const zh = lang === 'zh';
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
            missing: zh ? '无数据' : 'no data',
            legendMissing: zh ? '斜线：无数据' : 'Hatched: no data',
            legendHighlight: t(map.legendHighlight),
            ...(map.scale === 'cities'
              ? { legendBorders: zh ? '粗线：省界' : 'Thick line: provincial border' }
              : {}),
            formatValue: format,
            describe: (tile: Tile) => tile.name,
          }}
        />
      </figure>
      {map.missingText && <p className="small">{t(map.missingText)}</p>}
    </>
  );
}
