/**
 * Analysis-side sections: the impact heat-map, the top packages with the cost–value frontier,
 * coverage per cause, and robustness (SMAA + one-way sensitivity), all from numbers the engine
 * already computed; nothing here re-ranks.
 */
import { bi, formatShare, joinNames, splitBilingual } from './format';
import { compareSensitivity } from '../robustness/critical-weight';
import type {
  Bilingual,
  CoverageSection,
  ImpactSection,
  NamedId,
  PackagesSection,
  ReportInput,
  RobustnessSection,
} from './types';

export const TOP_PACKAGES = 10;
const STRONGEST_CELLS = 5;
const SMAA_PACKAGES = 5;
const COVERAGE_PACKAGES = 3;

/** Canonical key of a package (order-free) so SMAA and ranking results can be matched. */
export function packageKey(measures: readonly string[]): string {
  return [...measures].sort().join('+');
}

/** Measure ids in the scenario's measure order, so a package always reads the same way. */
export function inMeasureOrder(input: ReportInput, ids: readonly string[]): string[] {
  const order = new Map(input.measures.map((m, i) => [m.id, i]));
  return [...ids].sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
  );
}

export function measureLookup(input: ReportInput): (id: string) => NamedId {
  const byId = new Map(input.measures.map((m) => [m.id, m.name]));
  return (id) => ({ id, name: byId.get(id) ?? bi(id, id) });
}

export function pBestLookup(input: ReportInput): (measures: readonly string[]) => number | null {
  if (!input.robustness) return () => null;
  const map = new Map(input.robustness.packages.map((p) => [packageKey(p.measures), p.pBest]));
  // A package SMAA never saw as a contender was best in none of the samples.
  return (measures) => map.get(packageKey(measures)) ?? 0;
}

export function buildImpactSection(input: ReportInput): ImpactSection {
  const causes = input.causes.map((c) => ({ id: c.id, name: c.name }));
  const measures = input.measures.map((m) => ({ id: m.id, name: m.name }));
  const cell = new Map(input.impacts.map((c) => [`${c.measureId}|${c.causeId}`, c]));
  const cells = measures.map((m) =>
    causes.map((c) => {
      const v = cell.get(`${m.id}|${c.id}`);
      return v ? { likely: v.likely, low: v.low, high: v.high } : { likely: 0, low: 0, high: 0 };
    }),
  );
  const causeName = new Map(causes.map((c) => [c.id, c.name]));
  const measureName = new Map(measures.map((m) => [m.id, m.name]));
  // "Strongest" by magnitude, so a strongly adverse cell is explained too.
  const strongest = [...input.impacts]
    .filter((c) => c.likely !== 0 && causeName.has(c.causeId) && measureName.has(c.measureId))
    .sort(
      (a, b) =>
        Math.abs(b.likely) - Math.abs(a.likely) ||
        a.measureId.localeCompare(b.measureId) ||
        a.causeId.localeCompare(b.causeId),
    )
    .slice(0, STRONGEST_CELLS)
    .map((c) => ({
      measure: measureName.get(c.measureId)!,
      cause: causeName.get(c.causeId)!,
      likely: c.likely,
      rationale: c.rationale,
      source: c.source,
    }));
  return { causes, measures, cells, strongest };
}

export function buildPackagesSection(input: ReportInput): PackagesSection {
  const named = measureLookup(input);
  const pBest = pBestLookup(input);
  const frontierKeys = new Set(input.ranking.frontier.map((f) => packageKey(f.measures)));
  const top = input.ranking.packages.slice(0, TOP_PACKAGES);
  const rankByKey = new Map(top.map((p) => [packageKey(p.measures), p.rank]));
  const rows = top.map((p) => ({
    rank: p.rank,
    measures: inMeasureOrder(input, p.measures).map(named),
    cost: p.cost,
    value: p.value,
    isFrontier: frontierKeys.has(packageKey(p.measures)),
    pBest: input.robustness ? pBest(p.measures) : null,
  }));
  const points: PackagesSection['points'] = top.map((p) => ({
    cost: p.cost,
    value: p.value,
    rank: p.rank,
    isFrontier: frontierKeys.has(packageKey(p.measures)),
  }));
  const frontier = [...input.ranking.frontier]
    .sort((a, b) => a.cost - b.cost || a.value - b.value)
    .map((f) => {
      const rank = rankByKey.get(packageKey(f.measures));
      return { cost: f.cost, value: f.value, label: rank !== undefined ? `#${rank}` : '' };
    });
  for (const f of input.ranking.frontier) {
    if (!rankByKey.has(packageKey(f.measures))) {
      points.push({ cost: f.cost, value: f.value, rank: null, isFrontier: true });
    }
  }
  const units = [...new Set(input.measures.map((m) => m.costUnit))].map(splitBilingual);
  return {
    feasibleCount: input.ranking.feasibleCount,
    budget: input.ranking.budget,
    maxMeasures: input.ranking.maxMeasures,
    costUnit: {
      zh: [...new Set(units.map((u) => u.zh))].join('、'),
      en: [...new Set(units.map((u) => u.en))].join(', '),
    },
    constraints: constraintLines(input),
    rows,
    points,
    frontier,
  };
}

/** The constraints beyond budget and size, each as a sentence naming the measures. */
export function constraintLines(input: ReportInput): Bilingual[] {
  const c = input.constraints;
  if (!c) return [];
  const named = measureLookup(input);
  const names = (ids: readonly string[]) =>
    joinNames(
      inMeasureOrder(input, ids).map((id) => {
        const n = named(id).name;
        return bi(`${id} ${n.zh}`, `${id} ${n.en}`);
      }),
    );
  const pair = (a: string, b: string) => {
    const na = named(a).name;
    const nb = named(b).name;
    return { a: bi(`${a} ${na.zh}`, `${a} ${na.en}`), b: bi(`${b} ${nb.zh}`, `${b} ${nb.en}`) };
  };
  const out: Bilingual[] = [];
  if (c.budgetIsDefault && input.ranking.budget !== null)
    out.push(
      bi(
        '预算为本工具的示意性默认值，尚未由规划者设定。',
        'The budget is the tool’s illustrative default; the planner has not set it yet.',
      ),
    );
  if (c.required.length > 0) {
    const n = names(c.required);
    out.push(bi(`必选措施：${n.zh}。`, `Required: ${n.en}.`));
  }
  if (c.excluded.length > 0) {
    const n = names(c.excluded);
    out.push(bi(`排除的措施：${n.zh}。`, `Excluded: ${n.en}.`));
  }
  for (const [a, b] of c.requires) {
    const p = pair(a, b);
    out.push(bi(`${p.a.zh} 须与 ${p.b.zh} 同时实施。`, `${p.a.en} requires ${p.b.en}.`));
  }
  for (const [a, b] of c.excludes) {
    const p = pair(a, b);
    out.push(
      bi(`${p.a.zh} 与 ${p.b.zh} 不能同时实施。`, `${p.a.en} and ${p.b.en} exclude each other.`),
    );
  }
  return out;
}

export function buildCoverageSection(input: ReportInput): CoverageSection {
  const total = input.causes.reduce((s, c) => s + c.weight, 0);
  return {
    causes: input.causes.map((c) => ({ id: c.id, name: c.name })),
    weights: input.causes.map((c) => (total > 0 ? c.weight / total : 0)),
    packages: input.ranking.packages.slice(0, COVERAGE_PACKAGES).map((p) => ({
      rank: p.rank,
      label: `#${p.rank}`,
      coverage: input.causes.map((c) => p.coverage[c.id] ?? 0),
    })),
  };
}

function sensitivityText(current: number, lower: number | null, upper: number | null): Bilingual {
  const now = formatShare(current, 1);
  if (lower === null && upper === null) {
    return bi(
      `无论该成因权重取 0–100% 中何值，最优方案都不变（当前 ${now}）。`,
      `The best package stays best for any weight of this cause from 0 to 100% (now ${now}).`,
    );
  }
  const lo = formatShare(lower ?? 0, 1);
  const hi = formatShare(upper ?? 1, 1);
  return bi(
    `权重在 ${lo}–${hi} 之间时最优方案不变（当前 ${now}）。`,
    `The best package stays best while this weight lies between ${lo} and ${hi} (now ${now}).`,
  );
}

export function buildRobustnessSection(input: ReportInput): RobustnessSection {
  const named = measureLookup(input);
  const total = input.causes.reduce((s, c) => s + c.weight, 0);
  const current = new Map(input.causes.map((c) => [c.id, total > 0 ? c.weight / total : 0]));
  const causeName = new Map(input.causes.map((c) => [c.id, c.name]));
  const rankOf = new Map(input.ranking.packages.map((p) => [packageKey(p.measures), p.rank]));
  const r = input.robustness;
  const packages = r
    ? [...r.packages]
        .sort(
          (a, b) =>
            b.pBest - a.pBest || packageKey(a.measures).localeCompare(packageKey(b.measures)),
        )
        .slice(0, SMAA_PACKAGES)
        .map((p) => {
          const rank = rankOf.get(packageKey(p.measures));
          return {
            label:
              rank !== undefined
                ? `#${rank}`
                : joinNames(inMeasureOrder(input, p.measures).map((id) => named(id).name)).en,
            measures: inMeasureOrder(input, p.measures).map(named),
            pBest: p.pBest,
            rankAcceptability: p.rankAcceptability.slice(0, 3),
          };
        })
    : [];
  const core = r
    ? input.measures
        .map((m) => ({ id: m.id, name: m.name, share: r.coreShare[m.id] ?? 0 }))
        .sort((a, b) => b.share - a.share || a.id.localeCompare(b.id))
    : [];
  // In the Robustness screen's order: the most sensitive first (engine/robustness/critical-weight.ts).
  const sensitivity = (input.sensitivity ?? [])
    .filter((s) => causeName.has(s.causeId))
    .map((s) => ({ ...s, weight: current.get(s.causeId) ?? 0 }))
    .sort(compareSensitivity)
    .map((s) => ({
      id: s.causeId,
      name: causeName.get(s.causeId)!,
      current: s.weight,
      lower: s.lower,
      upper: s.upper,
      text: sensitivityText(s.weight, s.lower, s.upper),
    }));
  return {
    available: r !== null,
    samples: r?.samples ?? 0,
    seed: r?.seed ?? null,
    weightSampling: r?.weightSampling ?? bi('', ''),
    packages,
    core,
    sensitivity,
  };
}
