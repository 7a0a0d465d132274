import { Button, Col, Row, Spin, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale, Region, Scenario } from '../../../../contract/domain';
import type { ScenarioRobustness } from '../../analysis/use-scenario-robustness';
import { useVerdictText } from '../../analysis/verdict-sentences';
import { ErrorAlert } from '../../app/ErrorAlert';
import type { RankingState } from '../../ranking/use-ranking';
import { BestPackageCard } from './BestPackageCard';
import { IndicatorIndexChart } from './IndicatorIndexChart';
import { KeyIndicatorItem } from './KeyIndicatorItem';
import { OverviewBlock } from './OverviewBlock';
import { OverviewChecklist, type ChecklistTarget } from './OverviewChecklist';
import { COMPARED_INDICATORS, type KeyIndicator } from './overview-model';
import { RobustnessVerdict } from './RobustnessVerdict';
import { SeverityList } from './SeverityList';
import { useOverviewEvidence } from './use-overview-evidence';
import { space } from '../../app/spacing';

/** Screens the overview links to for the detail behind each block. */
export type OverviewTarget = ChecklistTarget;

interface Props {
  scenario: Scenario;
  regions: readonly Region[];
  regionName: string;
  lang: Locale;
  ranking: RankingState;
  /** The scenario's one robustness verdict (the Robustness screen and the briefing print the same). */
  robustness: ScenarioRobustness | null;
  onNavigate(screen: OverviewTarget): void;
}

const compared = new Set<string>(COMPARED_INDICATORS);

function IndicatorList({
  items,
  lang,
  label,
}: {
  items: KeyIndicator[];
  lang: Locale;
  label: string;
}) {
  return (
    <ul aria-label={label} style={{ margin: 0, padding: 0 }}>
      {items.map((k) => (
        <KeyIndicatorItem key={k.code} indicator={k} lang={lang} />
      ))}
    </ul>
  );
}

/**
 * The start screen: the region's key indicators against the country, how severe each cause is
 * here, and the current best package with how robust it is, each with one sentence of meaning.
 */
export function OverviewScreen({
  scenario,
  regions,
  regionName,
  lang,
  ranking,
  robustness,
  onNavigate,
}: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const evidence = useOverviewEvidence(scenario.id, scenario.regionCode, regions);
  const text = useVerdictText(scenario, robustness);
  const more = (screen: OverviewTarget, name: string) => ({
    label: t('overview.goTo', { screen: name }),
    onClick: () => onNavigate(screen),
  });
  const indicators = evidence.indicators ?? [];
  const comparisons = indicators.filter((k) => compared.has(k.code));
  const headlines = indicators.filter((k) => !compared.has(k.code));
  const loading = !evidence.indicators && !evidence.error && (
    <Spin description={t('overview.indicators.loading')} />
  );

  return (
    <div data-testid="overview" style={{ maxWidth: 1280 }}>
      <Typography.Title
        level={2}
        style={{ marginTop: 0, fontSize: 20 }}
        data-testid="overview-title"
      >
        {t('overview.title', { region: regionName })}
      </Typography.Title>
      <Typography.Paragraph>
        {t('overview.intro', { scenario: scenario.name })}
      </Typography.Paragraph>
      {evidence.error && (
        <div style={{ marginBottom: token.marginSM }}>
          <ErrorAlert error={evidence.error} />
        </div>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <OverviewBlock title={t('overview.checklist.title')} testId="overview-checklist-block">
            <OverviewChecklist
              scenario={scenario}
              severity={evidence.severity}
              robustness={robustness}
              onNavigate={onNavigate}
            />
          </OverviewBlock>
        </Col>
        <Col xs={24} xl={12}>
          <OverviewBlock
            title={t('overview.best.title')}
            testId="overview-best-block"
            more={more('packages', t('nav.packages'))}
          >
            <BestPackageCard
              scenario={scenario}
              lang={lang}
              ranking={ranking}
              provisional={robustness?.verdict.provisional ?? false}
            />
            <section
              aria-labelledby="trp-overview-robustness"
              style={{
                marginTop: token.marginSM,
                paddingTop: token.paddingXS,
                borderTop: `1px solid ${token.colorBorderSecondary}`,
              }}
            >
              <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between' }}>
                <h4
                  id="trp-overview-robustness"
                  style={{ margin: `0 0 ${space.xs}px`, fontSize: 14 }}
                >
                  {t('overview.robustness.title')}
                </h4>
                <Button
                  type="link"
                  size="small"
                  onClick={() => onNavigate('robustness')}
                  style={{ whiteSpace: 'normal', paddingInline: 0 }}
                >
                  {t('overview.goTo', { screen: t('robustness.nav') })}
                </Button>
              </div>
              {robustness && text && (
                <RobustnessVerdict
                  robustness={robustness}
                  text={text}
                  lang={lang}
                  showBest={false}
                />
              )}
            </section>
          </OverviewBlock>
        </Col>
        <Col xs={24} xl={12}>
          <OverviewBlock
            title={t('overview.indicators.title')}
            testId="overview-indicators"
            more={more('evidence', t('evidence.nav'))}
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('overview.indicators.meaning')}
            </Typography.Paragraph>
            {loading}
            {evidence.indicators && comparisons.length === 0 && (
              <Typography.Paragraph>{t('overview.indicators.none')}</Typography.Paragraph>
            )}
            <IndicatorIndexChart indicators={comparisons} lang={lang} />
            <IndicatorList
              items={comparisons}
              lang={lang}
              label={t('overview.indicators.listLabel')}
            />
          </OverviewBlock>
        </Col>
        <Col xs={24} xl={12}>
          <OverviewBlock title={t('overview.severity.title')} testId="overview-severity-block">
            {loading}
            {evidence.severity && <SeverityList severity={evidence.severity} lang={lang} />}
          </OverviewBlock>
        </Col>
        {headlines.length > 0 && (
          <Col xs={24} xl={12}>
            <OverviewBlock
              title={t('overview.indicators.headlineTitle')}
              testId="overview-headlines"
            >
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('overview.indicators.headlineMeaning')}
              </Typography.Paragraph>
              <IndicatorList
                items={headlines}
                lang={lang}
                label={t('overview.indicators.headlineTitle')}
              />
            </OverviewBlock>
          </Col>
        )}
      </Row>
    </div>
  );
}
