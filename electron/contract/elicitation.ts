/**
 * Weight-elicitation channels: the per-scenario weight method and its inputs (ROC ranking, swing
 * points, AHP judgement matrix), stakeholder weight sets and their aggregate. Spread into
 * `channels` (channels.ts). The weights themselves are computed in the service with the engine,
 * so every host derives the same numbers from the same inputs.
 */
import { z } from 'zod';
import { entityId, finite, scenarioId, shortText } from './domain';
import { nameField } from './plain-text';

export const weightMethodSchema = z.enum(['direct', 'roc', 'swing', 'ahp']);

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

export const elicitationSettingsSchema = z.strictObject({
  method: weightMethodSchema,
  rocOrder: z.array(entityId).max(100),
  swingPoints: z.record(entityId, z.number().min(0).max(100)),
  ahp: ahpMatrixSchema.nullable(),
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
   * records the CR and the confirmation.
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
