import { Alert, Button, Card, InputNumber, Progress, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Scenario } from '../../../../electron/contract/domain';
import type { PackageSmaaRow } from '../../../../engine/robustness/smaa-packages';
import { formatPercent } from '../../format/number';
import { scenarioToDecisionModel } from '../../model/scenario-model';
import { ExactRobustness } from './ExactRobustness';
import { useSmaa } from './use-smaa';

interface Props {
  scenario: Scenario;
  lang: Locale;
}

const SHOWN_RANKS = 5;
const SHOWN_PACKAGES = 8;

/** Heat-map cell shade; the number is always printed too (colour is never the only carrier). */
function shade(share: number): string {
  const light = Math.round(97 - share * 55);
  return `hsl(210 80% ${light}%)`;
}

/**
 * SMAA in a worker: seed and samples settable, progress + cancel, heat map, pBest, core shares;
 * below it the exact checks (tornado chart of the one-way sensitivity, RPM core index).
 */
export function RobustnessScreen({ scenario, lang }: Props) {
  const { t } = useTranslation();
  const [seed, setSeed] = useState(20260101);
  const [samples, setSamples] = useState(10_000);
  const smaa = useSmaa();
  const model = useMemo(() => scenarioToDecisionModel(scenario), [scenario]);
  const measureName = useMemo(
    () => new Map(scenario.measures.map((m) => [m.id, lang === 'zh' ? m.nameZh : m.nameEn])),
    [scenario.measures, lang],
  );
  const packageLabel = (measures: string[]) => measures.join(' + ') || '∅';
  const label = (p: PackageSmaaRow) => packageLabel(p.measures);
  const result = smaa.result;
  const rows = result
    ? [...result.packages].sort((a, b) => b.pBest - a.pBest).slice(0, SHOWN_PACKAGES)
    : [];
  const top = rows[0];

  const columns: TableColumnsType<PackageSmaaRow> = [
    { title: t('robustness.package'), key: 'p', render: (_, p) => label(p), width: 180 },
    {
      title: t('robustness.pBest'),
      key: 'best',
      width: 110,
      render: (_, p) => <strong>{formatPercent(lang, p.pBest)}</strong>,
    },
    ...Array.from({ length: Math.min(SHOWN_RANKS, result?.top ?? 0) }, (_, r) => ({
      title: t('robustness.rank', { rank: r + 1 }),
      key: `r${r}`,
      width: 90,
      onCell: (p: PackageSmaaRow) => ({
        style: { background: shade(p.rankAcceptability[r] ?? 0) },
      }),
      render: (_: unknown, p: PackageSmaaRow) => formatPercent(lang, p.rankAcceptability[r] ?? 0),
    })),
  ];

  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('robustness.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('robustness.intro')}</Typography.Paragraph>
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <label>
          {t('robustness.seed')}{' '}
          <InputNumber<number>
            min={0}
            max={2 ** 32 - 1}
            precision={0}
            value={seed}
            onChange={(v) => v !== null && setSeed(v)}
            data-testid="smaa-seed"
            style={{ width: 140 }}
          />
        </label>
        <label>
          {t('robustness.samples')}{' '}
          <InputNumber<number>
            min={100}
            max={200_000}
            step={1000}
            precision={0}
            value={samples}
            onChange={(v) => v !== null && setSamples(v)}
            data-testid="smaa-samples"
            style={{ width: 120 }}
          />
        </label>
        <Button
          type="primary"
          disabled={smaa.status === 'running'}
          onClick={() => smaa.run(model, samples, seed)}
          data-testid="smaa-run"
        >
          {t('robustness.run')}
        </Button>
        <Button
          disabled={smaa.status !== 'running'}
          onClick={smaa.cancel}
          data-testid="smaa-cancel"
        >
          {t('robustness.cancel')}
        </Button>
      </Space>
      {smaa.status === 'running' && (
        <Progress
          percent={Math.round(smaa.progress * 100)}
          aria-label={t('robustness.progress')}
          data-testid="smaa-progress"
        />
      )}
      {smaa.status === 'cancelled' && (
        <Alert
          type="info"
          showIcon
          title={t('robustness.cancelled')}
          data-testid="smaa-cancelled"
        />
      )}
      {smaa.error && <Alert type="error" showIcon title={smaa.error} />}
      {result && top && smaa.status !== 'running' && (
        <div data-testid="smaa-result">
          <Alert
            type="info"
            showIcon
            style={{ margin: '12px 0' }}
            title={
              <span data-testid="smaa-sentence">
                {t('robustness.best', {
                  share: formatPercent(lang, top.pBest, 0),
                  name: label(top),
                })}
              </span>
            }
            description={t('robustness.meta', {
              samples: result.samples,
              seed: result.seed,
              feasible: result.feasibleCount,
            })}
          />
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
          <Card size="small" title={t('robustness.coreTitle')} style={{ marginTop: 12 }}>
            <Typography.Paragraph type="secondary">{t('robustness.coreHint')}</Typography.Paragraph>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="smaa-core">
              {Object.entries(result.coreShare).map(([id, share]) => (
                <li
                  key={id}
                  style={{
                    display: 'grid',
                    gridTemplateColumns: '260px minmax(0, 1fr) 64px',
                    gap: 8,
                    alignItems: 'center',
                    marginBottom: 4,
                  }}
                >
                  <span>
                    {id} · {measureName.get(id) ?? id}
                  </span>
                  <span aria-hidden="true" style={{ background: '#f5f5f5', height: 14 }}>
                    <span
                      style={{
                        display: 'block',
                        height: 14,
                        width: `${share * 100}%`,
                        background: '#1677ff',
                      }}
                    />
                  </span>
                  <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatPercent(lang, share)}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      )}
      <ExactRobustness
        scenario={scenario}
        model={model}
        lang={lang}
        measureName={(id) => measureName.get(id) ?? id}
        packageLabel={packageLabel}
      />
    </div>
  );
}
