// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { ReactNode } from 'react';
import type { ReportLang, ReportModel } from '../engine/report';
import { REPORT_LABELS as L, includesSection } from '../engine/report';
import type { ReportSection } from '../engine/report';
import { AssumptionsSection } from './AssumptionsSection';
import { CoverageChart } from './CoverageChart';
import { FrontierChart } from './FrontierChart';
import { ImpactsSection } from './ImpactsSection';
import { MapSection } from './MapSection';
import { IndicatorsChart, IndicatorsTable } from './IndicatorsSection';
import { PackagesSection } from './PackagesSection';
import { Page } from './Page';
import { RobustnessSection } from './RobustnessSection';
import { SensitivitySection } from './SensitivitySection';
import { FlagsList, SourcesList } from './SourcesSection';
import { SummarySection } from './SummarySection';
import { TitleSection } from './TitleSection';
import { WeightsSection } from './WeightsSection';
import { translator } from './text';

export interface BriefingPrintViewProps {
  model: ReportModel;
  lang: ReportLang;
  /** Parts to print (Briefing screen); undefined prints the whole briefing. */
  sections?: readonly ReportSection[];
}

interface PageSpec {
  key: string;
  section: ReportSection;
  className?: string;
  body: ReactNode;
}

/** List items per page for the open-ended lists (sources, quality notes): keeps every page inside A4. */
const SOURCES_PER_PAGE = 14;
const FLAGS_PER_PAGE = 12;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out.length > 0 ? out : [[]];
}

/**
 * The briefing as fixed A4 pages. Pure render (no hooks, no DOM access), so the host can print it
 * through react-dom/server with JavaScript off, and every string is escaped by React.
 */
export function BriefingPrintView({ model, lang, sections }: BriefingPrintViewProps) {
  const t = translator(lang);
  const pages: PageSpec[] = [
    {
      key: 'title',
      section: 'title',
      className: 'title-page',
      body: <TitleSection model={model} t={t} />,
    },
    { key: 'summary', section: 'summary', body: <SummarySection model={model} t={t} /> },
  ];
  // Estimated heights in mm (two-line rows ≈ 9 mm, chart bars ≈ 4.5 mm, reference notes ≈ 5 mm):
  // share a page when both fit.
  const ind = model.indicators;
  const sharesPage =
    ind.rows.length * 9 + ind.chart.length * 4.5 + ind.referenceNotes.length * 5 + 45 < 235;
  if (sharesPage) {
    pages.push({
      key: 'indicators',
      section: 'indicators',
      body: (
        <>
          <IndicatorsTable model={model} t={t} />
          {ind.chart.length > 0 && <IndicatorsChart model={model} t={t} />}
        </>
      ),
    });
  } else {
    pages.push({
      key: 'indicators',
      section: 'indicators',
      body: <IndicatorsTable model={model} t={t} />,
    });
    if (ind.chart.length > 0) {
      pages.push({
        key: 'indicator-chart',
        section: 'indicators',
        body: <IndicatorsChart model={model} t={t} />,
      });
    }
  }
  if (model.map)
    pages.push({
      key: 'map',
      section: 'map',
      body: <MapSection model={model} t={t} />,
    });
  pages.push(
    { key: 'weights', section: 'weights', body: <WeightsSection model={model} t={t} /> },
    { key: 'impacts', section: 'impacts', body: <ImpactsSection model={model} t={t} /> },
    { key: 'packages', section: 'packages', body: <PackagesSection model={model} t={t} /> },
    {
      key: 'frontier',
      section: 'frontier',
      body: (
        <>
          <h2>{t(L.frontier)}</h2>
          <FrontierChart
            model={model}
            title={t(L.frontier)}
            xLabel={`${t(L.cost)} (${t(model.packages.costUnit)})`}
            yLabel={t(L.value)}
          />
          <h3>{t(L.coverage)}</h3>
          <CoverageChart model={model} t={t} title={t(L.coverage)} />
        </>
      ),
    },
    { key: 'robustness', section: 'robustness', body: <RobustnessSection model={model} t={t} /> },
    {
      key: 'sensitivity',
      section: 'sensitivity',
      body: <SensitivitySection model={model} t={t} />,
    },
  );
  chunk(model.sources.sources, SOURCES_PER_PAGE).forEach((sources, k) => {
    pages.push({
      key: `sources-${k}`,
      section: 'sources',
      body: (
        <>
          <h2>{t(L.dataSources)}</h2>
          <SourcesList sources={sources} t={t} />
        </>
      ),
    });
  });
  chunk(model.sources.flags, FLAGS_PER_PAGE).forEach((flags, k) => {
    pages.push({
      key: `flags-${k}`,
      section: 'sources',
      body: (
        <>
          <h2>{t(L.qualityNotes)}</h2>
          <FlagsList flags={flags} t={t} />
        </>
      ),
    });
  });
  pages.push({
    key: 'assumptions',
    section: 'assumptions',
    body: <AssumptionsSection model={model} t={t} />,
  });

  // Filter before numbering, so "page x of y" counts only the printed pages.
  const printed = pages.filter((p) => includesSection(sections, p.section));
  return (
    <main className="briefing" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {printed.map((p, k) => (
        <Page
          key={p.key}
          number={k + 1}
          total={printed.length}
          lang={lang}
          footer={model.footer}
          className={p.className}
        >
          {p.body}
        </Page>
      ))}
    </main>
  );
}
