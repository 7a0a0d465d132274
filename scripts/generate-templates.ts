/**
 * Writes templates/: the import template for city statistics (CSV and XLSX) and the example file
 * (db/import/city-template.ts says what is in them). Rerun with `npx tsx scripts/generate-templates.ts`
 * when the cities or the template's indicators change; db/import/city-template.test.ts fails while
 * the committed files differ from what this writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleRows, TEMPLATE_FILES, templateRows } from '../db/import/city-template';
import { csvText, xlsxBytes } from '../db/import/export';

export const TEMPLATES_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'templates',
);

/** Fixed, so the XLSX's document properties do not change on every run. */
const CREATED = new Date('2026-01-01T00:00:00Z');

export async function templateFiles(): Promise<Record<string, Buffer>> {
  return {
    [TEMPLATE_FILES.csv]: Buffer.from(csvText(templateRows()), 'utf8'),
    [TEMPLATE_FILES.xlsx]: await xlsxBytes('cities', templateRows(), CREATED),
    [TEMPLATE_FILES.exampleCsv]: Buffer.from(csvText(exampleRows()), 'utf8'),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(TEMPLATES_DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(await templateFiles()))
    fs.writeFileSync(path.join(TEMPLATES_DIR, name), bytes);
  console.log(`wrote ${Object.values(TEMPLATE_FILES).join(', ')} to ${TEMPLATES_DIR}`);
}
