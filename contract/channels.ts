/**
 * The one contract between the renderer and every host (Electron IPC, browser shell, CLI).
 * Each channel: a zod request and reply schema and a doc comment. The preload exposes exactly
 * these names; the IPC wrapper and the HTTP shell refuse anything else.
 */
import { z } from 'zod';
import {
  entityId,
  finite,
  localeSchema,
  longText,
  packagesResultSchema,
  regionSchema,
  scenarioId,
  scenarioSchema,
  scenarioSummarySchema,
  constraintsSchema,
  MAX_BUDGET,
  MAX_MEASURE_COST,
  MAX_SEED,
  MAX_YEARS_TO_EFFECT,
  shortText,
  uncertaintyTypeSchema,
} from './domain';
import { workflowChannels } from './workflow';
import { evidenceChannels } from './evidence';
import { elicitationChannels } from './elicitation';
import { briefingChannels } from './briefing';
import { regionChannels } from './regions';

const ok = z.strictObject({ ok: z.literal(true) });

/** A cost figure in 亿元: a positive finite number no larger than the stated ceiling. */
const costFigure = finite
  .gt(0, { message: '成本须大于 0 / a cost must be greater than 0' })
  .max(MAX_MEASURE_COST, {
    message: `成本不得超过 ${MAX_MEASURE_COST.toLocaleString('en-US')} 亿元 / a cost may not exceed ${MAX_MEASURE_COST.toLocaleString('en-US')} (100 million yuan)`,
  });

/** What happened when the database was damaged, empty or missing on open (db/durability/backups.ts). */
export const databaseRecoverySchema = z.strictObject({
  /** damaged: failed its check; empty: 0 bytes; missing: gone although backups showed data. */
  kind: z.enum(['damaged', 'empty', 'missing']),
  /** The first problems the check listed (or why a missing/empty file counted as a loss). */
  problems: z.array(longText).max(10),
  /** Where the damaged or empty file was kept (nothing is thrown away); null when it was missing. */
  damagedPath: z.string().max(4096).nullable(),
  /** The backup now in use, or null when none was good and a fresh database was started. */
  restoredFrom: z.string().max(4096).nullable(),
  /** When that backup was taken (ISO 8601): how old the restored copy is. */
  backupTakenAt: z.string().max(64).nullable(),
});
export type DatabaseRecovery = z.infer<typeof databaseRecoverySchema>;

/** The database could only be opened read-only (db/durability/read-only.ts): which file, and why. */
export const databaseReadOnlySchema = z.strictObject({
  file: z.string().max(4096),
  reason: z.enum(['read-only-file', 'read-only-folder']),
  /** The temporary copy in use when the folder did not allow opening the file itself. */
  snapshot: z.string().max(4096).nullable(),
});
export type DatabaseReadOnly = z.infer<typeof databaseReadOnlySchema>;

export const channels = {
  ...evidenceChannels,
  ...regionChannels,
  ...elicitationChannels,
  /** Version, where the data lives, and the locale the host suggests (from the system). */
  'app:info': {
    request: z.strictObject({}),
    response: z.strictObject({
      version: shortText,
      dataDir: z.string().max(4096),
      systemLocale: localeSchema,
      host: z.enum(['electron', 'browser-shell', 'cli']),
      /** Set when this session's database was damaged, empty or missing and was recovered: tell the planner. */
      recovery: databaseRecoverySchema.nullable(),
      /** Set when the database is open read-only: edits will be refused; show a banner. */
      readOnly: databaseReadOnlySchema.nullable(),
    }),
  },
  /** The 31 provinces, the national reference, the Northeast aggregate, its 36 cities and the groupings. */
  'regions:list': {
    request: z.strictObject({}),
    response: z.array(regionSchema),
  },
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
        message: '须满足 低 ≤ 可能 ≤ 高 / cost must satisfy low ≤ likely ≤ high',
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
        budget: finite
          .min(0, { message: '预算须 ≥ 0 / the budget must be ≥ 0' })
          .max(MAX_BUDGET, {
            message: `预算不得超过 ${MAX_BUDGET.toLocaleString('en-US')} 亿元 / the budget may not exceed ${MAX_BUDGET.toLocaleString('en-US')} (100 million yuan)`,
          })
          .nullable(),
      }),
    }),
    response: scenarioSchema,
  },
  /** Rank every feasible package of a scenario (the engine on the host; the renderer also runs it in a worker). */
  'analysis:packages': {
    request: z.strictObject({ scenarioId, top: z.number().int().min(1).max(1000).optional() }),
    response: packagesResultSchema,
  },
  ...workflowChannels,
  ...briefingChannels,
  /** Liveness check used by tests. */
  'app:ping': {
    request: z.strictObject({}),
    response: ok,
  },
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type Request<K extends ChannelName> = z.input<Channels[K]['request']>;
export type Response<K extends ChannelName> = z.output<Channels[K]['response']>;

export const channelNames = Object.keys(channels) as ChannelName[];

/** Error codes every host maps its failures to; only code and message reach the renderer. */
export const errorCodes = [
  'invalid-request',
  'not-found',
  'forbidden',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
