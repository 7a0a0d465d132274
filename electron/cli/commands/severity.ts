import { closeDatabase } from '../../../db/open';
import { listRegions } from '../../../db/repositories/regions.repo';
import { MIN_REPORTING_PROVINCES } from '../../../engine/evidence';
import type { SeverityResult } from '../../../contract/evidence';
import { scenarioSeverity } from '../../services/evidence.service';
import { stringFlag, type CliCommand } from '../command';
import { num, table } from '../format';
import { openCliDatabase } from '../open-database';
import { findScenario } from '../scenario-input';
import { bilingual } from '../../../contract/bilingual';

/** docs/cli.md "severity": the scenario's region, the rule, and per cause its indicators. */
export interface SeverityCliResult {
  scenario: string;
  region: { code: string; nameZh: string; nameEn: string };
  referenceRule: { minReportingProvinces: number; zh: string; en: string };
  /** What the scenario's region is compared with (the country, its province, a peer group). */
  comparison: SeverityResult['comparison'];
  causes: SeverityResult['causes'];
}

const RULE = {
  zh: `全国参照：当年的全国数据；没有时，仅当 31 省中至少 ${MIN_REPORTING_PROVINCES} 省有当年数据，取其余省份（不含本地区自身）的平均；否则用最近的完整年份，并且本地区与参照始终取同一年份。`,
  en: `National reference: the national figure of the year; without one, the mean of the other provinces (never the region's own) only when at least ${MIN_REPORTING_PROVINCES} of 31 report that year; otherwise the latest complete year, with the region's figure always from the same year as the reference.`,
};

const COMPARED = {
  national: { zh: '全国', en: 'the country' },
  province: { zh: '所在省', en: 'its province' },
  'peer-group': { zh: '同类城市组', en: 'a peer group' },
} as const;

/** `severity [--scenario NAME]`: how far the scenario's region trails its reference on each cause. */
export const severityCommand: CliCommand<SeverityCliResult> = {
  name: 'severity',
  summary:
    '各成因的地区严重程度及其参照 · regional severity per cause with each reference ([--scenario NAME])',
  readsInput: false,
  async run(ctx) {
    const scenarioName = stringFlag(ctx.flags, 'scenario');
    const { db } = await openCliDatabase(ctx.dataDir);
    try {
      const scenario = findScenario(db, scenarioName);
      const region = listRegions(db).find((r) => r.code === scenario.regionCode);
      const result = scenarioSeverity(db, scenario.id);
      return {
        scenario: scenario.name,
        region: {
          code: scenario.regionCode,
          nameZh: region?.nameZh ?? scenario.regionCode,
          nameEn: region?.nameEn ?? scenario.regionCode,
        },
        referenceRule: { minReportingProvinces: MIN_REPORTING_PROVINCES, ...RULE },
        comparison: result.comparison,
        causes: result.causes,
      };
    } finally {
      closeDatabase(db);
    }
  },
  format(r) {
    const figure = (v: number | null) => (v === null ? '—' : num(v, 2));
    const blocks = r.causes.map((c) => {
      const head = `${c.causeId} ${c.nameZh} · ${c.nameEn}: ${
        c.severity === null
          ? c.indicators.length === 0
            ? '尚无指标 / no indicator yet'
            : '无法计算 / cannot be computed'
          : `严重程度 severity ${num(c.severity, 3)}`
      }`;
      if (c.indicators.length === 0) return head;
      const rows = c.indicators.map((g) => [
        `  ${g.indicator}`,
        figure(g.value),
        figure(g.referenceValue),
        g.year === null ? '—' : String(g.year),
        g.gap === null ? '—' : num(g.gap, 3),
        bilingual(g.explanation),
      ]);
      const header = [
        '  指标 indicator',
        '地区 region',
        '参照 reference',
        '年份 year',
        '差距 gap',
        '参照的构成 how the reference was formed',
      ];
      return `${head}\n${table(header, rows)}`;
    });
    return [
      `情景 scenario: ${r.scenario} · 地区 region: ${r.region.nameZh} ${r.region.nameEn} (${r.region.code})`,
      `${RULE.zh}`,
      `${RULE.en}`,
      `比较对象 compared with: ${COMPARED[r.comparison.kind].zh}${r.comparison.region ? ` ${r.comparison.region}` : ''} / ${COMPARED[r.comparison.kind].en}${r.comparison.note ? ` (${bilingual(r.comparison.note)})` : ''}`,
      '',
      ...blocks,
    ].join('\n');
  },
};
