import path from 'node:path';
import { closeDatabase } from '../../../db/open';
import { openCliDatabase } from '../open-database';
import { NotFoundError } from '../../../db/errors';
import { generateBriefing, type GenerateBriefingResult } from '../../briefing/generate';
import { CliInputError, stringFlag, type CliCommand } from '../command';
import { unknownScenario } from '../scenario-input';
import { bilingual } from '../../../contract/bilingual';

/** The machine contract (docs/cli.md): { out, pages, bytes, lang, scenario, seed, ms }. */
export type BriefResult = Omit<GenerateBriefingResult, 'blockedRequests'>;

/**
 * `brief --out FILE.pdf [--lang zh|en] [--scenario NAME] [--seed N] [--map INDICATOR|none]`: the
 * briefing PDF, printed offline. --map names the indicator of the tile map for this briefing
 * (none: no map); without it the scenario's own choice applies.
 */
export const briefCommand: CliCommand<BriefResult> = {
  name: 'brief',
  summary:
    '生成简报 PDF · print the briefing PDF (--out FILE.pdf [--lang zh|en] [--scenario NAME] [--seed N] [--map INDICATOR|none])',
  readsInput: false,
  async run(ctx) {
    const out = stringFlag(ctx.flags, 'out');
    if (out === undefined)
      throw new CliInputError('out', bilingual('缺少 --out FILE.pdf', 'missing --out FILE.pdf'));
    if (!out.toLowerCase().endsWith('.pdf'))
      throw new CliInputError(
        'out',
        bilingual('必须以 .pdf 结尾', `must end in .pdf (got ${out})`),
      );
    const lang = stringFlag(ctx.flags, 'lang') ?? 'zh';
    if (lang !== 'zh' && lang !== 'en')
      throw new CliInputError(
        'lang',
        bilingual(`必须为 zh 或 en`, `must be zh or en (got ${lang})`),
      );
    const seedText = stringFlag(ctx.flags, 'seed');
    const seed = seedText === undefined ? undefined : Number(seedText);
    if (seed !== undefined && !(Number.isSafeInteger(seed) && seed >= 0 && seed <= 0xffffffff)) {
      throw new CliInputError(
        'seed',
        bilingual(
          '必须为 0–4294967295 的整数',
          `must be an integer 0–4294967295 (got ${seedText})`,
        ),
      );
    }
    const scenarioName = stringFlag(ctx.flags, 'scenario');
    const mapFlag = stringFlag(ctx.flags, 'map');
    const { db } = await openCliDatabase(ctx.dataDir);
    try {
      const mapIndicator = mapFlag === undefined ? undefined : mapFlag === 'none' ? null : mapFlag;
      if (mapIndicator && !db.prepare('SELECT 1 FROM indicators WHERE code = ?').get(mapIndicator))
        throw new CliInputError(
          'map',
          bilingual('未知指标', `unknown indicator "${mapIndicator}" (see the indicators command)`),
        );
      const result = await generateBriefing({
        db,
        lang,
        outFile: path.resolve(out),
        ...(scenarioName === undefined ? {} : { scenarioName }),
        ...(seed === undefined ? {} : { seed }),
        ...(mapIndicator === undefined ? {} : { mapIndicator }),
      }).catch((error: unknown) => {
        if (
          error instanceof NotFoundError &&
          error.entity === 'scenario' &&
          scenarioName !== undefined
        )
          throw unknownScenario(db, scenarioName);
        throw error;
      });
      return {
        out: result.out,
        pages: result.pages,
        bytes: result.bytes,
        lang: result.lang,
        scenario: result.scenario,
        seed: result.seed,
        ms: result.ms,
      };
    } finally {
      closeDatabase(db);
    }
  },
  format(r) {
    return [
      bilingual('简报', `briefing: ${r.out}`),
      `页数 pages: ${r.pages} · 大小 size: ${(r.bytes / 1024).toFixed(0)} KiB · 语言 lang: ${r.lang}`,
      `情景 scenario: ${r.scenario} · 随机种子 seed: ${r.seed} · 用时 ${r.ms} ms`,
    ].join('\n');
  },
};
