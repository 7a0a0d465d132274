import { execFile, type ExecFileException } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../command';
import type { ScenarioShowResult } from '../scenario-show';
import { packagesCommand } from './packages';
import { scenarioCommand, type ScenarioSetOutput } from './scenario';
import { smaaCommand } from './smaa';

/** `scenario show` / `scenario set` on a real database in a temporary data folder. */

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const BASELINE = '东北地区基准情景 / Northeast baseline';
let dataDir: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-cli-scenario-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const ctx = (args: string[], input?: unknown, flags: CliContext['flags'] = {}): CliContext => ({
  input,
  args,
  flags,
  dataDir,
});

async function show(): Promise<ScenarioShowResult> {
  return (await scenarioCommand.run(ctx(['show']))) as ScenarioShowResult;
}

async function set(input: unknown): Promise<ScenarioSetOutput> {
  return (await scenarioCommand.run(ctx(['set'], input))) as ScenarioSetOutput;
}

function cli(
  args: string[],
  stdin: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'electron/cli/main.ts'), ...args],
      { cwd: repoRoot, env: { ...process.env, TRP_DATA_DIR: dataDir }, timeout: 60_000 },
      (error: ExecFileException | null, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

describe('scenario show / set', () => {
  it('shows the stored inputs with their provenance, and set round-trips them as one edit', async () => {
    const fresh = await show();
    expect(fresh.scenario).toBe(BASELINE);
    expect(fresh.constraints.budget).toBe(400);
    expect(fresh.budgetProvenance.kind).toBe('default');
    expect(fresh.costs.M1).toMatchObject({ likely: 300, provenance: { kind: 'default' } });
    expect(Object.keys(fresh.impacts)).toHaveLength(7);
    expect(fresh.weights).toMatchObject({ method: 'default', provenance: { kind: 'default' } });
    expect(fresh.uncertainty).toMatchObject({ type: 'around', width: 0.2, used: 'around' });
    expect(fresh.defaults).toEqual({ weights: true, budget: true, costs: 7, impacts: 56 });

    const r = await set({
      scenario: BASELINE,
      budget: 200,
      maxMeasures: 3,
      excludes: [['M1', 'M3']],
      costs: { M1: { low: 200, likely: 250, high: 400, years: 6 }, M5: 45 },
      impacts: { M6: { C7: { low: 0.15, likely: 0.35, high: 0.6 }, C4: 0.5 } },
      weights: { method: 'swing', points: [20, 10, 100, 60, 80, 30, 40, 70] },
      uncertainty: { type: 'around', width: 0.1 },
    });
    expect(r).toMatchObject({
      scenario: BASELINE,
      key: 'constraints+costs+impacts+weights+uncertainty',
      changed: [
        'constraints',
        'costs.M1',
        'costs.M5',
        'impacts.M6.C7',
        'impacts.M6.C4',
        'weights',
        'uncertainty',
      ],
    });
    expect(r.editId).toEqual(expect.any(Number));

    const after = await show();
    expect(after.constraints).toMatchObject({
      budget: 200,
      maxMeasures: 3,
      excludes: [['M1', 'M3']],
    });
    expect(after.budgetProvenance.kind).toBe('edited');
    expect(after.costs.M1).toMatchObject({ low: 200, likely: 250, high: 400, years: 6 });
    expect(after.costs.M5).toMatchObject({ low: 45, likely: 45, high: 45 });
    expect(after.costs.M5!.provenance.kind).toBe('edited');
    expect(after.impacts.M6!.C4).toMatchObject({ low: 0.5, likely: 0.5, high: 0.5 });
    expect(after.impacts.M6!.C4!.provenance.kind).toBe('edited');
    expect(after.impacts.M1!.C1!.provenance.kind).toBe('default');
    expect(after.weights.method).toBe('swing');
    expect(after.weights.shares.C3).toBeCloseTo(100 / 410, 6);
    expect(after.uncertainty).toMatchObject({ type: 'around', width: 0.1 });
    expect(after.defaults).toEqual({ weights: false, budget: false, costs: 5, impacts: 54 });
    expect(scenarioCommand.format(after)).toContain('edited by');

    // Stating the same file again changes nothing and logs nothing.
    const again = await set({
      scenario: BASELINE,
      budget: 200,
      costs: { M5: 45 },
      impacts: { M6: { C4: 0.5 } },
    });
    expect(again).toMatchObject({ editId: null, changed: [] });
  });

  it('packages and smaa with --scenario use exactly what show prints', async () => {
    const s = await show();
    const p = await packagesCommand.run(ctx([], undefined, { scenario: BASELINE }));
    expect(p.scenario).toBe(BASELINE);
    for (const pkg of p.packages) {
      expect(pkg.cost).toBeLessThanOrEqual(s.constraints.budget! * (1 + 1e-9));
      expect(pkg.measures.length).toBeLessThanOrEqual(s.constraints.maxMeasures!);
      expect(pkg.measures.includes('M1') && pkg.measures.includes('M3')).toBe(false);
      const cost = pkg.measures.reduce((sum, id) => sum + s.costs[id]!.likely, 0);
      expect(pkg.cost).toBeCloseTo(cost, 9);
    }
    const m = await smaaCommand.run(ctx([], { samples: 200 }, { scenario: BASELINE }));
    if (m.mode !== 'packages') throw new Error('expected package mode');
    expect(m.seed).toBe(s.uncertainty.seed);
    expect(m.samples).toBe(200);
    expect(m.basis).toMatchObject({ from: 'scenario', type: s.uncertainty.used, width: 0.1 });
  });

  it('refuses bad input naming the field and stores nothing', async () => {
    const before = await show();
    const cases: [unknown, string][] = [
      [{ scenario: BASELINE, budget: -5 }, 'budget'],
      [{ scenario: BASELINE, budget: 1e9 }, 'budget'],
      [{ scenario: BASELINE, costs: { M1: { low: 5, likely: 3, high: 9 } } }, 'costs.M1.likely'],
      [{ scenario: BASELINE, costs: { M1: 0 } }, 'costs.M1.low'],
      [{ scenario: BASELINE, costs: { M1: { low: 1, likely: 1, hihg: 1 } } }, 'costs.M1.hihg'],
      [{ scenario: BASELINE, costs: { M9: 5 } }, 'costs.M9'],
      [{ scenario: BASELINE, impacts: { M1: { C1: 1.5 } } }, 'impacts.M1.C1.low'],
      [{ scenario: BASELINE, impacts: { M1: { C9: 0.1 } } }, 'impacts.M1.C9'],
      [{ scenario: BASELINE, weights: { method: 'roc', ranking: [0, 1] } }, 'weights.ranking'],
      [{ scenario: BASELINE, weights: { method: 'direct', points: [1], x: 1 } }, 'weights.x'],
      [{ scenario: BASELINE, uncertainty: { type: 'around', width: 0 } }, 'uncertainty.width'],
      [{ scenario: BASELINE, required: ['M2'], excluded: ['M2'] }, 'required[0]'],
      [{ scenario: BASELINE, budgte: 100 }, 'budgte'],
      [{ scenario: 'nope' }, 'scenario'],
      [{ budget: 100 }, 'scenario'],
      // A good budget and cost with a bad impact: the good parts are not stored either.
      [
        { scenario: BASELINE, budget: 99, costs: { M2: 70 }, impacts: { M1: { C1: 2 } } },
        'impacts',
      ],
    ];
    for (const [input, field] of cases) {
      await expect(set(input), JSON.stringify(input)).rejects.toThrow(
        new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')}`),
      );
    }
    expect(await show()).toEqual(before);
  });

  it('as a process: exit 1 and one stderr line naming the field; exit 0 and one JSON object', async () => {
    const bad = await cli(
      ['scenario', 'set'],
      JSON.stringify({ scenario: BASELINE, costs: { M2: { low: 1, likely: 2, high: 1e9 } } }),
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^error: costs\.M2\.high: .*100,000/);

    const ok = await cli(
      ['scenario', 'set', '--json'],
      JSON.stringify({ scenario: BASELINE, maxMeasures: null }),
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ key: 'constraints', changed: ['constraints'] });

    const unknownAction = await cli(['scenario', 'sho'], '');
    expect(unknownAction.code).toBe(1);
    expect(unknownAction.stderr).toMatch(/^error: action: /);
  }, 120_000);

  it('applies AHP judgements as the Weight methods screen does, recording the consistency ratio', async () => {
    // A perfectly consistent matrix a_ij = w_i / w_j: the eigenvector gives w back, CR = 0.
    const w = [8, 4, 2, 1, 1, 2, 4, 8];
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    const r = await set({ scenario: BASELINE, weights: { method: 'ahp', matrix } });
    expect(r.key).toBe('weights');
    const s = await show();
    expect(s.weights.method).toBe('ahp');
    expect(s.weights.ahpCr).toBeCloseTo(0, 9);
    expect(s.weights.shares.C1).toBeCloseTo(8 / 30, 6);
    expect(s.weights.shares.C4).toBeCloseTo(1 / 30, 6);
    // Stored as shares × 8 (mean 1), like every method the screen applies.
    expect(Object.values(s.weights.raw).reduce((a, b) => a + b, 0)).toBeCloseTo(8, 5);
    await expect(
      set({ scenario: BASELINE, weights: { method: 'ahp', matrix: [[1]] } }),
    ).rejects.toThrow(/^weights\.matrix: .*8/);
    // Judgements that contradict each other (CR > 0.10) are applied only when the input says so.
    const bad = matrix.map((row, i) =>
      row.map((v, j) => (i === 0 && j === 1 ? 1 / 9 : i === 1 && j === 0 ? 9 : v)),
    );
    await expect(
      set({ scenario: BASELINE, weights: { method: 'ahp', matrix: bad } }),
    ).rejects.toThrow(/^weights\.acceptInconsistency: .*CR = 0\.\d+ > 0\.10/);
    expect((await show()).weights.ahpCr).toBeCloseTo(0, 9);
    await set({
      scenario: BASELINE,
      weights: { method: 'ahp', matrix: bad, acceptInconsistency: true },
    });
    expect((await show()).weights.ahpCr).toBeGreaterThan(0.1);
  });
});
