/** Strings of the Robustness screen (zh is the key set; en mirrors it). */
export const robustnessZh = {
  nav: '稳健性',
  title: '稳健性：在各种合理权重和影响估计下，哪个组合仍然最好？',
  intro:
    '随机抽取大量合理的权重和影响值（SMAA），统计每个组合得到各名次的比例。相同种子得到相同结果。',
  seed: '随机种子',
  samples: '抽样次数',
  run: '运行',
  cancel: '取消',
  progress: '计算进度',
  cancelled: '已取消，未产生结果。',
  best: '在 {{share}} 的合理权重与影响估计下，“{{name}}”是最优组合。',
  meta: '{{samples}} 次抽样 · 种子 {{seed}} · 可行组合 {{feasible}} 个',
  heatTitle: '名次可接受度（每格为该组合得到该名次的样本比例）',
  heatHint: '数字越大，该组合越稳定地占据这个名次。颜色只是辅助，数值写在格内。',
  package: '组合',
  pBest: '最优概率',
  rank: '第 {{rank}} 名',
  coreTitle: '各措施的核心比例',
  coreHint: '最优组合包含该措施的样本比例：接近 100% 的措施无论权重如何都应保留。',
  coreBar: '{{name}}：{{share}}',
};

export const robustnessEn: typeof robustnessZh = {
  nav: 'Robustness',
  title: 'Robustness: which package stays best under plausible weights and impact estimates?',
  intro:
    'Draws many plausible weightings and impact values (SMAA) and counts how often each package takes each rank. The same seed gives the same numbers.',
  seed: 'Random seed',
  samples: 'Samples',
  run: 'Run',
  cancel: 'Cancel',
  progress: 'Progress',
  cancelled: 'Cancelled; no result was produced.',
  best: 'In {{share}} of plausible weightings and impact estimates, “{{name}}” is the best package.',
  meta: '{{samples}} samples · seed {{seed}} · {{feasible}} feasible packages',
  heatTitle:
    'Rank acceptability (each cell: share of samples in which the package takes that rank)',
  heatHint:
    'A larger number means the package holds that rank more reliably. Colour only helps; the numbers are in the cells.',
  package: 'Package',
  pBest: 'Probability best',
  rank: 'Rank {{rank}}',
  coreTitle: 'Core share of each measure',
  coreHint:
    'Share of samples whose best package contains the measure: measures near 100% belong in the plan whatever the weights.',
  coreBar: '{{name}}: {{share}}',
};
