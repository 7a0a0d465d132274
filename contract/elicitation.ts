/**
 * Weight-elicitation channels: the per-scenario weight method and its inputs (ROC ranking, swing
 * points, AHP judgement matrix), stakeholder weight sets and their aggregate. Spread into
 * `channels` (channels.ts). The weights themselves are computed in the service with the engine,
 * so every host derives the same numbers from the same inputs.
 */
import { z } from 'zod';
import { ahpAggregationSchema, entityId, finite, scenarioId, shortText } from './domain';
import { nameField } from './plain-text';

/**
 * 'ahpHierarchy': causes grouped under themes, one matrix among the themes and one within each;
 * 'ahpGroup': several judges' matrices aggregated (AIJ or AIP). Both are recorded as AHP in the
 * weighting, with their structure and every matrix's CR (domain.ts ahpVariantSchema).
 */
export const weightMethodSchema = z.enum([
  'direct',
  'roc',
  'swing',
  'ahp',
  'ahpHierarchy',
  'ahpGroup',
]);

/** Saaty judgements are 1/9..9; null = not judged (the engine handles incomplete matrices). */
const judgement = z
  .number()
  .min(1 / 9 - 1e-9)
  .max(9 + 1e-9)
  .nullable();

export const ahpMatrixSchema = z.strictObject({
  causes: z.array(entityId).min(2).max(15),
  matrix: z.array(z.array(judgement).max(15)).max(15),
});

const pairwiseMatrix = z.array(z.array(judgement).max(15)).max(15);

/**
 * The drafts below are saved with any method, so they may be unfinished (a theme with no cause
 * yet, a blank name); the service checks them fully when their method is applied.
 */
export const ahpThemeSchema = z.strictObject({
  name: shortText,
  /** The theme's causes, in the order of its matrix's rows. */
  causes: z.array(entityId).max(15),
  matrix: pairwiseMatrix,
});
export type AhpThemeView = z.infer<typeof ahpThemeSchema>;

export const ahpHierarchySchema = z.strictObject({
  themes: z.array(ahpThemeSchema).min(1).max(15),
  /** The themes compared pairwise, in `themes` order. */
  matrix: pairwiseMatrix,
});
export type AhpHierarchyView = z.infer<typeof ahpHierarchySchema>;

export const ahpJudgeSchema = z.strictObject({
  name: shortText,
  /** Relative weight of the judge's judgements (1 = equal say). */
  weight: z.number().positive().max(1000).finite(),
  matrix: pairwiseMatrix,
});
export type AhpJudgeView = z.infer<typeof ahpJudgeSchema>;

export const ahpGroupSchema = z.strictObject({
  /** The order of every judge's matrix rows. */
  causes: z.array(entityId).min(2).max(15),
  /** AIJ: geometric mean of the judgements, then eigenvector; AIP: weighted geometric mean of each judge's priorities. */
  aggregation: ahpAggregationSchema,
  judges: z.array(ahpJudgeSchema).min(1).max(20),
});
export type AhpGroupView = z.infer<typeof ahpGroupSchema>;

export const elicitationSettingsSchema = z.strictObject({
  method: weightMethodSchema,
  rocOrder: z.array(entityId).max(100),
  swingPoints: z.record(entityId, z.number().min(0).max(100)),
  ahp: ahpMatrixSchema.nullable(),
  /** The AHP hierarchy's themes and matrices; absent until first used. */
  ahpHierarchy: ahpHierarchySchema.nullable().optional(),
  /** Group AHP's judges and aggregation; absent until first used. */
  ahpGroup: ahpGroupSchema.nullable().optional(),
});
export type ElicitationSettingsView = z.infer<typeof elicitationSettingsSchema>;

const causeWeights = z.record(entityId, z.number().min(0).finite());

export const stakeholderSetSchema = z.strictObject({
  id: z.number().int().positive(),
  name: shortText.min(1),
  influence: z.number().min(0).finite(),
  weights: causeWeights,
});
export type StakeholderSetView = z.infer<typeof stakeholderSetSchema>;

export const disagreementSchema = z.strictObject({
  causeId: entityId,
  min: finite,
  max: finite,
  spread: finite,
  aggregate: finite,
});

export const elicitationStateSchema = z.strictObject({
  settings: elicitationSettingsSchema,
  stakeholders: z.array(stakeholderSetSchema).max(50),
  /** Influence-weighted mean of the normalised sets; null with no (usable) set. */
  aggregate: z.array(disagreementSchema).max(100).nullable(),
});
export type ElicitationState = z.infer<typeof elicitationStateSchema>;

export const elicitationChannels = {
  /** The scenario's weight method, its inputs, stakeholder sets and their aggregate. */
  'elicitation:get': {
    request: z.strictObject({ scenarioId }),
    response: elicitationStateSchema,
  },
  /**
   * Saves the method inputs and, unless the method is 'direct', writes the weights they imply to
   * the scenario (audited, undoable) in one transaction. Returns the weights written (shares).
   * AHP judgements with CR > 0.10 are refused unless `acceptInconsistency` is set; the audit
   * records the CR and the confirmation. For an AHP hierarchy any matrix above 0.10 needs it,
   * for group AHP the AIJ group matrix (AIJ) or any judge's matrix (AIP).
   */
  'elicitation:apply': {
    request: z.strictObject({
      scenarioId,
      settings: elicitationSettingsSchema,
      /** AHP with CR > 0.10 is applied only with this set: the planner confirmed the inconsistency. */
      acceptInconsistency: z.boolean().optional(),
    }),
    response: z.strictObject({
      state: elicitationStateSchema,
      weights: causeWeights,
      /** How many weights changed; they are logged as ONE undoable edit. */
      edits: z.number().int().min(0),
    }),
  },
  'elicitation:saveStakeholder': {
    request: z.strictObject({
      scenarioId,
      id: z.number().int().positive().optional(),
      name: nameField(200),
      influence: z.number().min(0).max(1000).finite(),
      weights: causeWeights,
    }),
    response: elicitationStateSchema,
  },
  'elicitation:deleteStakeholder': {
    request: z.strictObject({ scenarioId, id: z.number().int().positive() }),
    response: elicitationStateSchema,
  },
  /** Writes the stakeholders' aggregate as the scenario's cause weights (audited, undoable). */
  'elicitation:useAggregate': {
    request: z.strictObject({ scenarioId }),
    response: z.strictObject({
      state: elicitationStateSchema,
      weights: causeWeights,
      /** How many weights changed; they are logged as ONE undoable edit. */
      edits: z.number().int().min(0),
    }),
  },
  /**
   * Writes cause weights derived elsewhere in one step, e.g. the regional severity folded into
   * them: ONE audited edit named after its source, so one undo restores every weight.
   */
  'elicitation:setWeights': {
    request: z.strictObject({
      scenarioId,
      weights: causeWeights,
      source: z.enum(['severity']),
    }),
    response: z.strictObject({
      weights: causeWeights,
      /** How many weights changed; they are logged as ONE undoable edit. */
      edits: z.number().int().min(0),
    }),
  },
} as const;
