/** Strings of the regional severity shown in the Causes & weights table (zh is the key set). */
export const weightsSeverityZh = {
  column: '地区严重程度',
  intro:
    '严重程度（0–1）表示情景地区“{{region}}”在该致因相关指标上落后参考值（全国或最佳省份）的幅度；点击标签可查看背后的指标。',
  details: '{{name}}：查看严重程度依据的指标',
  basedOn: '{{name}}：{{region}}的依据指标',
  fold: '把严重程度折算进权重',
  folded: '已把严重程度并入权重：{{count}} 个权重改变，按一次 Ctrl+Z 即可全部撤销。',
  unchanged: '权重未变化（各致因严重程度相同或未知）。',
  unavailable: '无法计算地区严重程度',
};

export const weightsSeverityEn: typeof weightsSeverityZh = {
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
};
