/**
 * Words for structured changes (audit log, undo bar, scenario comparison); hung under
 * `workflow.change`. `field` holds one label per change field the host sends
 * (electron/services/edit-changes.ts, scenario-compare.ts); a field without a label here is
 * still shown, named from its path. zh is the key set; en mirrors it.
 */
export const changeZh = {
  /** "预算：400 → 300 亿元": one changed value. */
  line: '{{label}}：{{before}} → {{after}}',
  lineUnit: '{{label}}：{{before}} → {{after}} {{unit}}',
  /** A value that only exists on one side (a created or deleted scenario). */
  only: '{{label}}：{{value}}',
  onlyUnit: '{{label}}：{{value}} {{unit}}',
  /** A value standing alone, e.g. in a comparison cell. */
  valueUnit: '{{value}} {{unit}}',
  range: '可能 {{likely}}（{{low}} 至 {{high}}）',
  quoted: '“{{text}}”',
  emptyText: '（空）',
  none: '无',
  unset: '未设定',
  listSeparator: '、',
  /** Unset (null) values that mean something specific. */
  unsetFor: {
    budget: '不限',
    maxMeasures: '不限',
    synergy: '无协同',
  },
  flag: {
    on: '是',
    off: '否',
    costIllustrative: { on: '示例默认值', off: '规划者填写' },
  },
  choice: {
    coverageModel: { saturating: '饱和（重叠部分不重复计算）', additive: '相加' },
    copiedFrom: { deletedScenario: '已删除的情景' },
  },
  pair: {
    requires: '{{a}} 须搭配 {{b}}',
    excludes: '{{a}} 与 {{b}} 不能同时入选',
    other: '{{a}} 和 {{b}}',
  },
  consistency: {
    ok: 'CR = {{cr}}（不高于 0.10，判断一致）',
    confirmed: 'CR = {{cr}}（高于 0.10，经规划者确认后应用）',
    unconfirmed: 'CR = {{cr}}（高于 0.10）',
  },
  field: {
    weightShare: '{{subject}} 的权重占比',
    rawWeight: '{{subject}} 的原始权重（当时的占比未记录）',
    ahpConsistency: 'AHP 一致性比率',
    impact: '{{subject}} 的影响',
    rationaleZh: '{{subject}} 的中文理由',
    rationaleEn: '{{subject}} 的英文理由',
    impactSource: '{{subject}} 的论文出处',
    cost: '{{subject}} 的成本',
    years: '{{subject}} 的见效年限',
    costUnit: '{{subject}} 的成本单位',
    costIllustrative: '{{subject}} 的成本来源',
    budget: '预算',
    maxMeasures: '最多措施数',
    required: '必选措施',
    excluded: '排除的措施',
    requires: '搭配要求',
    excludes: '互斥的措施',
    synergy: '{{subject}} 的协同效应',
    scenarioName: '情景名称',
    coverageModel: '覆盖模型',
    region: '地区',
    copiedFrom: '复制自',
    importedFrom: '导入的项目文件导出于',
  },
  /** A field without its own label: the thing it belongs to, then the field's words. */
  fieldOf: '{{subject}}：{{field}}',
};

export const changeEn: typeof changeZh = {
  line: '{{label}}: {{before}} → {{after}}',
  lineUnit: '{{label}} ({{unit}}): {{before}} → {{after}}',
  only: '{{label}}: {{value}}',
  onlyUnit: '{{label}} ({{unit}}): {{value}}',
  valueUnit: '{{value}} ({{unit}})',
  range: 'likely {{likely}} ({{low}} to {{high}})',
  quoted: '"{{text}}"',
  emptyText: '(empty)',
  none: 'none',
  unset: 'not set',
  listSeparator: ', ',
  unsetFor: {
    budget: 'no limit',
    maxMeasures: 'no limit',
    synergy: 'no synergy',
  },
  flag: {
    on: 'yes',
    off: 'no',
    costIllustrative: { on: 'illustrative default', off: 'set by the planner' },
  },
  choice: {
    coverageModel: { saturating: 'saturating (overlaps counted once)', additive: 'additive' },
    copiedFrom: { deletedScenario: 'a deleted scenario' },
  },
  pair: {
    requires: '{{a}} needs {{b}}',
    excludes: '{{a}} and {{b}} exclude each other',
    other: '{{a}} with {{b}}',
  },
  consistency: {
    ok: 'CR = {{cr}} (at most 0.10: consistent)',
    confirmed: 'CR = {{cr}} (above 0.10; applied after the planner confirmed)',
    unconfirmed: 'CR = {{cr}} (above 0.10)',
  },
  field: {
    weightShare: 'Weight share of {{subject}}',
    rawWeight: 'Raw weight of {{subject}} (its share at the time was not recorded)',
    ahpConsistency: 'AHP consistency ratio',
    impact: 'Impact of {{subject}}',
    rationaleZh: 'Chinese rationale for {{subject}}',
    rationaleEn: 'English rationale for {{subject}}',
    impactSource: 'Paper section for {{subject}}',
    cost: 'Cost of {{subject}}',
    years: 'Years to effect of {{subject}}',
    costUnit: 'Cost unit of {{subject}}',
    costIllustrative: 'Cost source of {{subject}}',
    budget: 'Budget',
    maxMeasures: 'Maximum number of measures',
    required: 'Required measures',
    excluded: 'Excluded measures',
    requires: 'Measures that need another',
    excludes: 'Measures that exclude each other',
    synergy: 'Synergy of {{subject}}',
    scenarioName: 'Scenario name',
    coverageModel: 'Coverage model',
    region: 'Region',
    copiedFrom: 'Copied from',
    importedFrom: 'Imported from a project file exported on',
  },
  fieldOf: '{{subject}}: {{field}}',
};
