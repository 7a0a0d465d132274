/**
 * The workflow channels: scenario lifecycle, global undo/redo, the audit trail, the
 * user-name setting, side-by-side comparison and project export/import. Spread into `channels`
 * (channels.ts) so the one contract still lists every channel.
 */
import { z } from 'zod';
import { bilingualSchema, changeSchema, differenceSchema } from './change';
import { entityId, finite, scenarioId, scenarioSchema, shortText } from './domain';
import { nameField } from './plain-text';

/**
 * The largest project file any host takes (bytes; the contract bounds its text by the same number). What the app exports must import back: 500 scenarios
 * (the format's cap) of the default shape are about 16 MB (32 kB each), so 32 MB leaves room for
 * long rationales while bounding what one file can make a host hold in memory.
 */
export const MAX_PROJECT_FILE_BYTES = 32 * 1024 * 1024;

const scenarioName = nameField(200);
const regionCode = z.string().min(1).max(64);

/** One logged edit as the UI names it: what (entity + key), where (scenario), who and when. */
export const editSummarySchema = z.strictObject({
  id: z.number().int().positive(),
  at: shortText,
  user: shortText,
  scenarioId: z.number().int().positive().nullable(),
  scenarioName: shortText.nullable(),
  entity: shortText,
  key: shortText,
  /** The cause, measure or pair the edit is about, named in both languages; null for a whole scenario. */
  subject: bilingualSchema.nullable(),
});
export type EditSummary = z.infer<typeof editSummarySchema>;

export const undoStateSchema = z.strictObject({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** The edit Ctrl+Z would revert, so the button can say what it does. */
  undo: editSummarySchema.nullable(),
  redo: editSummarySchema.nullable(),
});
export type UndoState = z.infer<typeof undoStateSchema>;

const undoReplySchema = z.strictObject({
  /** What was undone / redone; null when there was nothing to do. */
  done: editSummarySchema.nullable(),
  state: undoStateSchema,
});

export const auditEntrySchema = editSummarySchema.extend({
  /** What changed, as data the renderer phrases in the active language (never raw JSON). */
  changes: z.array(changeSchema).max(200),
  undone: z.boolean(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

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
      coverageModel: z.enum(['saturating', 'additive']),
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

export const workflowChannels = {
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
    request: z.strictObject({ scenarioId, model: z.enum(['saturating', 'additive']) }),
    response: scenarioSchema,
  },
  /** Reverts the newest live edit of any scenario (global across screens, survives a restart). */
  'edits:undo': { request: z.strictObject({}), response: undoReplySchema },
  /** Re-applies the edit undone most recently; a fresh edit ends the redo chain. */
  'edits:redo': { request: z.strictObject({}), response: undoReplySchema },
  'edits:state': { request: z.strictObject({}), response: undoStateSchema },
  /** The audit trail, newest first. */
  'audit:list': {
    request: z.strictObject({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    response: z.strictObject({
      total: z.number().int().min(0),
      entries: z.array(auditEntrySchema),
    }),
  },
  'settings:get': {
    request: z.strictObject({}),
    response: z.strictObject({ userName: shortText }),
  },
  /** The name edits are attributed to from now on (earlier entries keep theirs). */
  'settings:set': {
    request: z.strictObject({ userName: nameField(100) }),
    response: z.strictObject({ userName: shortText }),
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
