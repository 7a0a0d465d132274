import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import { formatPercent } from '../../format/number';
import type { TornadoRow } from './tornado-model';

interface Props {
  rows: TornadoRow[];
  lang: Locale;
  causeName(id: string): string;
  packageLabel(measures: string[]): string;
}

/** The tornado chart's numbers as a table, for the keyboard, screen readers and exact reading. */
export function TornadoTable({ rows, lang, causeName, packageLabel }: Props) {
  const { t } = useTranslation();
  const p = (v: number) => formatPercent(lang, v);
  const columns: TableColumnsType<TornadoRow> = [
    {
      title: t('robustness.colCause'),
      key: 'cause',
      render: (_, r) => `${r.causeId} ${causeName(r.causeId)}`,
    },
    { title: t('robustness.colWeight'), key: 'w', width: 90, render: (_, r) => p(r.weight) },
    { title: t('robustness.colLower'), key: 'lo', width: 90, render: (_, r) => p(r.lower) },
    { title: t('robustness.colUpper'), key: 'hi', width: 90, render: (_, r) => p(r.upper) },
    {
      title: t('robustness.colBelow'),
      key: 'below',
      render: (_, r) => (r.belowBest ? packageLabel(r.belowBest) : t('robustness.tornadoNoBelow')),
    },
    {
      title: t('robustness.colAbove'),
      key: 'above',
      render: (_, r) => (r.aboveBest ? packageLabel(r.aboveBest) : t('robustness.tornadoNoAbove')),
    },
  ];
  return (
    <Table<TornadoRow>
      size="small"
      rowKey="causeId"
      columns={columns}
      dataSource={rows}
      pagination={false}
      aria-label={t('robustness.tornadoTable')}
      data-testid="tornado-table"
    />
  );
}
