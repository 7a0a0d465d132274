import { closeDatabase } from '../../../db/open';
import { openCliDatabase } from '../open-database';
import { listIndicators } from '../../../db/repositories/indicators.repo';
import type { CliCommand } from '../command';

/** The machine contract (docs/cli.md): exactly these five fields per indicator. */
export interface IndicatorsResult {
  indicators: Array<{
    code: string;
    nameZh: string;
    nameEn: string;
    unit: string;
    observations: number;
  }>;
}

/** `indicators`: what the evidence database holds, so a planner knows which codes an import may use. */
export const indicatorsCommand: CliCommand<IndicatorsResult> = {
  name: 'indicators',
  summary: '列出指标及观测值数量 · list indicators with their observation counts',
  readsInput: false,
  async run(ctx) {
    const { db } = await openCliDatabase(ctx.dataDir);
    try {
      return {
        indicators: listIndicators(db).map((i) => ({
          code: i.code,
          nameZh: i.nameZh,
          nameEn: i.nameEn,
          unit: i.unit,
          observations: i.observations,
        })),
      };
    } finally {
      closeDatabase(db);
    }
  },
  format(result) {
    const rows = result.indicators.map((i) => [
      i.code,
      i.nameZh,
      i.nameEn,
      i.unit,
      String(i.observations),
    ]);
    return formatTable(['代码 code', '名称', 'name', '单位 unit', '观测值 obs.'], rows);
  },
};

/** Columns padded to the widest cell; CJK characters take two terminal columns. */
export function formatTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const width = (s: string): number =>
    [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  return all
    .map((r) =>
      r
        .map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - width(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
