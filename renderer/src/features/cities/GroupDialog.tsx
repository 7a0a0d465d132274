import { Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Region } from '../../../../contract/domain';
import type { GroupType, RegionGroup } from '../../../../contract/regions';
import { call } from '../../api/client';
import { useApiAction } from '../../api/use-api-action';
import { ErrorAlert } from '../../app/ErrorAlert';
import { localName } from '../../i18n/localized';

interface Props {
  /** null: closed; 'new': a new grouping; else the grouping edited. */
  editing: RegionGroup | 'new' | null;
  regions: readonly Region[];
  lang: Locale;
  onClose(): void;
}

/** Name, type, member cities and notes of one grouping; saving is one undoable edit. */
export function GroupDialog({ editing, regions, lang, onClose }: Props) {
  const { t } = useTranslation();
  const existing = editing === 'new' ? null : editing;
  const [type, setType] = useState<GroupType>('metropolitan-area');
  const [nameZh, setNameZh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [noteZh, setNoteZh] = useState('');
  const [noteEn, setNoteEn] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const { busy, error, setError, run } = useApiAction();

  useEffect(() => {
    setType(existing?.type ?? 'metropolitan-area');
    setNameZh(existing?.nameZh ?? '');
    setNameEn(existing?.nameEn ?? '');
    setNoteZh(existing?.noteZh ?? '');
    setNoteEn(existing?.noteEn ?? '');
    setMembers(existing?.members ?? []);
    setError(null);
  }, [existing, editing, setError]);

  // A metropolitan area can become an agglomeration, never a peer group (or back).
  const types: GroupType[] = !existing
    ? ['metropolitan-area', 'agglomeration', 'peer-group']
    : existing.type === 'peer-group'
      ? ['peer-group']
      : ['metropolitan-area', 'agglomeration'];
  const cities = regions.filter((r) => r.kind === 'city');
  const provinceName = (code: string | null) => {
    const p = regions.find((r) => r.code === code);
    return p ? localName(p, lang) : '';
  };

  const save = async () => {
    setError(null);
    await run(async () => {
      await call('regions:saveGroup', {
        code: existing?.code ?? null,
        type,
        nameZh,
        nameEn,
        noteZh,
        noteEn,
        members,
      });
      onClose();
    });
  };

  return (
    <Modal
      open={editing !== null}
      title={existing ? t('cities.groups.dialogEdit') : t('cities.groups.dialogNew')}
      okText={t('cities.groups.save')}
      cancelText={t('cities.groups.cancel')}
      okButtonProps={{ 'data-testid': 'group-save' }}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form layout="vertical">
        <Form.Item label={t('cities.groups.type')} htmlFor="trp-group-type">
          <Select
            id="trp-group-type"
            aria-label={t('cities.groups.type')}
            value={type}
            onChange={setType}
            options={types.map((v) => ({ value: v, label: t(`cities.groups.types.${v}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('cities.groups.nameZh')} htmlFor="trp-group-name-zh">
          <Input
            id="trp-group-name-zh"
            data-testid="group-name-zh"
            value={nameZh}
            maxLength={200}
            onChange={(e) => setNameZh(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('cities.groups.nameEn')} htmlFor="trp-group-name-en">
          <Input
            id="trp-group-name-en"
            data-testid="group-name-en"
            value={nameEn}
            maxLength={200}
            onChange={(e) => setNameEn(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('cities.groups.members')} htmlFor="trp-group-members">
          <Select
            id="trp-group-members"
            data-testid="group-members"
            aria-label={t('cities.groups.members')}
            mode="multiple"
            value={members}
            onChange={setMembers}
            showSearch={{ optionFilterProp: 'label' }}
            options={cities.map((c) => ({
              value: c.code,
              label: `${localName(c, lang)} · ${provinceName(c.province)}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('cities.groups.noteZh')} htmlFor="trp-group-note-zh">
          <Input.TextArea
            id="trp-group-note-zh"
            value={noteZh}
            maxLength={4000}
            autoSize={{ minRows: 1, maxRows: 4 }}
            onChange={(e) => setNoteZh(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('cities.groups.noteEn')} htmlFor="trp-group-note-en">
          <Input.TextArea
            id="trp-group-note-en"
            value={noteEn}
            maxLength={4000}
            autoSize={{ minRows: 1, maxRows: 4 }}
            onChange={(e) => setNoteEn(e.target.value)}
          />
        </Form.Item>
      </Form>
      {error && <ErrorAlert error={error} />}
    </Modal>
  );
}
