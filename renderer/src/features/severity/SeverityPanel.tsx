import { Alert, Button, Select, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Region, Scenario } from '../../../../electron/contract/domain';
import type { SeverityResult } from '../../../../electron/contract/evidence';
import { foldSeverityIntoWeights } from '../../../../engine/severity/severity';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatNumber } from '../../format/number';
import { SeverityBadge } from './SeverityBadge';

type CauseRow = SeverityResult['causes'][number];

interface Props {
  scenario: Scenario;
  regions: readonly Region[];
  lang: Locale;
  version: number;
  /** The scenario's own weight edit (saved, logged, undoable like any edit). */
  onWeightChange(causeId: string, weight: number): void;
}

/** Severity per cause for the chosen region, the indicators behind it, and "fold into weights". */
export function SeverityPanel({ scenario, regions, lang, version, onWeightChange }: Props) {
  const { t } = useTranslation();
  const [region, setRegion] = useState(scenario.regionCode);
  const [result, setResult] = useState<SeverityResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [folded, setFolded] = useState(false);

  useEffect(() => setRegion(scenario.regionCode), [scenario.regionCode]);
  useEffect(() => {
    let cancelled = false;
    call('evidence:severity', { regionCode: region })
      .then((r) => !cancelled && (setResult(r), setError(null)))
      .catch((e: unknown) => !cancelled && setError(toApiError(e)));
    return () => {
      cancelled = true;
    };
  }, [region, version]);

  const weights = useMemo(
    () => Object.fromEntries(scenario.causes.map((c) => [c.id, c.weight])),
    [scenario.causes],
  );
  const adjusted = useMemo(
    () =>
      result
        ? foldSeverityIntoWeights(
            weights,
            Object.fromEntries(result.causes.map((c) => [c.causeId, c.severity])),
          )
        : weights,
    [result, weights],
  );
  const name = (code: string) => {
    const r = regions.find((x) => x.code === code);
    return r ? (lang === 'zh' ? r.nameZh : r.nameEn) : code;
  };

  const fold = () => {
    for (const c of scenario.causes) {
      const w = adjusted[c.id];
      if (w !== undefined && Math.abs(w - c.weight) > 1e-12)
        onWeightChange(c.id, Number(w.toFixed(6)));
    }
    setFolded(true);
  };

  const num = (v: number) => formatNumber(lang, v, Number.isInteger(v) ? 0 : 1);
  const describe = (row: CauseRow) =>
    row.indicators.length === 0
      ? t('evidence.severity.noLink')
      : row.indicators
          .map((g) => {
            const ind = lang === 'zh' ? g.nameZh : g.nameEn;
            if (g.gap === null || g.value === null || g.referenceValue === null)
              return `${ind}: ${t('evidence.severity.noData')}`;
            const unit = lang === 'zh' ? g.unit : g.unitEn;
            const ref = `${t(`evidence.severity.basis.${g.referenceBasis ?? 'national-row'}`)}${g.referenceRegion ? ` ${name(g.referenceRegion)}` : ''} ${num(g.referenceValue)}`;
            return `${ind}: ${t('evidence.severity.vs', {
              value: `${num(g.value)} ${unit}`,
              reference: ref,
              year: g.year,
              basis: t(`evidence.severity.basis.${g.valueBasis ?? 'own'}`),
            })} → ${formatNumber(lang, g.gap, 2)}`;
          })
          .join('；');

  const totalWeight = scenario.causes.reduce((a, c) => a + c.weight, 0) || 1;
  return (
    <Space
      orientation="vertical"
      style={{ width: '100%' }}
      size="small"
      data-testid="severity-panel"
    >
      <Space>
        <label htmlFor="severity-region">{t('evidence.severity.region')}</label>
        <Select
          id="severity-region"
          value={region}
          onChange={(v) => (setRegion(v), setFolded(false))}
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={regions.map((r) => ({
            value: r.code,
            label: lang === 'zh' ? r.nameZh : r.nameEn,
          }))}
        />
      </Space>
      <Typography.Text strong>
        {t('evidence.severity.title', { region: name(region) })}
      </Typography.Text>
      <Typography.Paragraph style={{ margin: 0, fontSize: 12 }}>
        {t('evidence.severity.formula')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
        {t('evidence.severity.meaning')}
      </Typography.Paragraph>
      {error && <ErrorAlert error={error} />}
      {!result && !error && <Spin />}
      {result && (
        <Table<CauseRow>
          size="small"
          rowKey="causeId"
          pagination={false}
          dataSource={result.causes}
          data-testid="severity-table"
          columns={[
            {
              title: t('evidence.severity.cause'),
              key: 'cause',
              width: 200,
              render: (_: unknown, r) => `${r.causeId} ${lang === 'zh' ? r.nameZh : r.nameEn}`,
            },
            {
              title: t('evidence.severity.value'),
              key: 'sev',
              width: 170,
              render: (_: unknown, r) => <SeverityBadge severity={r.severity} lang={lang} />,
            },
            {
              title: t('evidence.severity.weight'),
              key: 'w',
              width: 90,
              align: 'right',
              render: (_: unknown, r) =>
                formatNumber(lang, ((weights[r.causeId] ?? 0) / totalWeight) * 100, 1) + '%',
            },
            {
              title: t('evidence.severity.adjusted'),
              key: 'a',
              width: 100,
              align: 'right',
              render: (_: unknown, r) =>
                formatNumber(lang, ((adjusted[r.causeId] ?? 0) / totalWeight) * 100, 1) + '%',
            },
            {
              title: t('evidence.severity.indicators'),
              key: 'ind',
              render: (_: unknown, r) => <span style={{ fontSize: 12 }}>{describe(r)}</span>,
            },
          ]}
        />
      )}
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('evidence.severity.foldRule')}
      </Typography.Paragraph>
      <Space>
        <Button type="primary" onClick={fold} disabled={!result} data-testid="severity-fold">
          {t('evidence.severity.fold')}
        </Button>
        {folded && <Alert type="success" showIcon title={t('evidence.severity.folded')} />}
      </Space>
    </Space>
  );
}
