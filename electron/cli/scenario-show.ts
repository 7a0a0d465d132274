/**
 * What `cli scenario show` prints: a scenario's stored inputs, each with where it came from, in
 * the form `packages`, `smaa` and `brief` read them (costs: the engine uses `likely`; weights:
 * raw, normalised by the engine; the weight basis and seed every robustness figure uses).
 */
import type {
  AhpVariant,
  Constraints,
  Provenance,
  Region,
  Scenario,
  UncertaintyType,
  WeightMethodName,
} from '../../contract/domain';
import { defaultInputsOf, weightShares, describeBasis, weightBasis } from '../../engine/scenario';
import type { Bilingual } from '../../engine/report';
import { num, table } from './format';
import { bilingual } from '../../contract/bilingual';

interface Named {
  id: string;
  nameZh: string;
  nameEn: string;
}

interface Range {
  low: number;
  likely: number;
  high: number;
}

export interface ScenarioShowResult {
  scenario: string;
  id: number;
  region: { code: string; nameZh: string; nameEn: string };
  updatedAt: string;
  coverageModel: Scenario['coverageModel'];
  /** Of every cost and the budget. */
  costUnit: string;
  /** In the order the indices of `scenario set` weights refer to. */
  causes: Named[];
  measures: Named[];
  constraints: Constraints;
  budgetProvenance: Provenance;
  costs: Record<
    string,
    Range & { years: number; leadAgencyZh: string; leadAgencyEn: string; provenance: Provenance }
  >;
  impacts: Record<string, Record<string, Range & { provenance: Provenance }>>;
  synergies: Scenario['synergies'];
  weights: {
    method: WeightMethodName;
    /** The deciding CR (a hierarchy's or AIP's largest, AIJ's aggregated matrix). */
    ahpCr: number | null;
    /** AHP hierarchy or group AHP, with every matrix's CR; null for plain AHP and other methods. */
    ahpVariant: AhpVariant | null;
    rocOrder: string[];
    adjustedAfter: string[];
    provenance: Provenance;
    /** As stored; the engine uses raw / Σ raw. */
    raw: Record<string, number>;
    shares: Record<string, number>;
  };
  uncertainty: {
    type: UncertaintyType;
    width: number;
    samples: number;
    seed: number;
    /** The basis actually used (a setting that cannot apply falls back, see `fallback`). */
    used: UncertaintyType;
    basis: Bilingual;
    fallback: Bilingual | null;
  };
  /** Inputs still the tool's illustrative defaults (neither edited nor confirmed). */
  defaults: { weights: boolean; budget: boolean; costs: number; impacts: number };
}

const named = (x: Named): Named => ({ id: x.id, nameZh: x.nameZh, nameEn: x.nameEn });

export function scenarioShow(s: Scenario, region: Region | undefined): ScenarioShowResult {
  const basis = weightBasis(s);
  const impacts: ScenarioShowResult['impacts'] = {};
  for (const m of s.measures) impacts[m.id] = {};
  for (const c of s.impacts) {
    (impacts[c.measureId] ??= {})[c.causeId] = {
      low: c.low,
      likely: c.likely,
      high: c.high,
      provenance: c.provenance,
    };
  }
  return {
    scenario: s.name,
    id: s.id,
    region: {
      code: s.regionCode,
      nameZh: region?.nameZh ?? s.regionCode,
      nameEn: region?.nameEn ?? s.regionCode,
    },
    updatedAt: s.updatedAt,
    coverageModel: s.coverageModel,
    costUnit: s.measures[0]?.costUnit ?? bilingual('亿元', '100 million CNY'),
    causes: s.causes.map(named),
    measures: s.measures.map(named),
    constraints: s.constraints,
    budgetProvenance: s.budgetProvenance,
    costs: Object.fromEntries(
      s.measures.map((m) => [
        m.id,
        {
          low: m.costLow,
          likely: m.costLikely,
          high: m.costHigh,
          years: m.yearsToEffect,
          leadAgencyZh: m.leadAgencyZh,
          leadAgencyEn: m.leadAgencyEn,
          provenance: m.costProvenance,
        },
      ]),
    ),
    impacts,
    synergies: s.synergies,
    weights: {
      method: s.weighting.method,
      ahpCr: s.weighting.ahpCr,
      ahpVariant: s.weighting.ahpVariant ?? null,
      rocOrder: s.weighting.rocOrder,
      adjustedAfter: s.weighting.adjustedAfter,
      provenance: s.weighting.provenance,
      raw: Object.fromEntries(s.causes.map((c) => [c.id, c.weight])),
      shares: weightShares(s.causes),
    },
    uncertainty: {
      type: s.analysis.uncertainty,
      width: s.analysis.width,
      samples: s.analysis.samples,
      seed: s.analysis.seed,
      used: basis.used,
      basis: describeBasis(basis),
      fallback: basis.fallback,
    },
    defaults: defaultInputsOf(s),
  };
}

/** "default (illustrative)", "edited by 李工 on 2026-12-02", "confirmed by 李工 on 2026-12-02". */
export function provenanceWords(p: Provenance): string {
  const day = p.at.slice(0, 10);
  if (p.kind === 'default') return '默认（示意）default (illustrative)';
  const by = p.by === '' ? '' : ` ${p.by}`;
  return p.kind === 'edited'
    ? `已修改 edited by${by} on ${day}`
    : `已确认 confirmed by${by} on ${day}`;
}

const MARK: Record<Provenance['kind'], string> = { default: 'd', edited: 'e', confirmed: 'c' };

const METHOD_WORDS: Record<WeightMethodName, string> = {
  default: '默认等权 shipped equal weights',
  direct: '直接评分 direct rating',
  roc: '排序重心 ROC (rank-order centroid)',
  swing: '摇摆权重 swing weighting',
  ahp: '层次分析 AHP',
  stakeholders: '利益相关方汇总 stakeholder aggregate',
  severity: '按严重程度调整 folded with regional severity',
};

const VARIANT_WORDS: Record<AhpVariant['kind'], string> = {
  hierarchy: '层次结构 hierarchy (themes → causes)',
  group: '群组 group',
};

const SCOPE_WORDS: Record<AhpVariant['matrices'][number]['scope'], string> = {
  themes: '主题之间 among themes',
  theme: '主题 theme',
  group: '汇总矩阵 aggregated matrix',
  judge: '评判者 judge',
};

/** "层次结构 hierarchy …, CR: 主题之间 among themes 0.000; 主题 theme "经济与收入" 0.052 …". */
function variantWords(v: AhpVariant): string {
  const aggregation = v.aggregation === null ? '' : ` ${v.aggregation.toUpperCase()}`;
  const crs = v.matrices
    .map((m) => {
      const name = m.scope === 'theme' || m.scope === 'judge' ? ` "${m.name}"` : '';
      return `${SCOPE_WORDS[m.scope]}${name} ${num(m.cr, 3)}`;
    })
    .join('; ');
  return `${VARIANT_WORDS[v.kind]}${aggregation} (CR: ${crs})`;
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? '无 none' : ids.join(', ');
}

function pairs(ps: readonly (readonly [string, string])[], word: string): string {
  return ps.length === 0 ? '无 none' : ps.map(([a, b]) => `${a} ${word} ${b}`).join('; ');
}

function rangeText(r: Range, digits: number): string {
  return r.low === r.likely && r.likely === r.high
    ? num(r.likely, digits)
    : `${num(r.likely, digits)} [${num(r.low, digits)}…${num(r.high, digits)}]`;
}

export function formatScenarioShow(r: ScenarioShowResult): string {
  const c = r.constraints;
  const unit = r.costUnit;
  const w = r.weights;
  const method =
    METHOD_WORDS[w.method] +
    (w.ahpVariant ? `, ${variantWords(w.ahpVariant)}` : '') +
    (w.ahpCr === null ? '' : `, CR = ${num(w.ahpCr, 3)}`) +
    (w.rocOrder.length > 0 ? `, ${w.rocOrder.join(' > ')}` : '') +
    (w.adjustedAfter.length > 0
      ? `; 之后直接调整 adjusted since: ${w.adjustedAfter.join(', ')}`
      : '');
  const u = r.uncertainty;
  const causeIds = r.causes.map((x) => x.id);
  return [
    `情景 Scenario "${r.scenario}" (#${r.id}) — 地区 Region: ${bilingual(r.region.nameZh, r.region.nameEn)} (${r.region.code}); 覆盖模型 coverage model: ${r.coverageModel}`,
    '',
    `预算 Budget: ${c.budget === null ? '不限 no limit' : `${num(c.budget, 2)} ${unit}`} — ${provenanceWords(r.budgetProvenance)}`,
    `最多措施 Max. measures: ${c.maxMeasures ?? '不限 no limit'}`,
    `必选 Required: ${list(c.required)}; 排除 Excluded: ${list(c.excluded)}`,
    `依赖 Requires: ${pairs(c.requires, 'requires')}; 互斥 Excludes: ${pairs(c.excludes, 'excludes')}`,
    '',
    `成本 Costs (${unit}; 排序与前沿用“可能值” the ranking uses "likely")`,
    table(
      [
        '措施 Measure',
        '低 Low',
        '可能 Likely',
        '高 High',
        '见效年数 Years',
        '牵头部门 Lead agency',
        '来源 Provenance',
      ],
      r.measures.map((m) => {
        const x = r.costs[m.id]!;
        return [
          `${m.id} ${m.nameZh}`,
          num(x.low, 2),
          num(x.likely, 2),
          num(x.high, 2),
          num(x.years, 1),
          bilingual(x.leadAgencyZh, x.leadAgencyEn),
          provenanceWords(x.provenance),
        ];
      }),
    ),
    '',
    '影响 Impacts: 可能值 [低…高] likely [low…high]; 标记 mark: d 默认（示意）default, e 已修改 edited, c 已确认 confirmed',
    table(
      ['', ...causeIds],
      r.measures.map((m) => [
        m.id,
        ...causeIds.map((cid) => {
          const cell = r.impacts[m.id]?.[cid];
          return cell ? `${rangeText(cell, 2)} ${MARK[cell.provenance.kind]}` : '—';
        }),
      ]),
    ),
    ...r.measures.flatMap((m) =>
      causeIds.flatMap((cid) => {
        const cell = r.impacts[m.id]?.[cid];
        return cell && cell.provenance.kind !== 'default'
          ? [`  ${m.id}×${cid}: ${provenanceWords(cell.provenance)}`]
          : [];
      }),
    ),
    '',
    `权重 Weights: ${method} — ${provenanceWords(w.provenance)}`,
    table(
      ['原因 Cause', '原始权重 Raw', '占比 Share'],
      r.causes.map((x) => [
        `${x.id} ${x.nameZh}`,
        num(w.raw[x.id] ?? 0, 4),
        `${num((w.shares[x.id] ?? 0) * 100, 1)}%`,
      ]),
    ),
    '',
    `权重不确定性 Weight uncertainty: ${u.type}${u.type === 'around' ? ` ±${num(u.width * 100, 1)}%` : ''} → ${bilingual(u.basis)}`,
    ...(u.fallback ? [`  ${bilingual(u.fallback)}`] : []),
    `  样本数 Samples: ${u.samples}; 随机种子 Seed: ${u.seed} (smaa --scenario 与简报使用这些 · smaa --scenario and the briefing use these)`,
    '',
    `仍为默认值 Still defaults: 权重 weights ${r.defaults.weights ? '是 yes' : '否 no'}; 预算 budget ${r.defaults.budget ? '是 yes' : '否 no'}; 成本 costs ${r.defaults.costs}; 影响 impacts ${r.defaults.impacts}`,
  ].join('\n');
}
