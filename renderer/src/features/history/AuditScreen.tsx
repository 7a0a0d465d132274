import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import type { AuditEntry } from '../../../../contract/history';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../app/ErrorAlert';
import { ChangeList } from './ChangeList';
import { editWhat, formatWhen } from './edit-label';

const PAGE = 20;

/** Who changed what and when, newest first, paged on the host. */
export function AuditScreen({ lang }: { lang: Locale }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  // Re-read after every completed write, so an edit made a moment ago appears as it lands.
  const audit = useQuery('audit:list', { offset: (page - 1) * PAGE, limit: PAGE });
  const rows = audit.data?.entries ?? [];
  const total = audit.data?.total ?? 0;

  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t('history.audit.when'),
      key: 'at',
      width: 170,
      render: (_, e) => <time dateTime={e.at}>{formatWhen(lang, e.at)}</time>,
    },
    { title: t('history.audit.who'), dataIndex: 'user', key: 'user', width: 110 },
    {
      title: t('history.audit.scenario'),
      key: 'scenario',
      width: 150,
      render: (_, e) => e.scenarioName ?? '—',
    },
    {
      title: t('history.audit.what'),
      key: 'what',
      width: 170,
      render: (_, e) => <span data-testid={`audit-what-${e.id}`}>{editWhat(t, lang, e)}</span>,
    },
    {
      title: t('history.audit.change'),
      key: 'change',
      render: (_, e) => <ChangeList entry={e} lang={lang} />,
    },
    {
      title: t('history.audit.status'),
      key: 'status',
      width: 90,
      // A word, not just a colour, says whether the change still holds.
      render: (_, e) =>
        e.undone ? (
          <Tag color="default">{t('history.audit.undone')}</Tag>
        ) : (
          <Tag color="blue">{t('history.audit.live')}</Tag>
        ),
    },
  ];

  return (
    <section aria-labelledby="trp-audit-title">
      <Typography.Title level={2} id="trp-audit-title" style={{ fontSize: 18, marginTop: 0 }}>
        {t('history.audit.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('history.audit.intro')}</Typography.Paragraph>
      {audit.error && <ErrorAlert error={audit.error} onRetry={audit.reload} />}
      <Table<AuditEntry>
        data-testid="audit-table"
        className="trp-audit-table"
        rowKey="id"
        size="small"
        loading={audit.data === null && audit.loading}
        columns={columns}
        dataSource={rows}
        // At 200% zoom the table scrolls inside its frame rather than stacking headings a letter a line.
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total,
          showSizeChanger: false,
          showTotal: (n) => t('history.audit.total', { count: n }),
          onChange: setPage,
        }}
      />
    </section>
  );
}
