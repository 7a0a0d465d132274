/**
 * The input of `cli scenario set` (docs/cli.md): a scenario's own inputs, any subset, each object
 * strict so a misspelt key is refused by name instead of silently ignored. A single number for a
 * cost or an impact means low = likely = high.
 */
import { z } from 'zod';
import {
  entityId,
  finite,
  MAX_YEARS_TO_EFFECT,
  shortText,
  uncertaintyTypeSchema,
} from '../../contract/domain';
import { bilingual } from '../../contract/bilingual';
import { budgetFigure, costFigure } from '../../contract/scenario';

const impactFigure = finite
  .min(-1, { message: bilingual('影响值须在 −1 与 1 之间', 'must be within [−1, 1]') })
  .max(1, { message: bilingual('影响值须在 −1 与 1 之间', 'must be within [−1, 1]') });

const ORDER_MESSAGE = bilingual('须满足 低 ≤ 可能 ≤ 高', 'must satisfy low ≤ likely ≤ high');

/** A bare number is the same figure three times; objects keep their own field paths in errors. */
function widenNumber(v: unknown): unknown {
  return typeof v === 'number' ? { low: v, likely: v, high: v } : v;
}

/** The message when a cost or impact is neither a number nor a range object. */
const numberOrRange = {
  error: (issue: { code: string }) =>
    issue.code === 'invalid_type'
      ? bilingual(
          '须为数字或 {"low","likely","high"}',
          'must be a number or {"low", "likely", "high"}',
        )
      : undefined,
};

function ordered(v: { low: number; likely: number; high: number }): boolean {
  return v.low <= v.likely && v.likely <= v.high;
}

const costValue = z.preprocess(
  widenNumber,
  z
    .strictObject(
      {
        low: costFigure,
        likely: costFigure,
        high: costFigure,
        /** Absent: the years to effect stay as stored. */
        years: finite
          .min(0)
          .max(MAX_YEARS_TO_EFFECT, {
            message: bilingual(
              `须在 0 到 ${MAX_YEARS_TO_EFFECT} 年之间`,
              `must be between 0 and ${MAX_YEARS_TO_EFFECT} years`,
            ),
          })
          .optional(),
        leadAgencyZh: shortText.trim().min(1).optional(),
        leadAgencyEn: shortText.trim().min(1).optional(),
      },
      numberOrRange,
    )
    .refine(ordered, { message: ORDER_MESSAGE, path: ['likely'] })
    .refine((v) => (v.leadAgencyZh === undefined) === (v.leadAgencyEn === undefined), {
      message: bilingual(
        '牵头部门须同时给出中英文名称',
        'give the lead agency in both Chinese and English',
      ),
      path: ['leadAgencyEn'],
    }),
);

const impactValue = z.preprocess(
  widenNumber,
  z
    .strictObject({ low: impactFigure, likely: impactFigure, high: impactFigure }, numberOrRange)
    .refine(ordered, { message: ORDER_MESSAGE, path: ['likely'] }),
);

/** The inputs of the `weights` and `ahp` commands; indices follow the causes as `scenario show` lists them. */
const weightsInput = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('direct'), points: z.array(finite).min(1).max(100) }),
  z.strictObject({ method: z.literal('swing'), points: z.array(finite).min(1).max(100) }),
  z.strictObject({
    method: z.literal('roc'),
    /** Most important first: cause indices (0- or 1-based, as `weights` reads them) or cause ids. */
    ranking: z
      .array(z.union([z.number().int(), entityId]))
      .min(1)
      .max(100),
  }),
  z.strictObject({
    method: z.literal('ahp'),
    matrix: z.array(z.array(finite.nullable()).max(100)).max(100).optional(),
    matrices: z
      .array(z.array(z.array(finite.nullable()).max(100)).max(100))
      .min(1)
      .max(50)
      .optional(),
    judgeWeights: z.array(finite).max(50).optional(),
    /** Judgements above Saaty's CR 0.10 are applied only with this set, as the screen asks first. */
    acceptInconsistency: z.boolean().optional(),
  }),
]);
export type WeightsInput = z.infer<typeof weightsInput>;

const pair = z.tuple([entityId, entityId]);

export const scenarioSetInputSchema = z.strictObject({
  scenario: shortText.min(1),
  /** 亿元; null = no limit. */
  budget: budgetFigure.nullable().optional(),
  /** null = no limit. */
  maxMeasures: z.number().int().min(1).max(200).nullable().optional(),
  required: z.array(entityId).max(200).optional(),
  excluded: z.array(entityId).max(200).optional(),
  requires: z.array(pair).max(400).optional(),
  excludes: z.array(pair).max(400).optional(),
  costs: z.record(entityId, costValue).optional(),
  impacts: z.record(entityId, z.record(entityId, impactValue)).optional(),
  weights: weightsInput.optional(),
  uncertainty: z
    .strictObject({
      type: uncertaintyTypeSchema,
      /** For 'around': 0.2 = each weight within ±20 % of the planner's. */
      width: finite
        .gt(0, { message: bilingual('须大于 0', 'must be greater than 0') })
        .max(1, { message: '不得超过 1（±100%）/ may not exceed 1 (±100 %)' })
        .optional(),
    })
    .optional(),
});
export type ScenarioSetInput = z.infer<typeof scenarioSetInputSchema>;

/** The constraint fields a composite edit may set, in the order they are named. */
export const CONSTRAINT_KEYS = [
  'budget',
  'maxMeasures',
  'required',
  'excluded',
  'requires',
  'excludes',
] as const;
