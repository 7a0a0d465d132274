import { Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../app/ErrorAlert';
import { localName } from '../../i18n/localized';

const NONE = '';

/** Which indicator the briefing's tile map shows; stored with the scenario (one undoable edit). */
export function MapIndicatorSetting({ scenarioId, lang }: { scenarioId: number; lang: Locale }) {
  const { t } = useTranslation();
  const settings = useQuery('scenario:regionSettings', { scenarioId });
  const indicators = useQuery('evidence:indicators', {});
  const [error, setError] = useState<ApiError | null>(null);
  const choose = async (value: string) => {
    setError(null);
    try {
      await call('scenario:setRegionSettings', {
        scenarioId,
        mapIndicator: value === NONE ? null : value,
      });
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <Form.Item
      label={t('briefing.mapIndicator')}
      htmlFor="briefing-map"
      help={t('briefing.mapHelp')}
    >
      <Select
        id="briefing-map"
        data-testid="briefing-map"
        aria-label={t('briefing.mapIndicator')}
        value={settings.data ? (settings.data.mapIndicator ?? NONE) : undefined}
        loading={!settings.data}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(v: string) => void choose(v)}
        options={[
          { value: NONE, label: t('briefing.mapNone') },
          ...(indicators.data ?? [])
            .filter((i) => i.observations > 0)
            .map((i) => ({ value: i.code, label: localName(i, lang) })),
        ]}
      />
      {error && <ErrorAlert error={error} />}
    </Form.Item>
  );
}
