import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Locale, Region } from '../../../../contract/domain';
import type { ObservationsResult } from '../../../../contract/evidence';
import { formatNumber } from '../../format/number';
import { tableRows, type TableRow } from './evidence-model';
import { QualityFlags } from './QualityFlags';
import { localized, localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  result: ObservationsResult;
  regions: readonly Region[];
  lang: Locale;
}

/** Regions × years, sortable by region order or any year; flags sit on the cells and rows they concern. */
export function IndicatorTable({ result, regions, lang }: Props) {
  const { t } = useTranslation();
  const name = localName(result.indicator, lang);
  const rows = tableRows(result, regions, lang);
  const rowNotes = (region: string) => result.notes.filter((n) => n.region === region);
  const digits = result.cells.every((c) => Number.isInteger(c.value)) ? 0 : 2;

  const columns: ColumnsType<TableRow> = [
    {
      title: t('evidence.table.region'),
      dataIndex: 'name',
      key: 'region',
      width: 150,
      fixed: 'left',
      sorter: (a, b) => a.sort - b.sort,
      render: (_: string, row) => (
        <span>
          {row.isNortheast ? <strong>{row.name}</strong> : row.name}
          {row.isNortheast && (
            <span className="trp-secondary"> · {t('evidence.ranking.northeast')}</span>
          )}
        </span>
      ),
    },
    ...result.years.map((year) => ({
      title: String(year),
      key: String(year),
      align: 'right' as const,
      sorter: (a: TableRow, b: TableRow) =>
        (a.byYear[year]?.value ?? -Infinity) - (b.byYear[year]?.value ?? -Infinity),
      render: (_: unknown, row: TableRow) => {
        const c = row.byYear[year];
        if (!c) return <span className="trp-secondary">{t('evidence.table.empty')}</span>;
        const q = c.qualifier === 'exact' ? '' : `${t(`evidence.qualifier.${c.qualifier}`)} `;
        return (
          <span data-testid={`obs-${row.region}-${year}`}>
            {q}
            {formatNumber(lang, c.value, digits)}
            <QualityFlags flags={c.flags} lang={lang} />
          </span>
        );
      },
    })),
    {
      title: t('evidence.table.flags'),
      key: 'notes',
      render: (_: unknown, row: TableRow) => (
        <QualityFlags flags={rowNotes(row.region)} lang={lang} />
      ),
    },
  ];

  // A note about a region the table lacks (e.g. Yunnan missing from Table 3) still needs a place.
  const orphan = result.notes.filter(
    (n) => n.region === null || !rows.some((r) => r.region === n.region),
  );
  return (
    <div>
      <Table<TableRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 320 }}
        aria-label={t('evidence.table.label', { name })}
        data-testid="indicator-table"
      />
      {orphan.length > 0 && (
        <ul style={{ margin: `${space.xs}px 0`, paddingLeft: space.md, fontSize: 12 }}>
          {orphan.map((n, i) => (
            <li key={`${n.rule}-${i}`}>
              <QualityFlags flags={[n]} lang={lang} />{' '}
              {localized({ zh: n.messageZh, en: n.messageEn }, lang)}
            </li>
          ))}
        </ul>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
        {t('evidence.table.meaning')}
      </Typography.Paragraph>
    </div>
  );
}
