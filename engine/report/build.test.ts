import { describe, expect, it } from 'vitest';
import { buildReportModel } from './build';
import { relativeGap } from './evidence';
import { formatGap, formatNumber, formatStatistic, splitBilingual } from './format';
import { sampleReportInput } from './test-input';
import { EngineInputError } from '../errors';

describe('buildReportModel on the hand-made Jilin input', () => {
  const model = buildReportModel(sampleReportInput());

  it('title page carries question, region, scenario, author and date', () => {
    expect(model.title.region).toEqual({ zh: '吉林', en: 'Jilin' });
    expect(model.title.scenario).toEqual({ zh: '默认情景', en: '默认情景' });
    expect(model.title.date).toBe('2026-11-28');
    expect(model.title.question.zh).toContain('人才外流');
  });

  it('summary: recommended package and two alternatives with robustness in plain words', () => {
    const rec = model.summary.recommended!;
    expect(rec.measures.map((m) => m.id)).toEqual(['M1', 'M2']);
    expect(rec.cost).toBe(15);
    // SMAA listed the package as [M2, M1]: matching must ignore order.
    expect(rec.pBest).toBe(0.83);
    expect(rec.robustnessText.en).toBe('Best in 83% of 10,000 sampled plausible weightings.');
    expect(rec.robustnessText.zh).toBe(
      '在 10,000 次抽样的合理权重组合中，该方案在 83% 的抽样中最优。',
    );
    expect(model.summary.alternatives.map((a) => a.rank)).toEqual([2, 3]);
    expect(model.summary.alternatives[1]!.pBest).toBe(0.05);
  });

  it('three findings ranked by score: robustness (2.5) > sensitivity (3 − 10·0.06 = 2.4) > income gap (2 + 0.247)', () => {
    expect(model.summary.findings.map((f) => f.kind)).toEqual([
      'robustness',
      'sensitivity',
      'indicator-gap',
    ]);
    const [robust, sens, gap] = model.summary.findings;
    expect(robust!.text.en).toContain('best in 83% of plausible weightings (SMAA, 10,000 samples)');
    expect(sens!.text.en).toBe(
      'The most sensitive weight is "Low pay": if it rises above 31.0% (now 25.0%), the best package changes (to Science parks + Youth communities).',
    );
    // (31104 − 41314) / 41314 = −24.713…%
    expect(gap!.text.en).toBe(
      'Jilin: Per-capita disposable income (2024) is 31,104 yuan, 24.7% below the reference of 41,314 yuan for national.',
    );
    expect(gap!.text.zh).toContain('31,104 元');
  });

  it('a fragile recommendation becomes the first finding and names the rival', () => {
    const input = sampleReportInput();
    input.robustness!.packages[0]!.pBest = 0.4;
    input.robustness!.packages[1]!.pBest = 0.35;
    const m = buildReportModel(input);
    expect(m.summary.findings[0]!.kind).toBe('robustness');
    expect(m.summary.findings[0]!.text.en).toContain(
      'best in only 40% of plausible weightings; #2 in 35%',
    );
  });

  it('a bare majority (53%) is reported as leading but not decisive, with the runner-up', () => {
    const input = sampleReportInput();
    input.robustness!.packages[0]!.pBest = 0.53;
    input.robustness!.packages[1]!.pBest = 0.28;
    const f = buildReportModel(input).summary.findings[0]!;
    expect(f.kind).toBe('robustness');
    expect(f.text.en).toBe(
      'The recommendation leads but is not decisive: it is the best in 53% of plausible weightings; #2 in 28%.',
    );
  });

  it('a cheaper near-equal package is found when robustness and sensitivity are absent', () => {
    const input = sampleReportInput();
    input.robustness = null;
    input.sensitivity = null;
    const m = buildReportModel(input);
    const kinds = m.summary.findings.map((f) => f.kind);
    // gap 2.247, coverage of C3 (0.25 · 0.9 = 0.225 → 1.9), cost (1.5 + 0.95 − 0.733 = 1.717)
    expect(kinds).toEqual(['indicator-gap', 'coverage-gap', 'cost']);
    expect(m.summary.findings[2]!.text.en).toBe(
      'Metropolitan areas + Youth communities reaches 95% of the recommended value (0.570 vs 0.600) at 73% of its cost.',
    );
    expect(m.summary.recommended!.robustnessText.en).toBe('No robustness analysis (SMAA) was run.');
  });

  it('indicators: latest year, direction-aware gap, missing reference stays null', () => {
    const rows = model.indicators.rows;
    expect(rows.map((r) => r.code)).toEqual([
      'disposable_income',
      'consumption_total',
      'outflow_rate_broad',
    ]);
    expect(rows[0]!.year).toBe(2024);
    expect(rows[0]!.values).toEqual([31104]);
    expect(rows[0]!.reference).toBe(41314);
    expect(rows[0]!.gaps[0]).toBeCloseTo(-10210 / 41314, 12);
    expect(rows[1]!.gaps[0]).toBeCloseTo(-5109 / 28227, 12);
    expect(rows[2]!.reference).toBeNull();
    expect(rows[2]!.qualifiers).toEqual(['approx']);
    expect(model.indicators.chart).toHaveLength(2);
    // Sources by their number in the list, never by their database id.
    expect(rows[0]!.sources).toEqual([1, 2]);
    expect(rows[2]!.sources).toEqual([4]);
    // The national figure of the same year needs no note; a missing reference says why.
    expect(rows[0]!.referenceNote).toBeNull();
    expect(model.indicators.referenceNotes[rows[2]!.referenceNote! - 1]!.en).toMatch(
      /^no national reference for this indicator/,
    );
  });

  it('indicators: a newer regional year without a national figure keeps the comparison on the latest complete year', () => {
    const input = sampleReportInput();
    input.observations.push({
      indicatorCode: 'disposable_income',
      regionCode: 'CN-JL',
      year: 2025,
      value: 32100,
      qualifier: 'exact',
      sourceId: 'import-7',
    });
    const m = buildReportModel(input).indicators;
    const income = m.rows[0]!;
    expect(income).toMatchObject({ year: 2024, values: [31104], reference: 41314 });
    const note = m.referenceNotes[income.referenceNote! - 1]!;
    expect(note.zh).toContain('全国参照：2024 年（最近完整年份）');
    expect(note.en).toContain('national reference: 2024, latest complete year');
  });

  it('sources are readable citations: publisher, title, table or section, year; files by name and date', () => {
    const [t3, s34, t2, file] = model.sources.sources;
    expect(t3).toMatchObject({
      number: 1,
      short: { zh: '论文表3，2024', en: 'paper Table 3, 2024' },
    });
    expect(t3!.citation.en).toBe(
      'National Bureau of Statistics: Per-capita disposable income (paper Table 3), 2024',
    );
    expect(s34!.short.en).toBe('paper §3.4, 2024');
    expect(t2!.short.zh).toBe('论文表2');
    const noLocator = buildReportModel({
      ...sampleReportInput(),
      sources: [{ ...sampleReportInput().sources[0]!, title: { zh: '年鉴', en: 'Yearbook' } }],
    }).sources.sources[0]!;
    expect(noLocator.short.en).toBe('National Bureau of Statistics, 2024');
    expect(file).toMatchObject({
      short: { zh: 'outflow.csv（2026-11-20 导入）', en: 'outflow.csv (imported 2026-11-20)' },
      citation: { en: 'Imported file “outflow.csv”, imported 2026-11-20' },
    });
    expect(JSON.stringify(model.sources)).not.toMatch(/paper-|import-\d/);
  });

  it('weights: normalised shares 2:1:1 → 50%, 25%, 25%', () => {
    expect(model.weights.rows.map((r) => r.share)).toEqual([0.5, 0.25, 0.25]);
    expect(model.weights.isEqual).toBe(false);
    expect(model.weights.method.en).toBe('Direct rating');
    expect(model.weights.consistencyText).toBeNull();
  });

  it('AHP weights report their consistency ratio', () => {
    const input = sampleReportInput();
    input.weighting = { method: 'ahp', setBy: 'x', consistencyRatio: 0.142 };
    const w = buildReportModel(input).weights;
    expect(w.consistencyRatio).toBe(0.142);
    expect(w.consistencyText!.en).toContain('CR = 0.142 > 0.10');
  });

  it('an AHP hierarchy is named as such, with its deciding CR and every matrix’s CR', () => {
    const input = sampleReportInput();
    input.weighting = {
      method: 'ahp',
      setBy: 'x',
      consistencyRatio: 0.031,
      ahpVariant: {
        kind: 'hierarchy',
        aggregation: null,
        matrices: [
          { scope: 'themes', name: '', cr: 0.012 },
          { scope: 'theme', name: '经济与收入', cr: 0.031 },
        ],
      },
    };
    const w = buildReportModel(input).weights;
    expect(w.method).toEqual({
      zh: '层次分析法（AHP）层次结构：主题 → 原因',
      en: 'AHP hierarchy: themes → causes',
    });
    expect(w.consistencyText!.en).toBe(
      'Largest consistency ratio among the matrices, CR = 0.031 ≤ 0.10: the judgements are acceptably consistent.',
    );
    expect(w.detail!.zh).toBe('各判断矩阵：主题之间 CR = 0.012；主题“经济与收入”内 CR = 0.031。');
    expect(w.detail!.en).toBe(
      'Each matrix: among themes CR = 0.012; within “经济与收入” CR = 0.031.',
    );
  });

  it('group AHP names its aggregation; AIP states the judges’ largest CR', () => {
    const input = sampleReportInput();
    input.weighting = {
      method: 'ahp',
      setBy: 'x',
      consistencyRatio: 0.2,
      ahpVariant: {
        kind: 'group',
        aggregation: 'aip',
        matrices: [
          { scope: 'judge', name: 'A', cr: 0.2 },
          { scope: 'judge', name: 'B', cr: 0.05 },
        ],
      },
    };
    const w = buildReportModel(input).weights;
    expect(w.method.en).toBe('Group AHP (AIP: weighted geometric mean of each judge’s priorities)');
    expect(w.consistencyText!.zh).toContain('各评判者矩阵中最大的一致性比率 CR = 0.200 > 0.10');
    expect(w.detail!.en).toBe('Each matrix: judge “A” CR = 0.200; judge “B” CR = 0.050.');
  });

  it('impact heat-map: cells by measure × cause, strongest by magnitude incl. adverse', () => {
    expect(model.impacts.cells[0]![0]).toEqual({ likely: 0.6, low: 0.35, high: 0.8 });
    expect(model.impacts.cells[2]![2]!.likely).toBe(-0.15);
    expect(model.impacts.cells[1]![0]!.likely).toBe(0);
    expect(model.impacts.strongest.map((s) => s.likely)).toEqual([0.6, 0.35, 0.15, -0.15]);
    expect(model.impacts.strongest[0]!.rationale.en).toBe('Metro areas drive the economy');
  });

  it('packages: frontier membership order-free, pBest 0 for packages SMAA never saw best', () => {
    const rows = model.packages.rows;
    expect(rows.map((r) => r.isFrontier)).toEqual([true, true, true, true]);
    expect(rows.map((r) => r.pBest)).toEqual([0.83, 0.12, 0.05, 0]);
    expect(model.packages.frontier.map((f) => f.label)).toEqual(['', '#4', '#3', '#2', '#1']);
    // The frontier package outside the top list ({M3}) is added as a point.
    expect(model.packages.points).toHaveLength(5);
    expect(model.packages.costUnit).toEqual({ zh: '亿元', en: '100 million CNY' });
  });

  it('coverage and robustness sections', () => {
    expect(model.coverage.packages.map((p) => p.coverage)).toEqual([
      [0.8, 0.6, 0.1],
      [0.6, 0.15, -0.15],
      [0.6, 0, 0],
    ]);
    expect(model.robustness.packages.map((p) => p.label)).toEqual(['#1', '#2', '#3']);
    expect(model.robustness.packages[0]!.rankAcceptability).toEqual([0.83, 0.1, 0.05]);
    expect(model.robustness.core.map((c) => [c.id, c.share])).toEqual([
      ['M1', 1],
      ['M2', 0.83],
      ['M3', 0.17],
    ]);
    // Nearest a threshold first: C2 is 6 points below 31 %, C1 20 points above 30 %; C3 has none.
    expect(model.robustness.sensitivity.map((s) => s.id)).toEqual(['C2', 'C1', 'C3']);
    expect(model.robustness.sensitivity[2]!.text.en).toBe(
      'The best package stays best for any weight of this cause from 0 to 100% (now 25.0%).',
    );
    expect(model.robustness.sensitivity[1]!.text.zh).toBe(
      '权重在 30.0%–100.0% 之间时最优方案不变（当前 50.0%）。',
    );
  });

  it('sources, quality flags and assumptions say where defaults come from', () => {
    expect(model.sources.flags[0]!.where.en).toBe('Jilin · Per-capita disposable income · 2024');
    expect(model.sources.flags[1]!.where.zh).toBe('数据集');
    const withName = sampleReportInput();
    withName.qualityFlags[0]!.regionCode = 'CN-GX';
    withName.qualityFlags[0]!.regionName = { zh: '广西', en: 'Guangxi' };
    expect(buildReportModel(withName).sources.flags[0]!.where.zh).toBe(
      '广西 · 居民人均可支配收入 · 2024年',
    );
    const text = model.assumptions.map((a) => a.en).join('\n');
    expect(text).toContain(
      'Metropolitan areas 10.0 (8.0–14.0) 100 million CNY, 5.0 years to effect',
    );
    expect(model.assumptions.map((a) => a.zh).join('')).not.toContain('million');
    expect(text).toContain('Science parks');
    expect(text).not.toContain('Youth communities 3.0');
    expect(text).toContain('3 of 4 impact-matrix cells are defaults');
    expect(text).not.toContain('equal weights');
    expect(text).toContain('Costs are illustrative.');
  });

  it('default equal weights are listed as an assumption; equal weights the planner set are not', () => {
    const input = sampleReportInput();
    input.causes.forEach((c) => (c.weight = 1));
    input.weighting = { method: 'equal', setBy: 'default' };
    const text = buildReportModel(input)
      .assumptions.map((a) => a.en)
      .join('\n');
    expect(text).toContain('The 3 causes carry equal weights (33.3% each)');
    input.weighting = { method: 'direct', setBy: '规划局 / bureau' };
    const chosen = buildReportModel(input)
      .assumptions.map((a) => a.en)
      .join('\n');
    expect(chosen).not.toContain('equal weights');
  });

  it('a dataset note about a default is dropped once the planner has replaced that input', () => {
    const input = sampleReportInput();
    input.datasetNotes = [
      { zh: '权重', en: 'Weights note.', topic: 'weights' },
      { zh: '成本', en: 'Costs note.', topic: 'costs' },
      { zh: '预算', en: 'Budget note.', topic: 'budget' },
      { zh: '其他', en: 'General note.' },
    ];
    input.weighting = { method: 'roc', setBy: '规划局 / bureau' };
    const none = { required: [], excluded: [], requires: [], excludes: [] };
    input.constraints = { ...none, budgetIsDefault: false };
    const set = buildReportModel(input).assumptions.map((a) => a.en);
    expect(set).toContain('Costs note.'); // two measures still carry default costs
    expect(set).toContain('General note.');
    expect(set).not.toContain('Weights note.');
    expect(set).not.toContain('Budget note.');

    input.measures.forEach((m) => (m.costProvenance = 'edited'));
    input.constraints = { ...none, budgetIsDefault: true };
    const later = buildReportModel(input).assumptions.map((a) => a.en);
    expect(later).not.toContain('Costs note.');
    expect(later).toContain('Budget note.');
  });

  it('footer and serialisability', () => {
    expect(model.footer).toEqual({
      appVersion: '0.1.0',
      scenario: '默认情景',
      scenarioName: { zh: '默认情景', en: '默认情景' },
      seed: 42,
      dataChecksum: 'ab'.repeat(32),
      date: '2026-11-28',
    });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('keeps hostile names verbatim (escaping is the view’s job)', () => {
    const input = sampleReportInput();
    input.scenario.name = '<img src=x onerror=alert(1)>=HYPERLINK("x")';
    expect(buildReportModel(input).title.scenario.en).toBe(
      '<img src=x onerror=alert(1)>=HYPERLINK("x")',
    );
  });

  it('prints a name or unit stored as "中文 / English" in the chosen language only', () => {
    const input = sampleReportInput();
    input.scenario.name = '东北地区基准情景 / Northeast baseline';
    input.weighting.setBy = '默认值（论文未排序）/ default (the paper does not rank the causes)';
    const m = buildReportModel(input);
    expect(m.title.scenario).toEqual({ zh: '东北地区基准情景', en: 'Northeast baseline' });
    expect(m.footer).toMatchObject({
      scenario: '东北地区基准情景 / Northeast baseline',
      scenarioName: { zh: '东北地区基准情景', en: 'Northeast baseline' },
    });
    expect(m.weights.setBy.en).toBe('default (the paper does not rank the causes)');
    // A planner's own name with a slash stays whole.
    expect(splitBilingual('方案 A / 方案 B')).toEqual({
      zh: '方案 A / 方案 B',
      en: '方案 A / 方案 B',
    });
    expect(splitBilingual('Plan A / Plan B').zh).toBe('Plan A / Plan B');
    expect(splitBilingual('元/人')).toEqual({ zh: '元/人', en: '元/人' });
  });

  it('rejects a bad date and unknown package measures naming the field', () => {
    const input = sampleReportInput();
    input.date = '28/11/2026';
    expect(() => buildReportModel(input)).toThrow(EngineInputError);
    const bad = sampleReportInput();
    bad.ranking.packages[0]!.measures = ['M9'];
    try {
      buildReportModel(bad);
      expect.unreachable();
    } catch (e) {
      expect((e as EngineInputError).field).toBe('ranking.packages[0].measures');
    }
  });
});

describe('format helpers', () => {
  it('groups thousands and keeps printed precision', () => {
    expect(formatNumber(41314)).toBe('41,314');
    expect(formatStatistic(36.54)).toBe('36.54');
    expect(formatStatistic(141633.81)).toBe('141,633.81');
    expect(formatStatistic(5.0)).toBe('5');
    expect(formatStatistic(4.1)).toBe('4.1');
    expect(formatGap(-0.2471)).toBe('−24.7%');
    expect(formatGap(0.05)).toBe('+5.0%');
    expect(formatNumber(-0.0001, 2)).toBe('0.00');
  });

  it('relativeGap flips sign for "higher is worse" indicators', () => {
    expect(relativeGap(60, 50, -1)).toBeCloseTo(-0.2, 12);
    expect(relativeGap(40, 50, 1)).toBeCloseTo(-0.2, 12);
    expect(relativeGap(1, 0, 1)).toBeNull();
  });
});

describe('the briefing states what was done', () => {
  it('prints the app verdict once: no second robustness claim among the findings', () => {
    const input = sampleReportInput();
    input.verdict = {
      best: { zh: '按您的权重……', en: 'Under your weights, the best package is M1 + M2.' },
      robustness: {
        zh: '……',
        en: 'Across 10,000 sampled weightings within ±20% of yours, it is best in 83%.',
      },
      reconcile: null,
      level: { zh: '稳健', en: 'Robust' },
      meaning: null,
      provisional: null,
      basis: { zh: '依据', en: 'Basis: weightings within ±20% of yours.' },
      basisPhrase: {
        zh: '在您的权重上下 ±20% 范围内的权重组合',
        en: 'weightings within ±20% of yours',
      },
    };
    const model = buildReportModel(input);
    expect(model.summary.verdict?.best?.en).toBe(
      'Under your weights, the best package is M1 + M2.',
    );
    expect(model.summary.findings.map((f) => f.kind)).not.toContain('robustness');
    expect(model.summary.recommended?.robustnessText.en).toContain('within ±20% of yours');
    expect(model.summary.alternatives[0]?.robustnessText.en).toContain(
      'sampled weightings within ±20% of yours',
    );
  });

  it('names the method applied with its detail, and the constraints in words', () => {
    const input = sampleReportInput();
    input.weighting = {
      method: 'roc',
      setBy: '李工',
      rocOrder: [input.causes[1]!.id, input.causes[0]!.id, input.causes[2]!.id],
      adjustedAfter: [input.causes[2]!.id],
    };
    const first = input.measures[0]!;
    const second = input.measures[1]!;
    input.constraints = {
      required: [first.id],
      excluded: [],
      requires: [[second.id, first.id]],
      excludes: [],
      budgetIsDefault: true,
    };
    const model = buildReportModel(input);
    expect(model.weights.method.en).toBe('Ranking → rank-order centroid (ROC)');
    expect(model.weights.detail?.en).toContain(
      `Ranking (most important first): ${input.causes[1]!.id}`,
    );
    expect(model.weights.detail?.en).toContain(
      `Adjusted directly afterwards: ${input.causes[2]!.id}`,
    );
    const lines = model.packages.constraints.map((c) => c.en);
    expect(lines).toContain(`Required: ${first.id} ${first.name.en}.`);
    expect(lines).toContain(
      `${second.id} ${second.name.en} requires ${first.id} ${first.name.en}.`,
    );
    expect(lines[0]).toContain('illustrative default');
  });
});
