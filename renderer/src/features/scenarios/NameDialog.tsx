import { Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Region } from '../../../../contract/domain';
import type { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { scenarioRegionOptions } from '../maps/region-options';

export interface NameDialogRequest {
  title: string;
  initialName: string;
  /** Present when the dialog also asks for a region (new scenario). */
  initialRegion?: string;
  submit(name: string, regionCode: string | undefined): Promise<void>;
}

interface Props {
  request: NameDialogRequest | null;
  regions: Region[];
  lang: Locale;
  error: ApiError | null;
  onClose(): void;
}

/** One small form for create / duplicate / rename: a name, and for a new scenario its region. */
export function NameDialog({ request, regions, lang, error, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setName(request?.initialName ?? '');
    setRegion(request?.initialRegion);
  }, [request]);

  const submit = async () => {
    if (!request || name.trim() === '') return;
    setBusy(true);
    try {
      await request.submit(name.trim(), region);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={request !== null}
      title={request?.title}
      okText={t('scenarios.ok')}
      cancelText={t('scenarios.cancel')}
      okButtonProps={{ disabled: name.trim() === '', 'data-testid': 'name-dialog-ok' }}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('scenarios.newName')} htmlFor="trp-scenario-name">
          <Input
            id="trp-scenario-name"
            data-testid="name-dialog-input"
            value={name}
            maxLength={200}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onPressEnter={() => void submit()}
          />
        </Form.Item>
        {request?.initialRegion !== undefined && (
          <Form.Item label={t('scenarios.region')} htmlFor="trp-scenario-region">
            <Select
              id="trp-scenario-region"
              data-testid="name-dialog-region"
              aria-label={t('scenarios.region')}
              value={region}
              onChange={setRegion}
              showSearch={{ optionFilterProp: 'label' }}
              options={scenarioRegionOptions(regions, lang, t)}
            />
          </Form.Item>
        )}
      </Form>
      {error && <ErrorAlert error={error} />}
    </Modal>
  );
}
