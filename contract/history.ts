/**
 * The history channels: global undo and redo, the audit trail, and the user name every edit is
 * attributed to. Spread into `channels` (channels.ts).
 */
import { z } from 'zod';
import { bilingualSchema, changeSchema } from './change';
import { shortText } from './domain';
import { nameField } from './plain-text';

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

export const historyChannels = {
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
} as const;
