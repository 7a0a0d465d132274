import { Alert, Layout, Spin, theme } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract/domain';
import { BriefingScreen } from '../features/briefing/BriefingScreen';
import { EvidenceScreen } from '../features/evidence/EvidenceScreen';
import { ElicitationScreen } from '../features/elicitation/ElicitationScreen';
import { RobustnessScreen } from '../features/robustness/RobustnessScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { AuditScreen } from '../features/history/AuditScreen';
import { UndoBar } from '../features/history/UndoBar';
import { ImpactsScreen } from '../features/impacts/ImpactsScreen';
import { PackagesScreen } from '../features/packages/PackagesScreen';
import { ScenariosScreen } from '../features/scenarios/ScenariosScreen';
import { WeightsScreen } from '../features/weights/WeightsScreen';
import { allPackagesTop, scenarioToDecisionModel } from '../../../engine/scenario';
import { onOpenedProjectFile } from '../api/opened-files';
import { useRanking } from '../ranking/use-ranking';
import { useScenarioRobustness } from '../analysis/use-scenario-robustness';
import { ErrorAlert } from './ErrorAlert';
import { NavToggle } from './NavToggle';
import { RecoveryNotice } from './RecoveryNotice';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { TopBar } from './TopBar';
import { useScenario } from './use-scenario';
import { AppNav, type ScreenKey } from './AppNav';
import { useCollapsibleNav } from './use-collapsible-nav';
import { localName } from '../i18n/localized';

interface Props {
  lang: Locale;
  onLanguageChange(lang: Locale): void;
}

/** Left navigation, top bar, and the working screen; owns the scenario and its ranking. */
export function AppShell({ lang, onLanguageChange }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [screen, setScreen] = useState<ScreenKey>('overview');
  const data = useScenario();
  const nav = useCollapsibleNav();
  const { scenario } = data;
  const model = useMemo(
    () =>
      scenario ? scenarioToDecisionModel(scenario, allPackagesTop(scenario.measures.length)) : null,
    [scenario],
  );
  const ranking = useRanking(model);
  // Sampled only while a screen shows it; the same figures on the overview and Robustness screen.
  const robustness = useScenarioRobustness(
    scenario,
    model,
    ranking,
    screen === 'overview' || screen === 'robustness',
  );
  const ready = scenario !== null && ranking.result !== null;
  const { afterNavigate } = nav;
  const { flushEdits } = data;
  const navigate = useCallback(
    (next: ScreenKey) => {
      // The next screen may show what was just typed (audit, briefing): send it now.
      void flushEdits();
      setScreen(next);
      afterNavigate();
    },
    [afterNavigate, flushEdits],
  );

  // A project file opened from the file manager is imported on the scenarios screen.
  useEffect(() => onOpenedProjectFile(() => navigate('scenarios')), [navigate]);

  const region = data.regions.find((r) => r.code === scenario?.regionCode);
  const regionName = region ? localName(region, lang) : (scenario?.regionCode ?? '');

  let body: React.ReactNode;
  if (data.loadError) body = <ErrorAlert error={data.loadError} onRetry={data.reload} />;
  // Reachable without an open scenario: the planner may have deleted the last one.
  else if (screen === 'scenarios')
    body = (
      <ScenariosScreen
        lang={lang}
        scenarios={data.scenarios}
        regions={data.regions}
        currentId={data.scenarioId}
        measures={scenario?.measures ?? []}
        onOpen={data.selectScenario}
      />
    );
  else if (screen === 'audit') body = <AuditScreen lang={lang} />;
  else if (
    data.scenarioId === null &&
    data.scenarios.length === 0 &&
    !data.loadError &&
    data.regions.length > 0
  )
    body = <Alert type="info" title={t('header.noScenario')} />;
  else if (!scenario) body = <Spin description={t('app.loading')} />;
  else if (screen === 'overview' && model)
    body = (
      <OverviewScreen
        scenario={scenario}
        regions={data.regions}
        regionName={regionName}
        lang={lang}
        ranking={ranking}
        robustness={robustness}
        onNavigate={navigate}
      />
    );
  else if (screen === 'evidence')
    body = <EvidenceScreen scenario={scenario} regions={data.regions} lang={lang} />;
  else if (screen === 'weights')
    body = (
      <WeightsScreen
        scenario={scenario}
        lang={lang}
        regions={data.regions}
        ranking={ranking}
        onWeightChange={data.setCauseWeight}
      />
    );
  else if (screen === 'robustness' && model)
    body = (
      <RobustnessScreen scenario={scenario} model={model} lang={lang} robustness={robustness} />
    );
  else if (screen === 'elicitation') body = <ElicitationScreen scenario={scenario} lang={lang} />;
  else if (screen === 'briefing') body = <BriefingScreen scenario={scenario} lang={lang} />;
  else if (screen === 'impacts')
    body = (
      <ImpactsScreen
        scenario={scenario}
        lang={lang}
        onImpactSave={data.setImpact}
        onMeasureCostSave={data.setMeasureCost}
        onConfirmDefaults={data.confirmDefaults}
      />
    );
  else
    body = (
      <PackagesScreen
        scenario={scenario}
        lang={lang}
        ranking={ranking}
        onConstraintsChange={data.setConstraints}
        onConfirmDefaults={data.confirmDefaults}
      />
    );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppNav
        screen={screen}
        collapsed={nav.collapsed}
        onBreakpoint={nav.onBreakpoint}
        onNavigate={navigate}
      />
      {/* minWidth 0: without it this flex item grows to its widest content and the page scrolls sideways. */}
      <Layout style={{ minWidth: 0 }}>
        <div
          style={{ display: 'flex', alignItems: 'flex-start', background: token.colorBgContainer }}
        >
          {nav.narrow && (
            <NavToggle expanded={!nav.collapsed} controls="trp-nav-panel" onToggle={nav.toggle} />
          )}
          <div style={{ flex: 1, minWidth: 0 }}>
            <TopBar
              lang={lang}
              onLanguageChange={onLanguageChange}
              scenarios={data.scenarios}
              scenarioId={data.scenarioId}
              onSelectScenario={data.selectScenario}
              regionName={regionName}
              saving={data.saving}
            />
          </div>
        </div>
        <RecoveryNotice />
        <UndoBar />
        <Layout.Content
          role="main"
          data-ready={ready ? 'true' : 'false'}
          data-screen={screen}
          className="trp-main"
          style={{ padding: token.padding }}
        >
          {data.saveError && (
            <div style={{ marginBottom: token.marginSM }}>
              <ErrorAlert error={data.saveError} />
            </div>
          )}
          <ScreenErrorBoundary key={screen} area={screen}>
            {body}
          </ScreenErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
