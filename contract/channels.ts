/**
 * The one contract between the renderer and every host (Electron IPC, browser shell, CLI).
 * Each channel: a zod request and reply schema and a doc comment. The preload exposes exactly
 * these names; the IPC wrapper and the HTTP shell refuse anything else.
 */
import { z } from 'zod';
import {
  localeSchema,
  longText,
  packagesResultSchema,
  regionSchema,
  scenarioId,
  shortText,
} from './domain';
import { historyChannels } from './history';
import { projectFileChannels } from './project-file';
import { scenarioChannels } from './scenario';
import { evidenceChannels } from './evidence';
import { elicitationChannels } from './elicitation';
import { briefingChannels } from './briefing';
import { regionChannels } from './regions';

const ok = z.strictObject({ ok: z.literal(true) });

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
  /** Rank every feasible package of a scenario (the engine on the host; the renderer also runs it in a worker). */
  'analysis:packages': {
    request: z.strictObject({ scenarioId, top: z.number().int().min(1).max(1000).optional() }),
    response: packagesResultSchema,
  },
  ...scenarioChannels,
  ...historyChannels,
  ...projectFileChannels,
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
