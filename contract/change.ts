/**
 * A change as data, not text: what was changed (field + subject) and its value before and after,
 * each value typed by kind (a weight share, a number with its unit, a list of measures …). The
 * audit log and the scenario comparison both use it; the renderer phrases it in the active
 * language with the locale's numbers (renderer/src/features/history/change-text.ts). Names
 * travel in both languages, so a change reads the same after a language switch and for a
 * scenario that no longer exists.
 */
import { z } from 'zod';
import { entityId, finite, longText, shortText } from './domain';

/** A name or unit in both languages, e.g. { zh: 'C4 整体薪酬福利待遇偏低', en: 'C4 Low overall salary …' }. */
export const bilingualSchema = z.strictObject({ zh: shortText, en: shortText });
export type Bilingual = z.infer<typeof bilingualSchema>;

const unit = bilingualSchema.nullable();

export const changeValueSchema = z.discriminatedUnion('kind', [
  /** A cause's weight as a share of all weights (0–1): what the model uses, unlike the raw weight. */
  z.strictObject({ kind: z.literal('share'), share: finite.min(0).max(1) }),
  /** `digits`: the most fraction digits worth showing. */
  z.strictObject({
    kind: z.literal('number'),
    value: finite,
    unit,
    digits: z.number().int().min(0).max(6),
  }),
  /** Low / likely / high; `signed` for impacts, where the sign is the direction. */
  z.strictObject({
    kind: z.literal('range'),
    low: finite,
    likely: finite,
    high: finite,
    unit,
    signed: z.boolean(),
  }),
  /** Measures by name (an empty list reads "none"). */
  z.strictObject({ kind: z.literal('measures'), items: z.array(bilingualSchema).max(200) }),
  /** Ordered measure pairs, read per field ("A needs B", "A and B exclude each other"). */
  z.strictObject({
    kind: z.literal('pairs'),
    items: z.array(z.tuple([bilingualSchema, bilingualSchema])).max(400),
  }),
  z.strictObject({ kind: z.literal('region'), name: bilingualSchema }),
  /** Regions by name: a grouping's member cities (an empty list reads "none"). */
  z.strictObject({ kind: z.literal('regions'), items: z.array(bilingualSchema).max(200) }),
  /** An indicator by name (its code is a data key, not something a planner reads). */
  z.strictObject({ kind: z.literal('indicator'), name: bilingualSchema }),
  /** Free text the planner wrote (a name, a rationale). */
  z.strictObject({ kind: z.literal('text'), text: longText }),
  /** On / off; the words depend on the field ("illustrative default" / "the planner's figure"). */
  z.strictObject({ kind: z.literal('flag'), on: z.boolean() }),
  /** One of a field's fixed options, phrased by the renderer (e.g. coverage model "additive"). */
  z.strictObject({ kind: z.literal('choice'), choice: entityId }),
  /** A point in time (ISO 8601), shown in the locale's date format. */
  z.strictObject({ kind: z.literal('date'), at: shortText }),
  /** AHP consistency ratio a weight set was applied at, and whether the planner confirmed it above 0.10. */
  z.strictObject({ kind: z.literal('consistency'), cr: finite.min(0), confirmed: z.boolean() }),
]);
export type ChangeValue = z.infer<typeof changeValueSchema>;

/**
 * `field` names what changed ('budget', 'weightShare', 'impact' …) and picks the renderer's
 * label; `subject` is the cause, measure or pair it belongs to. A missing `before` (`after`)
 * means the thing did not exist before (after): a created scenario, a deleted one. `null`
 * means "not set" (no budget limit, no synergy).
 */
export const changeSchema = z.strictObject({
  field: entityId,
  subject: bilingualSchema.nullable(),
  before: changeValueSchema.nullable().optional(),
  after: changeValueSchema.nullable().optional(),
});
export type Change = z.infer<typeof changeSchema>;

/** One input across compared scenarios: one value per scenario, in the order compared. */
export const differenceSchema = z.strictObject({
  field: entityId,
  subject: bilingualSchema.nullable(),
  values: z.array(changeValueSchema.nullable()).min(2).max(4),
});
export type Difference = z.infer<typeof differenceSchema>;
