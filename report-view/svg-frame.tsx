// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
/**
 * The frame every briefing chart shares: the <svg> root with its accessible name, and the
 * vertical grid lines with their value labels under the plot. Plain SVG (no DOM measuring), so
 * the PDF prints it with scripts off.
 */
import type { ReactNode } from 'react';
import { CHART } from './palette';

/** The briefing's chart palette: grid, axis text, labels, the series and the marks on them. */
export const CHART_INK = CHART;

/** Grid of a chart of shares (0–100%). */
export const SHARE_TICKS: readonly number[] = [0, 0.25, 0.5, 0.75, 1];

export function ChartSvg(props: {
  width: number;
  height: number;
  title: string;
  children: ReactNode;
}) {
  const { width, height, title, children } = props;
  return (
    <svg
      className="chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
      xmlns="http://www.w3.org/2000/svg"
    >
      {children}
    </svg>
  );
}

/** One vertical grid line per tick from `top` to `bottom`, its label at `labelY`. */
export function VerticalGrid(props: {
  ticks: readonly number[];
  x: (v: number) => number;
  top: number;
  bottom: number;
  labelY: number;
  format: (v: number) => string;
  strokeWidth?: number;
}) {
  const { ticks, x, top, bottom, labelY, format, strokeWidth } = props;
  return (
    <>
      {ticks.map((v) => (
        <g key={`x${v}`}>
          <line
            x1={x(v)}
            x2={x(v)}
            y1={top}
            y2={bottom}
            stroke={CHART_INK.grid}
            strokeWidth={strokeWidth}
          />
          <text x={x(v)} y={labelY} fontSize={9} textAnchor="middle" fill={CHART_INK.axis}>
            {format(v)}
          </text>
        </g>
      ))}
    </>
  );
}
