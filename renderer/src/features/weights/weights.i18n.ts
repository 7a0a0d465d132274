import type { Bilingual } from '../../i18n/bilingual';

/**
 * Strings of the Causes & weights screen: the weights table, the regional severity column and
 * the live ranking preview.
 */
export const weightsText = {
  zh: {
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
    weightsSeverity: {
      column: '地区严重程度',
      intro:
        '严重程度（0–1）表示情景地区“{{region}}”在该致因相关指标上落后参考值（全国或最佳省份）的幅度；点击标签可查看背后的指标。',
      details: '{{name}}：查看严重程度依据的指标',
      basedOn: '{{name}}：{{region}}的依据指标',
      fold: '把严重程度折算进权重',
      folded: '已把严重程度并入权重：{{count}} 个权重改变，按一次 Ctrl+Z 即可全部撤销。',
      unchanged: '权重未变化（各致因严重程度相同或未知）。',
      unavailable: '无法计算地区严重程度',
    },
    rankingPreview: {
      title: '当前权重下的前 5 个组合',
      hint: '移动滑块，排序和图随之更新；完整结果见“干预组合”页。',
      chartLabel: '前 5 个组合的价值条形图',
      listLabel: '当前权重下排名前 5 的干预组合',
      computing: '正在重新计算…',
      value: '价值',
      cost: '成本',
      empty: '在当前约束下没有可行组合。',
    },
  },
  en: {
    weights: {
      title: 'Causes & weights',
      intro:
        'Give each of the eight causes of talent drain a raw weight (0–10); shares are normalised automatically. Every change is saved at once.',
      cause: 'Cause',
      section: 'Paper section',
      weight: 'Raw weight',
      share: 'Normalised share',
      sliderLabel: 'Weight slider for {{name}}',
      inputLabel: 'Weight value for {{name}}',
      showText: 'Show the paper text',
      total: 'Sum of raw weights',
      allZero:
        'All weights are 0 and cannot be normalised; give at least one cause a positive weight.',
    },
    weightsSeverity: {
      column: 'Regional severity',
      intro:
        'Severity (0–1) is how far the scenario’s region “{{region}}” trails the reference (national or best province) on the indicators linked to the cause; click a tag to see those indicators.',
      details: '{{name}}: show the indicators behind its severity',
      basedOn: '{{name}}: indicators for {{region}}',
      fold: 'Fold severity into the weights',
      folded:
        'Severity folded into the weights: {{count}} weights changed; one Ctrl+Z undoes them all.',
      unchanged: 'The weights did not change (severities equal or unknown).',
      unavailable: 'Regional severity could not be computed',
    },
    rankingPreview: {
      title: 'Top 5 packages for these weights',
      hint: 'Move a slider and the ranking and chart follow; the full result is on the Packages screen.',
      chartLabel: 'Bar chart of the value of the top 5 packages',
      listLabel: 'The five best packages for the current weights',
      computing: 'Recomputing…',
      value: 'value',
      cost: 'cost',
      empty: 'No package is feasible under the current constraints.',
    },
  },
} as const satisfies Bilingual;
