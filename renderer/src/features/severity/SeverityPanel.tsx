import { Alert, Button, Select, Space, Spin, Table, Typography } from 'antd';
import type { TableColumnType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Region, Scenario } from '../../../../contract/domain';
import { foldSeverityIntoWeights } from '../../../../engine/severity';
import { useQuery } from '../../api/use-query';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatNumber } from '../../format/number';
import { scenarioRegionOptions } from '../maps/region-options';
import { LinkIndicatorButton } from './LinkIndicatorDialog';
import { ReferencePicker } from './ReferencePicker';
import { SeverityBadge } from './SeverityBadge';
import { severityIndicatorLines, type SeverityCauseRow } from './severity-text';
import { foldSeverityOnHost } from './use-cause-severity';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

type CauseRow = SeverityCauseRow;

interface Props {
  scenario: Scenario;
  regions: readonly Region[];
  lang: Locale;
}

/** Severity per cause for the chosen region, the indicators behind it, and "fold into weights". */
export function SeverityPanel({ scenario, regions, lang }: Props) {
  const { t } = useTranslation();
  const [region, setRegion] = useState(scenario.regionCode);
  // The scenario's own region is read against the reference the scenario chose.
  const own = region === scenario.regionCode;
  const { data: result, error: readError } = useQuery(
    'evidence:severity',
    own ? { scenarioId: scenario.id } : { regionCode: region },
  );
  const [foldError, setFoldError] = useState<ApiError | null>(null);
  const error = foldError ?? readError;
  const [folded, setFolded] = useState(false);

  useEffect(() => setRegion(scenario.regionCode), [scenario.regionCode]);

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
    return r ? localName(r, lang) : code;
  };

  // One grouped edit on the host, so one Ctrl+Z reverts the whole fold.
  const fold = () => {
    if (!result) return;
    const rows = new Map(result.causes.map((c) => [c.causeId, c]));
    foldSeverityOnHost(scenario.id, weights, rows)
      .then(() => (setFolded(true), setFoldError(null)))
      .catch((e: unknown) => setFoldError(toApiError(e)));
  };

  const totalWeight = scenario.causes.reduce((a, c) => a + c.weight, 0) || 1;
  // The weights before and after the fold, each as a share of the planner's total.
  const shareColumn = (
    title: string,
    key: string,
    width: number,
    values: Record<string, number>,
  ): TableColumnType<CauseRow> => ({
    title,
    key,
    width,
    align: 'right',
    render: (_: unknown, r) =>
      formatNumber(lang, ((values[r.causeId] ?? 0) / totalWeight) * 100, 1) + '%',
  });
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
          options={scenarioRegionOptions(regions, lang, t)}
        />
      </Space>
      {own && <ReferencePicker scenario={scenario} regions={regions} lang={lang} />}
      {result?.comparison.note && (
        <Alert type="info" showIcon title={result.comparison.note[lang]} />
      )}
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
              render: (_: unknown, r) => `${r.causeId} ${localName(r, lang)}`,
            },
            {
              title: t('evidence.severity.value'),
              key: 'sev',
              width: 170,
              render: (_: unknown, r) => (
                <SeverityBadge severity={r.severity} linked={r.indicators.length > 0} lang={lang} />
              ),
            },
            shareColumn(t('evidence.severity.weight'), 'w', 90, weights),
            shareColumn(t('evidence.severity.adjusted'), 'a', 100, adjusted),
            {
              title: t('evidence.severity.indicators'),
              key: 'ind',
              render: (_: unknown, r) => (
                <div style={{ fontSize: 12 }} data-testid={`severity-indicators-${r.causeId}`}>
                  {r.indicators.length > 0 && (
                    <ul style={{ margin: 0, paddingInlineStart: space.md }}>
                      {severityIndicatorLines(t, lang, r).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                  <LinkIndicatorButton
                    row={r}
                    causeName={`${r.causeId} ${localName(r, lang)}`}
                    lang={lang}
                  />
                </div>
              ),
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
