/**
 * The scenario channels: list and read, create, copy, rename, delete, the region and the coverage
 * model, every edit of the planner's inputs, and the side-by-side comparison. Spread into
 * `channels` (channels.ts) so the one contract lists every channel.
 */
import { bilingual } from './bilingual';
import { z } from 'zod';
import { differenceSchema } from './change';
import {
  constraintsSchema,
  coverageModelSchema,
  entityId,
  finite,
  MAX_BUDGET,
  MAX_MEASURE_COST,
  MAX_SEED,
  MAX_YEARS_TO_EFFECT,
  scenarioId,
  scenarioSchema,
  scenarioSummarySchema,
  shortText,
  uncertaintyTypeSchema,
} from './domain';
import { nameField } from './plain-text';

const scenarioName = nameField(200);
const regionCode = z.string().min(1).max(64);

/**
 * A cost figure in 亿元: a positive finite number no larger than the stated ceiling. The CLI's
 * `scenario set` input checks its costs and budget with the same rules (scenario-inputs-schema.ts).
 */
export const costFigure = finite
  .gt(0, { message: bilingual('成本须大于 0', 'a cost must be greater than 0') })
  .max(MAX_MEASURE_COST, {
    message: bilingual(
      `成本不得超过 ${MAX_MEASURE_COST.toLocaleString('en-US')} 亿元`,
      `a cost may not exceed ${MAX_MEASURE_COST.toLocaleString('en-US')} (100 million yuan)`,
    ),
  });

/** A package budget in 亿元, from 0 to the stated ceiling. */
export const budgetFigure = finite
  .min(0, { message: bilingual('预算须 ≥ 0', 'the budget must be ≥ 0') })
  .max(MAX_BUDGET, {
    message: bilingual(
      `预算不得超过 ${MAX_BUDGET.toLocaleString('en-US')} 亿元`,
      `the budget may not exceed ${MAX_BUDGET.toLocaleString('en-US')} (100 million yuan)`,
    ),
  });

const packageBriefSchema = z.strictObject({
  rank: z.number().int().positive(),
  measures: z.array(entityId),
  value: finite,
  cost: finite,
});

export const compareResultSchema = z.strictObject({
  scenarios: z.array(
    z.strictObject({
      id: scenarioId,
      name: shortText,
      regionCode: shortText,
      coverageModel: coverageModelSchema,
      feasibleCount: z.number().int().min(0),
      top: z.array(packageBriefSchema).max(5),
    }),
  ),
  /** Kendall's tau-b for each pair, over the packages both rankings contain; null below 2 shared. */
  tau: z.array(
    z.strictObject({
      a: scenarioId,
      b: scenarioId,
      tau: finite.min(-1).max(1).nullable(),
      common: z.number().int().min(0),
    }),
  ),
  /** Each input that is not the same in every compared scenario, one value per scenario. */
  differences: z.array(differenceSchema).max(5000),
});
export type CompareResult = z.infer<typeof compareResultSchema>;

export const scenarioChannels = {
  /** Saved scenarios, newest edit first. */
  'scenario:list': {
    request: z.strictObject({}),
    response: z.array(scenarioSummarySchema),
  },
  /** One scenario with everything the engine needs. */
  'scenario:get': {
    request: z.strictObject({ scenarioId }),
    response: scenarioSchema,
  },
  /** A new scenario from the paper's defaults for a region; logged, not undoable (delete it instead). */
  'scenario:create': {
    request: z.strictObject({ name: scenarioName, regionCode }),
    response: scenarioSchema,
  },
  /** A full copy under a new name, for what-if comparison. */
  'scenario:duplicate': {
    request: z.strictObject({ scenarioId, name: scenarioName }),
    response: scenarioSchema,
  },
  'scenario:rename': {
    request: z.strictObject({ scenarioId, name: scenarioName }),
    response: scenarioSchema,
  },
  /** Deletes a scenario; the snapshot is kept in the edit log so edits:undo restores it. */
  'scenario:delete': {
    request: z.strictObject({ scenarioId }),
    response: z.strictObject({ ok: z.literal(true), editId: z.number().int().positive() }),
  },
  'scenario:setRegion': {
    request: z.strictObject({ scenarioId, regionCode }),
    response: scenarioSchema,
  },
  'scenario:setCoverageModel': {
    request: z.strictObject({ scenarioId, model: coverageModelSchema }),
    response: scenarioSchema,
  },
  /** Set one cause's raw weight (≥ 0); saved at once and logged. Returns the updated scenario. */
  'scenario:setCauseWeight': {
    request: z.strictObject({ scenarioId, causeId: entityId, weight: finite.min(0).max(1000) }),
    response: scenarioSchema,
  },
  /** Set one impact cell (low ≤ likely ≤ high, each in [−1, 1]); saved at once and logged. */
  'scenario:setImpact': {
    request: z
      .strictObject({
        scenarioId,
        measureId: entityId,
        causeId: entityId,
        low: finite.min(-1).max(1),
        likely: finite.min(-1).max(1),
        high: finite.min(-1).max(1),
      })
      .refine((v) => v.low <= v.likely && v.likely <= v.high, {
        message: 'impact must satisfy low ≤ likely ≤ high',
        path: ['likely'],
      }),
    response: scenarioSchema,
  },
  /**
   * Set a measure's cost estimate (0 < low ≤ likely ≤ high ≤ MAX_MEASURE_COST 亿元), years to
   * effect and, optionally, its lead agency for this scenario; the row becomes the planner's own.
   */
  'scenario:setMeasureCost': {
    request: z
      .strictObject({
        scenarioId,
        measureId: entityId,
        costLow: costFigure,
        costLikely: costFigure,
        costHigh: costFigure,
        yearsToEffect: finite.min(0).max(MAX_YEARS_TO_EFFECT),
        leadAgencyZh: shortText.optional(),
        leadAgencyEn: shortText.optional(),
      })
      .refine((v) => v.costLow <= v.costLikely && v.costLikely <= v.costHigh, {
        message: bilingual('须满足 低 ≤ 可能 ≤ 高', 'cost must satisfy low ≤ likely ≤ high'),
        path: ['costLikely'],
      }),
    response: scenarioSchema,
  },
  /**
   * Mark shipped defaults as reviewed and kept ('confirmed'): all default impact cells (of one
   * measure when measureId is given), all default costs, the default weights or the default
   * budget. One undoable, audited edit; values do not change.
   */
  'scenario:confirmDefaults': {
    request: z.strictObject({
      scenarioId,
      what: z.enum(['impacts', 'costs', 'weights', 'budget']),
      measureId: entityId.optional(),
    }),
    response: scenarioSchema,
  },
  /** The scenario's robustness settings: weight uncertainty (type, width), SMAA samples and seed. */
  'scenario:setAnalysis': {
    request: z.strictObject({
      scenarioId,
      uncertainty: uncertaintyTypeSchema.optional(),
      width: finite.gt(0).max(1).optional(),
      samples: z.number().int().min(100).max(200_000).optional(),
      seed: z.number().int().min(0).max(MAX_SEED).optional(),
    }),
    response: scenarioSchema,
  },
  /** Replace the package constraints of a scenario (budget in 亿元, 0 … MAX_BUDGET, null = no limit). */
  'scenario:setConstraints': {
    request: z.strictObject({
      scenarioId,
      constraints: constraintsSchema.extend({
        budget: budgetFigure.nullable(),
      }),
    }),
    response: scenarioSchema,
  },
  /** 2–4 scenarios side by side: top five each, Kendall's tau per pair, the inputs that differ. */
  'scenario:compare': {
    request: z.strictObject({
      ids: z
        .array(scenarioId)
        .min(2)
        .max(4)
        .refine((ids) => new Set(ids).size === ids.length, { message: 'ids must be distinct' }),
    }),
    response: compareResultSchema,
  },
} as const;
