import { Table, Tag, theme, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Locale, Region } from '../../../../contract/domain';
import type { GroupValues } from '../../../../contract/regions';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../app/ErrorAlert';
import { localized, localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

type Row = GroupValues['groups'][number];

interface Props {
  indicator: string;
  indicatorName: string;
  year: number | null;
  regions: readonly Region[];
  lang: Locale;
  formatValue(value: number): string;
}

/**
 * Each grouping's value for the map's indicator and year, formed from its members by the
 * indicator's rule; a value missing some members is tagged incomplete and names them.
 */
export function GroupValuesTable({
  indicator,
  indicatorName,
  year,
  regions,
  lang,
  formatValue,
}: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const { data, error, reload } = useQuery('evidence:groupValues', { indicator, year });
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return null;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const name = (code: string) => {
    const r = byCode.get(code);
    return r ? localName(r, lang) : code;
  };
  const list = (codes: readonly string[]) =>
    codes.map(name).join(localized({ zh: '、', en: ', ' }, lang));
  const columns: ColumnsType<Row> = [
    { title: t('maps.groupValues.group'), key: 'group', render: (_: unknown, g) => name(g.code) },
    {
      title: t('maps.groupValues.value'),
      key: 'value',
      align: 'right',
      render: (_: unknown, g) => (
        <span data-testid={`group-value-${g.code}`}>
          {g.value === null ? t('maps.groupValues.none') : formatValue(g.value)}
          {g.value !== null && !g.complete && (
            <Tag color="orange" style={{ marginInlineStart: space.xs }}>
              {t('maps.groupValues.incomplete')}
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: t('maps.groupValues.counted'),
      key: 'counted',
      align: 'right',
      render: (_: unknown, g) => `${g.reporting.length} / ${g.members.length}`,
    },
    {
      title: t('maps.groupValues.missing'),
      key: 'missing',
      render: (_: unknown, g) => (
        <span data-testid={`group-missing-${g.code}`}>
          {list(g.missing)}
          {g.missingWeights.length > 0 &&
            ` ${t('maps.groupValues.noWeight', { names: list(g.missingWeights) })}`}
        </span>
      ),
    },
  ];
  return (
    <section aria-labelledby="group-values-title" style={{ marginTop: token.marginSM }}>
      <Typography.Title level={5} id="group-values-title" style={{ margin: `0 0 ${space.xxs}px` }}>
        {t('maps.groupValues.title', { name: indicatorName, year: year ?? '—' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: `0 0 ${space.xs}px` }}>
        {t(`maps.groupValues.intro.${data.aggregation}`)}
      </Typography.Paragraph>
      {data.aggregation !== 'none' && (
        <Table<Row>
          size="small"
          rowKey="code"
          columns={columns}
          dataSource={data.groups}
          pagination={false}
          aria-label={t('maps.groupValues.label')}
          data-testid="group-values"
        />
      )}
      {data.empty.length > 0 && (
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 12, margin: `${space.xs}px 0 0` }}
        >
          {t('maps.groupValues.empty', { names: list(data.empty) })}
        </Typography.Paragraph>
      )}
    </section>
  );
}
