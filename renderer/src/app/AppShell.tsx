import { Alert, Layout, Menu, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../electron/contract/domain';
import { BriefingScreen } from '../features/briefing-screen/BriefingScreen';
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
import { scenarioToDecisionModel } from '../model/scenario-model';
import { useRanking } from '../ranking/use-ranking';
import { ErrorAlert } from './ErrorAlert';
import { NavToggle } from './NavToggle';
import { RecoveryNotice } from './RecoveryNotice';
import { TopBar } from './TopBar';
import { useScenario } from './use-scenario';
import { NAV_BREAKPOINT, useCollapsibleNav } from './use-collapsible-nav';

type ScreenKey =
  | 'overview'
  | 'evidence'
  | 'weights'
  | 'impacts'
  | 'packages'
  | 'scenarios'
  | 'audit'
  | 'briefing'
  | 'elicitation'
  | 'robustness';

interface Props {
  lang: Locale;
  onLanguageChange(lang: Locale): void;
}

/** Left navigation, top bar, and the working screen; owns the scenario and its ranking. */
export function AppShell({ lang, onLanguageChange }: Props) {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<ScreenKey>('overview');
  const data = useScenario();
  const nav = useCollapsibleNav();
  const { scenario } = data;
  const model = useMemo(() => (scenario ? scenarioToDecisionModel(scenario) : null), [scenario]);
  const ranking = useRanking(model);
  const ready = scenario !== null && ranking.result !== null;

  const region = data.regions.find((r) => r.code === scenario?.regionCode);
  const regionName = region
    ? lang === 'zh'
      ? region.nameZh
      : region.nameEn
    : (scenario?.regionCode ?? '');

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
        onDataChanged={data.reload}
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
        model={model}
        ranking={ranking}
        onNavigate={setScreen}
      />
    );
  else if (screen === 'evidence')
    body = (
      <EvidenceScreen
        scenario={scenario}
        regions={data.regions}
        lang={lang}
        onWeightChange={data.setCauseWeight}
      />
    );
  else if (screen === 'weights')
    body = <WeightsScreen scenario={scenario} lang={lang} onWeightChange={data.setCauseWeight} />;
  else if (screen === 'robustness') body = <RobustnessScreen scenario={scenario} lang={lang} />;
  else if (screen === 'elicitation')
    body = <ElicitationScreen scenario={scenario} lang={lang} onDataChanged={data.reload} />;
  else if (screen === 'briefing') body = <BriefingScreen scenario={scenario} lang={lang} />;
  else if (screen === 'impacts')
    body = <ImpactsScreen scenario={scenario} lang={lang} onImpactSave={data.setImpact} />;
  else body = <PackagesScreen scenario={scenario} lang={lang} ranking={ranking} />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        id="trp-nav-panel"
        width={184}
        theme="light"
        breakpoint={NAV_BREAKPOINT}
        collapsedWidth={0}
        collapsed={nav.collapsed}
        onBreakpoint={nav.onBreakpoint}
        trigger={null}
        // Folded means gone for keyboard and screen readers too, not just zero pixels wide.
        hidden={nav.collapsed}
        style={{ borderRight: '1px solid #f0f0f0' }}
      >
        <div style={{ padding: '12px 16px' }}>
          <h1 style={{ fontSize: 14, fontWeight: 700, margin: 0 }}>{t('app.title')}</h1>
          <div className="trp-secondary">{t('app.subtitle')}</div>
        </div>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={[screen]}
            onClick={(e) => {
              setScreen(e.key as ScreenKey);
              nav.afterNavigate();
            }}
            items={[
              { key: 'overview', label: t('overview.nav'), 'data-testid': 'nav-overview' },
              { key: 'evidence', label: t('evidence.nav'), 'data-testid': 'nav-evidence' },
              { key: 'weights', label: t('nav.weights'), 'data-testid': 'nav-weights' },
              {
                key: 'elicitation',
                label: t('elicitation.nav'),
                'data-testid': 'nav-elicitation',
              },
              { key: 'robustness', label: t('robustness.nav'), 'data-testid': 'nav-robustness' },
              { key: 'impacts', label: t('nav.impacts'), 'data-testid': 'nav-impacts' },
              { key: 'packages', label: t('nav.packages'), 'data-testid': 'nav-packages' },
              {
                key: 'scenarios',
                label: t('workflow.nav.scenarios'),
                'data-testid': 'nav-scenarios',
              },
              { key: 'audit', label: t('workflow.nav.audit'), 'data-testid': 'nav-audit' },
              { key: 'briefing', label: t('briefing.nav'), 'data-testid': 'nav-briefing' },
            ]}
          />
        </nav>
      </Layout.Sider>
      {/* minWidth 0: without it this flex item grows to its widest content and the page scrolls sideways. */}
      <Layout style={{ minWidth: 0 }}>
        <div style={{ display: 'flex', alignItems: 'flex-start', background: '#fff' }}>
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
        <UndoBar changeKey={scenario?.updatedAt} onDataChanged={data.reload} />
        <Layout.Content
          role="main"
          data-ready={ready ? 'true' : 'false'}
          data-screen={screen}
          style={{ padding: 16, overflow: 'auto' }}
        >
          {data.saveError && (
            <div style={{ marginBottom: 12 }}>
              <ErrorAlert error={data.saveError} />
            </div>
          )}
          {body}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
