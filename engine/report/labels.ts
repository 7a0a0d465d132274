/**
 * Every fixed label the printed briefing shows, in both languages (Chinese first). Kept beside the
 * model so the print view, the Electron print path and tests share one wording.
 */
import type { Bilingual, ReportLang } from './types';

const L = (zh: string, en: string): Bilingual => ({ zh, en });

export const REPORT_LABELS = {
  docTitle: L('人才留住规划简报', 'Talent Retention Planning Briefing'),
  question: L('决策问题', 'Question'),
  region: L('地区', 'Region'),
  scenario: L('情景', 'Scenario'),
  author: L('编制', 'Prepared by'),
  date: L('日期', 'Date'),
  basis: L(
    '依据：魏子威《东北地区人才流失的挑战与城市规划应对策略》（JFEMR, 2025）',
    'Based on: Ziwei Wei, "The Challenges of Talent Drain in Northeast China and Urban Planning Response Strategies" (JFEMR, 2025)',
  ),
  contents: L('目录', 'Contents'),
  summary: L('一页摘要', 'Summary on one page'),
  recommended: L('推荐方案', 'Recommended package'),
  alternatives: L('备选方案', 'Alternatives'),
  findings: L('三项关键发现', 'Three findings that matter most'),
  indicators: L('地区关键指标与全国对比', 'Key indicators against the national reference'),
  gapChart: L('相对全国差距（负值 = 落后）', 'Gap to the national reference (negative = behind)'),
  indicator: L('指标', 'Indicator'),
  year: L('年份', 'Year'),
  unit: L('单位', 'Unit'),
  reference: L('全国', 'National'),
  sources: L('来源', 'Sources'),
  weights: L('成因权重', 'Cause weights'),
  method: L('方法', 'Method'),
  setBy: L('设定者', 'Set by'),
  cause: L('成因', 'Cause'),
  section: L('论文章节', 'Paper section'),
  rawWeight: L('原始权重', 'Raw weight'),
  share: L('归一化占比', 'Normalised share'),
  impacts: L('影响矩阵（措施 × 成因）', 'Impact matrix (measures × causes)'),
  impactLegend: L(
    '单元格为“最可能”缓解份额，括号内为低–高区间；负值表示加剧。',
    'Cells show the likely share of the cause mitigated, low–high in brackets; negative values worsen it.',
  ),
  strongest: L('影响最强的单元格及其理由', 'The strongest cells and their rationale'),
  measure: L('措施', 'Measure'),
  packages: L('前十个方案', 'Top ten packages'),
  rank: L('名次', 'Rank'),
  measures: L('措施组合', 'Measures'),
  cost: L('成本', 'Cost'),
  value: L('价值', 'Value'),
  pBest: L('最优概率', 'P(best)'),
  frontier: L('成本–价值有效前沿', 'Cost–value efficient frontier'),
  onFrontier: L('前沿', 'Frontier'),
  feasible: L('可行方案数', 'Feasible packages'),
  budget: L('预算', 'Budget'),
  maxMeasures: L('最多措施数', 'Max. measures'),
  none: L('无', 'none'),
  coverage: L('前三个方案对各成因的覆盖度', 'Coverage of each cause by the top three packages'),
  weight: L('权重', 'Weight'),
  robustness: L('稳健性分析', 'Robustness'),
  smaa: L(
    '随机多准则可接受性分析（SMAA）',
    'Stochastic multicriteria acceptability analysis (SMAA)',
  ),
  smaaNote: L(
    '在随机抽取的权重下重复排序：第 k 名可接受度 = 该方案排第 k 名的抽样比例。',
    'Rankings repeated under randomly drawn weights: rank-k acceptability = share of samples in which the package ranks k-th.',
  ),
  rank1: L('第1名', 'Rank 1'),
  rank2: L('第2名', 'Rank 2'),
  rank3: L('第3名', 'Rank 3'),
  core: L(
    '措施核心度（属于最优方案的抽样比例）',
    'Core share of each measure (share of samples in the best package)',
  ),
  sensitivity: L(
    '单因素敏感性：最优方案保持不变的权重区间',
    'One-way sensitivity: weight range over which the best package stays best',
  ),
  current: L('当前', 'Now'),
  range: L('不变区间', 'Stable range'),
  samples: L('抽样次数', 'Samples'),
  seed: L('随机种子', 'Random seed'),
  noRobustness: L('本简报未包含稳健性分析。', 'This briefing contains no robustness analysis.'),
  dataSources: L('数据来源与数据质量说明', 'Data sources and data-quality notes'),
  qualityNotes: L('数据质量提示', 'Data-quality notes'),
  noFlags: L('无数据质量提示。', 'No data-quality notes.'),
  assumptions: L(
    '示意性假设（需以本地数据替换）',
    'Illustrative assumptions (replace with local figures)',
  ),
  reproducibility: L('可重复性信息', 'Reproducibility'),
  appVersion: L('软件版本', 'App version'),
  checksum: L('数据校验和 (SHA-256)', 'Data checksum (SHA-256)'),
  colon: L('：', ': '),
  listSeparator: L('；', '; '),
  measureKey: L('措施编号', 'Measure key'),
  explanation: L('说明', 'Explanation'),
  stabilityLegend: L(
    '蓝色：最优方案不变的权重区间；红线：当前权重。离阈值最近（最敏感）的原因排在最上，不会改变最优方案的原因排在最后。',
    'Blue: weight range over which the best package stays best; red line: the current weight. The cause nearest a threshold (the most sensitive) is on top; causes that cannot change the best package come last.',
  ),
  warning: L('警告', 'Warning'),
  info: L('提示', 'Note'),
} as const satisfies Record<string, Bilingual>;

export type ReportLabel = keyof typeof REPORT_LABELS;

export function pick(text: Bilingual, lang: ReportLang): string {
  return text[lang];
}

/** "第 3 页 / 共 11 页" or "Page 3 of 11". */
export function pageOf(page: number, total: number, lang: ReportLang): string {
  return lang === 'zh' ? `第 ${page} 页 / 共 ${total} 页` : `Page ${page} of ${total}`;
}
