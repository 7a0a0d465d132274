import type { Bilingual, ChangeValue, Difference } from '../../contract/change';
import type { Scenario } from '../../contract/domain';
import type { CompareResult } from '../../contract/scenario';
import { bilingualUnit, onCause, together, type NameBook } from './change-names';
import {
  amount,
  choice,
  constraintValues,
  range,
  region,
  sameValue,
  share,
  sharesOf,
  text,
  years,
} from './change-values';
import { scenarioToDecisionModel } from '../../engine/scenario';
import { rankPackages } from '../../engine/packages';
import { kendallTauB } from '../../engine/stats';

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

/**
 * One row per input that is not the same in every scenario, each value typed (a weight as its
 * share, a budget with its unit, measures by name), so the renderer phrases them as words.
 * `read` gives a scenario's value for a subject id, null when it has none.
 */
function differing(
  field: string,
  ids: readonly string[],
  scenarios: readonly Scenario[],
  subject: (id: string) => Bilingual | null,
  read: (s: Scenario, id: string) => ChangeValue | null,
): Difference[] {
  const out: Difference[] = [];
  for (const id of ids) {
    const values = scenarios.map((s) => read(s, id));
    if (values.some((v) => !sameValue(v, values[0] ?? null)))
      out.push({ field, subject: subject(id), values });
  }
  return out;
}

export function inputDifferences(scenarios: readonly Scenario[], names: NameBook): Difference[] {
  if (scenarios.length === 0) return [];
  const union = (f: (s: Scenario) => string[]): string[] => [...new Set(scenarios.flatMap(f))];
  const causeIds = union((s) => s.causes.map((c) => c.id));
  const measureIds = union((s) => s.measures.map((m) => m.id));
  const cellKey = (c: { measureId: string; causeId: string }) => `${c.measureId}×${c.causeId}`;
  const cellIds = union((s) => s.impacts.map(cellKey));
  const pairIds = union((s) => s.synergies.map((x) => `${x.a}|${x.b}`));
  const shares = new Map(
    scenarios.map((s) => [s, sharesOf(Object.fromEntries(s.causes.map((c) => [c.id, c.weight])))]),
  );
  const measure = (s: Scenario, id: string) => s.measures.find((m) => m.id === id);
  const unitOf = (s: Scenario) => bilingualUnit(s.measures[0]?.costUnit ?? '');
  const whole = () => null;
  const cellSubject = (id: string) => {
    const [m = id, c = ''] = id.split('×');
    return onCause(names.measure(m), names.cause(c));
  };
  const one = ['scenario'];
  const constraint = (field: keyof Scenario['constraints']) =>
    differing(
      field,
      one,
      scenarios,
      whole,
      (s) => constraintValues(s.constraints, names, unitOf(s))[field],
    );
  return [
    ...differing('region', one, scenarios, whole, (s) => region(s.regionCode, names)),
    ...differing('coverageModel', one, scenarios, whole, (s) => choice(s.coverageModel)),
    // The decision's own frame first (budget and constraints), then weights, then estimates.
    ...constraint('budget'),
    ...constraint('maxMeasures'),
    ...constraint('required'),
    ...constraint('excluded'),
    ...constraint('requires'),
    ...constraint('excludes'),
    ...differing('budgetProvenance', one, scenarios, whole, (s) => choice(s.budgetProvenance.kind)),
    ...differing('weightShare', causeIds, scenarios, names.cause, (s, id) => {
      const sh = shares.get(s)?.[id];
      return sh === undefined ? null : share(sh);
    }),
    ...differing('weightsMethod', one, scenarios, whole, (s) => choice(s.weighting.method)),
    ...differing('ahpCr', one, scenarios, whole, (s) =>
      s.weighting.ahpCr === null ? null : amount(s.weighting.ahpCr, null, 3),
    ),
    ...differing('weightsProvenance', one, scenarios, whole, (s) =>
      choice(s.weighting.provenance.kind),
    ),
    ...differing('uncertainty', one, scenarios, whole, (s) => choice(s.analysis.uncertainty)),
    ...differing('uncertaintyWidth', one, scenarios, whole, (s) => share(s.analysis.width)),
    ...differing('samples', one, scenarios, whole, (s) => amount(s.analysis.samples, null, 0)),
    ...differing('seed', one, scenarios, whole, (s) => choice(String(s.analysis.seed))),
    ...differing('impact', cellIds, scenarios, cellSubject, (s, id) => {
      const c = s.impacts.find((x) => cellKey(x) === id);
      return c ? range(c, null, true) : null;
    }),
    ...differing('impactProvenance', cellIds, scenarios, cellSubject, (s, id) => {
      const c = s.impacts.find((x) => cellKey(x) === id);
      return c ? choice(c.provenance.kind) : null;
    }),
    ...differing('cost', measureIds, scenarios, names.measure, (s, id) => {
      const m = measure(s, id);
      return m
        ? range(
            { low: m.costLow, likely: m.costLikely, high: m.costHigh },
            bilingualUnit(m.costUnit),
            false,
          )
        : null;
    }),
    ...differing('years', measureIds, scenarios, names.measure, (s, id) => {
      const m = measure(s, id);
      return m ? years(m.yearsToEffect) : null;
    }),
    ...differing('costProvenance', measureIds, scenarios, names.measure, (s, id) => {
      const m = measure(s, id);
      return m ? choice(m.costProvenance.kind) : null;
    }),
    ...differing('leadAgencyZh', measureIds, scenarios, names.measure, (s, id) => {
      const m = measure(s, id);
      return m ? text(m.leadAgencyZh) : null;
    }),
    ...differing('leadAgencyEn', measureIds, scenarios, names.measure, (s, id) => {
      const m = measure(s, id);
      return m ? text(m.leadAgencyEn) : null;
    }),
    ...differing(
      'synergy',
      pairIds,
      scenarios,
      (id) => {
        const [a = id, b = ''] = id.split('|');
        return together(names.measure(a), names.measure(b));
      },
      (s, id) => {
        const x = s.synergies.find((y) => `${y.a}|${y.b}` === id);
        return x ? amount(x.value, null, 2) : null;
      },
    ),
  ];
}

export function compareScenarios(scenarios: readonly Scenario[], names: NameBook): CompareResult {
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
    differences: inputDifferences(scenarios, names),
  };
}
