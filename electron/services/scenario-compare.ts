import type { Scenario } from '../contract/domain';
import type { CompareResult } from '../contract/workflow';
import { scenarioToDecisionModel } from '../../engine/scenario/scenario-model';
import { rankPackages } from '../../engine/packages/rank';
import { kendallTauB } from '../../engine/stats/kendall';

/**
 * Side-by-side comparison of 2–4 scenarios: each one's top five, how far their rankings agree
 * (Kendall's tau-b over the packages both rank), and every input that differs, so the planner
 * sees which assumption moved the answer.
 */

/** Deep enough for the agreement measure, small enough for branch and bound on large models. */
const RANKED_FOR_TAU = 100;
const TOP_SHOWN = 5;

const packageKey = (measures: readonly string[]): string => [...measures].sort().join('+');

function tauBetween(
  a: Map<string, number>,
  b: Map<string, number>,
): { tau: number | null; common: number } {
  const shared = [...a.keys()].filter((k) => b.has(k));
  if (shared.length < 2) return { tau: null, common: shared.length };
  const tau = kendallTauB(
    shared.map((k) => a.get(k) ?? 0),
    shared.map((k) => b.get(k) ?? 0),
  );
  return { tau: Number.isFinite(tau) ? tau : null, common: shared.length };
}

type Diff = CompareResult['differences'][number];

/** Rows where not every scenario has the same text; `read` gives a scenario's value for a key. */
function differing(
  kind: Diff['kind'],
  keys: readonly string[],
  scenarios: readonly Scenario[],
  read: (s: Scenario, key: string) => string,
): Diff[] {
  const out: Diff[] = [];
  for (const key of keys) {
    const values = scenarios.map((s) => read(s, key));
    if (new Set(values).size > 1) out.push({ kind, key, values });
  }
  return out;
}

const num = (x: number): string => String(Math.round(x * 1000) / 1000);

export function inputDifferences(scenarios: readonly Scenario[]): Diff[] {
  const first = scenarios[0];
  if (!first) return [];
  const union = (f: (s: Scenario) => string[]): string[] => [...new Set(scenarios.flatMap(f))];
  return [
    ...differing('region', ['region'], scenarios, (s) => s.regionCode),
    ...differing('model', ['coverageModel'], scenarios, (s) => s.coverageModel),
    ...differing(
      'weight',
      union((s) => s.causes.map((c) => c.id)),
      scenarios,
      (s, k) => {
        const c = s.causes.find((x) => x.id === k);
        return c ? num(c.weight) : '—';
      },
    ),
    ...differing(
      'impact',
      union((s) => s.impacts.map((c) => `${c.measureId}×${c.causeId}`)),
      scenarios,
      (s, k) => {
        const c = s.impacts.find((x) => `${x.measureId}×${x.causeId}` === k);
        return c ? `${num(c.low)} / ${num(c.likely)} / ${num(c.high)}` : '—';
      },
    ),
    ...differing(
      'cost',
      union((s) => s.measures.map((m) => m.id)),
      scenarios,
      (s, k) => {
        const m = s.measures.find((x) => x.id === k);
        return m
          ? `${num(m.costLow)} / ${num(m.costLikely)} / ${num(m.costHigh)} · ${num(m.yearsToEffect)}y`
          : '—';
      },
    ),
    ...differing(
      'synergy',
      union((s) => s.synergies.map((x) => `${x.a}+${x.b}`)),
      scenarios,
      (s, k) => {
        const x = s.synergies.find((y) => `${y.a}+${y.b}` === k);
        return x ? num(x.value) : '—';
      },
    ),
    ...differing('constraints', ['constraints'], scenarios, (s) => JSON.stringify(s.constraints)),
  ];
}

export function compareScenarios(scenarios: readonly Scenario[]): CompareResult {
  const ranked = scenarios.map((s) => {
    const result = rankPackages({ ...scenarioToDecisionModel(s), top: RANKED_FOR_TAU });
    return {
      s,
      result,
      ranks: new Map(result.packages.map((p) => [packageKey(p.measures), p.rank])),
    };
  });
  const tau: CompareResult['tau'] = [];
  for (let i = 0; i < ranked.length; i += 1) {
    for (let j = i + 1; j < ranked.length; j += 1) {
      const a = ranked[i]!;
      const b = ranked[j]!;
      tau.push({ a: a.s.id, b: b.s.id, ...tauBetween(a.ranks, b.ranks) });
    }
  }
  return {
    scenarios: ranked.map(({ s, result }) => ({
      id: s.id,
      name: s.name,
      regionCode: s.regionCode,
      coverageModel: s.coverageModel,
      feasibleCount: result.feasibleCount,
      top: result.packages.slice(0, TOP_SHOWN).map((p) => ({
        rank: p.rank,
        measures: p.measures,
        value: p.value,
        cost: p.cost,
      })),
    })),
    tau,
    differences: inputDifferences(scenarios),
  };
}
