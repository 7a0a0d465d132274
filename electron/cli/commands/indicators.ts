import { closeDatabase } from '../../../db/open';
import { openCliDatabase } from '../open-database';
import { listIndicatorSummaries } from '../../../db/repositories/indicators.repo';
import { cityCoverage } from '../../../db/repositories/city-coverage.repo';
import { listRegions } from '../../../db/repositories/regions.repo';
import type Database from 'better-sqlite3';
import type { CliCommand } from '../command';

/**
 * The machine contract (docs/cli.md): exactly these five fields per indicator, plus the city
 * figures: per city of the Northeast its observations and the template indicators it still lacks.
 */
export interface IndicatorsResult {
  indicators: Array<{
    code: string;
    nameZh: string;
    nameEn: string;
    unit: string;
    observations: number;
  }>;
  cities: Array<{
    code: string;
    nameZh: string;
    nameEn: string;
    province: string;
    observations: Array<{ indicator: string; year: number; value: number }>;
    /** Template indicators without any figure for the city yet. */
    missing: string[];
  }>;
}

function cityObservations(db: Database.Database) {
  return db
    .prepare(
      `SELECT o.region_code AS region, o.indicator_code AS indicator, o.year, o.value
       FROM observations o JOIN regions r ON r.code = o.region_code JOIN indicators i ON i.code = o.indicator_code
       WHERE r.kind = 'city' ORDER BY r.sort, i.sort, o.year`,
    )
    .all() as { region: string; indicator: string; year: number; value: number }[];
}

/** `indicators`: what the evidence database holds, so a planner knows which codes an import may use. */
export const indicatorsCommand: CliCommand<IndicatorsResult> = {
  name: 'indicators',
  summary:
    '列出指标及观测值数量，以及各城市的数据 · list indicators with their observation counts, and the city figures',
  readsInput: false,
  async run(ctx) {
    const { db } = await openCliDatabase(ctx.dataDir);
    try {
      const observations = cityObservations(db);
      const missing = new Map(cityCoverage(db).cities.map((c) => [c.code, c.missing]));
      return {
        indicators: listIndicatorSummaries(db).map((i) => ({
          code: i.code,
          nameZh: i.nameZh,
          nameEn: i.nameEn,
          unit: i.unit,
          observations: i.observations,
        })),
        cities: listRegions(db)
          .filter((r) => r.kind === 'city')
          .map((r) => ({
            code: r.code,
            nameZh: r.nameZh,
            nameEn: r.nameEn,
            province: r.province ?? '',
            observations: observations
              .filter((o) => o.region === r.code)
              .map(({ indicator, year, value }) => ({ indicator, year, value })),
            missing: missing.get(r.code) ?? [],
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
    const cities = result.cities.map((c) => [
      c.code,
      c.nameZh,
      c.nameEn,
      String(c.observations.length),
      c.missing.length === 0 ? '—' : c.missing.join(' '),
    ]);
    return [
      formatTable(['代码 code', '名称', 'name', '单位 unit', '观测值 obs.'], rows),
      '',
      formatTable(['城市 city', '名称', 'name', '观测值 obs.', '尚缺 missing'], cities),
    ].join('\n');
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
