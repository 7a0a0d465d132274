import { bilingual } from '../../contract/bilingual';
import { z } from 'zod';
import {
  analysisSettingsSchema,
  constraintsSchema,
  entityId,
  finite,
  impactCellSchema,
  MAX_MEASURE_COST,
  measureCostFigures,
  provenanceSchema,
  shortText,
  synergySchema,
  weightMethodSchema,
  ahpVariantSchema,
  type Scenario,
} from '../../contract/domain';
import { nameField } from '../../contract/plain-text';

/**
 * The project file: one versioned JSON document holding whole scenarios, so a planner can carry
 * work to another machine. Only the planner's inputs are stored — names and paper texts of the
 * causes and measures come from the receiving database, which must know every id used.
 */

export const PROJECT_FORMAT = 'talent-retention-planner/project';
export const PROJECT_VERSION = 1;

export const projectScenarioSchema = z.strictObject({
  name: nameField(200),
  regionCode: z.string().min(1).max(64),
  coverageModel: z.enum(['saturating', 'additive']),
  weights: z.record(entityId, finite.min(0).max(1000)),
  measures: z
    .array(
      z
        .strictObject({
          id: entityId,
          // The edit channel's ceiling, so no file carries a cost the app would refuse to type in.
          costLow: finite.min(0).max(MAX_MEASURE_COST),
          costLikely: finite.min(0).max(MAX_MEASURE_COST),
          costHigh: finite.min(0).max(MAX_MEASURE_COST),
          costUnit: z.string().max(200),
          yearsToEffect: finite.min(0).max(100),
          costIsIllustrative: z.boolean(),
          // Absent in files written before provenance was recorded.
          costProvenance: provenanceSchema.optional(),
          leadAgencyZh: shortText.optional(),
          leadAgencyEn: shortText.optional(),
        })
        .refine((m) => m.costLow <= m.costLikely && m.costLikely <= m.costHigh, {
          message: bilingual('须满足 低 ≤ 可能 ≤ 高', 'cost must satisfy low ≤ likely ≤ high'),
          path: ['costLikely'],
        }),
    )
    .max(200),
  impacts: z
    .array(
      impactCellSchema
        .extend({ provenance: provenanceSchema.optional() })
        .refine((c) => c.low <= c.likely && c.likely <= c.high, {
          message: bilingual('须满足 低 ≤ 可能 ≤ 高', 'impact must satisfy low ≤ likely ≤ high'),
          path: ['likely'],
        }),
    )
    .max(20000),
  synergies: z.array(synergySchema).max(400),
  constraints: constraintsSchema,
  budgetProvenance: provenanceSchema.optional(),
  /** Robustness settings; absent in older files (the defaults apply). */
  analysis: analysisSettingsSchema.optional(),
  /** Who confirmed the shipped weights as theirs; absent when nobody did. */
  weightsConfirmed: z.strictObject({ by: shortText, at: shortText }).optional(),
  /** What produced the weights (method, by whom, when, AHP CR, ROC order); absent in older files. */
  weighting: z
    .strictObject({
      method: weightMethodSchema,
      by: shortText,
      at: shortText,
      cr: finite.nullable(),
      order: z.array(entityId).max(100),
      adjusted: z.array(entityId).max(100),
      /** AHP hierarchy or group: its structure and each matrix's CR; absent otherwise. */
      ahp: ahpVariantSchema.optional(),
    })
    .optional(),
});
export type ProjectScenario = z.infer<typeof projectScenarioSchema>;

export const projectFileSchema = z.strictObject({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  exportedAt: z.string().max(64),
  appVersion: z.string().max(64),
  scenarios: z.array(projectScenarioSchema).max(500),
});
export type ProjectFile = z.infer<typeof projectFileSchema>;

/** The planner's inputs of a scenario, as stored in the file (and in the delete snapshot). */
export function toProjectScenario(s: Scenario): ProjectScenario {
  return {
    name: s.name,
    regionCode: s.regionCode,
    coverageModel: s.coverageModel,
    weights: Object.fromEntries(s.causes.map((c) => [c.id, c.weight])),
    measures: s.measures.map((m) => ({
      id: m.id,
      ...measureCostFigures(m),
      costProvenance: m.costProvenance,
      leadAgencyZh: m.leadAgencyZh,
      leadAgencyEn: m.leadAgencyEn,
    })),
    impacts: s.impacts.map((c) => ({ ...c })),
    synergies: s.synergies.map((x) => ({ ...x })),
    constraints: s.constraints,
    budgetProvenance: s.budgetProvenance,
    analysis: s.analysis,
    ...(s.weighting.provenance.kind === 'confirmed'
      ? { weightsConfirmed: { by: s.weighting.provenance.by, at: s.weighting.provenance.at } }
      : {}),
    weighting: {
      method: s.weighting.method,
      by: s.weighting.provenance.kind === 'edited' ? s.weighting.provenance.by : '',
      at: s.weighting.provenance.kind === 'edited' ? s.weighting.provenance.at : '',
      cr: s.weighting.ahpCr,
      order: s.weighting.rocOrder,
      adjusted: s.weighting.adjustedAfter,
      ...(s.weighting.ahpVariant ? { ahp: s.weighting.ahpVariant } : {}),
    },
  };
}
