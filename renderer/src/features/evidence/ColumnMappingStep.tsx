import { Alert, Button, Input, InputNumber, Select, Space, Table, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutlineColumnView, TableOutlineView } from '../../../../contract/evidence';
import {
  COLUMN_USES,
  mappingProblems,
  needsFileIndicator,
  needsFileYear,
  type ColumnAssignment,
  type ColumnUse,
  type MappingProblem,
} from './column-mapping';
import { space } from '../../app/spacing';

export type AssignmentSource = 'remembered' | 'guessed';

interface Props {
  outline: TableOutlineView;
  assignment: ColumnAssignment;
  source: AssignmentSource;
  /** The assignment differs from the one the report on screen was made with. */
  stale: boolean;
  busy: boolean;
  onChange(next: ColumnAssignment): void;
  onApply(): void;
}

/** The detected columns with sample values, each with a labelled choice of what it holds. */
export function ColumnMappingStep({
  outline,
  assignment,
  source,
  stale,
  busy,
  onChange,
  onApply,
}: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const problems = mappingProblems(outline, assignment);
  const setUse = (i: number, use: ColumnUse) =>
    onChange({ ...assignment, uses: assignment.uses.map((u, j) => (j === i ? use : u)) });
  const problemText = (p: MappingProblem): string =>
    p.kind === 'duplicate'
      ? t('evidence.import.mapping.problems.duplicate', {
          use: t(`evidence.import.mapping.uses.${p.use}`),
        })
      : p.kind === 'header-not-year'
        ? t('evidence.import.mapping.problems.header-not-year', { column: p.column })
        : t(`evidence.import.mapping.problems.${p.kind}`);

  const columns = [
    { title: t('evidence.import.mapping.column'), dataIndex: 'letter', key: 'letter', width: 56 },
    {
      title: t('evidence.import.mapping.header'),
      dataIndex: 'header',
      key: 'header',
      width: 200,
      ellipsis: true,
    },
    {
      title: t('evidence.import.mapping.samples'),
      key: 'samples',
      ellipsis: true,
      render: (_: unknown, col: OutlineColumnView) => (
        <Typography.Text type="secondary">
          {col.samples.map((v) => v || t('evidence.import.mapping.empty')).join(' · ')}
        </Typography.Text>
      ),
    },
    {
      title: t('evidence.import.mapping.use'),
      key: 'use',
      width: 220,
      render: (_: unknown, col: OutlineColumnView, i: number) => (
        <Select<ColumnUse>
          style={{ width: 200 }}
          size="small"
          value={assignment.uses[i] ?? 'ignore'}
          onChange={(use) => setUse(i, use)}
          aria-label={t('evidence.import.mapping.useLabel', {
            letter: col.letter,
            header: col.header,
          })}
          data-testid={`mapping-use-${col.letter}`}
          options={COLUMN_USES.map((use) => ({
            value: use,
            label: t(`evidence.import.mapping.uses.${use}`),
          }))}
        />
      ),
    },
  ];

  return (
    <section
      aria-labelledby="import-mapping-title"
      data-testid="import-mapping"
      style={{ marginBottom: token.marginXS }}
    >
      <Typography.Title level={5} id="import-mapping-title" style={{ margin: `${space.xxs}px 0` }}>
        {t('evidence.import.mapping.title')}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
          {t('evidence.import.mapping.headerLine', { line: outline.headerLine })}
        </Typography.Text>
      </Typography.Title>
      <Alert
        type={source === 'remembered' ? 'success' : 'info'}
        showIcon
        title={t(`evidence.import.mapping.${source}`)}
        description={t('evidence.import.mapping.intro')}
        data-testid="mapping-source"
        data-source={source}
        style={{ marginBottom: space.xs }}
      />
      <Table<OutlineColumnView>
        size="small"
        rowKey="index"
        columns={columns}
        dataSource={outline.columns}
        pagination={outline.columns.length > 12 ? { pageSize: 12, size: 'small' } : false}
      />
      <Space wrap style={{ marginTop: space.xs }}>
        {needsFileIndicator(assignment) && (
          <Input
            style={{ width: 300 }}
            maxLength={200}
            value={assignment.indicator}
            placeholder={t('evidence.import.mapping.fileIndicator')}
            aria-label={t('evidence.import.mapping.fileIndicator')}
            data-testid="mapping-file-indicator"
            onChange={(e) => onChange({ ...assignment, indicator: e.target.value })}
          />
        )}
        {needsFileYear(assignment) && (
          <InputNumber<number>
            style={{ width: 160 }}
            min={1900}
            max={2100}
            precision={0}
            value={assignment.year}
            placeholder={t('evidence.import.mapping.fileYear')}
            aria-label={t('evidence.import.mapping.fileYear')}
            data-testid="mapping-file-year"
            onChange={(year) => onChange({ ...assignment, year: year ?? null })}
          />
        )}
        {!assignment.uses.includes('unit') && (
          <Input
            style={{ width: 240 }}
            maxLength={50}
            value={assignment.unit}
            placeholder={t('evidence.import.mapping.fileUnit')}
            aria-label={t('evidence.import.mapping.fileUnit')}
            data-testid="mapping-file-unit"
            onChange={(e) => onChange({ ...assignment, unit: e.target.value })}
          />
        )}
        <Button
          onClick={onApply}
          disabled={busy || problems.length > 0}
          type={stale ? 'primary' : 'default'}
          data-testid="mapping-apply"
        >
          {t('evidence.import.mapping.apply')}
        </Button>
      </Space>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: space.xs }}
          data-testid="mapping-problems"
          title={
            <ul style={{ margin: 0, paddingLeft: space.md }}>
              {problems.map((p) => (
                <li key={`${p.kind}-${'use' in p ? p.use : ''}${'column' in p ? p.column : ''}`}>
                  {problemText(p)}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {stale && problems.length === 0 && (
        <Typography.Paragraph
          type="warning"
          data-testid="mapping-stale"
          style={{ margin: `${space.xs}px 0 0` }}
        >
          {t('evidence.import.mapping.stale')}
        </Typography.Paragraph>
      )}
    </section>
  );
}
