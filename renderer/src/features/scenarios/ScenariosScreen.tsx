import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  ConfigProvider,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  theme,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dangerTheme } from '../../app/theme';
import type { Locale, Measure, Region, ScenarioSummary } from '../../../../contract/domain';
import type { CompareResult } from '../../../../contract/scenario';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatWhen } from '../history/edit-label';
import { scenarioRegionOptions } from '../maps/region-options';
import { ComparePanel } from './ComparePanel';
import { NameDialog, type NameDialogRequest } from './NameDialog';
import { ProjectFileButtons } from './ProjectFileButtons';

interface Props {
  lang: Locale;
  scenarios: ScenarioSummary[];
  regions: Region[];
  currentId: number | null;
  /** Measure names for the compared packages (the same catalogue in every scenario). */
  measures: Measure[];
  /** Opens a scenario (after saving any edit still waiting). */
  onOpen(id: number): void | Promise<void>;
}

const MAX_COMPARE = 4;

/** The scenario list (create, duplicate, rename, delete, region), comparison and project files. */
export function ScenariosScreen(p: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [selected, setSelected] = useState<number[]>([]);
  const [dialog, setDialog] = useState<NameDialogRequest | null>(null);
  const [dialogError, setDialogError] = useState<ApiError | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const [compare, setCompare] = useState<CompareResult | null>(null);
  const [comparing, setComparing] = useState(false);

  // The scenario list and the open scenario re-read by themselves once a write completes.
  const changed = (message = '') => {
    setNotice(message);
    setError(null);
  };
  const failed = (e: unknown) => setError(toApiError(e));

  const openDialog = (req: NameDialogRequest) => {
    setDialogError(null);
    setDialog({
      ...req,
      submit: async (name, region) => {
        try {
          await req.submit(name, region);
          setDialog(null);
        } catch (e) {
          setDialogError(toApiError(e));
        }
      },
    });
  };

  const regionOptions = scenarioRegionOptions(p.regions, p.lang, t);

  const runCompare = async () => {
    setComparing(true);
    try {
      setCompare(await call('scenario:compare', { ids: selected }));
      setError(null);
    } catch (e) {
      failed(e);
    } finally {
      setComparing(false);
    }
  };

  const columns: TableColumnsType<ScenarioSummary> = [
    {
      title: t('scenarios.name'),
      key: 'name',
      render: (_, s) => (
        <Space size={6}>
          <Typography.Text strong>{s.name}</Typography.Text>
          {s.id === p.currentId && <Tag color="blue">{t('scenarios.current')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('scenarios.region'),
      key: 'region',
      width: 200,
      render: (_, s) => (
        <Select
          style={{ width: 180 }}
          data-testid={`scenario-region-${s.id}`}
          aria-label={t('scenarios.regionFor', { name: s.name })}
          value={s.regionCode}
          showSearch={{ optionFilterProp: 'label' }}
          options={regionOptions}
          onChange={(regionCode: string) =>
            void call('scenario:setRegion', { scenarioId: s.id, regionCode })
              .then(() => changed())
              .catch(failed)
          }
        />
      ),
    },
    {
      title: t('scenarios.updated'),
      key: 'updated',
      width: 170,
      render: (_, s) => <time dateTime={s.updatedAt}>{formatWhen(p.lang, s.updatedAt)}</time>,
    },
    {
      title: t('scenarios.actions'),
      key: 'actions',
      width: 330,
      render: (_, s) => (
        <Space size={4} wrap>
          <Button
            size="small"
            data-testid={`scenario-open-${s.id}`}
            disabled={s.id === p.currentId}
            onClick={() => void p.onOpen(s.id)}
          >
            {t('scenarios.open')}
          </Button>
          <Button
            size="small"
            data-testid={`scenario-duplicate-${s.id}`}
            onClick={() =>
              openDialog({
                title: `${t('scenarios.duplicate')} · ${s.name}`,
                initialName: `${s.name}${t('scenarios.copySuffix')}`,
                submit: async (name) => {
                  const copy = await call('scenario:duplicate', { scenarioId: s.id, name });
                  changed();
                  await p.onOpen(copy.id);
                },
              })
            }
          >
            {t('scenarios.duplicate')}
          </Button>
          <Button
            size="small"
            data-testid={`scenario-rename-${s.id}`}
            onClick={() =>
              openDialog({
                title: `${t('scenarios.rename')} · ${s.name}`,
                initialName: s.name,
                submit: async (name) => {
                  await call('scenario:rename', { scenarioId: s.id, name });
                  changed();
                },
              })
            }
          >
            {t('scenarios.rename')}
          </Button>
          <Popconfirm
            title={t('scenarios.deleteConfirm', { name: s.name })}
            okText={t('scenarios.yes')}
            cancelText={t('scenarios.no')}
            okButtonProps={{ danger: true, 'data-testid': 'delete-confirm' }}
            onConfirm={() =>
              call('scenario:delete', { scenarioId: s.id })
                .then(() => {
                  // Open another scenario first, so the shell never asks for the deleted one.
                  const next = p.scenarios.find((x) => x.id !== s.id);
                  if (s.id === p.currentId && next) void p.onOpen(next.id);
                  setSelected((ids) => ids.filter((id) => id !== s.id));
                  changed(t('scenarios.deleted', { name: s.name }));
                })
                .catch(failed)
            }
          >
            <Button size="small" danger data-testid={`scenario-delete-${s.id}`}>
              {t('scenarios.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <ConfigProvider theme={dangerTheme}>
      <section aria-labelledby="trp-scenarios-title">
        <Typography.Title level={2} id="trp-scenarios-title" style={{ fontSize: 18, marginTop: 0 }}>
          {t('scenarios.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('scenarios.intro')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: token.marginSM }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="scenario-create"
            onClick={() =>
              openDialog({
                title: t('scenarios.create'),
                initialName: '',
                initialRegion:
                  p.regions.find((r) => r.isNortheast)?.code ?? p.regions[0]?.code ?? '',
                submit: async (name, regionCode) => {
                  const s = await call('scenario:create', { name, regionCode: regionCode ?? '' });
                  changed();
                  await p.onOpen(s.id);
                },
              })
            }
          >
            {t('scenarios.create')}
          </Button>
          <Button
            data-testid="scenario-compare"
            disabled={selected.length < 2 || selected.length > MAX_COMPARE}
            loading={comparing}
            onClick={() => void runCompare()}
          >
            {t('scenarios.compare', { n: selected.length })}
          </Button>
          <ProjectFileButtons selectedIds={selected} onDone={changed} onError={setError} />
        </Space>
        <div aria-live="polite" data-testid="scenarios-notice">
          {notice && (
            <Alert
              type="success"
              showIcon
              title={notice}
              style={{ marginBottom: token.marginXS }}
            />
          )}
        </div>
        {error && (
          <div style={{ marginBottom: token.marginXS }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Table<ScenarioSummary>
          data-testid="scenario-table"
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={p.scenarios}
          pagination={false}
          // At 200% zoom the table scrolls inside its frame rather than breaking names a letter a line.
          scroll={{ x: 1000 }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(Number)),
            getCheckboxProps: (s) => ({
              'aria-label': t('scenarios.select', { name: s.name }),
              disabled: !selected.includes(s.id) && selected.length >= MAX_COMPARE,
            }),
            hideSelectAll: true,
          }}
          footer={() => t('scenarios.compareHint')}
        />
        <NameDialog
          request={dialog}
          regions={p.regions}
          lang={p.lang}
          error={dialogError}
          onClose={() => setDialog(null)}
        />
        {compare && (
          <div style={{ marginTop: token.margin }}>
            <ComparePanel result={compare} measures={p.measures} lang={p.lang} />
          </div>
        )}
      </section>
    </ConfigProvider>
  );
}
