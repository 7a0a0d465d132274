/** Strings of the live ranking preview on the weights screen (zh is the key set; en mirrors it). */
export const rankingPreviewZh = {
  title: '当前权重下的前 5 个组合',
  hint: '移动滑块，排序和图随之更新；完整结果见“干预组合”页。',
  chartLabel: '前 5 个组合的价值条形图',
  listLabel: '当前权重下排名前 5 的干预组合',
  computing: '正在重新计算…',
  value: '价值',
  cost: '成本',
  empty: '在当前约束下没有可行组合。',
};

export const rankingPreviewEn: typeof rankingPreviewZh = {
  title: 'Top 5 packages for these weights',
  hint: 'Move a slider and the ranking and chart follow; the full result is on the Packages screen.',
  chartLabel: 'Bar chart of the value of the top 5 packages',
  listLabel: 'The five best packages for the current weights',
  computing: 'Recomputing…',
  value: 'value',
  cost: 'cost',
  empty: 'No package is feasible under the current constraints.',
};
