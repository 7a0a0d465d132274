/** Strings of the Overview screen (zh is the key set; en mirrors it). */
export const overviewZh = {
  nav: '概览',
  title: '{{region}}概览',
  intro:
    '本地区的关键指标、各项原因的严重程度，以及当前最优干预组合及其稳健性。数字均来自本机数据库与当前情景“{{scenario}}”。',
  goTo: '打开“{{screen}}”',
  indicators: {
    title: '关键指标：本地区与全国',
    meaning: '指数低于 100 表示本地区落后于全国参照：落后越多的领域，相关原因越值得提高权重。',
    chartTitle: '本地区相当于全国的百分之几（全国 = 100）',
    chartLabel: '关键指标指数条形图：本地区数值除以全国参照再乘以 100',
    chartMeaning: '条越短越落后；条端数字为指数，竖线为全国水平（100）。',
    indexLabel: '{{index}}（全国 = 100）',
    national: '全国 100',
    indexUnit: '指数（全国 = 100）',
    regionValue: '本地区',
    reference: '全国参照',
    aside: '（{{text}}）',
    year: '{{year}} 年',
    basis_own: '本地区数据',
    standing_behind: '落后于全国',
    standing_level: '与全国持平',
    standing_ahead: '好于全国',
    headlineTitle: '论文引用的人才流动数字（东北整体）',
    headlineMeaning:
      '这些数字只有东北整体一个值，没有全国对照：它们说明问题有多大，而不是与谁相比。',
    none: '数据库中没有本地区的关键指标数据。',
    loading: '正在读取证据数据库……',
    listLabel: '关键指标列表',
  },
  severity: {
    title: '各项原因在本地区的严重程度',
    meaning:
      '严重程度衡量本地区在与该原因相关的指标上落后参照的幅度（0 = 不落后，1 = 严重落后）；“尚无指标”表示该原因还没有关联指标，“无可比数据”表示关联指标缺本地区或同年参照的数据。',
    listLabel: '各原因严重程度列表',
  },
  best: {
    title: '当前最优干预组合',
    meaning: '按当前情景的权重和影响估计，这一组措施的综合得分最高，并满足预算和其他约束。',
    measures: '包含的措施',
    score: '综合得分',
    scoreHint: '（0–1，越高越好）',
    cost: '成本',
    costOfBudget: '{{cost}} / 预算 {{budget}}（{{unit}}），占预算 {{share}}',
    costNoBudget: '{{cost}}（{{unit}}），未设预算',
    budgetBar: '成本占预算的比例',
    illustrative:
      '组合中 {{count}} 项措施的成本为示意性假设（论文未给出），请替换为本地数据后再据此做预算决定。',
    none: '在当前约束下没有可行的组合：请放宽预算或必选/排除条件。',
    computing: '正在计算最优组合……',
    empty: '无措施（不做任何干预）',
  },
  robustness: {
    title: '结论有多稳健',
    running: '正在抽样检验稳健性（{{samples}} 次抽样，种子 {{seed}}）……',
    progress: '稳健性抽样进度',
    stale: '情景已修改，正在重新检验……',
    sentence: '在 {{share}} 的合理权重下，该方案排名第一。',
    detail:
      '抽样：{{samples}} 次，种子 {{seed}}；每次随机抽取原因权重，并在各影响估计的低–高范围内抽取影响值。',
    level_robust: '稳健',
    level_moderate: '较稳健',
    level_fragile: '不稳健',
    levelRule:
      '读法：70% 及以上为稳健，40%–70% 为较稳健，低于 40% 为不稳健（这是阅读辅助，不是统计检验）。',
    meaning_robust:
      '对规划者而言：无论同事对各原因的看法如何分歧，这个组合大多仍是首选，可以放心推进。',
    meaning_moderate:
      '对规划者而言：结论在相当一部分权重下成立，但值得先与同事核对最关键的几个权重。',
    meaning_fragile:
      '对规划者而言：换一种合理的权重，最优组合就可能改变；请在“稳健性”页查看其他候选组合后再决定。',
    error: '稳健性检验失败：{{message}}',
  },
};

export const overviewEn: typeof overviewZh = {
  nav: 'Overview',
  title: '{{region}}: overview',
  intro:
    'The region’s key indicators, how severe each cause is here, and the current best package with how robust it is. Every figure comes from the local database and the current scenario “{{scenario}}”.',
  goTo: 'Open “{{screen}}”',
  indicators: {
    title: 'Key indicators: the region against the country',
    meaning:
      'An index below 100 means the region trails the national reference: the causes linked to the areas that trail most deserve more weight.',
    chartTitle: 'The region as a percentage of the national figure (national = 100)',
    chartLabel:
      'Bar chart of key-indicator indices: regional value divided by the national reference, times 100',
    chartMeaning:
      'Shorter bars trail more; the number at each bar end is the index, the vertical line is the national level (100).',
    indexLabel: '{{index}} (national = 100)',
    national: 'National 100',
    indexUnit: 'index (national = 100)',
    regionValue: 'Region',
    reference: 'National reference',
    aside: ' ({{text}})',
    year: '{{year}}',
    basis_own: 'the region’s own figure',
    standing_behind: 'behind the country',
    standing_level: 'level with the country',
    standing_ahead: 'ahead of the country',
    headlineTitle: 'Talent-flow figures cited by the paper (Northeast as a whole)',
    headlineMeaning:
      'These figures exist only for the Northeast as a whole, with no national counterpart: they show how large the problem is, not how it compares.',
    none: 'The database holds no key-indicator data for this region.',
    loading: 'Reading the evidence database…',
    listLabel: 'Key indicators',
  },
  severity: {
    title: 'How severe each cause is in this region',
    meaning:
      'Severity measures how far the region trails the reference on the indicators linked to a cause (0 = not behind, 1 = far behind); “No indicator yet” means no indicator is linked to the cause, “No comparable figures” that the linked ones lack a figure of the region or a reference of the same year.',
    listLabel: 'Severity of each cause',
  },
  best: {
    title: 'Current best package',
    meaning:
      'With the scenario’s current weights and impact estimates, this set of measures scores highest while meeting the budget and other constraints.',
    measures: 'Measures in the package',
    score: 'Overall score',
    scoreHint: '(0–1, higher is better)',
    cost: 'Cost',
    costOfBudget: '{{cost}} of {{budget}} ({{unit}}), {{share}} of the budget',
    costNoBudget: '{{cost}} ({{unit}}), no budget set',
    budgetBar: 'Cost as a share of the budget',
    illustrative:
      'The costs of {{count}} measure(s) in this package are illustrative assumptions (the paper gives none): replace them with local data before basing a budget decision on them.',
    none: 'No package is feasible under the current constraints: loosen the budget or the required/excluded measures.',
    computing: 'Computing the best package…',
    empty: 'No measures (no intervention)',
  },
  robustness: {
    title: 'How robust the conclusion is',
    running: 'Sampling to test robustness ({{samples}} samples, seed {{seed}})…',
    progress: 'Robustness sampling progress',
    stale: 'The scenario changed; testing again…',
    sentence: 'In {{share}} of plausible weightings, this package is the best.',
    detail:
      'Sampling: {{samples}} samples, seed {{seed}}; each draws random cause weights and impacts within each estimate’s low–high range.',
    level_robust: 'Robust',
    level_moderate: 'Fairly robust',
    level_fragile: 'Not robust',
    levelRule:
      'Reading: 70% or more is robust, 40%–70% fairly robust, below 40% not robust (a reading aid, not a statistical test).',
    meaning_robust:
      'For the planner: however colleagues disagree about the causes, this package mostly stays first; it is safe to take forward.',
    meaning_moderate:
      'For the planner: the conclusion holds under a good share of weightings, but check the most important weights with colleagues first.',
    meaning_fragile:
      'For the planner: another plausible weighting may well change the best package; look at the other candidates on the Robustness screen before deciding.',
    error: 'The robustness check failed: {{message}}',
  },
};
