import { Button, Card, Progress, Space, Table, theme, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import type { Locale, Scenario } from '../../../../contract/domain';
import type { DecisionModel } from '../../../../engine/model';
import type { PackageSmaaRow } from '../../../../engine/robustness';
import { CORE_SHARE_MEANING } from '../../../../engine/verdict';
import type { ScenarioRobustness } from '../../analysis/use-scenario-robustness';
import { useVerdictText } from '../../analysis/verdict-sentences';
import { formatPercent } from '../../format/number';
import { RobustnessVerdict } from '../overview/RobustnessVerdict';
import { BasisSettings } from './BasisSettings';
import { ExactRobustness } from './ExactRobustness';
import { PairwiseWinning } from './PairwiseWinning';
import { localName } from '../../i18n/localized';
import { ShareBar } from './ShareBar';
import { space } from '../../app/spacing';

interface Props {
  scenario: Scenario;
  model: DecisionModel;
  lang: Locale;
  /** The window's one robustness run (the overview shows the same). */
  robustness: ScenarioRobustness | null;
}

const SHOWN_RANKS = 5;
const SHOWN_PACKAGES = 8;

/** Heat-map cell shade; the number is always printed too (colour is never the only carrier). */
function shade(share: number): string {
  const light = Math.round(97 - share * 55);
  return `hsl(210 80% ${light}%)`;
}

/**
 * The scenario's weight-uncertainty basis and SMAA settings (saved with the scenario, used by
 * every robustness figure and the briefing), the verdict, the rank-acceptability heat map and
 * core shares; below, the exact checks over the same basis (tornado, core index).
 */
export function RobustnessScreen({ scenario, model, lang, robustness }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const text = useVerdictText(scenario, robustness);
  const measureName = useMemo(
    () => new Map(scenario.measures.map((m) => [m.id, localName(m, lang)])),
    [scenario.measures, lang],
  );
  const packageLabel = (measures: readonly string[]) => measures.join(' + ') || '∅';
  // Every Monte-Carlo figure carries its standard error, on hover and on keyboard focus.
  const withSe = (share: number, se: number | undefined) => (
    <Tooltip title={t('robustness.seTooltip', { se: formatPercent(lang, se ?? 0, 1) })}>
      <span tabIndex={0}>{formatPercent(lang, share)}</span>
    </Tooltip>
  );
  const label = (p: PackageSmaaRow) => packageLabel(p.measures);
  const result = robustness?.smaa ?? null;
  const rows = result
    ? [...result.packages].sort((a, b) => b.pBest - a.pBest).slice(0, SHOWN_PACKAGES)
    : [];

  const columns: TableColumnsType<PackageSmaaRow> = [
    { title: t('robustness.package'), key: 'p', render: (_, p) => label(p), width: 180 },
    {
      title: t('robustness.pBest'),
      key: 'best',
      width: 110,
      render: (_, p) => <strong>{withSe(p.pBest, p.pBestSE)}</strong>,
    },
    ...Array.from({ length: Math.min(SHOWN_RANKS, result?.top ?? 0) }, (_, r) => ({
      title: t('robustness.rank', { rank: r + 1 }),
      key: `r${r}`,
      width: 90,
      onCell: (p: PackageSmaaRow) => ({
        style: { background: shade(p.rankAcceptability[r] ?? 0) },
      }),
      render: (_: unknown, p: PackageSmaaRow) =>
        withSe(p.rankAcceptability[r] ?? 0, p.rankAcceptabilitySE[r]),
    })),
  ];

  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('robustness.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('robustness.intro')}</Typography.Paragraph>
      <BasisSettings scenario={scenario} basis={robustness?.basis ?? null} lang={lang} />
      {robustness && text && (
        <Card size="small" style={{ margin: `${space.sm}px 0` }} data-testid="smaa-verdict">
          <RobustnessVerdict robustness={robustness} text={text} lang={lang} />
          <Space style={{ marginTop: token.marginXS }}>
            {/* Shown only while a run is going: a greyed-out Cancel says nothing and, fading
                between states, reads as low-contrast text. */}
            {robustness.status === 'running' && (
              <Button onClick={robustness.cancel} data-testid="smaa-cancel">
                {t('robustness.cancel')}
              </Button>
            )}
            {(robustness.status === 'cancelled' || robustness.status === 'error') && (
              <Button onClick={robustness.rerun} data-testid="smaa-run">
                {t('robustness.run')}
              </Button>
            )}
          </Space>
          {robustness.status === 'running' && (
            <Progress
              percent={Math.round(robustness.progress * 100)}
              aria-label={t('robustness.progress')}
              data-testid="smaa-progress"
            />
          )}
          {robustness.status === 'cancelled' && (
            <Typography.Paragraph
              data-testid="smaa-cancelled"
              style={{ marginTop: token.marginXS }}
            >
              {t('robustness.cancelled')}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {result && (
        <div data-testid="smaa-result">
          <Typography.Paragraph type="secondary" data-testid="smaa-meta">
            {t('robustness.meta', {
              samples: result.samples,
              seed: result.seed,
              feasible: result.feasibleCount,
            })}
          </Typography.Paragraph>
          <Card size="small" title={t('robustness.heatTitle')}>
            <Typography.Paragraph type="secondary">{t('robustness.heatHint')}</Typography.Paragraph>
            <Table<PackageSmaaRow>
              size="small"
              rowKey={(p) => label(p)}
              columns={columns}
              dataSource={rows}
              pagination={false}
              data-testid="smaa-heatmap"
            />
          </Card>
          <PairwiseWinning result={result} lang={lang} packageLabel={packageLabel} />
          <Card
            size="small"
            title={t('robustness.coreTitle')}
            style={{ marginTop: token.marginSM }}
          >
            <Typography.Paragraph type="secondary" data-testid="core-share-definition">
              {CORE_SHARE_MEANING[lang]}
            </Typography.Paragraph>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="smaa-core">
              {Object.entries(result.coreShare).map(([id, share]) => (
                <li
                  key={id}
                  style={{
                    display: 'grid',
                    gridTemplateColumns: 'minmax(0, 260px) minmax(0, 1fr) 64px',
                    gap: space.xs,
                    alignItems: 'center',
                    marginBottom: space.xxs,
                  }}
                >
                  <span>
                    {id} · {measureName.get(id) ?? id}
                  </span>
                  <ShareBar share={share} fill={colors.chart.series} />
                  <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {withSe(share, result.coreShareSE[id])}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      )}
      {robustness && (
        <ExactRobustness
          scenario={scenario}
          model={model}
          lang={lang}
          basis={robustness.basis}
          measureName={(id) => measureName.get(id) ?? id}
          packageLabel={packageLabel}
        />
      )}
    </div>
  );
}
