/**
 * buildReportModel: everything the briefing prints, derived from data the host gathered and
 * results the engine computed. Pure and deterministic (the date comes from the input), so the
 * same input always yields the same briefing.
 */
import {
  buildCoverageSection,
  buildImpactSection,
  buildPackagesSection,
  buildRobustnessSection,
} from './analysis';
import {
  buildAssumptions,
  buildIndicatorSection,
  buildSourcesSection,
  buildWeightSection,
} from './evidence';
import { buildFindings, buildPackageSummaries } from './findings';
import { buildMapSection } from './map';
import { bi, splitBilingual } from './format';
import type { ReportInput, ReportModel } from './types';
import { EngineInputError } from '../errors';

const DEFAULT_QUESTION = bi(
  '哪一组城市规划措施，能在预算内最有效地缓解本地区的人才外流？',
  'Which package of urban-planning measures best reduces talent drain in this region within the budget?',
);

function validate(input: ReportInput): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) {
    throw new EngineInputError('date', `must be YYYY-MM-DD (got ${input.date})`);
  }
  if (input.causes.length === 0) throw new EngineInputError('causes', 'needs at least one cause');
  if (input.measures.length === 0)
    throw new EngineInputError('measures', 'needs at least one measure');
  const ids = new Set(input.measures.map((m) => m.id));
  input.ranking.packages.forEach((p, k) => {
    for (const id of p.measures) {
      if (!ids.has(id))
        throw new EngineInputError(`ranking.packages[${k}].measures`, `unknown measure "${id}"`);
    }
  });
}

export function buildReportModel(input: ReportInput): ReportModel {
  validate(input);
  const indicators = buildIndicatorSection(input);
  const robustness = buildRobustnessSection(input);
  const { recommended, alternatives } = buildPackageSummaries(input);
  return {
    title: {
      title: bi('人才留住规划简报', 'Talent Retention Planning Briefing'),
      question: input.question ?? DEFAULT_QUESTION,
      region: input.region.name,
      scenario: splitBilingual(input.scenario.name),
      author: input.author,
      date: input.date,
    },
    summary: {
      verdict: input.verdict ?? null,
      recommended,
      alternatives,
      findings: buildFindings(input, indicators, robustness),
    },
    indicators,
    weights: buildWeightSection(input),
    impacts: buildImpactSection(input),
    packages: buildPackagesSection(input),
    coverage: buildCoverageSection(input),
    robustness,
    sources: buildSourcesSection(input),
    assumptions: buildAssumptions(input),
    map: buildMapSection(input),
    footer: {
      appVersion: input.appVersion,
      scenario: input.scenario.name,
      scenarioName: splitBilingual(input.scenario.name),
      seed: input.robustness?.seed ?? null,
      dataChecksum: input.dataChecksum,
      date: input.date,
    },
  };
}
