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
});
