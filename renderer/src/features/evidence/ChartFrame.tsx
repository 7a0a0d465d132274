import { Typography } from 'antd';
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import type { Locale, Region } from '../../../../contract/domain';
import type { ObservationsResult } from '../../../../contract/evidence';
import { space } from '../../app/spacing';

interface Props {
  title: string;
  label: string;
  /** One plain sentence: what the chart means for a planner. */
  meaning: string;
  unit: string;
  sources: readonly string[];
  testId: string;
  height?: number;
  /** The recharts chart; the frame sizes it to the figure. */
  children: ReactElement;
}

/** A chart of one indicator across the provinces in one year (the ranking, the Northeast's gap). */
export interface ProvinceYearProps {
  result: ObservationsResult;
  regions: readonly Region[];
  year: number;
  lang: Locale;
}

/** Every chart names its title, unit and source, and says in one sentence what it shows. */
export function ChartFrame({
  title,
  label,
  meaning,
  unit,
  sources,
  testId,
  height = 240,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <figure style={{ margin: `0 0 ${space.sm}px` }} aria-label={label} data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      <div style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <figcaption style={{ fontSize: 12 }}>
        <div>{meaning}</div>
        <div className="trp-secondary">
          {t('evidence.unitLabel', { unit })}
          {sources.length > 0 && ` · ${t('evidence.sourceLabel', { source: sources.join('; ') })}`}
        </div>
      </figcaption>
    </figure>
  );
}

/** Bar fill with a diagonal hatch: the northeastern provinces are marked by pattern, not colour alone. */
export function HatchedBar(props: {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  hatched: boolean;
  id: string;
}) {
  const { x = 0, y = 0, width = 0, height = 0, fill = colors.chart.muted, hatched, id } = props;
  const h = Math.abs(height);
  const top = height < 0 ? y + height : y;
  if (!hatched) return <rect x={x} y={top} width={width} height={h} fill={fill} />;
  return (
    <g>
      <defs>
        <pattern
          id={id}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={fill} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={colors.onFill} strokeWidth="2" />
        </pattern>
      </defs>
      <rect
        x={x}
        y={top}
        width={width}
        height={h}
        fill={`url(#${id})`}
        stroke={colors.rule}
        strokeWidth={1}
      />
    </g>
  );
}
