import { EditOutlined } from '@ant-design/icons';
import { Button, Table, theme, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_MEASURE_COST,
  type Locale,
  type Measure,
  type Scenario,
} from '../../../../contract/domain';
import { IllustrativeTag } from '../../app/IllustrativeTag';
import { provenanceText } from '../../app/provenance';
import type { MeasureCostEdit } from '../../app/use-scenario';
import { formatNumber, formatUpTo, localUnit } from '../../format/number';
import { MeasureCostDialog } from './MeasureCostDialog';
import { localized, localName } from '../../i18n/localized';

interface Props {
  scenario: Scenario;
  lang: Locale;
  onSave(measureId: string, cost: MeasureCostEdit): Promise<void>;
  onKeep(measureId: string): Promise<void>;
}

/** Each measure's cost range, years to effect and lead agency with where they came from; Edit opens the form. */
export function MeasureCostsTable({ scenario, lang, onSave, onKeep }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Measure | null>(null);
  const unit = localUnit(scenario.measures[0]?.costUnit ?? '', lang);
  const name = (m: Measure) => `${m.id} ${localName(m, lang)}`;
  const money = (v: number) => formatUpTo(lang, v, 2);
  const num = { align: 'right' as const, width: 84 };

  const columns: TableColumnsType<Measure> = [
    { title: t('costs.measure'), key: 'measure', render: (_, m) => name(m) },
    {
      ...num,
      title: t('costs.unitColumn', { name: t('costs.low'), unit }),
      key: 'low',
      render: (_, m) => money(m.costLow),
    },
    {
      ...num,
      title: t('costs.unitColumn', { name: t('costs.likely'), unit }),
      key: 'likely',
      render: (_, m) => <strong>{money(m.costLikely)}</strong>,
    },
    {
      ...num,
      title: t('costs.unitColumn', { name: t('costs.high'), unit }),
      key: 'high',
      render: (_, m) => money(m.costHigh),
    },
    {
      ...num,
      title: t('costs.years'),
      key: 'years',
      render: (_, m) => formatUpTo(lang, m.yearsToEffect, 1),
    },
    {
      title: t('costs.leadAgency'),
      key: 'lead',
      render: (_, m) => localized({ zh: m.leadAgencyZh, en: m.leadAgencyEn }, lang),
    },
    {
      title: t('costs.provenance'),
      key: 'provenance',
      width: 170,
      render: (_, m) =>
        m.costProvenance.kind === 'default' ? (
          <IllustrativeTag />
        ) : (
          <span data-testid={`cost-provenance-${m.id}`}>
            {provenanceText(t, lang, m.costProvenance)}
          </span>
        ),
    },
    {
      title: <span className="trp-sr-only">{t('costs.edit')}</span>,
      key: 'edit',
      width: 88,
      render: (_, m) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t('costs.editLabel', { measure: name(m) })}
          data-testid={`edit-cost-${m.id}`}
          onClick={() => setEditing(m)}
        >
          {t('costs.edit')}
        </Button>
      ),
    },
  ];

  return (
    <section aria-labelledby="trp-costs-title" style={{ marginTop: token.margin }}>
      <Typography.Title level={3} id="trp-costs-title" style={{ fontSize: 15 }}>
        {t('costs.tableTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('costs.tableIntro', { max: formatNumber(lang, MAX_MEASURE_COST, 0), unit })}
      </Typography.Paragraph>
      <div className="trp-scroll-frame">
        <Table<Measure>
          rowKey="id"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={scenario.measures}
          aria-label={t('costs.tableLabel')}
          style={{ minWidth: 760 }}
          onRow={(m) =>
            ({
              'data-testid': `cost-row-${m.id}`,
              'data-provenance': m.costProvenance.kind,
            }) as React.HTMLAttributes<HTMLElement>
          }
        />
      </div>
      {editing && (
        <MeasureCostDialog
          measure={editing}
          title={t('costs.dialogTitle', { measure: name(editing) })}
          lang={lang}
          unit={unit}
          onSave={(cost) => onSave(editing.id, cost)}
          onKeep={() => onKeep(editing.id)}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
