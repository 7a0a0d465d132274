import { Alert, InputNumber, Slider, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cause, Locale, Scenario } from '../../../../electron/contract/domain';
import { formatNumber, formatPercent } from '../../format/number';
import { weightShares } from '../../model/scenario-model';
import { markWeightInput } from '../../perf/interaction-marks';
import { severityIndicatorLines } from '../severity/severity-text';
import { useCauseSeverity } from '../severity/use-cause-severity';
import { CauseSeverityCell } from './CauseSeverityCell';
import { RankingPreview } from './RankingPreview';
import { SeverityFoldBar } from './SeverityFoldBar';

interface Props {
  scenario: Scenario;
  lang: Locale;
  onWeightChange(causeId: string, weight: number): void;
}

const MAX_WEIGHT = 10;

/** Per cause: names, paper section, slider + number for the raw weight, normalised share and bar. */
export function WeightsScreen({ scenario, lang, onWeightChange }: Props) {
  const { t } = useTranslation();
  const shares = useMemo(() => weightShares(scenario.causes), [scenario.causes]);
  const total = scenario.causes.reduce((s, c) => s + c.weight, 0);
  const severity = useCauseSeverity(scenario.regionCode, lang);

  const columns: TableColumnsType<Cause> = [
    {
      title: t('weights.cause'),
      key: 'name',
      render: (_, c) => (
        <div>
          <Typography.Text strong>
            {c.id} · {lang === 'zh' ? c.nameZh : c.nameEn}
          </Typography.Text>
          <div className="trp-secondary">{lang === 'zh' ? c.nameEn : c.nameZh}</div>
        </div>
      ),
    },
    { title: t('weights.section'), dataIndex: 'paperSection', key: 'section', width: 90 },
    {
      title: t('weights.weight'),
      key: 'weight',
      width: 300,
      render: (_, c) => {
        const name = lang === 'zh' ? c.nameZh : c.nameEn;
        return (
          <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
            <Slider
              style={{ flex: 1 }}
              min={0}
              max={MAX_WEIGHT}
              step={0.1}
              value={Math.min(c.weight, MAX_WEIGHT)}
              onChange={(v: number) => {
                markWeightInput();
                onWeightChange(c.id, v);
              }}
              ariaLabelForHandle={t('weights.sliderLabel', { name })}
              data-testid={`weight-slider-${c.id}`}
            />
            <InputNumber<number>
              min={0}
              max={MAX_WEIGHT}
              step={0.1}
              precision={1}
              value={c.weight}
              style={{ width: 72 }}
              onChange={(v) => {
                if (v !== null && Number.isFinite(v)) onWeightChange(c.id, v);
              }}
              aria-label={t('weights.inputLabel', { name })}
              data-testid={`weight-input-${c.id}`}
            />
          </div>
        );
      },
    },
    {
      title: t('weights.share'),
      key: 'share',
      width: 100,
      align: 'right',
      render: (_, c) => (
        <span data-testid={`weight-share-${c.id}`}>{formatPercent(lang, shares[c.id] ?? 0)}</span>
      ),
    },
    {
      title: t('weightsSeverity.column'),
      key: 'severity',
      width: 170,
      render: (_, c) => (
        <CauseSeverityCell
          causeName={`${c.id} ${lang === 'zh' ? c.nameZh : c.nameEn}`}
          row={severity.byCause.get(c.id)}
          regionCode={scenario.regionCode}
          lang={lang}
          regionName={severity.regionName}
        />
      ),
    },
    {
      title: t('weights.bar'),
      key: 'bar',
      width: 160,
      render: (_, c) => (
        <div className="trp-share-bar" aria-hidden="true">
          <div style={{ width: `${Math.round((shares[c.id] ?? 0) * 1000) / 10}%` }} />
        </div>
      ),
    },
  ];

  return (
    <section aria-labelledby="trp-weights-title">
      <Typography.Title level={2} id="trp-weights-title" style={{ marginTop: 0, fontSize: 18 }}>
        {t('weights.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('weights.intro')}</Typography.Paragraph>
      <SeverityFoldBar scenario={scenario} severity={severity} />
      {total <= 0 && (
        <Alert type="warning" showIcon title={t('weights.allZero')} style={{ marginBottom: 12 }} />
      )}
      <Table<Cause>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={scenario.causes}
        // Below its natural width (200% zoom) the table scrolls in its frame; the cause names stay readable.
        scroll={{ x: 1100 }}
        onRow={(c) => ({ 'data-testid': `cause-row-${c.id}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          columnTitle: <span className="trp-sr-only">{t('weights.showText')}</span>,
          expandedRowRender: (c) => {
            const sev = severity.byCause.get(c.id);
            return (
              <>
                <Typography.Paragraph style={{ margin: 0, maxWidth: 900 }}>
                  {lang === 'zh' ? c.textZh : c.textEn}
                  <br />
                  <span className="trp-secondary">{lang === 'zh' ? c.textEn : c.textZh}</span>
                </Typography.Paragraph>
                {sev && (
                  <div style={{ marginTop: 6 }} data-testid={`weight-severity-detail-${c.id}`}>
                    <Typography.Text strong style={{ fontSize: 12 }}>
                      {t('weightsSeverity.column')} · {severity.regionName(scenario.regionCode)}
                    </Typography.Text>
                    <ul style={{ margin: 0, paddingInlineStart: 18, fontSize: 12 }}>
                      {severityIndicatorLines(t, lang, sev, severity.regionName).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </>
            );
          },
          expandIcon: ({ expanded, onExpand, record }) => (
            <button
              type="button"
              aria-expanded={expanded}
              aria-label={`${t('weights.showText')}: ${lang === 'zh' ? record.nameZh : record.nameEn}`}
              onClick={(e) => onExpand(record, e)}
              style={{
                border: '1px solid #d9d9d9',
                background: '#fff',
                borderRadius: 4,
                width: 20,
                height: 20,
                padding: 0,
                cursor: 'pointer',
              }}
            >
              {expanded ? '−' : '+'}
            </button>
          ),
        }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} />
            <Table.Summary.Cell index={1}>{t('weights.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
            <Table.Summary.Cell index={3}>{formatNumber(lang, total, 1)}</Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              {formatPercent(lang, total > 0 ? 1 : 0)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} />
            <Table.Summary.Cell index={6} />
          </Table.Summary.Row>
        )}
      />
      <RankingPreview scenario={scenario} lang={lang} />
    </section>
  );
}
