import { Table, theme, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Locale, Region } from '../../../../contract/domain';
import type { IndicatorSummary } from '../../../../contract/evidence';
import type { CityCoverage } from '../../../../contract/regions';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../app/ErrorAlert';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

type Row = CityCoverage['cities'][number];

interface Props {
  regions: readonly Region[];
  indicators: readonly IndicatorSummary[];
  lang: Locale;
}

/** Per city and template indicator the newest year with a figure, or "missing". */
export function CityCoverageTable({ regions, indicators, lang }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const { data, error, reload } = useQuery('evidence:cityCoverage', {});
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const name = (code: string | null | undefined) => {
    const r = code ? byCode.get(code) : undefined;
    return r ? localName(r, lang) : (code ?? '');
  };
  const indicatorName = (code: string) => {
    const i = indicators.find((x) => x.code === code);
    return i ? localName(i, lang) : code;
  };
  const columns: ColumnsType<Row> = [
    {
      title: t('cities.coverage.city'),
      key: 'city',
      width: 150,
      render: (_: unknown, r) => name(r.code),
    },
    {
      title: t('cities.coverage.province'),
      key: 'province',
      width: 90,
      render: (_: unknown, r) => name(byCode.get(r.code)?.province),
    },
    ...(data?.indicators ?? []).map((code) => ({
      title: <span title={code}>{indicatorName(code)}</span>,
      key: code,
      width: 110,
      render: (_: unknown, r: Row) =>
        r.latest[code] === null ? (
          <span className="trp-secondary">{t('cities.coverage.missing')}</span>
        ) : (
          String(r.latest[code])
        ),
    })),
    {
      title: t('cities.coverage.missingCount'),
      key: 'missing',
      width: 80,
      align: 'right' as const,
      sorter: (a: Row, b: Row) => a.missing.length - b.missing.length,
      render: (_: unknown, r: Row) => (
        <span data-testid={`coverage-missing-${r.code}`}>{r.missing.length}</span>
      ),
    },
  ];
  return (
    <section aria-labelledby="city-coverage-title" style={{ marginBottom: token.margin }}>
      <Typography.Title level={5} id="city-coverage-title">
        {t('cities.coverage.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: space.xs }}>
        {t('cities.coverage.intro')}
      </Typography.Paragraph>
      {/* A plain scrolling frame: antd's scroll.x copies the header into an aria-hidden measure row. */}
      <div style={{ overflowX: 'auto' }}>
        <Table<Row>
          size="small"
          rowKey="code"
          columns={columns}
          dataSource={data?.cities ?? []}
          loading={!data}
          pagination={false}
          aria-label={t('cities.coverage.label')}
          data-testid="city-coverage"
        />
      </div>
    </section>
  );
}
