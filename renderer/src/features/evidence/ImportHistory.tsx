import { Button, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportLogEntry } from '../../../../electron/contract/evidence';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';

/** The import log, newest first, each active import with an Undo button. */
export function ImportHistory({ version, onChanged }: { version: number; onChanged(): void }) {
  const { t } = useTranslation();
  const [log, setLog] = useState<ImportLogEntry[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    call('evidence:imports', {})
      .then((l) => !cancelled && setLog(l))
      .catch((e: unknown) => !cancelled && setError(toApiError(e)));
    return () => {
      cancelled = true;
    };
  }, [version]);

  const undo = async (importId: number) => {
    setBusy(importId);
    setError(null);
    try {
      await call('evidence:importUndo', { importId });
      onChanged();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="import-history-title">
      <Typography.Title level={5} id="import-history-title" style={{ marginTop: 8 }}>
        {t('evidence.import.history')}
      </Typography.Title>
      {error && <ErrorAlert error={error} />}
      <Table<ImportLogEntry>
        size="small"
        rowKey="id"
        data-testid="import-history"
        pagination={log.length > 6 ? { pageSize: 6, size: 'small' } : false}
        locale={{ emptyText: t('evidence.import.empty') }}
        dataSource={log}
        columns={[
          { title: '#', dataIndex: 'id', key: 'id', width: 50 },
          {
            title: t('evidence.import.at'),
            dataIndex: 'at',
            key: 'at',
            width: 180,
            render: (v: string) => v.replace('T', ' ').slice(0, 19),
          },
          { title: t('evidence.import.file'), dataIndex: 'fileName', key: 'file', ellipsis: true },
          { title: t('evidence.import.user'), dataIndex: 'user', key: 'user', width: 100 },
          {
            title: t('evidence.import.counts'),
            key: 'counts',
            width: 110,
            render: (_: unknown, r) => `${r.inserted} / ${r.updated}`,
          },
          {
            title: t('evidence.import.status'),
            key: 'status',
            width: 150,
            render: (_: unknown, r) =>
              r.undone ? (
                <Tag>{t('evidence.import.undone')}</Tag>
              ) : (
                <span>
                  <Tag color="green">{t('evidence.import.active')}</Tag>
                  <Button
                    size="small"
                    onClick={() => void undo(r.id)}
                    loading={busy === r.id}
                    data-testid={`import-undo-${r.id}`}
                  >
                    {t('evidence.import.undo')}
                  </Button>
                </span>
              ),
          },
        ]}
      />
    </section>
  );
}
