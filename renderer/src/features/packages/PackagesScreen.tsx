import { Alert, Spin, Table, Tag, theme, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Constraints, Locale, PackagesResult, Scenario } from '../../../../contract/domain';
import type { ConfirmTarget } from '../../app/use-scenario';
import { ConstraintsPanel } from './ConstraintsPanel';
import { formatNumber, localUnit } from '../../format/number';
import type { RankingState } from '../../ranking/use-ranking';
import { FrontierChart } from './FrontierChart';
import { MarginalChart } from './MarginalChart';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

type Row = PackagesResult['packages'][number] & { perCost: number | null };

interface Props {
  scenario: Scenario;
  lang: Locale;
  ranking: RankingState;
  onConstraintsChange(constraints: Constraints): Promise<void>;
  onConfirmDefaults(what: ConfirmTarget): Promise<void>;
}

/**
 * The constraints the planner sets, then the ranked packages (table), the cost–value scatter with
 * the frontier, and marginal contributions; the ranking follows every constraint edit.
 */
export function PackagesScreen({
  scenario,
  lang,
  ranking,
  onConstraintsChange,
  onConfirmDefaults,
}: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const { result } = ranking;
  const measureName = useMemo(() => {
    const map = new Map(scenario.measures.map((m) => [m.id, localName(m, lang)]));
    return (id: string) => map.get(id) ?? id;
  }, [scenario.measures, lang]);

  const rows: Row[] = useMemo(
    () =>
      (result?.packages ?? []).map((p) => ({
        ...p,
        perCost: p.cost > 0 ? p.value / p.cost : null,
      })),
    [result],
  );
  const unit = localUnit(scenario.measures[0]?.costUnit ?? '', lang);
  const c = scenario.constraints;

  const columns: TableColumnsType<Row> = [
    {
      title: t('packages.rank'),
      dataIndex: 'rank',
      key: 'rank',
      width: 70,
      sorter: (a, b) => a.rank - b.rank,
      defaultSortOrder: 'ascend',
    },
    {
      title: t('packages.measures'),
      key: 'measures',
      render: (_, p) =>
        p.measures.map((id) => (
          <Tooltip key={id} title={measureName(id)}>
            <Tag style={{ marginInlineEnd: space.xxs }}>{id}</Tag>
          </Tooltip>
        )),
    },
    {
      title: t('packages.value'),
      dataIndex: 'value',
      key: 'value',
      width: 100,
      align: 'right',
      sorter: (a, b) => a.value - b.value,
      render: (v: number) => formatNumber(lang, v, 3),
    },
    {
      title: `${t('packages.cost')} (${unit})`,
      dataIndex: 'cost',
      key: 'cost',
      width: 130,
      align: 'right',
      sorter: (a, b) => a.cost - b.cost,
      render: (v: number) => formatNumber(lang, v, 1),
    },
    {
      title: t('packages.valuePerCost'),
      dataIndex: 'perCost',
      key: 'perCost',
      width: 130,
      align: 'right',
      sorter: (a, b) => (a.perCost ?? Infinity) - (b.perCost ?? Infinity),
      render: (v: number | null) => (v === null ? '—' : formatNumber(lang, v, 4)),
    },
  ];

  return (
    <section aria-labelledby="trp-packages-title">
      <Typography.Title level={2} id="trp-packages-title" style={{ marginTop: 0, fontSize: 18 }}>
        {t('packages.title')}
      </Typography.Title>
      <ConstraintsPanel
        scenario={scenario}
        lang={lang}
        onChange={onConstraintsChange}
        onConfirmBudget={() => onConfirmDefaults('budget')}
      />
      {ranking.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: token.marginSM }}
          title={t('errors.rankFailed')}
          description={ranking.error.message}
        />
      )}
      {!result ? (
        <Spin description={t('app.computing')} />
      ) : (
        <>
          <Typography.Paragraph style={{ marginBottom: token.marginXXS }}>
            {t('packages.feasible')}:{' '}
            <strong data-testid="feasible-count">{result.feasibleCount}</strong>
            <span className="trp-secondary" data-testid="budget">
              {' · '}
              {t('packages.budget')}:{' '}
              {c.budget === null
                ? t('packages.noBudget')
                : `${formatNumber(lang, c.budget, 1)} ${unit}`}
            </span>
          </Typography.Paragraph>
          <Typography.Paragraph
            className="trp-secondary"
            style={{ marginBottom: 0 }}
            data-testid="ranking-basis"
          >
            {t('packages.basis', {
              method: t(`overview.checklist.method_${scenario.weighting.method}`),
            })}
          </Typography.Paragraph>
          <div aria-live="polite" style={{ minHeight: 20 }} className="trp-secondary">
            {ranking.computing ? t('packages.stale') : ''}
          </div>
          <div
            style={{ display: 'flex', gap: space.md, alignItems: 'flex-start', flexWrap: 'wrap' }}
          >
            <div style={{ flex: '1 1 520px', minWidth: 0 }}>
              {rows.length === 0 ? (
                <Alert type="info" title={t('packages.empty')} />
              ) : (
                <Table<Row>
                  rowKey={(p) => p.measures.join('+')}
                  size="small"
                  columns={columns}
                  dataSource={rows}
                  aria-label={t('packages.tableLabel')}
                  pagination={{ pageSize: 10, showSizeChanger: false, size: 'small' }}
                  onRow={(p) =>
                    ({
                      'data-testid': `package-row-${p.rank}`,
                    }) as React.HTMLAttributes<HTMLElement>
                  }
                />
              )}
            </div>
            <div style={{ flex: '1 1 380px', minWidth: 0 }}>
              <FrontierChart result={result} lang={lang} unit={unit} measureName={measureName} />
              <MarginalChart
                marginal={result.marginal}
                order={scenario.measures.map((m) => m.id)}
                lang={lang}
                measureName={measureName}
              />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
