/**
 * The column mapping for tables that are not a plain long table. The UI saves exactly this JSON
 * and the CLI reads it with --map, so it is validated with zod like any other boundary input.
 * Columns are named by header text (compared case-, width- and space-insensitively), by Excel
 * letter ("C") or by 1-based index.
 */
import { z } from 'zod';

const columnRef = z.union([z.string().min(1).max(200), z.number().int().min(1).max(100_000)]);
const year = z.number().int().min(1900).max(2100);

export const importMappingSchema = z.strictObject({
  regionColumn: columnRef,
  indicatorColumn: columnRef.optional(),
  /** One indicator for the whole file (code, Chinese or English name). */
  indicator: z.string().min(1).max(200).optional(),
  yearColumn: columnRef.optional(),
  /** One year for the whole file. */
  year: year.optional(),
  /** Wide tables: which columns hold values, each with its year and/or indicator. */
  valueColumns: z
    .array(
      z.strictObject({
        column: columnRef,
        year: year.optional(),
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
