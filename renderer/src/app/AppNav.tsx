import { Layout, Menu, theme } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { NAV_BREAKPOINT } from './use-collapsible-nav';

export type ScreenKey =
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
  screen: ScreenKey;
  collapsed: boolean;
  onBreakpoint(broken: boolean): void;
  onNavigate(screen: ScreenKey): void;
}

/**
 * The left navigation. Memoised: the shell re-renders on every slider step and every ranking,
 * and the menu (ten antd items) has no reason to follow.
 */
export const AppNav = memo(function AppNav({ screen, collapsed, onBreakpoint, onNavigate }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Layout.Sider
      id="trp-nav-panel"
      width={184}
      theme="light"
      breakpoint={NAV_BREAKPOINT}
      collapsedWidth={0}
      collapsed={collapsed}
      onBreakpoint={onBreakpoint}
      trigger={null}
      // Folded means gone for keyboard and screen readers too, not just zero pixels wide.
      hidden={collapsed}
      style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
    >
      <div style={{ padding: `${token.paddingSM}px ${token.padding}px` }}>
        <h1 style={{ fontSize: 14, fontWeight: 700, margin: 0 }}>{t('app.title')}</h1>
        <div className="trp-secondary">{t('app.subtitle')}</div>
      </div>
      <nav aria-label={t('nav.label')}>
        <Menu
          mode="inline"
          selectedKeys={[screen]}
          onClick={(e) => onNavigate(e.key as ScreenKey)}
          items={[
            { key: 'overview', label: t('overview.nav'), 'data-testid': 'nav-overview' },
            { key: 'evidence', label: t('evidence.nav'), 'data-testid': 'nav-evidence' },
            { key: 'weights', label: t('nav.weights'), 'data-testid': 'nav-weights' },
            { key: 'elicitation', label: t('elicitation.nav'), 'data-testid': 'nav-elicitation' },
            { key: 'robustness', label: t('robustness.nav'), 'data-testid': 'nav-robustness' },
            { key: 'impacts', label: t('nav.impacts'), 'data-testid': 'nav-impacts' },
            { key: 'packages', label: t('nav.packages'), 'data-testid': 'nav-packages' },
            {
              key: 'scenarios',
              label: t('nav.scenarios'),
              'data-testid': 'nav-scenarios',
            },
            { key: 'audit', label: t('nav.audit'), 'data-testid': 'nav-audit' },
            { key: 'briefing', label: t('briefing.nav'), 'data-testid': 'nav-briefing' },
          ]}
        />
      </nav>
    </Layout.Sider>
  );
});
