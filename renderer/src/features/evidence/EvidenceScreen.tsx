import { Col, Row, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Region, Scenario } from '../../../../contract/domain';
import { ErrorAlert } from '../../app/ErrorAlert';
import { CitiesPanel } from '../cities/CitiesPanel';
import { MapPanel } from '../maps/MapPanel';
import { SeverityPanel } from '../severity/SeverityPanel';
import { ImportWizard } from './ImportWizard';
import { IndicatorPicker } from './IndicatorPicker';
import { IndicatorView } from './IndicatorView';
import { OverviewCharts } from './OverviewCharts';
import { useEvidence } from './use-evidence';

interface Props {
  scenario: Scenario;
  regions: readonly Region[];
  lang: Locale;
}

/**
 * 证据 / Evidence: browse indicators, the Northeast overview, tile maps of provinces and cities,
 * city data (template, coverage, groupings), import, and regional severity.
 */
export function EvidenceScreen({ scenario, regions, lang }: Props) {
  const { t } = useTranslation();
  const evidence = useEvidence();
  const [selected, setSelected] = useState<string | null>('gdp');
  const [tab, setTab] = useState('browse');
  // The region chosen on the map (a tile or a table row): shown beside the map.
  const [region, setRegion] = useState<string | null>(null);
  const code =
    selected && evidence.indicators.some((i) => i.code === selected)
      ? selected
      : (evidence.indicators[0]?.code ?? null);

  return (
    <section aria-labelledby="evidence-title" data-testid="evidence-screen">
      <Typography.Title level={2} id="evidence-title" style={{ marginTop: 0, fontSize: 18 }}>
        {t('evidence.title')}
      </Typography.Title>
      {evidence.error && <ErrorAlert error={evidence.error} onRetry={evidence.refresh} />}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        size="small"
        items={[
          {
            key: 'browse',
            label: <span data-testid="evidence-tab-browse">{t('evidence.tabs.browse')}</span>,
            children: (
              <Row gutter={12} wrap={false}>
                <Col flex="260px">
                  <IndicatorPicker
                    indicators={evidence.indicators}
                    selected={code}
                    lang={lang}
                    onSelect={setSelected}
                  />
                </Col>
                <Col flex="auto" style={{ minWidth: 0 }}>
                  {code && <IndicatorView code={code} regions={regions} lang={lang} />}
                </Col>
              </Row>
            ),
          },
          {
            key: 'overview',
            label: <span data-testid="evidence-tab-overview">{t('evidence.tabs.overview')}</span>,
            children: <OverviewCharts regions={regions} lang={lang} />,
          },
          {
            key: 'map',
            label: <span data-testid="evidence-tab-map">{t('maps.tab')}</span>,
            children: (
              <MapPanel
                indicators={evidence.indicators}
                regions={regions}
                lang={lang}
                selected={region}
                onSelect={setRegion}
              />
            ),
          },
          {
            key: 'cities',
            label: <span data-testid="evidence-tab-cities">{t('cities.tab')}</span>,
            children: (
              <CitiesPanel regions={regions} indicators={evidence.indicators} lang={lang} />
            ),
          },
          {
            key: 'import',
            label: <span data-testid="evidence-tab-import">{t('evidence.tabs.import')}</span>,
            children: <ImportWizard onChanged={evidence.refresh} />,
          },
          {
            key: 'severity',
            label: <span data-testid="evidence-tab-severity">{t('evidence.tabs.severity')}</span>,
            children: <SeverityPanel scenario={scenario} regions={regions} lang={lang} />,
          },
        ]}
      />
    </section>
  );
}
