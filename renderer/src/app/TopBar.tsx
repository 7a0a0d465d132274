import { Layout, Segmented, Select, Space, theme, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, ScenarioSummary } from '../../../contract/domain';

interface Props {
  lang: Locale;
  onLanguageChange(lang: Locale): void;
  scenarios: ScenarioSummary[];
  scenarioId: number | null;
  onSelectScenario(id: number): void;
  regionName: string;
  saving: boolean;
}

/** Scenario picker, region, save status and the language switch. */
export const TopBar = memo(function TopBar(p: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        padding: `0 ${token.padding}px`,
        // At 200% zoom the groups wrap onto a second line instead of squeezing their words apart.
        height: 'auto',
        minHeight: 48,
        lineHeight: '48px',
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        columnGap: token.margin,
        rowGap: 0,
      }}
    >
      <Space size={8} style={{ whiteSpace: 'nowrap' }}>
        <Typography.Text id="trp-scenario-label">{t('header.scenario')}</Typography.Text>
        <Select
          data-testid="scenario-picker"
          aria-labelledby="trp-scenario-label"
          aria-label={t('header.scenario')}
          style={{ minWidth: 240 }}
          placeholder={t('header.scenarioPlaceholder')}
          value={p.scenarioId ?? undefined}
          onChange={(id: number) => p.onSelectScenario(id)}
          options={p.scenarios.map((s) => ({ value: s.id, label: s.name }))}
        />
      </Space>
      <Space size={8} style={{ whiteSpace: 'nowrap' }}>
        <Typography.Text type="secondary">{t('header.region')}</Typography.Text>
        <Typography.Text strong data-testid="region-name">
          {p.regionName || '—'}
        </Typography.Text>
      </Space>
      <div style={{ flex: 1 }} />
      <span aria-live="polite" className="trp-secondary" data-testid="save-status">
        {p.saving ? t('app.saving') : t('app.saved')}
      </span>
      <Segmented
        data-testid="language-switch"
        aria-label={t('header.language')}
        value={p.lang}
        onChange={(v) => p.onLanguageChange(v as Locale)}
        options={[
          { value: 'zh', label: '中文' },
          { value: 'en', label: 'English' },
        ]}
      />
    </Layout.Header>
  );
});
