/**
 * The channels of regions beyond the list: groupings of cities (metropolitan areas,
 * agglomerations, peer groups) the planner edits, what a scenario's region is compared with and
 * which indicator its briefing maps, the city import template, and which city figures are still
 * missing. Spread into `channels` (channels.ts); imports only zod and the domain shapes.
 */
import { z } from 'zod';
import {
  comparisonStatusSchema,
  longText,
  referenceChoiceSchema,
  scenarioId,
  shortText,
} from './domain';
import { nameField } from './plain-text';

const regionCode = z.string().min(1).max(64);
const indicatorCode = z.string().min(1).max(64);
/** How a grouping's figure forms from its members. */
const memberAggregation = z.enum(['sum', 'population-weighted', 'none']);

export const groupTypeSchema = z.enum(['metropolitan-area', 'agglomeration', 'peer-group']);
export type GroupType = z.infer<typeof groupTypeSchema>;

export const regionGroupSchema = z.strictObject({
  code: shortText,
  type: groupTypeSchema,
  nameZh: shortText,
  nameEn: shortText,
  noteZh: longText,
  noteEn: longText,
  /** Member cities' codes, in the planner's order. */
  members: z.array(shortText).max(36),
  /** default: the shipped starting point; edited by changedBy at changedAt. */
  provenance: z.enum(['default', 'edited']),
  changedBy: shortText,
  changedAt: shortText,
});
export type RegionGroup = z.infer<typeof regionGroupSchema>;

export const regionSettingsSchema = z.strictObject({
  /** What severity compares the scenario's region with. */
  reference: referenceChoiceSchema,
  /** The peer group, when reference is 'peer-group'. */
  peerGroup: shortText.nullable(),
  /** The indicator the briefing's tile map shows; null: no map. */
  mapIndicator: shortText.nullable(),
});
export type RegionSettings = z.infer<typeof regionSettingsSchema>;

export const templateFileSchema = z.enum(['csv', 'xlsx', 'exampleCsv']);

export const cityCoverageSchema = z.strictObject({
  /** The template's indicators, in its column order. */
  indicators: z.array(indicatorCode).max(50),
  cities: z
    .array(
      z.strictObject({
        code: shortText,
        /** Per template indicator, the newest year with a figure; null: still missing. */
        latest: z.record(indicatorCode, z.number().int().nullable()),
        missing: z.array(indicatorCode).max(50),
      }),
    )
    .max(36),
});
export type CityCoverage = z.infer<typeof cityCoverageSchema>;

export const groupValuesSchema = z.strictObject({
  indicator: indicatorCode,
  /** How members combine: sum (totals), population-weighted (per capita), none (rates, shares). */
  aggregation: memberAggregation,
  year: z.number().int().nullable(),
  groups: z
    .array(
      z.strictObject({
        code: shortText,
        year: z.number().int(),
        aggregation: memberAggregation,
        /** Over `reporting` only; null when the rule forms none. */
        value: z.number().finite().nullable(),
        /** Every member counted: the value stands for the whole grouping. */
        complete: z.boolean(),
        members: z.array(shortText).max(36),
        reporting: z.array(shortText).max(36),
        missing: z.array(shortText).max(36),
        missingWeights: z.array(shortText).max(36),
      }),
    )
    .max(500),
  /** Groupings with no member figure at all. */
  empty: z.array(shortText).max(500),
});
export type GroupValues = z.infer<typeof groupValuesSchema>;

const bilingual = z.strictObject({ zh: longText, en: longText });

export const regionComparisonsSchema = z.strictObject({
  region: shortText,
  indicator: indicatorCode,
  comparisons: z
    .array(
      z.strictObject({
        /** The country, the region's province, or a peer group (`region`). */
        kind: referenceChoiceSchema,
        region: shortText.nullable(),
        status: comparisonStatusSchema,
        year: z.number().int().nullable(),
        value: z.number().finite().nullable(),
        referenceValue: z.number().finite().nullable(),
        /** (value − reference) / |reference|, signed so that negative is worse. */
        gap: z.number().finite().nullable(),
        /** How the reference was formed, or what is missing. */
        explanation: bilingual,
        /** How the region's figure was formed when it is not its own row. */
        valueNote: bilingual.nullable(),
      }),
    )
    .max(50),
});
export type RegionComparisons = z.infer<typeof regionComparisonsSchema>;

const groupInput = {
  type: groupTypeSchema,
  nameZh: nameField(200),
  nameEn: nameField(200),
  noteZh: z.string().max(4000).optional(),
  noteEn: z.string().max(4000).optional(),
  members: z.array(regionCode).max(36),
};

export const regionChannels = {
  /** The groupings with their members. */
  'regions:groups': { request: z.strictObject({}), response: z.array(regionGroupSchema) },
  /** Creates (code null) or changes a grouping: one audited edit the global undo reverts. */
  'regions:saveGroup': {
    request: z.strictObject({ code: regionCode.nullable(), ...groupInput }),
    response: regionGroupSchema,
  },
  /** Deletes a grouping no scenario uses (the global undo brings it back). */
  'regions:deleteGroup': {
    request: z.strictObject({ code: regionCode }),
    response: z.strictObject({ code: shortText }),
  },
  /** What the scenario's region is compared with, and the briefing's map indicator. */
  'scenario:regionSettings': {
    request: z.strictObject({ scenarioId }),
    response: regionSettingsSchema,
  },
  /** Changes them: one audited edit the global undo reverts. */
  'scenario:setRegionSettings': {
    request: z.strictObject({
      scenarioId,
      reference: referenceChoiceSchema.optional(),
      peerGroup: regionCode.nullable().optional(),
      mapIndicator: indicatorCode.nullable().optional(),
    }),
    response: regionSettingsSchema,
  },
  /** The city import template or its example file, base64 (the same bytes as templates/). */
  'evidence:template': {
    request: z.strictObject({ file: templateFileSchema }),
    response: z.strictObject({
      fileName: z.string().max(260),
      mimeType: shortText,
      bytesBase64: z.string().max(10_000_000),
    }),
  },
  /**
   * Every grouping's value for an indicator in a year (null: each in its newest year with a
   * member figure), formed from its members; incomplete values are flagged and name the missing.
   */
  'evidence:groupValues': {
    request: z.strictObject({
      indicator: indicatorCode,
      year: z.number().int().min(1900).max(2200).nullable(),
    }),
    response: groupValuesSchema,
  },
  /** One region against the country, its province and each peer group, for one indicator. */
  'evidence:compare': {
    request: z.strictObject({ region: regionCode, indicator: indicatorCode }),
    response: regionComparisonsSchema,
  },
  /** Per city, the newest year of each template indicator, and which are still missing. */
  'evidence:cityCoverage': { request: z.strictObject({}), response: cityCoverageSchema },
} as const;
