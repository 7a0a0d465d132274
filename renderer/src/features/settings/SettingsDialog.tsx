import { Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApiAction } from '../../api/use-api-action';
import { ErrorAlert } from '../../app/ErrorAlert';

interface Props {
  open: boolean;
  current: string;
  onClose(saved?: string): void;
}

/** The user name every edit is attributed to; set once, changeable any time. */
export function SettingsDialog({ open, current, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(current);
  // Once the user has typed, a late answer from settings:get must not overwrite the field.
  const [typed, setTyped] = useState(false);
  const { busy, error, setError, run } = useApiAction();

  useEffect(() => {
    if (open) {
      setTyped(false);
      setError(null);
    }
  }, [open, setError]);

  useEffect(() => {
    if (open && !typed) setName(current);
  }, [open, current, typed]);

  const save = () =>
    run(async () => {
      const r = await call('settings:set', { userName: name });
      onClose(r.userName);
    });

  return (
    <Modal
      open={open}
      title={t('settings.title')}
      okText={t('settings.save')}
      cancelText={t('settings.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: name.trim() === '', 'data-testid': 'settings-save' }}
      onOk={() => void save()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={() => void save()}>
        <Form.Item label={t('settings.userName')} htmlFor="trp-user-name">
          <Input
            id="trp-user-name"
            data-testid="settings-user-name"
            value={name}
            maxLength={100}
            autoFocus
            onChange={(e) => {
              setTyped(true);
              setName(e.target.value);
            }}
            onPressEnter={() => void save()}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('settings.userHint')}</Typography.Paragraph>
      </Form>
      {error && <ErrorAlert error={error} />}
    </Modal>
  );
}
