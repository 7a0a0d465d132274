/**
 * Writes templates/: the import template for city statistics (CSV and XLSX) and the example file
 * (db/import/city-template.ts says what is in them; the Evidence screen offers the same bytes for
 * download). Rerun with `npx tsx scripts/generate-templates.ts` when the cities or the template's
 * indicators change; db/import/cities.test.ts fails while the committed files differ.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_FILES, templateFileBytes, type TemplateFile } from '../db/import/city-template';

export const TEMPLATES_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'templates',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(TEMPLATES_DIR, { recursive: true });
  for (const [file, name] of Object.entries(TEMPLATE_FILES))
    fs.writeFileSync(path.join(TEMPLATES_DIR, name), await templateFileBytes(file as TemplateFile));
  console.log(`wrote ${Object.values(TEMPLATE_FILES).join(', ')} to ${TEMPLATES_DIR}`);
}
