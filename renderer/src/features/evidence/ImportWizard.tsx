import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Space, Spin, Table, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_IMPORT_FILE_BYTES,
  type ImportIssueView,
  type ImportMapping,
  type ImportReportView,
  type TableOutlineView,
} from '../../../../contract/evidence';
import { plainFileName } from '../../../../contract/file-name';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { ColumnMappingStep, type AssignmentSource } from './ColumnMappingStep';
import {
  assignmentFromMapping,
  guessAssignment,
  toImportMapping,
  type ColumnAssignment,
} from './column-mapping';
import { ImportHistory } from './ImportHistory';
import { readFileBase64 } from './read-file-base64';
import { space } from '../../app/spacing';

interface Props {
  /** Called after a commit or an undo so charts and tables re-read the database. */
  onChanged(): void;
}

interface Picked {
  fileName: string;
  bytesBase64: string;
}

interface MappingState {
  outline: TableOutlineView;
  assignment: ColumnAssignment;
  source: AssignmentSource;
  /** The mapping the report on screen was made with; undefined = the importer's own detection. */
  applied: ImportMapping | undefined;
  stale: boolean;
}

/**
 * Choose a file → host dry run → column mapping (remembered, else guessed) → report → commit
 * (only without errors, with the mapping the report was made with) → history with undo.
 */
export function ImportWizard({ onChanged }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [report, setReport] = useState<ImportReportView | null>(null);
  const [reportFile, setReportFile] = useState('');
  const [mapping, setMapping] = useState<MappingState | null>(null);
  const [busy, setBusy] = useState(false);
  const [readPct, setReadPct] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Off by default: a row that cannot be imported refuses the file unless the planner says otherwise.
  const [skipBadRows, setSkipBadRows] = useState(false);

  const request = (p: Picked, m: ImportMapping | undefined, skip = skipBadRows) => ({
    ...p,
    ...(m ? { mapping: m } : {}),
    ...(skip ? { skipBadRows: true } : {}),
  });
  const preview = (p: Picked, m: ImportMapping | undefined, skip = skipBadRows) =>
    call('evidence:importPreview', request(p, m, skip));

  /** First look without a mapping; a remembered mapping for this header layout is then applied at once. */
  const firstPreview = async (p: Picked): Promise<void> => {
    const auto = await preview(p, undefined);
    const outline = auto.outline;
    if (!outline) {
      setMapping(null);
      setReport(auto);
      return;
    }
    const remembered = auto.rememberedMapping
      ? assignmentFromMapping(outline, auto.rememberedMapping)
      : null;
    const rememberedMapping = remembered ? toImportMapping(outline, remembered) : null;
    if (remembered && rememberedMapping) {
      setMapping({
        outline,
        assignment: remembered,
        source: 'remembered',
        applied: rememberedMapping,
        stale: false,
      });
      setReport(await preview(p, rememberedMapping));
      return;
    }
    setMapping({
      outline,
      assignment: guessAssignment(outline),
      source: 'guessed',
      applied: undefined,
      stale: false,
    });
    setReport(auto);
  };

  const onFile = async (file: File | undefined) => {
    setReport(null);
    setMapping(null);
    setPicked(null);
    setMessage(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      setMessage(t('evidence.import.tooLarge', { mb: MAX_IMPORT_FILE_BYTES / (1024 * 1024) }));
      return;
    }
    setBusy(true);
    try {
      setReadPct(0);
      const bytesBase64 = await readFileBase64(file, (f) => setReadPct(Math.round(f * 100)));
      setReadPct(null);
      // What the import log will store, so no bidi override reorders the name on screen either.
      const p = { fileName: plainFileName(file.name), bytesBase64 };
      setPicked(p);
      await firstPreview(p);
      setReportFile(p.fileName);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setReadPct(null);
      setBusy(false);
      // The same file chosen again (after fixing it) must fire onChange again.
      if (input.current) input.current.value = '';
    }
  };

  const changeAssignment = (assignment: ColumnAssignment) =>
    setMapping((m) => m && { ...m, assignment, stale: true });

  const applyMapping = async () => {
    if (!picked || !mapping) return;
    const m = toImportMapping(mapping.outline, mapping.assignment);
    if (!m) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await preview(picked, m));
      setMapping({ ...mapping, applied: m, stale: false });
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  /** Ticking or unticking re-checks the file: the report must show what a commit would do. */
  const changeSkip = async (skip: boolean) => {
    setSkipBadRows(skip);
    if (!picked || mapping?.stale === true) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await preview(picked, mapping?.applied, skip));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!picked) return;
    setBusy(true);
    try {
      const r = await call('evidence:importCommit', request(picked, mapping?.applied));
      setReport(r);
      if (r.committed) {
        setMessage(t('evidence.import.committed', r));
        setPicked(null);
        setMapping(null);
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
        <Checkbox
          checked={skipBadRows}
          disabled={busy}
          onChange={(e) => void changeSkip(e.target.checked)}
          data-testid="import-skip-bad-rows"
        >
          {t('evidence.import.skipBadRows')}
        </Checkbox>
        {busy && (
          <Spin
            size="small"
            description={
              readPct !== null
                ? t('evidence.import.reading', { pct: readPct })
                : t('evidence.import.parsing')
            }
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
      {mapping && picked && (
        <ColumnMappingStep
          outline={mapping.outline}
          assignment={mapping.assignment}
          source={mapping.source}
          stale={mapping.stale}
          busy={busy}
          onChange={changeAssignment}
          onApply={() => void applyMapping()}
        />
      )}
      {report && (
        <div
          data-testid="import-report"
          data-file={reportFile}
          data-committed={report.committed}
          // A report made with an older mapping stays readable but visibly out of date.
          style={mapping?.stale ? { opacity: 0.55 } : undefined}
        >
          <Space wrap>
            <Tag>{t('evidence.import.format', { format: report.format.toUpperCase() })}</Tag>
            {report.encoding && (
              <Tag data-testid="import-encoding">
                {t('evidence.import.encoding', { encoding: report.encoding.toUpperCase() })}
              </Tag>
            )}
            <Tag>{t('evidence.import.rows', { rows: report.rows })}</Tag>
            <Tag>{t('evidence.import.accepted', { n: report.accepted })}</Tag>
            {report.skipped > 0 && (
              <Tag color="warning" data-testid="import-skipped">
                {t('evidence.import.skipped', { count: report.skipped })}
              </Tag>
            )}
          </Space>
          {!report.committed &&
            (report.errors.length > 0 ? (
              <Alert
                type="error"
                showIcon
                title={t('evidence.import.hasErrors')}
                style={{ margin: `${space.xs}px 0` }}
              />
            ) : (
              <Alert
                type="success"
                showIcon
                title={t('evidence.import.noIssues')}
                style={{ margin: `${space.xs}px 0` }}
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
              disabled={
                busy ||
                report.errors.length > 0 ||
                report.accepted === 0 ||
                !picked ||
                mapping?.stale === true
              }
              data-testid="import-commit"
            >
              {t('evidence.import.commit')}
            </Button>
          )}
        </div>
      )}
      <ImportHistory onChanged={onChanged} />
    </Space>
  );
}
