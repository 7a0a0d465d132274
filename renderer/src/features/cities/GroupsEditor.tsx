import { PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Region } from '../../../../contract/domain';
import type { RegionGroup } from '../../../../contract/regions';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../app/ErrorAlert';
import { GroupDialog } from './GroupDialog';
import { localized, localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  regions: readonly Region[];
  lang: Locale;
}

/** The groupings with their members and origin; create, edit and delete (each one undoable edit). */
export function GroupsEditor({ regions, lang }: Props) {
  const { t } = useTranslation();
  const { data, error, reload } = useQuery('regions:groups', {});
  const [editing, setEditing] = useState<RegionGroup | 'new' | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const name = (r: { nameZh: string; nameEn: string } | undefined) => (r ? localName(r, lang) : '');
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const remove = async (code: string) => {
    setActionError(null);
    try {
      await call('regions:deleteGroup', { code });
    } catch (e) {
      setActionError(toApiError(e));
    }
  };
  const columns: ColumnsType<RegionGroup> = [
    {
      title: t('cities.groups.name'),
      key: 'name',
      width: 200,
      render: (_: unknown, g) => <strong>{name(g)}</strong>,
    },
    {
      title: t('cities.groups.type'),
      key: 'type',
      width: 110,
      render: (_: unknown, g) => <Tag>{t(`cities.groups.types.${g.type}`)}</Tag>,
    },
    {
      title: t('cities.groups.members'),
      key: 'members',
      render: (_: unknown, g) => (
        <span data-testid={`group-members-${g.code}`}>
          {g.members
            .map((m) => name(byCode.get(m)) || m)
            .join(localized({ zh: '、', en: ', ' }, lang))}
        </span>
      ),
    },
    {
      title: t('cities.groups.provenance'),
      key: 'provenance',
      width: 170,
      render: (_: unknown, g) =>
        g.provenance === 'default'
          ? t('cities.groups.default')
          : t('cities.groups.edited', { by: g.changedBy, at: g.changedAt.slice(0, 10) }),
    },
    {
      title: t('cities.groups.actions'),
      key: 'actions',
      width: 130,
      render: (_: unknown, g) => (
        <Space size={4}>
          <Button size="small" onClick={() => setEditing(g)} data-testid={`group-edit-${g.code}`}>
            {t('cities.groups.edit')}
          </Button>
          <Popconfirm
            title={t('cities.groups.deleteConfirm', { name: name(g) })}
            okText={t('cities.groups.delete')}
            cancelText={t('cities.groups.cancel')}
            onConfirm={() => void remove(g.code)}
          >
            <Button size="small" data-testid={`group-delete-${g.code}`}>
              {t('cities.groups.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <section aria-labelledby="city-groups-title">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={5} id="city-groups-title" style={{ margin: 0 }}>
          {t('cities.groups.title')}
        </Typography.Title>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="group-add">
          {t('cities.groups.add')}
        </Button>
      </Space>
      <Typography.Paragraph
        type="secondary"
        style={{ fontSize: 12, margin: `${space.xxs}px 0 ${space.xs}px` }}
      >
        {t('cities.groups.intro')}
      </Typography.Paragraph>
      {error && <ErrorAlert error={error} onRetry={reload} />}
      {actionError && <ErrorAlert error={actionError} />}
      <Table<RegionGroup>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={data ?? []}
        loading={!data && !error}
        pagination={false}
        aria-label={t('cities.groups.title')}
        data-testid="groups-table"
      />
      <GroupDialog
        editing={editing}
        regions={regions}
        lang={lang}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}
