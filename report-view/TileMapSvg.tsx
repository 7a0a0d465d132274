// @jsxRuntime automatic -- the briefing's hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { KeyboardEvent } from 'react';
import type { Tile, TileMapModel } from '../engine/maps';
import {
  BORDER_STROKE,
  classFill,
  FOCUS_STROKE,
  HIGHLIGHT_STROKE,
  MISSING_TEXT,
  textOn,
  TILE,
} from './tile-style';
import { TILE_COLOURS } from './palette';

export interface TileMapTexts {
  /** Accessible name of the whole map. */
  title: string;
  /** Written in a tile without a value. */
  missing: string;
  /** Legend lines. */
  legendMissing: string;
  legendHighlight?: string;
  legendBorders?: string;
  /**
   * What a tile's accessible name adds after the words written in it (full name, province,
   * unit, class): the name starts with exactly the visible text, so speech input finds it.
   */
  describe(tile: Tile): string;
  formatValue(value: number): string;
}

export interface TileMapInteraction {
  /** The tile in the tab order (roving tabindex). */
  focused: string | null;
  /** Whether that tile has the keyboard focus now. */
  active: boolean;
  selected: string | null;
  onFocusTile(code: string): void;
  onBlurTile(): void;
  onSelect(code: string): void;
  onKeyDown(event: KeyboardEvent<SVGGElement>, code: string): void;
  register(code: string, el: SVGGElement | null): void;
}

interface Props {
  model: TileMapModel;
  texts: TileMapTexts;
  /** Prefix for ids inside the SVG (the hatch pattern), unique on the page. */
  idPrefix: string;
  /** Province names in empty cells of the city map. */
  labels?: readonly { row: number; col: number; text: string }[];
  /** Absent in print: a static picture. */
  interaction?: TileMapInteraction;
}

const x = (col: number) => TILE.pad + col * (TILE.width + TILE.gap);
const y = (row: number) => TILE.pad + row * (TILE.height + TILE.gap);
const LEGEND_LINE = 18;

/** Shrinks a long label to fit the tile (Heilongjiang, Shuangyashan, Da Hinggan Ling). */
function labelSize(text: string): number {
  const width = [...text].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? 1 : 0.56), 0);
  return Math.max(8, Math.min(12, (TILE.width - 8) / width));
}

function Borders({ model }: { model: TileMapModel }) {
  const at = new Map(model.tiles.map((t) => [`${t.row},${t.col}`, t]));
  const lines: { key: string; x1: number; y1: number; x2: number; y2: number }[] = [];
  for (const t of model.tiles) {
    if (t.group === null) continue;
    const right = at.get(`${t.row},${t.col + 1}`);
    const below = at.get(`${t.row + 1},${t.col}`);
    const xr = x(t.col) + TILE.width + TILE.gap / 2;
    const yb = y(t.row) + TILE.height + TILE.gap / 2;
    if (right && right.group !== t.group)
      lines.push({ key: `${t.code}r`, x1: xr, y1: y(t.row) - 2, x2: xr, y2: yb + 1 });
    if (below && below.group !== t.group)
      lines.push({ key: `${t.code}b`, x1: x(t.col) - 2, y1: yb, x2: xr + 1, y2: yb });
  }
  return (
    <g aria-hidden="true">
      {lines.map(({ key, ...l }) => (
        <line key={key} {...l} stroke={BORDER_STROKE} strokeWidth={2.5} strokeLinecap="square" />
      ))}
    </g>
  );
}

function TileShape({
  tile,
  model,
  texts,
  hatch,
  interaction,
}: {
  tile: Tile;
  model: TileMapModel;
  texts: TileMapTexts;
  hatch: string;
  interaction: TileMapInteraction | undefined;
}) {
  const classes = (model.breaks?.bounds.length ?? 1) - 1;
  const fill = tile.cls === null ? `url(#${hatch})` : classFill(tile.cls, classes);
  const ink = tile.cls === null ? MISSING_TEXT : textOn(fill);
  const left = x(tile.col);
  const top = y(tile.row);
  const cx = left + TILE.width / 2;
  const focused = interaction?.focused === tile.code && interaction.active;
  const tabStop = interaction?.focused === tile.code;
  const selected = interaction?.selected === tile.code;
  const valueText = tile.value === null ? texts.missing : texts.formatValue(tile.value);
  return (
    <g
      data-testid={`tile-${tile.code}`}
      data-code={tile.code}
      data-missing={tile.value === null ? 'true' : 'false'}
      {...(interaction
        ? {
            role: 'button',
            tabIndex: tabStop ? 0 : -1,
            'aria-label': `${tile.label} ${valueText}, ${texts.describe(tile)}`,
            'aria-pressed': selected,
            ref: (el: SVGGElement | null) => interaction.register(tile.code, el),
            onFocus: () => interaction.onFocusTile(tile.code),
            onBlur: () => interaction.onBlurTile(),
            onClick: () => interaction.onSelect(tile.code),
            onKeyDown: (e: KeyboardEvent<SVGGElement>) => interaction.onKeyDown(e, tile.code),
            style: { cursor: 'pointer', outline: 'none' },
          }
        : {})}
    >
      <rect
        x={left}
        y={top}
        width={TILE.width}
        height={TILE.height}
        fill={fill}
        stroke={tile.highlighted ? HIGHLIGHT_STROKE : TILE_COLOURS.stroke}
        strokeWidth={tile.highlighted ? 3 : 1}
      />
      {tile.cls === null && (
        // The hatching stays visible around a white plate, so the words on it stay readable.
        <rect
          x={left + 4}
          y={top + 4}
          width={TILE.width - 8}
          height={36}
          fill={TILE_COLOURS.plate}
        />
      )}
      {/* One text of two lines: the words read "name value" with a space, as the accessible name begins. */}
      <text textAnchor="middle" fill={ink}>
        <tspan x={cx} y={top + 17} fontSize={labelSize(tile.label)}>
          {tile.label}
        </tspan>{' '}
        <tspan
          x={cx}
          y={top + 34}
          fontSize={tile.value === null ? 10.5 : 12}
          fontWeight={tile.value === null ? 400 : 700}
          data-testid={`tile-value-${tile.code}`}
        >
          {valueText}
        </tspan>
      </text>
      {(focused || selected) && (
        <rect
          x={left - 1.5}
          y={top - 1.5}
          width={TILE.width + 3}
          height={TILE.height + 3}
          fill="none"
          stroke={selected ? TILE_COLOURS.selected : FOCUS_STROKE}
          strokeWidth={3}
          strokeDasharray={selected && !focused ? '5 3' : undefined}
          pointerEvents="none"
        />
      )}
    </g>
  );
}

function Legend({
  model,
  texts,
  hatch,
  top,
}: {
  model: TileMapModel;
  texts: TileMapTexts;
  hatch: string;
  top: number;
}) {
  const bounds = model.breaks?.bounds ?? [];
  const classes = bounds.length - 1;
  const rows: {
    key: string;
    swatch: { fill: string; stroke: string; width: number };
    text: string;
  }[] = [];
  for (let i = 0; i < classes; i++) {
    const lo = bounds[i]!;
    const hi = bounds[i + 1]!;
    rows.push({
      key: `c${i}`,
      swatch: { fill: classFill(i, classes), stroke: TILE_COLOURS.stroke, width: 1 },
      text:
        lo === hi ? texts.formatValue(lo) : `${texts.formatValue(lo)} – ${texts.formatValue(hi)}`,
    });
  }
  rows.push({
    key: 'missing',
    swatch: { fill: `url(#${hatch})`, stroke: TILE_COLOURS.stroke, width: 1 },
    text: texts.legendMissing,
  });
  if (texts.legendHighlight)
    rows.push({
      key: 'highlight',
      swatch: { fill: TILE_COLOURS.plate, stroke: HIGHLIGHT_STROKE, width: 3 },
      text: texts.legendHighlight,
    });
  return (
    <g data-testid="map-legend">
      {rows.map((r, i) => (
        <g key={r.key}>
          <rect
            x={TILE.pad}
            y={top + i * LEGEND_LINE}
            width={22}
            height={13}
            fill={r.swatch.fill}
            stroke={r.swatch.stroke}
            strokeWidth={r.swatch.width}
          />
          <text
            x={TILE.pad + 30}
            y={top + i * LEGEND_LINE + 11}
            fontSize={11}
            fill={TILE_COLOURS.text}
          >
            {r.text}
          </text>
        </g>
      ))}
      {texts.legendBorders && (
        <g>
          <line
            x1={TILE.pad}
            x2={TILE.pad + 22}
            y1={top + rows.length * LEGEND_LINE + 6}
            y2={top + rows.length * LEGEND_LINE + 6}
            stroke={BORDER_STROKE}
            strokeWidth={2.5}
          />
          <text
            x={TILE.pad + 30}
            y={top + rows.length * LEGEND_LINE + 10}
            fontSize={11}
            fill={TILE_COLOURS.text}
          >
            {texts.legendBorders}
          </text>
        </g>
      )}
    </g>
  );
}

/**
 * A tile map as SVG: equal squares in their approximate positions, the value written in each, a
 * hatched "no data" tile for a missing one, highlighted tiles framed, and the legend with the
 * class breaks under the grid. Static for print; with `interaction`, each tile is a button in a
 * roving tab order (TileMap.tsx handles the keys).
 */
export function TileMapSvg({ model, texts, idPrefix, labels = [], interaction }: Props) {
  const hatch = `${idPrefix}-hatch`;
  const gridWidth = x(model.cols) - TILE.gap + TILE.pad;
  const gridHeight = y(model.rows) - TILE.gap + TILE.pad;
  const legendLines =
    (model.breaks?.bounds.length ?? 1) -
    1 +
    1 +
    (texts.legendHighlight ? 1 : 0) +
    (texts.legendBorders ? 1 : 0);
  const height = gridHeight + 10 + legendLines * LEGEND_LINE + 4;
  return (
    <svg
      viewBox={`0 0 ${gridWidth} ${height}`}
      width={gridWidth}
      height={height}
      role="group"
      aria-label={texts.title}
      data-testid={`tile-map-${model.scale}`}
      style={{ maxWidth: '100%', height: 'auto', fontFamily: 'inherit' }}
    >
      <defs>
        <pattern
          id={hatch}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill={TILE_COLOURS.hatchGround} />
          <line x1={0} y1={0} x2={0} y2={6} stroke={TILE_COLOURS.hatchLine} strokeWidth={2} />
        </pattern>
      </defs>
      {labels.map((l) => (
        <text
          key={`${l.row},${l.col}`}
          x={x(l.col) + TILE.width / 2}
          y={y(l.row) + TILE.height / 2 + 4}
          textAnchor="middle"
          fontSize={12}
          fontWeight={700}
          fill={TILE_COLOURS.text}
          aria-hidden="true"
        >
          {l.text}
        </text>
      ))}
      {model.tiles.map((t) => (
        <TileShape
          key={t.code}
          tile={t}
          model={model}
          texts={texts}
          hatch={hatch}
          interaction={interaction}
        />
      ))}
      <Borders model={model} />
      <Legend model={model} texts={texts} hatch={hatch} top={gridHeight + 10} />
    </svg>
  );
}
