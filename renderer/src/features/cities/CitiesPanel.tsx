import type { Locale, Region } from '../../../../contract/domain';
import type { IndicatorSummary } from '../../../../contract/evidence';
import { CityCoverageTable } from './CityCoverageTable';
import { GroupsEditor } from './GroupsEditor';
import { TemplateDownloads } from './TemplateDownloads';

interface Props {
  regions: readonly Region[];
  indicators: readonly IndicatorSummary[];
  lang: Locale;
}

/** 城市数据 / City data: the import template, what each city still lacks, and the groupings. */
export function CitiesPanel({ regions, indicators, lang }: Props) {
  return (
    <div data-testid="cities-panel">
      <TemplateDownloads />
      <CityCoverageTable regions={regions} indicators={indicators} lang={lang} />
      <GroupsEditor regions={regions} lang={lang} />
    </div>
  );
}
