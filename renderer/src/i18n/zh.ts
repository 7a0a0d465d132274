import { rankingPreviewZh } from '../features/weights/ranking-preview-i18n';
import { recoveryZh } from '../app/recovery-i18n';
import { provenanceZh } from '../app/provenance-i18n';
import { constraintsZh } from '../features/packages/constraints-i18n';
import { costsZh } from '../features/impacts/costs-i18n';
import { weightsSeverityZh } from '../features/weights/weights-severity-i18n';
import { robustnessZh } from '../features/robustness/robustness-i18n';
import { overviewZh } from '../features/overview/overview-i18n';
import { elicitationZh } from '../features/elicitation/elicitation-i18n';
import { workflowZh } from '../features/scenarios/workflow-i18n';
import { evidenceZh } from '../features/evidence/evidence-i18n';
import { mapsZh } from '../features/maps/maps-i18n';
import { citiesZh } from '../features/cities/cities-i18n';
import { briefingZh } from '../features/briefing/briefing-i18n';

/** Chinese UI strings: the reference key set (en.ts must mirror it; i18n.test.ts checks). */
export const zh = {
  workflow: workflowZh,
  evidence: evidenceZh,
  maps: mapsZh,
  cities: citiesZh,
  briefing: briefingZh,
  elicitation: elicitationZh,
  robustness: robustnessZh,
  overview: overviewZh,
  recovery: recoveryZh,
  provenance: provenanceZh,
  constraints: constraintsZh,
  costs: costsZh,
  rankingPreview: rankingPreviewZh,
  weightsSeverity: weightsSeverityZh,
  app: {
    title: '人才留住规划助手',
    subtitle: '东北地区人才流失应对 · 决策支持',
    loading: '正在加载…',
    computing: '正在计算…',
    retry: '重试',
    illustrative: '示意性假设',
    illustrativeHint: '论文未给出此项成本，这是随软件提供的示意值，请替换为本地数据。',
    saving: '正在保存…',
    saved: '已保存',
  },
  nav: {
    label: '主导航',
    weights: '原因与权重',
    impacts: '措施×原因',
    packages: '干预组合',
  },
  header: {
    scenario: '情景',
    scenarioPlaceholder: '选择情景',
    region: '地区',
    language: '界面语言',
    noScenario: '尚无情景。请先初始化数据库。',
  },
  errors: {
    'invalid-request': '输入无效',
    'not-found': '未找到',
    forbidden: '无权访问（访问令牌缺失或失效）',
    conflict: '数据冲突，请刷新后重试',
    internal: '内部错误',
    field: '字段',
    rankFailed: '无法计算干预组合',
  },
  weights: {
    title: '原因与权重',
    intro: '为八项人才流失原因设置原始权重（0–10），系统自动归一化为占比；修改即时保存。',
    cause: '原因',
    section: '论文章节',
    weight: '原始权重',
    share: '归一化占比',
    sliderLabel: '{{name}} 的权重滑块',
    inputLabel: '{{name}} 的权重数值',
    showText: '展开论文原文摘要',
    total: '原始权重合计',
    allZero: '所有权重均为 0，无法归一化；请至少为一项原因设置正权重。',
  },
  impacts: {
    title: '措施×原因 影响矩阵',
    intro:
      '每格表示该措施单独缓解该原因的比例（−1 至 1）。点击或按回车编辑；颜色之外也显示等级与数值。',
    measure: '措施',
    cost: '成本（最可能值）',
    cellLabel: '{{level}} {{value}} {{mark}}：{{measure}} 对 {{cause}}（{{provenance}}）',
    provenance: '来源',
    editTitle: '编辑影响：{{measure}} → {{cause}}',
    level: '等级',
    low: '低',
    likely: '最可能',
    high: '高',
    save: '保存',
    cancel: '取消',
    rationale: '依据',
    source: '论文章节',
    plannerSet: '由规划人员设定',
    range: '区间',
    notNumber: '“{{zh}}”不是数字 / "{{en}}" is not a number',
    outOfRange: '“{{zh}}”须在 −1 与 1 之间 / "{{en}}" must lie between −1 and 1',
    order: '须满足 低 ≤ 最可能 ≤ 高 / must satisfy low ≤ likely ≤ high',
    legend: '图例',
  },
  scale: {
    strongAdverse: '明显不利',
    adverse: '不利',
    none: '无',
    weak: '弱',
    moderate: '中等',
    strong: '强',
    veryStrong: '很强',
  },
  packages: {
    title: '干预组合排序',
    feasible: '可行组合数',
    basis:
      '按您当前的原因权重（{{method}}）计算组合价值并排序；权重变化时各组合保持最优的频率见“稳健性”。',
    budget: '预算约束',
    noBudget: '无预算上限',
    rank: '排名',
    measures: '措施',
    value: '价值',
    cost: '成本',
    valuePerCost: '单位成本价值',
    chartTitle: '成本–价值散点图与有效前沿',
    chartLabel: '所有排序组合的成本（横轴）与价值（纵轴），折线为有效前沿',
    allPackages: '全部组合',
    frontier: '有效前沿',
    marginalTitle: '各措施的边际贡献',
    marginalLabel: '每项措施的边际贡献柱状图',
    marginal: '边际贡献',
    tableLabel: '排序后的干预组合表',
    stale: '正在根据最新修改重新计算，显示的是上一次结果。',
    empty: '在当前约束下没有可行组合。',
  },
} as const;

/** The shape every language file must have: the same keys, any strings. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zh>;
