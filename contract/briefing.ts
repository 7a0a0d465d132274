/**
 * The Briefing channels: the on-screen preview and the PDF export of one scenario's briefing.
 * Spread into `channels` (channels.ts). The section names come from the pure report module, so the
 * print view, the hosts and the screen share one list.
 */
import { z } from 'zod';
import { REPORT_SECTIONS } from '../engine/report';
import { localeSchema, scenarioId, shortText } from './domain';

export const briefingSectionSchema = z.enum(REPORT_SECTIONS);
/** The SMAA random seed recorded in the footer (same range as `npm run cli -- brief --seed`). */
export const briefingSeedSchema = z.number().int().min(0).max(0xffffffff);

/** A PDF over 5 MB breaks the size budget; base64 of that with room to spare. */
export const MAX_BRIEFING_BASE64_CHARS = Math.ceil((8 * 1024 * 1024 * 4) / 3) + 4;

const briefingRequest = z.strictObject({
  scenarioId,
  lang: localeSchema,
  /** Parts to include; omitted = the whole briefing. At least one when given. */
  sections: z.array(briefingSectionSchema).min(1).max(REPORT_SECTIONS.length).optional(),
  /** Omitted = the default seed (2025), so two default briefings print the same figures. */
  seed: briefingSeedSchema.optional(),
});

export const briefingChannels = {
  /**
   * The briefing as one HTML document for a sandboxed preview frame: the same print view and
   * pages as the PDF, with the system's fonts instead of the embedded ones.
   */
  'briefing:preview': {
    request: briefingRequest,
    response: z.strictObject({
      html: z.string().max(20_000_000),
      pages: z.number().int().min(0),
      seed: briefingSeedSchema,
      scenario: shortText,
    }),
  },
  /**
   * Prints the briefing to an A4 PDF. Browser shell / CLI: the file is kept under
   * <dataDir>/briefings/ and its bytes come back for a download ('download'). Electron: the
   * planner picks the place in a save dialog ('saved', or 'cancelled' with no file written).
   */
  'briefing:export': {
    request: briefingRequest,
    response: z.strictObject({
      delivery: z.enum(['download', 'saved', 'cancelled']),
      fileName: shortText,
      pages: z.number().int().min(0),
      bytes: z.number().int().min(0),
      ms: z.number().min(0),
      seed: briefingSeedSchema,
      bytesBase64: z.string().max(MAX_BRIEFING_BASE64_CHARS).optional(),
      savedPath: z.string().max(4096).optional(),
    }),
  },
} as const;
