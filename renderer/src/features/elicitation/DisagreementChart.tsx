import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import type { Cause, Locale } from '../../../../contract/domain';
import type { ElicitationState } from '../../../../contract/elicitation';
import { formatPercent } from '../../format/number';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

type Row = NonNullable<ElicitationState['aggregate']>[number];

interface Props {
  causes: readonly Cause[];
  lang: Locale;
  rows: readonly Row[];
}

/**
 * Min–max range per cause with the aggregate marked. Plain HTML rather than an SVG chart: every
 * bar carries its numbers as text, so the chart is readable without colour and by screen readers.
 */
export function DisagreementChart({ causes, lang, rows }: Props) {
  const { t } = useTranslation();
  const top = Math.max(0.05, ...rows.map((r) => r.max));
  const pct = (v: number) => `${(v / top) * 100}%`;
  const byId = new Map(causes.map((c) => [c.id, c]));
  return (
    <figure style={{ margin: `0 0 ${space.sm}px` }} data-testid="sh-chart">
      <figcaption>
        <Typography.Text type="secondary">
          {t('elicitation.stakeholders.chartTitle')}
        </Typography.Text>
      </figcaption>
      <ul style={{ listStyle: 'none', padding: 0, margin: `${space.xs}px 0 0` }}>
        {rows.map((r) => {
          const c = byId.get(r.causeId);
          const name = c ? localName(c, lang) : r.causeId;
          const label = t('elicitation.stakeholders.chartLabel', {
            name,
            min: formatPercent(lang, r.min),
            max: formatPercent(lang, r.max),
            agg: formatPercent(lang, r.aggregate),
          });
          return (
            <li
              key={r.causeId}
              style={{
                display: 'grid',
                gridTemplateColumns: '180px minmax(0, 1fr) 220px',
                gap: space.xs,
                alignItems: 'center',
                marginBottom: space.xxs,
              }}
            >
              <span
                style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                title={name}
              >
                {r.causeId} · {name}
              </span>
              <span
                aria-hidden="true"
                style={{ position: 'relative', height: 14, background: colors.track }}
              >
                <span
                  style={{
                    position: 'absolute',
                    left: pct(r.min),
                    width: `max(2px, ${pct(r.max - r.min)})`,
                    top: 2,
                    bottom: 2,
                    background: colors.chart.seriesLight,
                    border: `1px solid ${colors.chart.series}`,
                  }}
                />
                <span
                  style={{
                    position: 'absolute',
                    left: pct(r.aggregate),
                    top: -2,
                    bottom: -2,
                    width: 3,
                    background: colors.ink,
                  }}
                />
              </span>
              <span className="trp-secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
                <span className="trp-sr-only">{label}</span>
                <span aria-hidden="true">
                  {formatPercent(lang, r.min)}–{formatPercent(lang, r.max)} ·{' '}
                  {formatPercent(lang, r.aggregate)}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
