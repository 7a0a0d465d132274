import type { Bilingual } from '../../i18n/bilingual';

/** Strings of the Robustness screen. */
export const robustnessText = {
  zh: {
    robustness: {
      nav: '稳健性',
      title: '稳健性：在各种合理权重和影响估计下，哪个组合仍然最好？',
      intro:
        '随机抽取大量合理的权重和影响值（SMAA），统计每个组合得到各名次的比例。相同种子得到相同结果。',
      basisTitle: '权重的不确定性（本情景的全部稳健性结果都按此计算）',
      basisMeaning:
        '选择如何看待权重的不确定性。概览、本页与简报使用同一设置、同一抽样次数和种子，因此数字一致。每次修改都记录在审计日志中，可撤销。',
      basis_around: '围绕我的权重',
      basisHint_around: '每个权重在您设定值的 ± 范围内变化后重新归一（默认 ±20%）',
      basis_ordinal: '保持我对原因的排序',
      basisHint_ordinal: '权重可任意变化，但重要性排序与您的权重一致（相等的权重可互换）',
      basis_stakeholders: '利益相关方的权重组',
      basisHint_stakeholders: '每次抽样等概率采用一个利益相关方的权重组（在“权重方法”页录入）',
      basis_uniform: '无偏好',
      basisHint_uniform: '所有可能的权重组合都同样可能（最宽的检验）',
      basisWidth: '变化幅度 ±',
      pairwiseTitle: '两两胜出指数（抽样）',
      pairwiseHint:
        '按您的权重排名前 5 的组合两两比较：第 a 行第 b 列的格子，是组合 a 排在组合 b 之前的抽样比例；一格与其对称格之和为 100%。',
      pairwiseCorner: '行胜过列',
      seTooltip: '标准误 ±{{se}}（√(p(1−p)/N)）',
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
      coreTitle: '各措施进入最优组合的比例（抽样）',
      coreHint: '最优组合包含该措施的样本比例：接近 100% 的措施无论权重如何都应保留。',
      coreBar: '{{name}}：{{share}}',
      exactRunning: '正在计算精确敏感性与稳健组合……',
      exactLimit:
        '精确的单因素敏感性和稳健组合分析最多支持 {{limit}} 项措施（当前 {{count}} 项），请先排除部分措施。',
      exactError: '精确分析失败：{{message}}',
      tornadoTitle: '单因素敏感性：每个原因的权重能变动多少，最优组合才会改变',
      tornadoConvention:
        '调整一个原因的权重时，其余原因的权重按原有比例同步缩放，使总和仍为 100%（若该权重原为 100%，其余原因平分剩余部分）。',
      tornadoSentence:
        '最敏感的是“{{cause}}”：只要它的权重保持在 {{lower}} 至 {{upper}} 之间（目前 {{weight}}），“{{best}}”就仍是最优组合；对这个权重的判断最值得与同事核对。',
      tornadoStable:
        '任何一个原因的权重单独从 0 变到 100%，“{{best}}”都仍是最优组合：结论不取决于某一个权重的取值。',
      tornadoRange: '保持最优的权重范围：{{lower}} – {{upper}}（目前 {{weight}}）',
      tornadoBelow: '低于 {{lower}}：“{{name}}”变为最优',
      tornadoAbove: '高于 {{upper}}：“{{name}}”变为最优',
      tornadoNoBelow: '降到 0 仍保持最优',
      tornadoNoAbove: '升到 100% 仍保持最优',
      tornadoLegend:
        '蓝条：当前最优组合保持最优的权重范围；红线：当前权重；右侧数字为下、上阈值。红线离条端越近越敏感：离阈值最近的原因排在最上，不会改变最优组合的原因排在最后。',
      tornadoLabel: '单因素敏感性龙卷风图',
      tornadoTable: '单因素敏感性数据表',
      colCause: '原因',
      colWeight: '当前权重',
      colLower: '下阈值',
      colUpper: '上阈值',
      colBelow: '低于下阈值时的最优组合',
      colAbove: '高于上阈值时的最优组合',
      rpmTitle: '各措施的核心指数（稳健组合模型）',
      rpmHint:
        '权重范围：{{basis}}（与抽样相同）。在这一范围内没有被其他组合全面超越的组合称为稳健组合（共 {{count}} 个）。',
      rpmMeaning:
        '核心措施出现在每一个稳健组合中，无论权重怎样变化都值得实施；边缘措施取决于权重；外围措施不在任何稳健组合中，可以暂缓。',
      rpmSentence: '措施 {{name}} 出现在 {{share}} 的稳健组合中，属{{cls}}',
      class_core: '核心措施',
      class_borderline: '边缘措施',
      class_exterior: '外围措施',
    },
  },
  en: {
    robustness: {
      nav: 'Robustness',
      title: 'Robustness: which package stays best under plausible weights and impact estimates?',
      intro:
        'Draws many plausible weightings and impact values (SMAA) and counts how often each package takes each rank. The same seed gives the same numbers.',
      basisTitle: 'Weight uncertainty (every robustness result of this scenario uses it)',
      basisMeaning:
        'Choose how uncertain the weights are taken to be. The overview, this screen and the briefing use the same setting, samples and seed, so their figures agree. Each change is logged in the audit trail and can be undone.',
      basis_around: 'Around my weights',
      basisHint_around:
        'each weight varies within ± the stated width of yours, then all are renormalised (default ±20%)',
      basis_ordinal: 'My ranking of the causes',
      basisHint_ordinal:
        'weights vary freely but keep the order of importance of yours (equal weights may swap)',
      basis_stakeholders: 'Stakeholder weight sets',
      basisHint_stakeholders:
        'each sample takes one stakeholder group’s weights, all equally likely (entered under Weight methods)',
      basis_uniform: 'No preference',
      basisHint_uniform: 'every possible weighting is equally likely (the widest check)',
      basisWidth: 'Width ±',
      pairwiseTitle: 'Pairwise winning indices (sampled)',
      pairwiseHint:
        'The five best packages at your weights, compared in pairs: the cell in row a, column b is the share of samples in which package a ranks before package b; a cell and its mirror add up to 100%.',
      pairwiseCorner: 'Row beats column',
      seTooltip: 'Standard error ±{{se}} (√(p(1−p)/N))',
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
      coreTitle: 'How often each measure is in the best package (sampled)',
      coreHint:
        'Share of samples whose best package contains the measure: measures near 100% belong in the plan whatever the weights.',
      coreBar: '{{name}}: {{share}}',
      exactRunning: 'Computing the exact sensitivity and robust packages…',
      exactLimit:
        'The exact one-way sensitivity and robust-package analysis handle at most {{limit}} measures (this scenario has {{count}}); exclude some measures first.',
      exactError: 'The exact analysis failed: {{message}}',
      tornadoTitle:
        'One-way sensitivity: how far each cause weight can move before the best package changes',
      tornadoConvention:
        'When one cause weight changes, the other weights are rescaled in proportion so that all weights still sum to 100% (if that weight was 100%, the other causes share the rest equally).',
      tornadoSentence:
        'The most sensitive is “{{cause}}”: as long as its weight stays between {{lower}} and {{upper}} (now {{weight}}), “{{best}}” remains the best package; this is the weight most worth checking with colleagues.',
      tornadoStable:
        'Moving any single cause weight anywhere from 0 to 100% leaves “{{best}}” the best package: the conclusion does not hinge on any one weight.',
      tornadoRange: 'Stays best for weights {{lower}} – {{upper}} (now {{weight}})',
      tornadoBelow: 'Below {{lower}}: “{{name}}” becomes best',
      tornadoAbove: 'Above {{upper}}: “{{name}}” becomes best',
      tornadoNoBelow: 'Stays best down to 0',
      tornadoNoAbove: 'Stays best up to 100%',
      tornadoLegend:
        'Blue bar: the weights for which today’s best package stays best. Red line: today’s weight. Numbers on the right: lower and upper thresholds. The closer the red line is to an end of its bar, the more sensitive the weight: the cause nearest a threshold is on top, causes that cannot change the best package come last.',
      tornadoLabel: 'Tornado chart of the one-way sensitivity',
      tornadoTable: 'One-way sensitivity as a table',
      colCause: 'Cause',
      colWeight: 'Weight now',
      colLower: 'Lower threshold',
      colUpper: 'Upper threshold',
      colBelow: 'Best package below the lower threshold',
      colAbove: 'Best package above the upper threshold',
      rpmTitle: 'Core index of each measure (robust portfolio modelling)',
      rpmHint:
        'Weightings: {{basis}} (the same as the sampling). A package that no other package beats for every weighting in that range is robust ({{count}} robust packages).',
      rpmMeaning:
        'A core measure is in every robust package and worth doing whatever the weights; a borderline one depends on the weights; an exterior one is in no robust package and can wait.',
      rpmSentence: 'Measure {{name}} is in {{share}} of robust packages: {{cls}}',
      class_core: 'core',
      class_borderline: 'borderline',
      class_exterior: 'exterior',
    },
  },
} as const satisfies Bilingual;
