import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase } from '../../../db/open';
import { openCliDatabase } from '../open-database';
import { importMappingSchema, type ImportMapping } from '../../../contract/evidence';
import { importFile, type ImportReport } from '../../../db/import/run-import';
import { CliInputError, type CliCommand } from '../command';
import { formatTable } from './indicators';
import { formatFieldPath } from '../../../contract/field-path';
import { bilingual } from '../../../contract/bilingual';

/**
 * `import FILE.csv|FILE.xlsx [--dry-run] [--skip-bad-rows] [--map MAPPING.json] [--json]` → the
 * validation report (docs/cli.md). A report with errors is a normal result, not a throw: the
 * dispatcher (main.ts) exits 1 when `errors` is non-empty, and nothing was written in that case.
 * With --skip-bad-rows, rows that cannot be imported are left out and listed instead.
 */
export const importCommand: CliCommand<ImportReport> = {
  name: 'import',
  summary:
    '导入 CSV/XLSX 统计数据（先校验，无错误才提交） · import CSV/XLSX statistics (validated; committed only without errors)',
  readsInput: false,
  async run(ctx) {
    const file = ctx.args[0];
    if (file === undefined)
      throw new CliInputError(
        'file',
        bilingual('需要 CSV 或 XLSX 文件名', 'needs a CSV or XLSX file name'),
      );
    const resolved = path.resolve(file);
    if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) {
      throw new CliInputError('file', bilingual('无法读取文件', `cannot read file ${file}`));
    }
    const mapping = readMapping(ctx.flags.map);
    const { db } = await openCliDatabase(ctx.dataDir);
    try {
      return await importFile(db, resolved, {
        dryRun: ctx.flags['dry-run'] === true,
        skipBadRows: ctx.flags['skip-bad-rows'] === true,
        ...(mapping ? { mapping } : {}),
      });
    } finally {
      closeDatabase(db);
    }
  },
  format(r) {
    const status = r.committed
      ? bilingual(
          `已提交（导入编号 ${r.importId}，新增 ${r.inserted}，更新 ${r.updated}，未变 ${r.unchanged}）`,
          `committed (import ${r.importId}: ${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged)`,
        )
      : r.errors.length > 0
        ? bilingual(
            '未写入：请先修正错误（无法导入的行也可用 --skip-bad-rows 跳过）',
            'nothing written: fix the errors first (or leave out rows that cannot be imported with --skip-bad-rows)',
          )
        : bilingual('未写入（试运行或无数据）', 'nothing written (dry run or no data)');
    const lines = [
      `格式 format: ${r.format}${r.encoding ? `, 编码 encoding: ${r.encoding}` : ''}`,
      `数据行 rows: ${r.rows}  通过 accepted: ${r.accepted}  跳过 skipped: ${r.skipped}  错误 errors: ${r.errors.length}  警告 warnings: ${r.warnings.length}`,
      status,
    ];
    const issues = [
      ...r.errors.map((e) => ({ ...e, kind: '错误 error' })),
      ...r.warnings.map((w) => ({ ...w, kind: '警告 warning' })),
    ];
    if (issues.length > 0) {
      lines.push(
        '',
        formatTable(
          ['', '行 line', '列 column', '值 value', '规则 rule', '说明 message'],
          issues.map((i) => [
            i.kind,
            String(i.line),
            printable(i.column),
            printable(i.value),
            i.rule,
            printable(i.message),
          ]),
        ),
      );
    }
    return lines.join('\n');
  },
};

/**
 * Cell text shown on a terminal: an ESC sequence in a colleague's file must not recolour or
 * clear the screen, nor a bidi override reorder the line, nor a newline break the table.
 * Such characters are written as visible \u{…} escapes.
 */
function printable(text: string): string {
  return text.replace(
    /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu,
    (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`,
  );
}

function readMapping(flag: string | boolean | undefined): ImportMapping | undefined {
  if (flag === undefined || flag === false) return undefined;
  if (flag === true)
    throw new CliInputError('--map', bilingual('需要映射文件名', 'needs a mapping file name'));
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(path.resolve(flag), 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new CliInputError(
      '--map',
      bilingual('无法读取 JSON 映射文件', `cannot read the JSON mapping ${flag}`),
    );
  }
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = formatFieldPath(['map', ...(issue?.path ?? [])]);
    throw new CliInputError(field, issue?.message ?? 'invalid mapping');
  }
  return parsed.data;
}
