/**
 * The project-file channels: the project (or some scenarios) as one versioned JSON text, and
 * importing such a text back. Spread into `channels` (channels.ts).
 */
import { z } from 'zod';
import { scenarioId, shortText } from './domain';

/**
 * The largest project file any host takes (bytes; the contract bounds its text by the same number). What the app exports must import back: 500 scenarios
 * (the format's cap) of the default shape are about 16 MB (32 kB each), so 32 MB leaves room for
 * long rationales while bounding what one file can make a host hold in memory.
 */
export const MAX_PROJECT_FILE_BYTES = 32 * 1024 * 1024;

export const importReplySchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('conflicts'),
    /** Names in the file that already exist here; the UI asks what to do before anything is written. */
    conflicts: z.array(z.strictObject({ name: shortText, existingId: scenarioId })),
    total: z.number().int().min(0),
  }),
  z.strictObject({
    status: z.literal('imported'),
    imported: z.array(z.strictObject({ id: scenarioId, name: shortText })),
    skipped: z.array(shortText),
    replaced: z.array(shortText),
  }),
]);
export type ImportReply = z.infer<typeof importReplySchema>;

export const projectFileChannels = {
  /** The project (or the listed scenarios) as one versioned JSON text, for download. */
  'project:export': {
    request: z.strictObject({ scenarioIds: z.array(scenarioId).min(1).max(500).optional() }),
    response: z.strictObject({
      text: z.string().max(MAX_PROJECT_FILE_BYTES),
      fileName: shortText,
      scenarioCount: z.number().int().min(0),
    }),
  },
  /** Validates a project file; without onConflict, name clashes are reported and nothing is written. */
  'project:import': {
    request: z.strictObject({
      text: z.string().min(1).max(MAX_PROJECT_FILE_BYTES),
      onConflict: z.enum(['rename', 'replace', 'skip']).optional(),
    }),
    response: importReplySchema,
  },
} as const;
