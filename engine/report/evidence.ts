/**
 * Evidence-side sections of the briefing: the region's indicators against the national
 * reference, the cause weights, data sources with quality notes, and the assumptions list.
 */
import { citationOf } from './citations';
import { rowReference } from './indicator-reference';
import { REPORT_LABELS } from './labels';
import { bi, formatNumber, formatShare, joinNames, splitBilingual } from './format';
import type {
  Bilingual,
  DatasetNoteTopic,
  IndicatorRow,
  IndicatorSection,
  ReportInput,
  SourcesSection,
  WeightSection,
} from './types';

/** One A4 page holds about this many indicator rows with their reference notes (in English, whose names wrap most). */
export const MAX_INDICATOR_ROWS = 14;
const MAX_CHART_BARS = 24;

/** Signed relative gap: negative means worse than the reference, whatever the indicator's direction. */
export function relativeGap(value: number, reference: number, direction: 1 | -1): number | null {
  if (reference === 0) return null;
  return (direction * (value - reference)) / Math.abs(reference);
}

/**
 * The region's key indicators against the national reference. Each row is one comparison by the
 * one reference rule (engine/evidence/reference.ts): the year in which both the region and an
 * honest reference exist, so a newer regional year without a national figure never empties the
 * national column; a reference that is not simply that year's national figure gets a note.
 */
export function buildIndicatorSection(input: ReportInput): IndicatorSection {
  const focus = input.focusRegions;
  const obs = new Map<string, ReportInput['observations'][number]>();
  const rowsOf = new Map<string, ReportInput['observations']>();
  for (const o of input.observations) {
    obs.set(`${o.indicatorCode}|${o.regionCode}|${o.year}`, o);
    const list = rowsOf.get(o.indicatorCode);
    if (list) list.push(o);
    else rowsOf.set(o.indicatorCode, [o]);
  }
  const sourceNumber = new Map(input.sources.map((s, k) => [s.id, k + 1]));
  const names = new Map(
    [input.region, input.national, ...focus].map((r) => [r.code, r.name] as const),
  );
  const name = (code: string) => names.get(code) ?? input.regionNames?.[code] ?? bi(code, code);
  const notes: Bilingual[] = [];
  const noteNumber = (note: Bilingual): number => {
    const k = notes.findIndex((n) => n.zh === note.zh && n.en === note.en);
    if (k >= 0) return k + 1;
    notes.push(note);
    return notes.length;
  };

  const rows: IndicatorRow[] = [];
  for (const ind of input.indicators) {
    const all = rowsOf.get(ind.code) ?? [];
    const focusYears = all
      .filter((o) => focus.some((r) => r.code === o.regionCode))
      .map((o) => o.year);
    if (focusYears.length === 0) continue;
    const r = rowReference(ind, all, focusYears, input, name);
    const { year, reference } = r;
    const cells = focus.map((f) => obs.get(`${ind.code}|${f.code}|${year}`) ?? null);
    const values = cells.map((o) => (o ? o.value : null));
    const qualifiers = cells.map((o) => (o ? o.qualifier : null));
    const valueNotes = cells.map((): number | null => null);
    // The region's column shows the members' mean the comparison used, marked as such.
    const regionColumn = focus.findIndex((f) => f.code === input.region.code);
    if (r.regionMean && regionColumn >= 0 && values[regionColumn] === null) {
      values[regionColumn] = r.regionMean.value;
      valueNotes[regionColumn] = noteNumber(r.regionMean.note);
    }
    const referenceRows = (
      r.basis === 'national-row' ? [input.national.code] : r.referenceRows
    ).map((code) => obs.get(`${ind.code}|${code}|${year}`));
    const members = r.regionMean ? (input.referenceScope.members ?? []) : [];
    const used = [
      ...cells,
      ...members.map((m) => obs.get(`${ind.code}|${m}|${year}`)),
      ...referenceRows,
    ];
    const sources = new Set<number>();
    for (const o of used) {
      const n = o ? sourceNumber.get(o.sourceId) : undefined;
      if (n !== undefined) sources.add(n);
    }
    rows.push({
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      direction: ind.direction,
      year,
      values,
      qualifiers,
      valueNotes,
      reference,
      gaps: values.map((v) =>
        v !== null && reference !== null ? relativeGap(v, reference, ind.direction) : null,
      ),
      referenceNote: r.note ? noteNumber(r.note) : null,
      sources: [...sources].sort((a, b) => a - b),
    });
    if (rows.length >= MAX_INDICATOR_ROWS) break;
  }

  const chart: IndicatorSection['chart'] = [];
  for (const row of rows) {
    row.gaps.forEach((gap, k) => {
      const region = focus[k];
      if (gap === null || region === undefined || chart.length >= MAX_CHART_BARS) return;
      chart.push({ label: row.name, region: region.name, gap });
    });
  }
  const against = input.comparisonName;
  return {
    title: against
      ? {
          zh: `地区关键指标与参照（${against.zh}）对比`,
          en: `Key indicators against the reference (${against.en})`,
        }
      : REPORT_LABELS.indicators,
    chartTitle: against
      ? {
          zh: `相对${against.zh}的差距（负值 = 落后）`,
          en: `Gap to ${against.en} (negative = behind)`,
        }
      : REPORT_LABELS.gapChart,
    regions: focus.map((r) => ({ id: r.code, name: r.name })),
    referenceName: against ?? input.national.name,
    rows,
    referenceNotes: notes,
    chart,
  };
}

const METHOD_NAMES: Record<ReportInput['weighting']['method'], Bilingual> = {
  equal: bi('等权（默认）', 'Equal weights (default)'),
  direct: bi('直接打分', 'Direct rating'),
  roc: bi('排序 → 秩序质心权重（ROC）', 'Ranking → rank-order centroid (ROC)'),
  swing: bi('摆动赋权（Swing）', 'Swing weighting'),
  ahp: bi('层次分析法（AHP）两两比较', 'AHP pairwise comparison'),
  stakeholders: bi('多方利益相关者权重汇总', 'Aggregated stakeholder weight sets'),
  severity: bi('按地区严重程度调整', 'Adjusted by regional severity'),
};

type AhpVariantInput = NonNullable<ReportInput['weighting']['ahpVariant']>;

const VARIANT_NAMES = {
  hierarchy: bi('层次分析法（AHP）层次结构：主题 → 原因', 'AHP hierarchy: themes → causes'),
  aij: bi(
    '群组层次分析法（AHP，AIJ：判断的加权几何平均）',
    'Group AHP (AIJ: weighted geometric mean of the judgements)',
  ),
  aip: bi(
    '群组层次分析法（AHP，AIP：各评判者权重的加权几何平均）',
    'Group AHP (AIP: weighted geometric mean of each judge’s priorities)',
  ),
};

function methodName(w: ReportInput['weighting']): Bilingual {
  const v = w.method === 'ahp' ? w.ahpVariant : null;
  if (!v) return METHOD_NAMES[w.method];
  return v.kind === 'hierarchy' ? VARIANT_NAMES.hierarchy : VARIANT_NAMES[v.aggregation ?? 'aij'];
}

/** "主题之间 CR = 0.012；主题“经济与收入”内 CR = 0.031" — every matrix of a variant. */
function matrixCrs(v: AhpVariantInput): Bilingual {
  const one = (m: AhpVariantInput['matrices'][number]): Bilingual => {
    const cr = formatNumber(m.cr, 3);
    switch (m.scope) {
      case 'themes':
        return bi(`主题之间 CR = ${cr}`, `among themes CR = ${cr}`);
      case 'theme':
        return bi(`主题“${m.name}”内 CR = ${cr}`, `within “${m.name}” CR = ${cr}`);
      case 'group':
        return bi(`群组汇总矩阵 CR = ${cr}`, `aggregated group matrix CR = ${cr}`);
      case 'judge':
        return bi(`评判者“${m.name}” CR = ${cr}`, `judge “${m.name}” CR = ${cr}`);
    }
  };
  const parts = v.matrices.map(one);
  return bi(
    `各判断矩阵：${parts.map((p) => p.zh).join('；')}。`,
    `Each matrix: ${parts.map((p) => p.en).join('; ')}.`,
  );
}

/** Which CR the consistency sentence states: the one matrix's, or the deciding one of a variant. */
function deciding(v: AhpVariantInput | null): Bilingual {
  if (!v) return bi('一致性比率', 'Consistency ratio');
  if (v.kind === 'hierarchy')
    return bi('各判断矩阵中最大的一致性比率', 'Largest consistency ratio among the matrices,');
  return v.aggregation === 'aip'
    ? bi('各评判者矩阵中最大的一致性比率', 'Largest consistency ratio among the judges’ matrices,')
    : bi('群组汇总矩阵的一致性比率', 'Consistency ratio of the aggregated group matrix,');
}

/** How the weights came about beyond the method's name: ROC order, later adjustments, confirmation. */
function weightingDetail(input: ReportInput): Bilingual | null {
  const w = input.weighting;
  const causeName = new Map(input.causes.map((c) => [c.id, c.name]));
  const name = (id: string) => {
    const n = causeName.get(id);
    return bi(n ? `${id} ${n.zh}` : id, n ? `${id} ${n.en}` : id);
  };
  const parts: Bilingual[] = [];
  if (w.method === 'ahp' && w.ahpVariant && w.ahpVariant.matrices.length > 0)
    parts.push(matrixCrs(w.ahpVariant));
  if (w.method === 'roc' && w.rocOrder && w.rocOrder.length > 0) {
    const order = w.rocOrder.map(name);
    parts.push(
      bi(
        `排序（最重要在前）：${order.map((o) => o.zh).join(' > ')}。`,
        `Ranking (most important first): ${order.map((o) => o.en).join(' > ')}.`,
      ),
    );
  }
  if (w.adjustedAfter && w.adjustedAfter.length > 0) {
    const names = joinNames(w.adjustedAfter.map(name));
    parts.push(
      bi(`应用该方法后又直接调整了：${names.zh}。`, `Adjusted directly afterwards: ${names.en}.`),
    );
  }
  if (w.method === 'equal' && w.confirmed) {
    parts.push(
      bi('规划者已确认采用等权。', 'The planner has confirmed the equal weights as theirs.'),
    );
  }
  if (parts.length === 0) return null;
  return bi(parts.map((p) => p.zh).join(''), parts.map((p) => p.en).join(' '));
}

export function buildWeightSection(input: ReportInput): WeightSection {
  const total = input.causes.reduce((s, c) => s + c.weight, 0);
  const first = input.causes[0]?.weight ?? 0;
  const isEqual = input.causes.every((c) => Math.abs(c.weight - first) <= 1e-12);
  const cr = input.weighting.method === 'ahp' ? (input.weighting.consistencyRatio ?? null) : null;
  let consistencyText: Bilingual | null = null;
  if (cr !== null) {
    const crText = formatNumber(cr, 3);
    const which = deciding(input.weighting.ahpVariant ?? null);
    consistencyText =
      cr <= 0.1
        ? bi(
            `${which.zh} CR = ${crText} ≤ 0.10，判断基本一致。`,
            `${which.en} CR = ${crText} ≤ 0.10: the judgements are acceptably consistent.`,
          )
        : bi(
            `${which.zh} CR = ${crText} > 0.10，判断不一致，应复核两两比较。`,
            `${which.en} CR = ${crText} > 0.10: the judgements are inconsistent and should be revisited.`,
          );
  }
  return {
    method: methodName(input.weighting),
    setBy: splitBilingual(input.weighting.setBy),
    isEqual,
    consistencyRatio: cr,
    consistencyText,
    detail: weightingDetail(input),
    rows: input.causes.map((c) => ({
      id: c.id,
      name: c.name,
      paperSection: c.paperSection,
      raw: c.weight,
      share: total > 0 ? c.weight / total : 0,
    })),
  };
}

export function buildSourcesSection(input: ReportInput): SourcesSection {
  const regionName = new Map<string, Bilingual>(
    [input.region, input.national, ...input.focusRegions].map((r) => [r.code, r.name]),
  );
  const indicatorName = new Map(input.indicators.map((i) => [i.code, i.name]));
  return {
    sources: input.sources.map((s, k) => ({ number: k + 1, ...citationOf(s) })),
    flags: input.qualityFlags.map((f) => {
      const parts: Bilingual[] = [];
      const region = f.regionCode
        ? (f.regionName ?? regionName.get(f.regionCode) ?? bi(f.regionCode, f.regionCode))
        : null;
      if (region) parts.push(region);
      if (f.indicatorCode)
        parts.push(indicatorName.get(f.indicatorCode) ?? bi(f.indicatorCode, f.indicatorCode));
      if (f.year !== null) parts.push(bi(`${f.year}年`, String(f.year)));
      return {
        severity: f.severity,
        where: {
          zh: parts.map((p) => p.zh).join(' · ') || '数据集',
          en: parts.map((p) => p.en).join(' · ') || 'Dataset',
        },
        message: f.message,
      };
    }),
  };
}

/** Every default the planner has not replaced, said out loud: every default must say where it came from. */
export function buildAssumptions(input: ReportInput): Bilingual[] {
  const out: Bilingual[] = [];
  const illustrative = input.measures.filter(
    (m) => (m.costProvenance ?? (m.costIsIllustrative ? 'default' : 'edited')) === 'default',
  );
  if (illustrative.length > 0) {
    const zh = illustrative
      .map(
        (m) =>
          `${m.name.zh} ${formatNumber(m.costLikely, 1)}（${formatNumber(m.costLow, 1)}–${formatNumber(m.costHigh, 1)}）${splitBilingual(m.costUnit).zh}，${formatNumber(m.yearsToEffect, 1)} 年见效`,
      )
      .join('；');
    const en = illustrative
      .map(
        (m) =>
          `${m.name.en} ${formatNumber(m.costLikely, 1)} (${formatNumber(m.costLow, 1)}–${formatNumber(m.costHigh, 1)}) ${splitBilingual(m.costUnit).en}, ${formatNumber(m.yearsToEffect, 1)} years to effect`,
      )
      .join('; ');
    out.push(
      bi(
        `成本与见效年限为示意性假设（论文未给出），需以本地测算替换：${zh}。`,
        `Costs and years to effect are illustrative assumptions (the paper gives none) to be replaced by local estimates: ${en}.`,
      ),
    );
  }
  // Cells still at the tool's default (neither edited nor confirmed by the planner).
  const fromPaper = input.impacts.filter(
    (c) => (c.provenance ?? (c.source.trim() !== '' ? 'default' : 'edited')) === 'default',
  ).length;
  if (fromPaper > 0) {
    out.push(
      bi(
        `影响矩阵中 ${fromPaper} / ${input.impacts.length} 个单元格为默认值，依据论文章节推断（见各单元格理由），并非实测效应。`,
        `${fromPaper} of ${input.impacts.length} impact-matrix cells are defaults inferred from the paper's sections (see each cell's rationale), not measured effects.`,
      ),
    );
  }
  if (input.constraints?.budgetIsDefault && input.ranking.budget !== null) {
    out.push(
      bi(
        `预算 ${formatNumber(input.ranking.budget, 1)} 为示意性默认值（论文未给出），需由规划者设定。`,
        `The budget of ${formatNumber(input.ranking.budget, 1)} is an illustrative default (the paper gives none) for the planner to set.`,
      ),
    );
  }
  const weights = buildWeightSection(input);
  const equalDefaultWeights =
    weights.isEqual && input.weighting.method === 'equal' && !input.weighting.confirmed;
  if (equalDefaultWeights) {
    out.push(
      bi(
        `${input.causes.length} 个成因采用等权（各 ${formatShare(1 / Math.max(1, input.causes.length), 1)}）：论文未给出各成因的相对重要性。`,
        `The ${input.causes.length} causes carry equal weights (${formatShare(1 / Math.max(1, input.causes.length), 1)} each): the paper does not rank their importance.`,
      ),
    );
  }
  out.push(
    input.scenario.coverageModel === 'saturating'
      ? bi(
          '覆盖度按“独立部分缓解”计算：多项措施作用于同一成因时收益递减。',
          'Coverage assumes independent partial mitigation: several measures on the same cause give diminishing returns.',
        )
      : bi(
          '覆盖度按简单相加计算（对比用），可能高估多项措施叠加的效果。',
          'Coverage is additive (for comparison) and may overstate stacked measures.',
        ),
  );
  // A planner who set a budget, weights or costs must not read that they are still defaults.
  const stillDefault: Record<DatasetNoteTopic, boolean> = {
    weights: equalDefaultWeights,
    costs: illustrative.length > 0,
    'lead-agency': illustrative.length > 0,
    impacts: fromPaper > 0,
    budget: input.constraints?.budgetIsDefault === true && input.ranking.budget !== null,
  };
  const notes = input.datasetNotes
    .filter((n) => n.topic === undefined || stillDefault[n.topic])
    .map((n) => bi(n.zh, n.en));
  return [...out, ...notes];
}
