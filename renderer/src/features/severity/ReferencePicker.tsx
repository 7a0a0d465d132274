import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Region, Scenario } from '../../../../contract/domain';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../app/ErrorAlert';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  scenario: Scenario;
  regions: readonly Region[];
  lang: Locale;
}

const NATIONAL = 'national';
const PROVINCE = 'province';

/**
 * What the scenario's region is compared with: the country, its province, or one of the peer
 * groups. Offered for a city or a metropolitan area; stored with the scenario (one undoable edit)
 * and used by severity everywhere (Evidence, weights, overview, briefing).
 */
export function ReferencePicker({ scenario, regions, lang }: Props) {
  const { t } = useTranslation();
  const settings = useQuery('scenario:regionSettings', { scenarioId: scenario.id });
  const [error, setError] = useState<ApiError | null>(null);
  const region = regions.find((r) => r.code === scenario.regionCode);
  if (region?.kind !== 'city' && region?.kind !== 'group') return null;
  const name = (r: Region) => localName(r, lang);
  const peers = regions.filter((r) => r.kind === 'peer-group');
  const value = settings.data
    ? settings.data.reference === 'peer-group'
      ? (settings.data.peerGroup ?? NATIONAL)
      : settings.data.reference
    : undefined;
  const choose = async (v: string) => {
    setError(null);
    try {
      await call(
        'scenario:setRegionSettings',
        v === NATIONAL || v === PROVINCE
          ? { scenarioId: scenario.id, reference: v }
          : { scenarioId: scenario.id, reference: 'peer-group', peerGroup: v },
      );
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <div>
      <Space wrap>
        <label htmlFor="severity-reference">{t('maps.reference.label')}</label>
        <Select
          id="severity-reference"
          data-testid="severity-reference"
          aria-label={t('maps.reference.label')}
          style={{ minWidth: 260 }}
          value={value}
          loading={!settings.data}
          onChange={(v: string) => void choose(v)}
          options={[
            { value: NATIONAL, label: t('maps.reference.national') },
            { value: PROVINCE, label: t('maps.reference.province') },
            ...peers.map((p) => ({
              value: p.code,
              label: t('maps.reference.peers', { name: name(p) }),
            })),
          ]}
        />
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: `${space.xxs}px 0 0` }}>
        {t('maps.reference.help')}
      </Typography.Paragraph>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}
