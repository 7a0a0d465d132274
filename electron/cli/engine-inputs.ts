/**
 * The JSON shapes the engine commands read (docs/cli.md), shared by `packages`, `smaa` and
 * `sensitivity`. Every object is strict: an unknown key is an error naming it, so a misspelt or
 * misplaced option (e.g. "types" given to `sensitivity`) can never be silently ignored.
 * Ranges, ids and cross-field rules are checked by the engine, which names the same JSON paths.
 */
import { z } from 'zod';
import type { DecisionModel } from '../../engine/model';
import type { Scenario } from '../../contract/domain';
import { CliInputError } from './command';
import { loadScenario, scenarioNameOf } from './scenario-input';
import { parseInput } from './format';
import { bilingual } from '../../contract/bilingual';

export const Finite = z.number().finite();
const Id = z.string().min(1);
const Impact = z.union([Finite, z.strictObject({ low: Finite, likely: Finite, high: Finite })]);

export const WeightInfoSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('uniform') }),
  z.strictObject({ type: z.literal('ordinal'), ranking: z.array(z.number().int()).min(1) }),
  z.strictObject({
    type: z.literal('intervals'),
    bounds: z.array(z.tuple([Finite, Finite])).min(1),
  }),
  z.strictObject({
    type: z.literal('stakeholders'),
    sets: z.array(z.array(Finite).min(1)).min(1),
    concentration: z.number().positive().optional(),
  }),
  z.strictObject({ type: z.literal('fixed'), weights: z.array(Finite).min(1).optional() }),
]);
export type ParsedWeightInfo = z.infer<typeof WeightInfoSchema>;

export const WeightSamplesSchema = z.array(z.array(Finite).min(1)).min(1);

/** The decision model's own fields (docs/decision-model.md). */
export const modelFields = {
  causes: z.array(z.strictObject({ id: Id, weight: Finite })).min(1),
  measures: z.array(z.strictObject({ id: Id, cost: Finite })).min(1),
  impacts: z.record(z.string(), z.record(z.string(), Impact)),
  synergies: z.array(z.strictObject({ a: Id, b: Id, value: Finite })).optional(),
  constraints: z
    .strictObject({
      budget: Finite.nullable().optional(),
      maxMeasures: z.number().int().min(1).nullable().optional(),
      required: z.array(Id).optional(),
      excluded: z.array(Id).optional(),
      requires: z.array(z.tuple([Id, Id])).optional(),
      excludes: z.array(z.tuple([Id, Id])).optional(),
    })
    .optional(),
  model: z.enum(['saturating', 'additive']).optional(),
  top: z.number().int().min(1).max(1000).optional(),
};

type ModelFields = z.infer<z.ZodObject<typeof modelFields>>;

export function hasKey(input: unknown, key: string): boolean {
  return input !== null && typeof input === 'object' && key in input;
}

/** The parsed model fields as the engine's DecisionModel (null budget / limit = none). */
export function toDecisionModel(fields: ModelFields): DecisionModel {
  const { constraints, ...rest } = fields;
  const model: DecisionModel = { ...rest };
  if (constraints) {
    const { budget, maxMeasures, ...others } = constraints;
    model.constraints = {
      ...others,
      ...(budget == null ? {} : { budget }),
      ...(maxMeasures == null ? {} : { maxMeasures }),
    };
  }
  return model;
}

/**
 * The model from the input: inline (it has "causes": the model fields plus `extra`) or a saved
 * scenario named by `--scenario NAME` or `{ scenario }` (they must agree), else the default
 * (`{ scenario?, top? }` plus `extra`). Returns the extra fields and, for a saved scenario, the
 * scenario itself (its weight-uncertainty setting, samples and seed).
 */
export async function readDecisionModel<E extends z.ZodRawShape>(
  input: unknown,
  dataDir: string,
  extra: E,
  flags: Readonly<Record<string, string | boolean>> = {},
): Promise<{
  model: DecisionModel;
  options: z.infer<z.ZodObject<E>>;
  scenario?: string;
  saved?: Scenario;
}> {
  if (hasKey(input, 'causes')) {
    if (flags.scenario !== undefined)
      throw new CliInputError(
        'scenario',
        bilingual(
          '--scenario 不能与内联模型同用',
          '--scenario cannot be combined with an inline model',
        ),
      );
    const parsed = parseInput(z.strictObject({ ...modelFields, ...extra }), input) as ModelFields &
      Record<string, unknown>;
    const fields: Record<string, unknown> = {};
    const options: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parsed)) {
      (key in modelFields ? fields : options)[key] = value;
    }
    return {
      model: toDecisionModel(fields as ModelFields),
      options: options as z.infer<z.ZodObject<E>>,
    };
  }
  const run = parseInput(
    z.strictObject({ scenario: z.string().min(1).optional(), top: modelFields.top, ...extra }),
    input ?? {},
  ) as { scenario?: string; top?: number } & Record<string, unknown>;
  const { scenario: named, top, ...options } = run;
  const scenario = scenarioNameOf(named, flags);
  const saved = await loadScenario(dataDir, scenario);
  const model = top === undefined ? saved.model : { ...saved.model, top };
  return {
    model,
    options: options as z.infer<z.ZodObject<E>>,
    ...(scenario === undefined ? {} : { scenario }),
    saved: saved.scenario,
  };
}
