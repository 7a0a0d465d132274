/**
 * Shapes that cross the host ↔ renderer boundary. zod schemas double as the runtime
 * validation of every request and reply (docs/security.md), so nothing here may import
 * more than zod.
 */
import { z } from 'zod';
import type { PackagesResult as EnginePackagesResult } from '../engine/packages';
import { isWellFormedText, NOT_WELL_FORMED, stripBidiControls } from './plain-text';
import type { SameType } from './same-type';

const MAX_TEXT = 4000;
const MAX_NAME = 200;

export const finite = z.number().finite();
/** Names, notes, rationales: bidi controls removed on the way in and out, lone surrogates refused (plain-text.ts). */
export const shortText = z
  .string()
  .overwrite(stripBidiControls)
  .max(MAX_NAME)
  .refine(isWellFormedText, NOT_WELL_FORMED);
export const longText = z
  .string()
  .overwrite(stripBidiControls)
  .max(MAX_TEXT)
  .refine(isWellFormedText, NOT_WELL_FORMED);
export const entityId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.-]+$/, 'ids are letters, digits, _ . -');
export const scenarioId = z.number().int().positive();

export const localeSchema = z.enum(['zh', 'en']);
export type Locale = z.infer<typeof localeSchema>;

/**
 * province (31 provincial units) | national | aggregate (the Northeast) | city (the 36
 * prefecture-level divisions of the Northeast) | group (a metropolitan area or agglomeration:
 * cities a scenario can be made for) | peer-group (cities a region is compared with).
 */
export const regionKindSchema = z.enum([
  'province',
  'national',
  'aggregate',
  'city',
  'group',
  'peer-group',
]);
export type RegionKind = z.infer<typeof regionKindSchema>;
export const regionSchema = z.strictObject({
  code: shortText,
  nameZh: shortText,
  nameEn: shortText,
  kind: regionKindSchema,
  isNortheast: z.boolean(),
  /** For a city, the code of the province it lies in; null for every other kind. */
  province: shortText.nullable(),
});
export type Region = z.infer<typeof regionSchema>;

/** What a region is compared with: the country, its province, or a peer group. */
export const referenceChoiceSchema = z.enum(['national', 'province', 'peer-group']);
export type ReferenceChoice = z.infer<typeof referenceChoiceSchema>;
/** Whether a region's figure could be compared with its reference, or which side is missing. */
export const comparisonStatusSchema = z.enum([
  'compared',
  'no-reference',
  'no-region-value',
  'no-data',
]);

export const causeSchema = z.strictObject({
  id: entityId,
  nameZh: shortText,
  nameEn: shortText,
  textZh: longText,
  textEn: longText,
  /** Paper section, e.g. "§3.4". */
  paperSection: shortText,
  /** Raw weight as the planner set it (≥ 0). Shares are computed by the engine. */
  weight: finite.min(0),
});
export type Cause = z.infer<typeof causeSchema>;

/** Where an input's value came from; shown beside it in the tables, the overview and the briefing. */
export const provenanceKindSchema = z.enum(['default', 'edited', 'confirmed']);
export type ProvenanceKind = z.infer<typeof provenanceKindSchema>;
export const provenanceSchema = z.strictObject({
  /** default: the shipped illustrative value; edited: written by `by` at `at`; confirmed: a default `by` reviewed and kept. */
  kind: provenanceKindSchema,
  by: shortText,
  /** ISO time; '' for a default. */
  at: shortText,
});
export type Provenance = z.infer<typeof provenanceSchema>;
export const DEFAULT_PROVENANCE: Provenance = { kind: 'default', by: '', at: '' };

/**
 * The stated ceiling of a measure's cost in 亿元 (100 million yuan): 100,000 亿元 = 10 trillion
 * yuan, above the three provinces' combined annual GDP, so no real programme is refused while a
 * mistyped or hostile figure (1e308) never reaches the engine.
 */
export const MAX_MEASURE_COST = 100_000;
/**
 * The stated ceiling of a package budget in 亿元, for the same reason: a programme budget above
 * the region's annual GDP is a typing error, and "no limit" is an empty budget, not a huge one.
 * Checked where a budget is set (not on stored scenarios, so an older file still opens).
 */
export const MAX_BUDGET = 100_000;
export const MAX_YEARS_TO_EFFECT = 50;

export const measureSchema = z.strictObject({
  id: entityId,
  nameZh: shortText,
  nameEn: shortText,
  textZh: longText,
  textEn: longText,
  paperSection: shortText,
  costLow: finite.min(0),
  costLikely: finite.min(0),
  costHigh: finite.min(0),
  /** Unit of the cost figures, e.g. "亿元 / 100 million CNY". */
  costUnit: shortText,
  yearsToEffect: finite.min(0),
  leadAgencyZh: shortText,
  leadAgencyEn: shortText,
  /** True while the cost and timing are the shipped illustrative assumption, not the planner's figure. */
  costIsIllustrative: z.boolean(),
  /** Of the cost, years and lead agency together (one row of the measures table). */
  costProvenance: provenanceSchema,
});
export type Measure = z.infer<typeof measureSchema>;

/** A measure's cost and timing figures, as the project file and the briefing carry them. */
export function measureCostFigures(
  m: Measure,
): Pick<
  Measure,
  'costLow' | 'costLikely' | 'costHigh' | 'costUnit' | 'yearsToEffect' | 'costIsIllustrative'
> {
  return {
    costLow: m.costLow,
    costLikely: m.costLikely,
    costHigh: m.costHigh,
    costUnit: m.costUnit,
    yearsToEffect: m.yearsToEffect,
    costIsIllustrative: m.costIsIllustrative,
  };
}

export const impactCellSchema = z.strictObject({
  measureId: entityId,
  causeId: entityId,
  low: finite.min(-1).max(1),
  likely: finite.min(-1).max(1),
  high: finite.min(-1).max(1),
  rationaleZh: longText,
  rationaleEn: longText,
  /** Paper section(s) the default rests on, e.g. "§3.3, §4.1"; empty when the planner wrote it. */
  source: shortText,
  provenance: provenanceSchema,
});
export type ImpactCell = z.infer<typeof impactCellSchema>;

export const synergySchema = z.strictObject({
  a: entityId,
  b: entityId,
  value: finite.min(-1).max(1),
});

export const constraintsSchema = z.strictObject({
  budget: finite.min(0).nullable(),
  maxMeasures: z.number().int().min(1).max(200).nullable(),
  required: z.array(entityId).max(200),
  excluded: z.array(entityId).max(200),
  requires: z.array(z.tuple([entityId, entityId])).max(400),
  excludes: z.array(z.tuple([entityId, entityId])).max(400),
});
export type Constraints = z.infer<typeof constraintsSchema>;

/**
 * How the weights' uncertainty is read by every robustness result of a scenario (SMAA, core
 * index, overview, briefing): around the planner's weights (± width, renormalised), keeping the
 * planner's ranking of the causes, drawn from the stakeholder sets, or no preference (uniform).
 */
export const uncertaintyTypeSchema = z.enum(['around', 'ordinal', 'stakeholders', 'uniform']);
export type UncertaintyType = z.infer<typeof uncertaintyTypeSchema>;
export const MAX_SEED = 4_294_967_295;
export const analysisSettingsSchema = z.strictObject({
  uncertainty: uncertaintyTypeSchema,
  /** For 'around': 0.2 = each weight within ±20 % of the planner's. */
  width: finite.gt(0).max(1),
  samples: z.number().int().min(100).max(200_000),
  seed: z.number().int().min(0).max(MAX_SEED),
});
export type AnalysisSettings = z.infer<typeof analysisSettingsSchema>;

export const weightMethodSchema = z.enum([
  'default',
  'direct',
  'roc',
  'swing',
  'ahp',
  'stakeholders',
  'severity',
]);
export type WeightMethodName = z.infer<typeof weightMethodSchema>;

/**
 * An AHP weighting structured beyond one matrix (docs/decision-model.md §AHP): causes grouped
 * under themes (global weight = local × the theme's weight), or several judges' matrices
 * combined by AIJ (geometric mean of judgements) or AIP (weighted geometric mean of priorities).
 * Every matrix's consistency ratio is kept, so the briefing and the audit can name each one.
 */
/** AIJ (aggregated judgements) or AIP (aggregated priorities): how judges' matrices combine. */
export const ahpAggregationSchema = z.enum(['aij', 'aip']);

export const ahpVariantSchema = z.strictObject({
  kind: z.enum(['hierarchy', 'group']),
  /** Group only; null for a hierarchy. */
  aggregation: ahpAggregationSchema.nullable(),
  /**
   * 'themes': the matrix among themes; 'theme': one theme's causes (name = the theme);
   * 'group': the AIJ aggregated matrix; 'judge': one judge's matrix (name = the judge).
   */
  matrices: z
    .array(
      z.strictObject({
        scope: z.enum(['themes', 'theme', 'group', 'judge']),
        name: shortText,
        cr: finite,
      }),
    )
    .max(50),
});
export type AhpVariant = z.infer<typeof ahpVariantSchema>;

/** What produced the current weights, as the briefing and the checklist state it. */
export const weightingSchema = z.strictObject({
  provenance: provenanceSchema,
  /** The method applied last ('default': the shipped equal weights, never changed). */
  method: weightMethodSchema,
  /**
   * AHP: consistency ratio of the matrix applied (null otherwise or when it has no CR); for a
   * hierarchy or a group the largest CR of its matrices (the AIJ group matrix's for AIJ).
   */
  ahpCr: finite.nullable(),
  /** AHP hierarchy or group AHP: its structure and every matrix's CR; absent/null otherwise. */
  ahpVariant: ahpVariantSchema.nullable().optional(),
  /** ROC: cause ids most important first, as ranked (empty otherwise). */
  rocOrder: z.array(entityId).max(100),
  /** Causes whose weight was adjusted directly after the method was applied. */
  adjustedAfter: z.array(entityId).max(100),
});
export type Weighting = z.infer<typeof weightingSchema>;

export const stakeholderWeightsSchema = z.strictObject({
  name: shortText,
  weights: z.record(z.string(), finite.min(0)),
});

export const scenarioSummarySchema = z.strictObject({
  id: scenarioId,
  name: shortText,
  regionCode: shortText,
  updatedAt: shortText,
});
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;

export const coverageModelSchema = z.enum(['saturating', 'additive']);

export const scenarioSchema = z.strictObject({
  id: scenarioId,
  name: shortText,
  regionCode: shortText,
  coverageModel: coverageModelSchema,
  causes: z.array(causeSchema).max(100),
  measures: z.array(measureSchema).max(200),
  impacts: z.array(impactCellSchema).max(20000),
  synergies: z.array(synergySchema).max(400),
  constraints: constraintsSchema,
  /** Of the budget: default while it is the shipped illustrative figure. */
  budgetProvenance: provenanceSchema,
  weighting: weightingSchema,
  analysis: analysisSettingsSchema,
  /** The stakeholder weight sets (raw weights by cause id), for the 'stakeholders' uncertainty. */
  stakeholders: z.array(stakeholderWeightsSchema).max(50),
  /** When a briefing of this scenario was last exported (ISO time), null if never. */
  briefingExportedAt: shortText.nullable(),
  updatedAt: shortText,
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const rankedPackageSchema = z.strictObject({
  rank: z.number().int().positive(),
  measures: z.array(entityId),
  value: finite,
  cost: finite,
  coverage: z.record(z.string(), finite),
});

export const packagesResultSchema = z.strictObject({
  feasibleCount: z.number().int().min(0),
  packages: z.array(rankedPackageSchema),
  frontier: z.array(z.strictObject({ measures: z.array(entityId), value: finite, cost: finite })),
  budgetCurve: z.array(
    z.strictObject({ budget: finite, measures: z.array(entityId), value: finite }),
  ),
  marginal: z.record(z.string(), finite),
  normalizedWeights: z.record(z.string(), finite),
});
/**
 * The wire shape of the engine's ranking: one definition (the engine's) checked against the schema
 * both ways at compile time, so neither can gain or lose a field alone.
 */
export type PackagesResult = EnginePackagesResult;
export const packagesResultMatchesEngine: SameType<
  z.infer<typeof packagesResultSchema>,
  EnginePackagesResult
> = true;
