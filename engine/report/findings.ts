/**
 * The one-page summary: the recommended package, two alternatives, and the three findings that
 * matter most. Findings are candidates scored from the numbers (a fragile recommendation, a wide
 * indicator gap, a near weight threshold, a cheaper near-equal package …); the three highest win.
 */
import { inMeasureOrder, measureLookup, pBestLookup } from './analysis';
import {
  bi,
  formatGap,
  formatNumber,
  formatShare,
  formatStatistic,
  formatValue,
  joinNames,
} from './format';
import { minOf } from '../stats/extent';
import { mostSensitiveWeight } from '../robustness/critical-weight';
import type {
  Bilingual,
  Finding,
  IndicatorSection,
  PackageSummary,
  ReportInput,
  RobustnessSection,
} from './types';

const PLAUSIBLE = bi('合理权重组合', 'plausible weightings');

/** How often a package is best, naming the weightings sampled (the scenario's basis). */
export function robustnessSentence(
  pBest: number | null,
  samples: number,
  basis: Bilingual = PLAUSIBLE,
): Bilingual {
  if (pBest === null) {
    return bi('未做稳健性分析（SMAA）。', 'No robustness analysis (SMAA) was run.');
  }
  if (pBest < 0.005) {
    return bi(
      `在 ${formatNumber(samples)} 次抽样的${basis.zh}中几乎从不是最优（< 1%）。`,
      `Almost never the best across ${formatNumber(samples)} sampled ${basis.en} (< 1%).`,
    );
  }
  const share = formatShare(pBest);
  return bi(
    `在 ${formatNumber(samples)} 次抽样的${basis.zh}中，该方案在 ${share} 的抽样中最优。`,
    `Best in ${share} of ${formatNumber(samples)} sampled ${basis.en}.`,
  );
}

export function buildPackageSummaries(input: ReportInput): {
  recommended: PackageSummary | null;
  alternatives: PackageSummary[];
} {
  const named = measureLookup(input);
  const pBest = pBestLookup(input);
  const samples = input.robustness?.samples ?? 0;
  const basis = input.verdict?.basisPhrase ?? PLAUSIBLE;
  const summaries = input.ranking.packages.slice(0, 3).map((p, k): PackageSummary => {
    const pb = input.robustness ? pBest(p.measures) : null;
    // The recommendation says exactly what the app's verdict says.
    const verdictSentence = k === 0 ? (input.verdict?.robustness ?? null) : null;
    return {
      rank: p.rank,
      measures: inMeasureOrder(input, p.measures).map(named),
      cost: p.cost,
      value: p.value,
      pBest: pb,
      robustnessText: verdictSentence ?? robustnessSentence(pb, samples, basis),
    };
  });
  return { recommended: summaries[0] ?? null, alternatives: summaries.slice(1) };
}

interface Candidate extends Finding {
  score: number;
}

function indicatorGapFinding(indicators: IndicatorSection): Candidate | null {
  let worst: { row: IndicatorSection['rows'][number]; k: number; gap: number } | null = null;
  for (const row of indicators.rows) {
    row.gaps.forEach((gap, k) => {
      if (gap !== null && gap < 0 && (worst === null || gap < worst.gap)) worst = { row, k, gap };
    });
  }
  if (worst === null) return null;
  const { row, k, gap } = worst as {
    row: IndicatorSection['rows'][number];
    k: number;
    gap: number;
  };
  const region = indicators.regions[k]!.name;
  const value = formatStatistic(row.values[k]!);
  const ref = formatStatistic(row.reference!);
  const pct = formatGap(gap).replace('−', '');
  const lowerOrHigher = row.direction === 1;
  // A reference that is not that year's national figure says how it was formed.
  const note = row.referenceNote === null ? null : indicators.referenceNotes[row.referenceNote - 1];
  return {
    kind: 'indicator-gap',
    score: 2 + Math.min(1, -gap),
    text: bi(
      `${region.zh}${row.name.zh}（${row.year}年）为 ${value} ${row.unit.zh}，${lowerOrHigher ? '低于' : '高于'}${indicators.referenceName.zh}水平 ${ref} ${row.unit.zh}${note ? `（${note.zh}）` : ''}，差距 ${pct}。`,
      `${region.en}: ${row.name.en} (${row.year}) is ${value} ${row.unit.en}, ${pct} ${lowerOrHigher ? 'below' : 'worse than'} the reference of ${ref} ${row.unit.en} for ${indicators.referenceName.en}${note ? ` (${note.en})` : ''}.`,
    ),
  };
}

function robustnessFinding(input: ReportInput, robustness: RobustnessSection): Candidate | null {
  const best = input.ranking.packages[0];
  if (!robustness.available || !best) return null;
  const pb = pBestLookup(input)(best.measures) ?? 0;
  const rival = robustness.packages.find((p) => p.label !== `#${best.rank}`);
  const share = formatShare(pb);
  if (pb >= 0.7) {
    return {
      kind: 'robustness',
      score: 2.5,
      text: bi(
        `推荐方案稳健：在 ${share} 的合理权重组合下均为最优（SMAA，${formatNumber(robustness.samples)} 次抽样）。`,
        `The recommendation is robust: it is the best in ${share} of plausible weightings (SMAA, ${formatNumber(robustness.samples)} samples).`,
      ),
    };
  }
  const rivalText = rival
    ? bi(
        `；${rival.label} 为 ${formatShare(rival.pBest)}`,
        `; ${rival.label} in ${formatShare(rival.pBest)}`,
      )
    : bi('', '');
  if (pb >= 0.5) {
    // A majority but not a clear one: worth saying, less urgent than a fragile recommendation.
    return {
      kind: 'robustness',
      score: 2.7,
      text: bi(
        `推荐方案领先但并不绝对：在 ${share} 的合理权重组合下最优${rivalText.zh}。`,
        `The recommendation leads but is not decisive: it is the best in ${share} of plausible weightings${rivalText.en}.`,
      ),
    };
  }
  return {
    kind: 'robustness',
    score: 3,
    text: bi(
      `推荐方案并不稳健：只在 ${share} 的合理权重组合下最优${rivalText.zh}。成因权重的取舍决定结论，应先就权重达成共识。`,
      `The recommendation is fragile: it is the best in only ${share} of plausible weightings${rivalText.en}. The choice of cause weights decides the outcome; agree on them first.`,
    ),
  };
}

function coreFinding(input: ReportInput, robustness: RobustnessSection): Candidate | null {
  const always = robustness.core.filter((c) => c.share >= 0.9);
  if (always.length === 0) return null;
  const names = joinNames(always.map((c) => c.name));
  const minShare = minOf(always.map((c) => c.share));
  const basis = input.verdict?.basisPhrase ?? PLAUSIBLE;
  const samples = formatNumber(robustness.samples);
  // "in at least 100 %" misreads: a measure in every sampled best package is said to be in all.
  const every = minShare >= 0.9995;
  const belong = always.length === 1 ? 'belongs' : 'belong';
  return {
    kind: 'core-measure',
    score: 1.5 + (minShare - 0.9) * 5,
    text: every
      ? bi(
          `在 ${samples} 次抽样的${basis.zh}中，每一次的最优组合都包含${names.zh}：无论如何权衡，都值得优先实施。`,
          `${names.en} ${belong} to the best package in every one of ${samples} sampled ${basis.en}: worth doing whatever the weighting.`,
        )
      : bi(
          `在 ${samples} 次抽样的${basis.zh}中，${names.zh}至少在 ${formatShare(minShare)} 的抽样中属于最优组合：无论如何权衡，都值得优先实施。`,
          `${names.en} ${belong} to the best package in at least ${formatShare(minShare)} of ${samples} sampled ${basis.en}: worth doing whatever the weighting.`,
        ),
  };
}

function sensitivityFinding(input: ReportInput, robustness: RobustnessSection): Candidate | null {
  // The same choice as the Robustness screen's sentence (engine/robustness/critical-weight.ts).
  const nearest = mostSensitiveWeight(
    robustness.sensitivity.map((s) => ({
      causeId: s.id,
      weight: s.current,
      lower: s.lower,
      upper: s.upper,
      s,
    })),
  );
  if (nearest === null) return null;
  const { margin } = nearest;
  const { s } = nearest.row;
  const up = nearest.direction === 'up';
  const threshold = formatShare(up ? s.upper! : s.lower!, 1);
  const hint = (input.sensitivity ?? []).find((x) => x.causeId === s.id);
  const nextIds = (up ? hint?.aboveBest : hint?.belowBest) ?? null;
  const named = measureLookup(input);
  const next = nextIds
    ? joinNames(inMeasureOrder(input, nextIds).map((id) => named(id).name))
    : null;
  return {
    kind: 'sensitivity',
    score: 3 - 10 * margin,
    text: bi(
      `最敏感的权重是“${s.name.zh}”：若其权重从 ${formatShare(s.current, 1)} ${up ? '升至' : '降至'} ${threshold}${up ? '以上' : '以下'}，最优方案将改变${next ? `（变为 ${next.zh}）` : ''}。`,
      `The most sensitive weight is "${s.name.en}": if it ${up ? 'rises above' : 'falls below'} ${threshold} (now ${formatShare(s.current, 1)}), the best package changes${next ? ` (to ${next.en})` : ''}.`,
    ),
  };
}

function costFinding(input: ReportInput): Candidate | null {
  const best = input.ranking.packages[0];
  if (!best || best.value <= 0 || best.cost <= 0) return null;
  // The cheapest package (frontier or top list) that keeps ≥ 90% of the recommended value.
  const pool = [...input.ranking.frontier, ...input.ranking.packages];
  const cheaper = pool
    .filter((p) => p.cost < best.cost && p.value >= 0.9 * best.value)
    .sort((a, b) => a.cost - b.cost || b.value - a.value)[0];
  if (!cheaper) return null;
  const costRatio = cheaper.cost / best.cost;
  const valueRatio = cheaper.value / best.value;
  if (costRatio > 0.8) return null;
  const named = measureLookup(input);
  const names = joinNames(inMeasureOrder(input, cheaper.measures).map((id) => named(id).name));
  return {
    kind: 'cost',
    score: 1.5 + (valueRatio - costRatio),
    text: bi(
      `${names.zh}只需推荐方案 ${formatShare(costRatio)} 的成本，即可达到其 ${formatShare(valueRatio)} 的价值（${formatValue(cheaper.value)} 对 ${formatValue(best.value)}）。`,
      `${names.en} reaches ${formatShare(valueRatio)} of the recommended value (${formatValue(cheaper.value)} vs ${formatValue(best.value)}) at ${formatShare(costRatio)} of its cost.`,
    ),
  };
}

function coverageGapFinding(input: ReportInput): Candidate | null {
  const best = input.ranking.packages[0];
  if (!best) return null;
  const total = input.causes.reduce((s, c) => s + c.weight, 0);
  if (!(total > 0)) return null;
  let worst: { name: Bilingual; share: number; cov: number; loss: number } | null = null;
  for (const c of input.causes) {
    const share = c.weight / total;
    const cov = best.coverage[c.id] ?? 0;
    const loss = share * (1 - cov);
    if (worst === null || loss > worst.loss) worst = { name: c.name, share, cov, loss };
  }
  if (worst === null || worst.cov >= 0.5) return null;
  return {
    kind: 'coverage-gap',
    score: 1 + 4 * worst.loss,
    text: bi(
      `推荐方案对“${worst.name.zh}”（权重 ${formatShare(worst.share, 1)}）的覆盖度只有 ${formatShare(worst.cov)}：这一成因基本仍需规划以外的政策应对。`,
      `The recommended package covers only ${formatShare(worst.cov)} of "${worst.name.en}" (weight ${formatShare(worst.share, 1)}): this cause still needs policy beyond urban planning.`,
    ),
  };
}

export function buildFindings(
  input: ReportInput,
  indicators: IndicatorSection,
  robustness: RobustnessSection,
): Finding[] {
  // With a verdict, robustness is stated once, at the top of the summary (best under the
  // planner's weights, its share under the stated uncertainty, and any package more often best).
  const candidates = [
    input.verdict ? null : robustnessFinding(input, robustness),
    indicatorGapFinding(indicators),
    sensitivityFinding(input, robustness),
    costFinding(input),
    coverageGapFinding(input),
    coreFinding(input, robustness),
  ].filter((c): c is Candidate => c !== null);
  // Stable: ties keep the order above (robustness, then evidence, then thresholds).
  return candidates
    .map((c, k) => ({ c, k }))
    .sort((a, b) => b.c.score - a.c.score || a.k - b.k)
    .slice(0, 3)
    .map(({ c }) => ({ kind: c.kind, text: c.text }));
}
