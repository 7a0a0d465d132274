/**
 * The Evidence channels: indicators and their observations, import through the UI (preview,
 * commit, undo, log), export, and regional severity. Spread into `channels` (channels.ts).
 * Imports only zod and the domain shapes, like the rest of the contract.
 */
import { bilingual } from './bilingual';
import { z } from 'zod';
import {
  comparisonStatusSchema,
  entityId,
  finite,
  longText,
  referenceChoiceSchema,
  scenarioId,
  shortText,
} from './domain';
import { plainFileName } from './file-name';
import { stripBidiControls } from './plain-text';

const indicatorCode = z.string().min(1).max(64);
/** A cause link's reference: the national figure or the best province's. */
const linkReferenceSchema = z.enum(['national', 'best']);
const regionCode = shortText.min(1);

/** The importer's own file limit (db/import/limits.ts DEFAULT_LIMITS.maxFileBytes; a test keeps them equal). */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
/** Base64 of a 50 MB file is ~66.7 M characters; anything longer is refused before decoding. */
export const MAX_IMPORT_BASE64_CHARS = Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 4;
/**
 * Largest JSON body of an import request over HTTP: the base64 text plus room for the file name
 * and a mapping of up to 1000 value columns. The browser shell allows this on the import channels only.
 */
export const MAX_IMPORT_REQUEST_BYTES = MAX_IMPORT_BASE64_CHARS + 1024 * 1024;

export const qualityFlagSchema = z.strictObject({
  rule: shortText,
  severity: z.enum(['info', 'warning']),
  messageZh: longText,
  messageEn: longText,
});

export const indicatorSummarySchema = z.strictObject({
  code: indicatorCode,
  nameZh: shortText,
  nameEn: shortText,
  unit: shortText,
  unitEn: shortText,
  direction: z.union([z.literal(1), z.literal(-1)]),
  category: shortText,
  /** 'total' (亿元, persons …) grows with the region's size: never set against a national reference or linked to a cause. */
  measure: z.enum(['level', 'total']),
  /** The source an observation of it cites unless its import names another. */
  defaultSourceId: shortText.nullable(),
  observations: z.number().int().min(0),
  regions: z.number().int().min(0),
  years: z.array(z.number().int()).max(300),
  flags: z.number().int().min(0),
});
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;

export const observationCellSchema = z.strictObject({
  region: regionCode,
  year: z.number().int(),
  value: finite,
  qualifier: z.enum(['exact', 'approx', 'nearly', 'less_than']),
  sourceLineZh: longText,
  sourceLineEn: longText,
  noteZh: longText,
  noteEn: longText,
  flags: z.array(qualityFlagSchema).max(50),
  /** The import that wrote this value; null for the embedded dataset. */
  importId: z.number().int().positive().nullable(),
});
export type ObservationCell = z.infer<typeof observationCellSchema>;

export const observationsResultSchema = z.strictObject({
  indicator: indicatorSummarySchema,
  years: z.array(z.number().int()).max(300),
  cells: z.array(observationCellSchema).max(100_000),
  /** Flags on no single value: a region the table lacks, an assumed year, a whole-table caveat. */
  notes: z.array(
    qualityFlagSchema.extend({ region: regionCode.nullable(), year: z.number().int().nullable() }),
  ),
  /** Distinct source lines of the values shown, for the caption under a chart. */
  sources: z.array(z.strictObject({ zh: longText, en: longText })).max(100),
});
export type ObservationsResult = z.infer<typeof observationsResultSchema>;

/**
 * The column mapping for tables that are not a plain long table. The UI saves exactly this JSON
 * and the CLI reads it with --map. Columns are named by header text (compared case-, width- and
 * space-insensitively), by Excel letter ("C") or by 1-based index.
 */
const columnRef = z.union([z.string().min(1).max(200), z.number().int().min(1).max(100_000)]);
const mappingYear = z.number().int().min(1900).max(2100);

export const importMappingSchema = z.strictObject({
  regionColumn: columnRef,
  indicatorColumn: columnRef.optional(),
  /** One indicator for the whole file (code, Chinese or English name). */
  indicator: z.string().min(1).max(200).optional(),
  yearColumn: columnRef.optional(),
  /** One year for the whole file. */
  year: mappingYear.optional(),
  /** Wide tables: which columns hold values, each with its year and/or indicator. */
  valueColumns: z
    .array(
      z.strictObject({
        column: columnRef,
        year: mappingYear.optional(),
        indicator: z.string().min(1).max(200).optional(),
      }),
    )
    .max(1000)
    .optional(),
  unitColumn: columnRef.optional(),
  /** The unit of every value, when the file states it once (e.g. in the title: "单位：亿元"). */
  unit: z.string().min(1).max(50).optional(),
  /** 1-based line (CSV) / row (XLSX) of the header; detected when absent. */
  headerRow: z.number().int().min(1).max(1_000_000).optional(),
  /** XLSX only: worksheet name; the first sheet when absent. */
  sheet: z.string().min(1).max(200).optional(),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;
export type ColumnRef = z.infer<typeof columnRef>;

/** Header and sample texts from the file, clipped by the importer; no bidi control reorders them on screen. */
const outlineText = z.string().overwrite(stripBidiControls).max(200);
const roleSchema = z.enum(['region', 'indicator', 'year', 'value', 'unit']);
const tableOutlineSchema = z.strictObject({
  headerLine: z.number().int().min(1),
  /** SHA-256 (hex) of the normalised header list. */
  signature: z.string().regex(/^[0-9a-f]{64}$/),
  columns: z
    .array(
      z.strictObject({
        /** 1-based, as the mapping names columns. */
        index: z.number().int().min(1).max(100_000),
        letter: z.string().min(1).max(4),
        header: outlineText,
        /** The header without a trailing bracketed unit ("GDP(亿元)" → "GDP"). */
        label: outlineText,
        unit: outlineText.nullable(),
        /** The year the header names ("2023年"), for wide tables with a column per year. */
        year: z.number().int().min(1900).max(2100).nullable(),
        /** The role the header text alone implies, if any. */
        role: roleSchema.nullable(),
        samples: z.array(outlineText).max(3),
      }),
    )
    .max(1000),
});
export type TableOutlineView = z.infer<typeof tableOutlineSchema>;
export type OutlineColumnView = TableOutlineView['columns'][number];

/** One finding of the validation report. */
const importIssueSchema = z.strictObject({
  /** 1-based file line (CSV) or sheet row (XLSX); 0 for the file as a whole. */
  line: z.number().int().min(0),
  /** The column's header text (or letter when there is none); '' for the whole row/file. */
  column: longText,
  /** The raw cell text as found in the file. */
  value: longText,
  rule: shortText,
  /** Chinese first, then English. */
  message: longText,
});
export type ImportIssueView = z.infer<typeof importIssueSchema>;

/** The most skipped lines a report lists; `skipped` still counts them all. */
export const MAX_REPORTED_SKIPPED_LINES = 1000;

export const importReportSchema = z.strictObject({
  rows: z.number().int().min(0),
  /** Rows left out because they could not be imported; non-zero only when skipBadRows was asked. */
  skipped: z.number().int().min(0),
  /** Their lines, ascending (the first MAX_REPORTED_SKIPPED_LINES). */
  skippedLines: z.array(z.number().int().min(1)).max(MAX_REPORTED_SKIPPED_LINES),
  accepted: z.number().int().min(0),
  errors: z.array(importIssueSchema),
  warnings: z.array(importIssueSchema),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']).nullable(),
  sha256: z.string().max(64),
  committed: z.boolean(),
  importId: z.number().int().positive().nullable(),
  inserted: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  /** True when the report lists only the first issues of a longer list. */
  truncated: z.boolean(),
  /** The table as the mapping step shows it; null when the file could not be read as a table. */
  outline: tableOutlineSchema.nullable(),
  /** The mapping last committed for a file with the same header list, if any. */
  rememberedMapping: importMappingSchema.nullable(),
});
export type ImportReportView = z.infer<typeof importReportSchema>;

/** A file name as stored and shown: bidi and other control characters removed (file-name.ts). */
const importFileName = z.string().overwrite(plainFileName);

const importRequest = z.strictObject({
  fileName: importFileName.min(1).max(260),
  bytesBase64: z
    .string()
    .max(MAX_IMPORT_BASE64_CHARS, bilingual('文件超过 50 MB', 'file larger than 50 MB'))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  mapping: importMappingSchema.optional(),
  /**
   * Leave out rows that cannot be imported (too few fields, not a number, unknown region, …) and
   * report them, instead of refusing the file. Off unless the planner ticks it.
   */
  skipBadRows: z.boolean().optional(),
});

export const importLogEntrySchema = z.strictObject({
  id: z.number().int().positive(),
  at: shortText,
  user: shortText,
  fileName: importFileName.max(260),
  sha256: z.string().max(64),
  rows: z.number().int().min(0),
  inserted: z.number().int().min(0),
  updated: z.number().int().min(0),
  undone: z.boolean(),
});
export type ImportLogEntry = z.infer<typeof importLogEntrySchema>;

const bilingualSchema = z.strictObject({ zh: longText, en: longText });
const codeList = z.array(regionCode).max(100);

/**
 * One linked indicator of a cause: the region's figure against its reference, as the reference
 * rule (engine/evidence/reference.ts) formed it, and the gap. `explanation` is the same sentence
 * the overview, the briefing and the CLI print for it.
 */
const indicatorGapSchema = z.strictObject({
  indicator: indicatorCode,
  nameZh: shortText,
  nameEn: shortText,
  unit: shortText,
  unitEn: shortText,
  direction: z.union([z.literal(1), z.literal(-1)]),
  reference: linkReferenceSchema,
  status: comparisonStatusSchema,
  year: z.number().int().nullable(),
  value: finite.nullable(),
  valueBasis: z
    .enum(['own', 'members-mean', 'members-sum', 'members-weighted', 'aggregate'])
    .nullable(),
  valueRegions: codeList,
  referenceValue: finite.nullable(),
  referenceBasis: z
    .enum([
      'national-row',
      'provinces-mean',
      'best-province',
      'province-row',
      'best-city',
      'peers-mean',
      'best-peer',
    ])
    .nullable(),
  referenceRegion: shortText.nullable(),
  reportingProvinces: z.number().int().min(0).nullable(),
  totalProvinces: z.number().int().min(0),
  referenceProvinces: z.number().int().min(0).nullable(),
  excludedRegions: codeList,
  newerRegionYear: z.number().int().nullable(),
  availableIn: codeList,
  missingMembers: codeList,
  latestReferenceYear: z.number().int().nullable(),
  /** What the region is compared with: the country, its province, or a peer group (comparisonRegion). */
  comparison: referenceChoiceSchema,
  comparisonRegion: shortText.nullable(),
  /** The rows a province, city or peer reference was formed from. */
  referenceMembers: codeList,
  /** A province or peer reference that failed: whose figure is missing. */
  missingReferenceMembers: codeList,
  /** For a grouping of cities: how its figure forms from its members. */
  memberRule: z.enum(['mean', 'sum', 'population-weighted', 'none']).nullable(),
  gap: finite.min(0).max(1).nullable(),
  /** How the reference was formed, or exactly what is missing. */
  explanation: bilingualSchema,
  /** How the region's figure was obtained when it is not its own row (a members' mean, the aggregate's). */
  valueNote: bilingualSchema.nullable(),
});
export type IndicatorGapView = z.infer<typeof indicatorGapSchema>;

export const severityResultSchema = z.strictObject({
  region: regionCode,
  /**
   * What the region is compared with: `chosen` is the scenario's (or the request's) choice, `kind`
   * and `region` what applies (a province-level region is always compared with the country), and
   * `note` says why when they differ.
   */
  comparison: z.strictObject({
    chosen: referenceChoiceSchema,
    kind: referenceChoiceSchema,
    region: shortText.nullable(),
    note: bilingualSchema.nullable(),
  }),
  causes: z.array(
    z.strictObject({
      causeId: entityId,
      nameZh: shortText,
      nameEn: shortText,
      severity: finite.min(0).max(1).nullable(),
      indicators: z.array(indicatorGapSchema).max(100),
    }),
  ),
});
export type SeverityResult = z.infer<typeof severityResultSchema>;

const causeLinkRequest = z.strictObject({ causeId: entityId, indicator: indicatorCode });
const causeLinkReply = z.strictObject({
  causeId: entityId,
  indicator: indicatorCode,
  editId: z.number().int().positive().nullable(),
});

export const evidenceChannels = {
  /** Every indicator with category, unit, direction and how much data it holds. */
  'evidence:indicators': {
    request: z.strictObject({}),
    response: z.array(indicatorSummarySchema),
  },
  /** One indicator's regions × years values with their source lines and data-quality flags. */
  'evidence:observations': {
    request: z.strictObject({ indicator: indicatorCode }),
    response: observationsResultSchema,
  },
  /** Dry run of an import: the validation report, nothing written. */
  'evidence:importPreview': {
    request: importRequest,
    response: importReportSchema,
  },
  /** Validate and, only when the report has no errors, commit in one transaction. */
  'evidence:importCommit': {
    request: importRequest,
    response: importReportSchema,
  },
  /** Undo one committed import (restores the values it replaced). */
  'evidence:importUndo': {
    request: z.strictObject({ importId: z.number().int().positive() }),
    response: z.strictObject({
      importId: z.number().int().positive(),
      deleted: z.number().int().min(0),
      restored: z.number().int().min(0),
    }),
  },
  /** The import log, newest first. */
  'evidence:imports': {
    request: z.strictObject({}),
    response: z.array(importLogEntrySchema).max(1000),
  },
  /** One indicator as a file (regions × years), base64; the renderer offers it as a download. */
  'evidence:export': {
    request: z.strictObject({ indicator: indicatorCode, format: z.enum(['csv', 'xlsx']) }),
    response: z.strictObject({
      fileName: z.string().max(260),
      mimeType: shortText,
      bytesBase64: z.string().max(MAX_IMPORT_BASE64_CHARS),
    }),
  },
  /**
   * Links an indicator to a cause (or changes an existing link's direction or reference): shared
   * by every scenario, one audited edit that the global undo reverts. editId null: nothing changed.
   */
  'evidence:linkIndicator': {
    request: causeLinkRequest.extend({
      direction: z.union([z.literal(1), z.literal(-1)]),
      reference: linkReferenceSchema,
    }),
    response: causeLinkReply,
  },
  /** Removes a cause–indicator link; one audited, undoable edit. */
  'evidence:unlinkIndicator': {
    request: causeLinkRequest,
    response: causeLinkReply,
  },
  /** Per-cause severity for a scenario's region or a given region, with the indicators behind it. */
  'evidence:severity': {
    request: z.union([
      z.strictObject({ scenarioId }),
      z.strictObject({
        regionCode,
        /** What to compare the region with (default the country); a peer group names its code. */
        reference: referenceChoiceSchema.optional(),
        peerGroup: regionCode.optional(),
      }),
    ]),
    response: severityResultSchema,
  },
} as const;
