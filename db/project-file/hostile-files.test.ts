/**
 * Project files as a hostile colleague (or a careless script) would write them. Each one must be
 * refused through the real dispatch with an `invalid-request` naming every problem by path, in
 * both languages, and leave the database exactly as it was: no "Internal error" from a SQLite
 * constraint, nothing imported as is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openTempServices, type TempServices } from '../../electron/services/test-support';
import { writeFigures } from '../../scripts/security/figures';
import type { ProjectFile, ProjectScenario } from './format';
import { parseProjectFile } from './project-io';
import { ProjectFileError } from './validate';

let t: TempServices;
let base: ProjectFile;
beforeAll(async () => {
  t = await openTempServices();
  base = JSON.parse((await t.services['project:export']({ scenarioIds: [1] })).text) as ProjectFile;
  base.scenarios[0]!.name = 'from a colleague';
});
afterAll(() => t.cleanup());

const totalChanges = (): number =>
  (t.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/** The exported scenario with `edit` applied to a deep copy. */
function fileWith(edit: (s: ProjectScenario) => void): string {
  const doc = structuredClone(base);
  edit(doc.scenarios[0]!);
  return JSON.stringify(doc);
}

interface Case {
  name: string;
  text: () => string;
  /** Paths the error must name (all of them, in any order). */
  paths: string[];
}

const cases: Case[] = [
  {
    name: 'measure costs of 1e308 (the edit channel caps costs at 1e9)',
    text: () =>
      fileWith((s) => {
        for (const m of s.measures.slice(0, 2)) Object.assign(m, { costHigh: 1e308 });
        Object.assign(s.measures[1]!, { costLow: 1e308, costLikely: 1e308 });
      }),
    paths: [
      'scenarios[0].measures[0].costHigh',
      'scenarios[0].measures[1].costLow',
      'scenarios[0].measures[1].costLikely',
      'scenarios[0].measures[1].costHigh',
    ],
  },
  {
    name: 'a cost that overflows JSON to Infinity',
    text: () =>
      fileWith((s) => Object.assign(s.measures[0]!, { costHigh: 777777 })).replace(
        '"costHigh":777777',
        '"costHigh":1e999',
      ),
    paths: ['scenarios[0].measures[0].costHigh'],
  },
  {
    name: 'a duplicate measure',
    text: () => fileWith((s) => s.measures.push({ ...s.measures[0]! })),
    paths: ['scenarios[0].measures[7].id'],
  },
  {
    name: 'a duplicate impact cell',
    text: () => fileWith((s) => s.impacts.push({ ...s.impacts[3]!, likely: s.impacts[3]!.low })),
    paths: ['scenarios[0].impacts[56]'],
  },
  {
    name: 'a reversed, a self and a repeated synergy',
    text: () =>
      fileWith((s) => {
        s.synergies = [
          { a: 'M3', b: 'M1', value: 0.1 },
          { a: 'M2', b: 'M2', value: 0.1 },
          { a: 'M1', b: 'M4', value: 0.1 },
          { a: 'M1', b: 'M4', value: -0.1 },
        ];
      }),
    paths: ['scenarios[0].synergies[0]', 'scenarios[0].synergies[1]', 'scenarios[0].synergies[3]'],
  },
  {
    name: 'unknown ids in required, excluded, requires and excludes',
    text: () =>
      fileWith((s) => {
        s.constraints = {
          ...s.constraints,
          required: ['M99'],
          excluded: ['X1'],
          requires: [['M1', 'M42']],
          excludes: [['Q', 'M2']],
        };
      }),
    paths: [
      'scenarios[0].constraints.required[0]',
      'scenarios[0].constraints.excluded[0]',
      'scenarios[0].constraints.requires[0][1]',
      'scenarios[0].constraints.excludes[0][0]',
    ],
  },
  {
    name: 'a measure both required and excluded',
    text: () =>
      fileWith((s) => {
        s.constraints = { ...s.constraints, required: ['M2'], excluded: ['M2'] };
      }),
    paths: ['scenarios[0].constraints.required[0]'],
  },
  {
    name: 'a requires-cycle M1 → M2 → M3 → M1 and a self-requirement',
    text: () =>
      fileWith((s) => {
        s.constraints = {
          ...s.constraints,
          requires: [
            ['M1', 'M2'],
            ['M2', 'M3'],
            ['M3', 'M1'],
            ['M5', 'M5'],
          ],
        };
      }),
    paths: ['scenarios[0].constraints.requires[2]', 'scenarios[0].constraints.requires[3]'],
  },
  {
    name: 'a region, cause and measure this database does not know',
    text: () =>
      fileWith((s) => {
        s.regionCode = 'atlantis';
        s.weights = { ...s.weights, C77: 1 };
        s.impacts[0]!.measureId = 'M77';
      }),
    paths: [
      'scenarios[0].regionCode',
      'scenarios[0].weights.C77',
      'scenarios[0].impacts[0].measureId',
    ],
  },
];

describe('hostile project files are refused whole, each problem named', () => {
  let refused = 0;

  it.each(cases)('$name', async ({ text, paths }) => {
    const before = totalChanges();
    const names = (await t.services['scenario:list']({})).map((s) => s.name);
    const r = await dispatch(t.services, 'project:import', { text: text(), onConflict: 'rename' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-request');
    expect(r.error.message).not.toMatch(/internal|sqlite|constraint failed/i);
    // Both languages, and every problem's path.
    expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(r.error.message).toMatch(/nothing was imported/);
    for (const p of paths) expect(r.error.message).toContain(`${p}:`);
    expect(paths).toContain(r.error.field);
    expect(totalChanges()).toBe(before);
    expect((await t.services['scenario:list']({})).map((s) => s.name)).toEqual(names);
    refused += 1;
  });

  it('lists every problem of a file with many, not only the first', () => {
    const doc = structuredClone(base);
    doc.scenarios = Array.from({ length: 12 }, (_, i) => ({
      ...structuredClone(base.scenarios[0]!),
      name: `copy ${i}`,
      synergies: [{ a: 'M2', b: 'M1', value: 0.2 }],
    }));
    const error = (() => {
      try {
        parseProjectFile(JSON.stringify(doc));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ProjectFileError);
    const problems = (error as ProjectFileError).problems;
    expect(problems.map((p) => p.path)).toEqual(
      Array.from({ length: 12 }, (_, i) => `scenarios[${i}].synergies[0]`),
    );
    // The message lists the first few and counts the rest, so it stays readable.
    expect((error as Error).message).toContain('4 more');
  });

  it('still imports what the app exports', async () => {
    const r = await dispatch(t.services, 'project:import', { text: JSON.stringify(base) });
    expect(r).toMatchObject({ ok: true, value: { status: 'imported' } });
  });

  it('reports the figures', () => {
    expect(refused).toBe(cases.length);
    writeFigures('project-file', { cases: cases.length, correctlyRefused: refused });
  });
});
