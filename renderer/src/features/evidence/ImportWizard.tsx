import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Table, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssueView, ImportReportView } from '../../../../electron/contract/evidence';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { bytesToBase64 } from './base64';
import { ImportHistory } from './ImportHistory';

const MAX_BYTES = 20 * 1024 * 1024;

interface Props {
  version: number;
  /** Called after a commit or an undo so charts and tables re-read the database. */
  onChanged(): void;
}

interface Picked {
  fileName: string;
  bytesBase64: string;
}

/** Choose a file → host dry run → report → commit (only without errors) → history with undo. */
export function ImportWizard({ version, onChanged }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [report, setReport] = useState<ImportReportView | null>(null);
  const [reportFile, setReportFile] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    setReport(null);
    setMessage(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setMessage(t('evidence.import.tooLarge'));
      return;
    }
    setBusy(true);
    try {
      const p = {
        fileName: file.name,
        bytesBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
      };
      setPicked(p);
      setReport(await call('evidence:importPreview', p));
      setReportFile(file.name);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
      // The same file chosen again (after fixing it) must fire onChange again.
      if (input.current) input.current.value = '';
    }
  };

  const commit = async () => {
    if (!picked) return;
    setBusy(true);
    try {
      const r = await call('evidence:importCommit', picked);
      setReport(r);
      if (r.committed) {
        setMessage(t('evidence.import.committed', r));
        setPicked(null);
        onChanged();
      }
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const issueColumns = [
    { title: t('evidence.import.line'), dataIndex: 'line', key: 'line', width: 60 },
    { title: t('evidence.import.column'), dataIndex: 'column', key: 'column', width: 110 },
    {
      title: t('evidence.import.value'),
      dataIndex: 'value',
      key: 'value',
      width: 140,
      ellipsis: true,
    },
    { title: t('evidence.import.rule'), dataIndex: 'rule', key: 'rule', width: 150 },
    { title: t('evidence.import.message'), dataIndex: 'message', key: 'message' },
  ];
  const issueTable = (kind: 'errors' | 'warnings', rows: ImportIssueView[]) =>
    rows.length > 0 && (
      <div data-testid={`import-${kind}`}>
        <Typography.Text strong type={kind === 'errors' ? 'danger' : 'warning'}>
          {t(`evidence.import.${kind}Title`, { n: rows.length })}
        </Typography.Text>
        <Table<ImportIssueView>
          size="small"
          rowKey={(r) => `${r.line}|${r.column}|${r.rule}|${r.value}`}
          columns={issueColumns}
          dataSource={rows}
          pagination={rows.length > 8 ? { pageSize: 8, size: 'small' } : false}
        />
      </div>
    );

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="small">
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('evidence.import.intro')}
      </Typography.Paragraph>
      <Space>
        <input
          ref={input}
          id="evidence-import-file"
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('evidence.import.fileLabel')}
          data-testid="import-file"
          style={{ display: 'none' }}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} disabled={busy}>
          {t('evidence.import.choose')}
        </Button>
        {picked && <Typography.Text code>{picked.fileName}</Typography.Text>}
        {busy && (
          <Spin
            size="small"
            description={t('evidence.import.parsing')}
            data-testid="import-progress"
          />
        )}
      </Space>
      {error && <ErrorAlert error={error} />}
      {message && (
        <Alert
          type={report?.committed ? 'success' : 'warning'}
          showIcon
          title={message}
          data-testid="import-message"
        />
      )}
      {report && (
        <div data-testid="import-report" data-file={reportFile} data-committed={report.committed}>
          <Space wrap>
            <Tag>{t('evidence.import.format', { format: report.format.toUpperCase() })}</Tag>
            {report.encoding && (
              <Tag data-testid="import-encoding">
                {t('evidence.import.encoding', { encoding: report.encoding.toUpperCase() })}
              </Tag>
            )}
            <Tag>{t('evidence.import.rows', { rows: report.rows })}</Tag>
            <Tag>{t('evidence.import.accepted', { n: report.accepted })}</Tag>
          </Space>
          {!report.committed &&
            (report.errors.length > 0 ? (
              <Alert
                type="error"
                showIcon
                title={t('evidence.import.hasErrors')}
                style={{ margin: '6px 0' }}
              />
            ) : (
              <Alert
                type="success"
                showIcon
                title={t('evidence.import.noIssues')}
                style={{ margin: '6px 0' }}
              />
            ))}
          {report.truncated && (
            <Typography.Text type="secondary">{t('evidence.import.truncated')}</Typography.Text>
          )}
          {issueTable('errors', report.errors)}
          {issueTable('warnings', report.warnings)}
          {!report.committed && (
            <Button
              type="primary"
              onClick={() => void commit()}
              disabled={busy || report.errors.length > 0 || report.accepted === 0 || !picked}
              data-testid="import-commit"
            >
              {t('evidence.import.commit')}
            </Button>
          )}
        </div>
      )}
      <ImportHistory version={version} onChanged={onChanged} />
    </Space>
  );
}
