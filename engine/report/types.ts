/**
 * The briefing's report model: plain, serialisable data (no functions, no Dates, no typed arrays)
 * so the same object can cross IPC, be snapshotted in tests, and be printed by any host.
 * Every user-visible string is bilingual; the print view picks one language.
 */
import type { ReferenceScope } from '../evidence/reference';
// Type-only: the verdict's wording module uses this file's Bilingual in turn.
import type { VerdictText } from '../verdict/verdict-text';

export interface Bilingual {
  zh: string;
  en: string;
}

/** The default input a dataset note explains; once the planner replaces it, the note is moot. */
export type DatasetNoteTopic = 'weights' | 'costs' | 'impacts' | 'budget' | 'lead-agency';

export interface DatasetNote extends Bilingual {
  topic?: DatasetNoteTopic;
}

export type ReportLang = keyof Bilingual;

/** Where an input came from (see the scenario contract): default = the tool's illustrative value. */
export type InputProvenance = 'default' | 'edited' | 'confirmed';

// ---------------------------------------------------------------- input (gathered by the host)

/** The region kinds of the contract (contract/domain.ts), repeated: the engine imports nothing outside engine/. */
export type RegionKind = 'province' | 'national' | 'aggregate' | 'city' | 'group' | 'peer-group';

export interface ReportRegionInput {
  code: string;
  name: Bilingual;
}

export interface ReportIndicatorInput {
  code: string;
  name: Bilingual;
  unit: Bilingual;
  /** +1 higher is better, −1 higher is worse. */
  direction: 1 | -1;
  /** 'total' (亿元, persons …) grows with the region's size and gets no national reference. Default 'level'. */
  measure?: 'level' | 'total';
  sourceId: string;
}

export interface ReportObservationInput {
  indicatorCode: string;
  regionCode: string;
  year: number;
  value: number;
  qualifier: 'exact' | 'approx' | 'nearly' | 'less_than';
  sourceId: string;
}

export interface ReportSourceInput {
  id: string;
  publisher: Bilingual;
  title: Bilingual;
  year: number | null;
  note: Bilingual;
  /** For a source that is an imported file: cited by its name and import date, not as a publication. */
  importedFile?: { fileName: string; importedAt: string; sha256: string } | null;
}

export interface ReportQualityFlagInput {
  severity: 'info' | 'warning';
  indicatorCode: string | null;
  regionCode: string | null;
  /** The region's name when the host knows it (flags can concern any province, not only the focus). */
  regionName?: Bilingual;
  year: number | null;
  message: Bilingual;
}

export interface ReportCauseInput {
  id: string;
  name: Bilingual;
  paperSection: string;
  /** Raw weight as set (≥ 0); the model normalises. */
  weight: number;
}

export interface ReportMeasureInput {
  id: string;
  name: Bilingual;
  paperSection: string;
  costLow: number;
  costLikely: number;
  costHigh: number;
  costUnit: string;
  yearsToEffect: number;
  costIsIllustrative: boolean;
  /** Absent: read from costIsIllustrative. */
  costProvenance?: InputProvenance;
}

export interface ReportImpactInput {
  measureId: string;
  causeId: string;
  low: number;
  likely: number;
  high: number;
  rationale: Bilingual;
  /** Paper section(s) a default rests on; empty when a planner wrote the cell. */
  source: string;
  /** Absent: a cell with a paper source counts as a default. */
  provenance?: InputProvenance;
}

export interface ReportWeightingInput {
  method: 'equal' | 'direct' | 'roc' | 'swing' | 'ahp' | 'stakeholders' | 'severity';
  /** Who set the weights (a person, a body, or "default"). Printed as given. */
  setBy: string;
  /** AHP only; for a hierarchy or group the deciding (largest) CR. */
  consistencyRatio?: number | null;
  /** AHP hierarchy or group AHP: the variant and every matrix's CR (name: theme or judge). */
  ahpVariant?: {
    kind: 'hierarchy' | 'group';
    aggregation: 'aij' | 'aip' | null;
    matrices: { scope: 'themes' | 'theme' | 'group' | 'judge'; name: string; cr: number }[];
  } | null;
  /** ROC: cause ids, most important first. */
  rocOrder?: string[];
  /** Causes whose weight was adjusted directly after the method was applied. */
  adjustedAfter?: string[];
  /** The planner kept the default equal weights on purpose. */
  confirmed?: boolean;
}

/** The verdict the overview and the Robustness screen print, worded by engine/verdict. */
export interface ReportVerdictInput extends VerdictText {
  /** "weightings within ±20 % of yours": the end of "best in x % of …". */
  basisPhrase: Bilingual;
}

/** Package constraints beyond budget and size, by measure id. */
export interface ReportConstraintsInput {
  required: string[];
  excluded: string[];
  requires: [string, string][];
  excludes: [string, string][];
  /** The budget is still the shipped illustrative one. */
  budgetIsDefault: boolean;
}

export interface ReportPackageInput {
  rank: number;
  measures: string[];
  value: number;
  cost: number;
  coverage: Record<string, number>;
}

export interface ReportRankingInput {
  feasibleCount: number;
  /** Ranked best first (at least the top ten when available). */
  packages: ReportPackageInput[];
  frontier: { measures: string[]; value: number; cost: number }[];
  budget: number | null;
  maxMeasures: number | null;
}

export interface ReportSmaaPackageInput {
  measures: string[];
  pBest: number;
  /** rankAcceptability[k] = share of samples in which the package ranks k + 1. */
  rankAcceptability: number[];
}

export interface ReportRobustnessInput {
  samples: number;
  seed: number;
  /** How weights were drawn, in words, e.g. "weightings within ±15% of yours". */
  weightSampling: Bilingual;
  packages: ReportSmaaPackageInput[];
  coreShare: Record<string, number>;
}

export interface ReportSensitivityInput {
  causeId: string;
  /** Lowest / highest normalised weight of this cause (others rescaled proportionally) at which
   * today's best package stays best; null = it stays best down to 0 / up to 1. */
  lower: number | null;
  upper: number | null;
  /** Best package just beyond the lower / upper threshold, when known. */
  belowBest?: string[] | null;
  aboveBest?: string[] | null;
}

export interface ReportInput {
  question?: Bilingual;
  author: string;
  /** ISO date (YYYY-MM-DD) the briefing is generated for. */
  date: string;
  appVersion: string;
  scenario: { id: number; name: string; coverageModel: 'saturating' | 'additive' };
  region: ReportRegionInput & { kind: RegionKind };
  /** Regions whose indicators are shown (the scenario region; for an aggregate also its members). */
  focusRegions: ReportRegionInput[];
  national: ReportRegionInput;
  /**
   * Who the region is compared with (engine/evidence/reference.ts): the national code, every
   * province and the region's own provinces, which never enter its reference.
   */
  referenceScope: ReferenceScope;
  /**
   * The province or peer group a city or grouping is compared with instead of the country
   * (referenceScope.comparison), by name; absent: the country.
   */
  comparisonName?: Bilingual;
  /** Names of the regions a reference may name (a province, peers, a grouping's members), by code. */
  regionNames?: Record<string, Bilingual>;
  indicators: ReportIndicatorInput[];
  observations: ReportObservationInput[];
  sources: ReportSourceInput[];
  qualityFlags: ReportQualityFlagInput[];
  causes: ReportCauseInput[];
  weighting: ReportWeightingInput;
  measures: ReportMeasureInput[];
  impacts: ReportImpactInput[];
  ranking: ReportRankingInput;
  constraints?: ReportConstraintsInput;
  robustness: ReportRobustnessInput | null;
  verdict?: ReportVerdictInput | null;
  sensitivity: ReportSensitivityInput[] | null;
  /**
   * Notes shipped with the dataset (why weights are equal, why costs are illustrative …). A note
   * with a `topic` is printed only while that input is still the tool's default.
   */
  datasetNotes: DatasetNote[];
  /** The tile map of the indicator the scenario chose for its briefing; absent: no map. */
  map?: ReportMapInput | null;
  /** sha256 of the observation + scenario rows, computed by the host. */
  dataChecksum: string;
}

/** One indicator over every region of a tile map's scale, in the year the map shows. */
export interface ReportMapInput {
  scale: 'provinces' | 'cities';
  indicator: { code: string; name: Bilingual; unit: Bilingual; direction: 1 | -1 };
  year: number;
  /** Every region the scale draws, with the short label written in its tile. */
  regions: { code: string; label: Bilingual; name: Bilingual; group: string | null }[];
  values: { region: string; value: number }[];
  /** Tiles framed: the scenario's region (its members for a grouping; the Northeast's provinces). */
  highlighted: string[];
  /** What the frame marks, e.g. the scenario's region name. */
  highlightName: Bilingual;
  /** Names of the provinces labelled on the city map. */
  groupNames: { code: string; name: Bilingual }[];
}

// ---------------------------------------------------------------- output (printed by the view)

export interface NamedId {
  id: string;
  name: Bilingual;
}

export interface PackageSummary {
  rank: number;
  measures: NamedId[];
  cost: number;
  value: number;
  /** Share of SMAA samples in which this package is best; null without a robustness run. */
  pBest: number | null;
  /** One plain sentence about robustness. */
  robustnessText: Bilingual;
}

export interface Finding {
  /** Stable key of the rule that produced it (tests and styling). */
  kind: 'indicator-gap' | 'robustness' | 'sensitivity' | 'coverage-gap' | 'core-measure' | 'cost';
  text: Bilingual;
}

export interface IndicatorRow {
  code: string;
  name: Bilingual;
  unit: Bilingual;
  direction: 1 | -1;
  year: number;
  /** One value per focus region (same order as IndicatorSection.regions); null when missing. */
  values: (number | null)[];
  qualifiers: (ReportObservationInput['qualifier'] | null)[];
  /** Per value: 1-based index into `referenceNotes` when the value needs saying (a members' mean). */
  valueNotes: (number | null)[];
  reference: number | null;
  /** Relative gap to the reference, signed so that negative = worse than the reference. */
  gaps: (number | null)[];
  /** 1-based index into `referenceNotes` when the reference needs saying (a provincial mean, an earlier year, none); else null. */
  referenceNote: number | null;
  /** Numbers of the sources (SourcesSection.sources[].number) behind the values shown. */
  sources: number[];
}

export interface IndicatorSection {
  /** The section's heading: against the national reference, or against the province or peer group. */
  title: Bilingual;
  /** The chart's heading, naming the same reference. */
  chartTitle: Bilingual;
  regions: NamedId[];
  referenceName: Bilingual;
  rows: IndicatorRow[];
  /** How a row's reference (or a value) was formed, or why it has none; rows point here by number (shared when equal). */
  referenceNotes: Bilingual[];
  /** Bars for the chart: rows that have a reference, gap per region. */
  chart: { label: Bilingual; region: Bilingual; gap: number }[];
}

export interface WeightSection {
  method: Bilingual;
  setBy: Bilingual;
  isEqual: boolean;
  consistencyRatio: number | null;
  consistencyText: Bilingual | null;
  /** ROC order, later direct adjustments, confirmation: how the weights came about, in words. */
  detail: Bilingual | null;
  rows: { id: string; name: Bilingual; paperSection: string; raw: number; share: number }[];
}

export interface HeatCell {
  likely: number;
  low: number;
  high: number;
}

export interface ImpactSection {
  causes: NamedId[];
  measures: NamedId[];
  /** cells[i][j]: measure i × cause j (likely / range), 0 when not set. */
  cells: HeatCell[][];
  strongest: {
    measure: Bilingual;
    cause: Bilingual;
    likely: number;
    rationale: Bilingual;
    source: string;
  }[];
}

export interface PackageRow {
  rank: number;
  measures: NamedId[];
  cost: number;
  value: number;
  isFrontier: boolean;
  pBest: number | null;
}

export interface PackagesSection {
  feasibleCount: number;
  budget: number | null;
  maxMeasures: number | null;
  /** Each language's own unit ("亿元" / "100 million CNY"), never both at once. */
  costUnit: Bilingual;
  /** Required / excluded measures and the requires / excludes pairs, one line each, in words. */
  constraints: Bilingual[];
  rows: PackageRow[];
  /** Points for the cost–value chart (top packages + frontier). */
  points: { cost: number; value: number; rank: number | null; isFrontier: boolean }[];
  frontier: { cost: number; value: number; label: string }[];
}

export interface CoverageSection {
  causes: NamedId[];
  packages: { rank: number; label: string; coverage: number[] }[];
  weights: number[];
}

export interface RobustnessSection {
  available: boolean;
  samples: number;
  seed: number | null;
  weightSampling: Bilingual;
  packages: { label: string; measures: NamedId[]; pBest: number; rankAcceptability: number[] }[];
  core: { id: string; name: Bilingual; share: number }[];
  sensitivity: {
    id: string;
    name: Bilingual;
    current: number;
    lower: number | null;
    upper: number | null;
    text: Bilingual;
  }[];
}

export interface SourcesSection {
  /** Numbered in input order; the indicator table cites them by number. */
  sources: {
    number: number;
    /** "[3] 国家统计局，论文表3，2024" without the number: for the indicator table. */
    short: Bilingual;
    /** Publisher, title, year (or the imported file's name and date). */
    citation: Bilingual;
    note: Bilingual;
  }[];
  flags: { severity: 'info' | 'warning'; where: Bilingual; message: Bilingual }[];
}

export interface MapSection {
  scale: 'provinces' | 'cities';
  title: Bilingual;
  /** Direction of the indicator and how the colour classes were formed, in words. */
  note: Bilingual;
  /** How many regions have no figure, and which. */
  missingText: Bilingual | null;
  legendHighlight: Bilingual;
  /** The pure map data the view turns into tiles for its language. */
  regions: ReportMapInput['regions'];
  values: ReportMapInput['values'];
  highlighted: string[];
  groupNames: ReportMapInput['groupNames'];
  /** Fraction digits of the values written in the tiles. */
  digits: number;
  unit: Bilingual;
}

export interface ReproducibilityFooter {
  appVersion: string;
  /** The scenario's stored name (file names, host replies). */
  scenario: string;
  /** The same name as printed in each language. */
  scenarioName: Bilingual;
  seed: number | null;
  dataChecksum: string;
  date: string;
}

export interface ReportModel {
  title: {
    title: Bilingual;
    question: Bilingual;
    region: Bilingual;
    scenario: Bilingual;
    author: string;
    date: string;
  };
  summary: {
    /** The same verdict the app's screens print; null for inputs without one (tests, CLI models). */
    verdict: ReportVerdictInput | null;
    recommended: PackageSummary | null;
    alternatives: PackageSummary[];
    findings: Finding[];
  };
  indicators: IndicatorSection;
  weights: WeightSection;
  impacts: ImpactSection;
  packages: PackagesSection;
  coverage: CoverageSection;
  robustness: RobustnessSection;
  sources: SourcesSection;
  assumptions: Bilingual[];
  /** Null when the scenario chose no map indicator or it has no figure at the map's scale. */
  map: MapSection | null;
  footer: ReproducibilityFooter;
}
