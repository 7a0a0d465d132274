import { Button, Table, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportLogEntry } from '../../../../contract/evidence';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';

/** The import log, newest first, each active import with an Undo button. */
export function ImportHistory({ onChanged }: { onChanged(): void }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  // Re-read after every completed write (an import, an undo) through the stored-data signal.
  const imports = useQuery('evidence:imports', {});
  const log: ImportLogEntry[] = imports.data ?? [];
  const [undoError, setUndoError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const error = undoError ?? imports.error;

  const undo = async (importId: number) => {
    setBusy(importId);
    setUndoError(null);
    try {
      await call('evidence:importUndo', { importId });
      onChanged();
    } catch (e) {
      setUndoError(toApiError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="import-history-title">
      <Typography.Title level={5} id="import-history-title" style={{ marginTop: token.marginXS }}>
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
