/**
 * The layer rules of docs/architecture.md are enforced by ESLint, not hoped for: a wrong import
 * placed in each layer must fail lint, and the allowed downward import must pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const WRONG: ReadonlyArray<{ layer: string; file: string; code: string; says: RegExp }> = [
  {
    layer: 'engine',
    file: 'engine/robustness/fixture-wrong.ts',
    code: "import Database from 'better-sqlite3';\nexport const d = Database;\n",
    says: /platform-free/,
  },
  {
    layer: 'engine',
    file: 'engine/scenario/fixture-wrong.ts',
    code: "import { openDatabase } from '../../db/open';\nexport const o = openDatabase;\n",
    says: /no host, database or UI/,
  },
  {
    layer: 'engine',
    file: 'engine/scenario/fixture-wrong2.ts',
    code: "import type { Locale } from '../../contract/domain';\nexport type L = Locale;\n",
    says: /bottom layer/,
  },
  {
    layer: 'contract',
    file: 'contract/fixture-wrong.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    says: /browser/,
  },
  {
    layer: 'contract',
    file: 'contract/fixture-wrong2.ts',
    code: "import { dispatch } from '../electron/services/dispatch';\nexport const d = dispatch;\n",
    says: /downward/,
  },
  {
    layer: 'contract',
    file: 'contract/fixture-wrong3.ts',
    code: "import { BriefingPrintView } from '../report-view/BriefingPrintView';\nexport const b = BriefingPrintView;\n",
    says: /downward/,
  },
  {
    layer: 'contract',
    file: 'contract/fixture-wrong4.ts',
    code: "import i18next from 'i18next';\nexport const i = i18next;\n",
    says: /downward/,
  },
  {
    layer: 'report-view',
    file: 'report-view/fixture-wrong.tsx',
    code: "import { call } from '../renderer/src/api/client';\nexport const c = call;\n",
    says: /only engine\/ and contract\//,
  },
  {
    layer: 'report-view',
    file: 'report-view/fixture-wrong2.tsx',
    code: "import { Card } from 'antd';\nexport const C = Card;\n",
    says: /React is its only package/,
  },
  {
    layer: 'report-view',
    file: 'report-view/fixture-wrong3.tsx',
    code: "import { renderToStaticMarkup } from 'react-dom/server';\nexport const r = renderToStaticMarkup;\n",
    says: /React is its only package/,
  },
  {
    layer: 'db',
    file: 'db/repositories/fixture-wrong.ts',
    code: "import { dispatch } from '../../electron/services/dispatch';\nexport const d = dispatch;\n",
    says: /never host code/,
  },
  {
    layer: 'services',
    file: 'electron/services/fixture-wrong.ts',
    code: "import { app } from 'electron';\nexport const a = app;\n",
    says: /no Electron/,
  },
  {
    layer: 'renderer',
    file: 'renderer/src/features/fixture-wrong.ts',
    code: "import { openDatabase } from '../../../db/open';\nexport const o = openDatabase;\n",
    says: /never db\//,
  },
  {
    layer: 'renderer',
    file: 'renderer/src/features/fixture-wrong2.ts',
    code: "import { runSmaa } from '../../../engine/robustness/smaa';\nexport const r = runSmaa;\n",
    says: /public entries/,
  },
  {
    layer: 'services',
    file: 'electron/services/fixture-wrong2.ts',
    code: "import { rankPackages } from '../../engine/packages/rank';\nexport const r = rankPackages;\n",
    says: /public entries/,
  },
  {
    layer: 'scripts',
    file: 'scripts/bench/fixture-wrong.ts',
    code: "import { Rng } from '../../engine/random/prng';\nexport const r = Rng;\n",
    says: /public entries/,
  },
];

describe('layer rules (ESLint no-restricted-imports)', () => {
  for (const w of WRONG) {
    it(`${w.layer}: ${w.code.split('\n')[0]} fails lint`, async () => {
      const errors = await restrictedImportErrors(w.file, w.code);
      expect(errors.length).toBe(1);
      expect(errors[0]).toMatch(w.says);
    });
  }

  it('downward imports pass: db → contract, services → db, renderer → contract', async () => {
    expect(
      await restrictedImportErrors(
        'db/repositories/fixture-right.ts',
        "import type { Locale } from '../../contract/domain';\nexport type L = Locale;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImportErrors(
        'electron/services/fixture-right.ts',
        "import { openDatabase } from '../../db/open';\nexport const o = openDatabase;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImportErrors(
        'renderer/src/features/fixture-right.ts',
        "import type { Locale } from '../../../contract/domain';\nexport type L = Locale;\n",
      ),
    ).toEqual([]);
  });

  it('downward imports pass: contract → zod and engine, report-view → react, engine and contract, renderer → report-view', async () => {
    expect(
      await restrictedImportErrors(
        'contract/fixture-right.ts',
        "import { z } from 'zod';\nimport type { ReportSection } from '../engine/report';\nexport const s = z.string();\nexport type R = ReportSection;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImportErrors(
        'report-view/fixture-right.tsx',
        "import type { ReactNode } from 'react';\nimport type { ReportModel } from '../engine/report';\nimport type { Locale } from '../contract/domain';\nimport { TILE } from './tile-style';\nexport type T = [ReactNode, ReportModel, Locale, typeof TILE];\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImportErrors(
        'renderer/src/features/fixture-right.ts',
        "import { HBarChart } from '../../../report-view/HBarChart';\nexport const h = HBarChart;\n",
      ),
    ).toEqual([]);
  });

  it('the engine is reached through its public entries: engine/<area>, engine/model, engine/errors', async () => {
    expect(
      await restrictedImportErrors(
        'scripts/bench/fixture-right.ts',
        "import { runSmaa } from '../../engine/robustness';\nimport type { DecisionModel } from '../../engine/model';\nimport { EngineInputError } from '../../engine/errors';\nimport { rankPackages } from '../../engine/packages/index';\nexport const r = [runSmaa, EngineInputError, rankPackages];\nexport type D = DecisionModel;\n",
      ),
    ).toEqual([]);
  });
});
