/**
 * Shapes that cross the host ↔ renderer boundary. zod schemas double as the runtime
 * validation of every request and reply (docs/security.md), so nothing here may import
 * more than zod.
 */
import { z } from 'zod';
import { isWellFormedText, NOT_WELL_FORMED, stripBidiControls } from './plain-text';

const MAX_TEXT = 4000;
const MAX_NAME = 200;

export const finite = z.number().finite();
/**
 * The largest cost a measure may have, in its cost unit: the edit channel and the project file
 * share it, so no file can carry a cost the app would refuse to type in (sums of 1e308 overflow).
 */
export const MAX_COST = 1e9;
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

export const regionSchema = z.strictObject({
  code: shortText,
  nameZh: shortText,
  nameEn: shortText,
  /** province | national | aggregate */
  kind: z.enum(['province', 'national', 'aggregate']),
  isNortheast: z.boolean(),
});
export type Region = z.infer<typeof regionSchema>;

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
});
export type Measure = z.infer<typeof measureSchema>;

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

export const scenarioSummarySchema = z.strictObject({
  id: scenarioId,
  name: shortText,
  regionCode: shortText,
  updatedAt: shortText,
});
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;

export const scenarioSchema = z.strictObject({
  id: scenarioId,
  name: shortText,
  regionCode: shortText,
  coverageModel: z.enum(['saturating', 'additive']),
  causes: z.array(causeSchema).max(100),
  measures: z.array(measureSchema).max(200),
  impacts: z.array(impactCellSchema).max(20000),
  synergies: z.array(synergySchema).max(400),
  constraints: constraintsSchema,
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
export type PackagesResult = z.infer<typeof packagesResultSchema>;
