import type { Bilingual } from '../../i18n/bilingual';

/** Strings of the Briefing screen. */
export const briefingText = {
  zh: {
    briefing: {
      nav: '简报',
      title: '简报：导出 PDF',
      intro:
        '简报是一份可直接报送领导的 A4 文件：决策问题、本地区关键指标与全国对比、成因权重、影响矩阵、排名前十的干预组合、稳健性与敏感性分析、数据来源与示意性假设，每页附可复现信息（版本、情景、随机种子、数据校验码）。',
      settings: '简报设置',
      language: '简报语言',
      sections: '包含的章节',
      allSections: '全选',
      needSection: '请至少选择一个章节。',
      mapIndicator: '地图指标',
      mapNone: '不含地图',
      mapHelp:
        '城市或都市圈情景画东北城市分块地图，其他情景画省级分块地图；选择保存在情景中（可撤销）。',
      seed: '随机种子',
      seedHelp: '稳健性分析（SMAA）抽样所用的种子；同一种子总是得到相同的数字。',
      seedInvalid: '种子须为 0–4294967295 的整数。',
      export: '导出 PDF',
      exporting: '正在生成 PDF… 已用 {{seconds}} 秒',
      preview: '预览',
      previewFrame: '简报预览（与 PDF 相同的页面，字体为本机字体）',
      previewPages: '共 {{pages}} 页',
      previewLoading: '正在生成预览…',
      downloaded:
        '已导出 {{pages}} 页的 PDF（{{kb}} KB，用时 {{seconds}} 秒），文件名 {{file}}。稳健性数字来自随机种子 {{seed}}：用同一种子重新导出会得到完全相同的数字。',
      saved:
        '已保存 {{pages}} 页的 PDF 到 {{path}}（{{kb}} KB，用时 {{seconds}} 秒）。稳健性数字来自随机种子 {{seed}}：用同一种子重新导出会得到完全相同的数字。',
      cancelled: '已取消保存，没有写入任何文件。',
      sectionNames: {
        title: '封面',
        summary: '一页摘要',
        indicators: '关键指标',
        map: '地图',
        weights: '成因权重',
        impacts: '影响矩阵',
        packages: '前十个方案',
        frontier: '前沿与覆盖度',
        robustness: '稳健性',
        sensitivity: '敏感性',
        sources: '数据来源与质量',
        assumptions: '示意性假设',
      },
    },
  },
  en: {
    briefing: {
      nav: 'Briefing',
      title: 'Briefing: export a PDF',
      intro:
        'The briefing is an A4 document you can hand to leadership as it is: the question, the region’s key indicators against the national reference, the cause weights, the impact matrix, the ten best packages, robustness and sensitivity, data sources and the illustrative assumptions, with reproducibility details on every page (version, scenario, random seed, data checksum).',
      settings: 'Briefing settings',
      language: 'Briefing language',
      sections: 'Sections to include',
      allSections: 'All',
      needSection: 'Choose at least one section.',
      mapIndicator: 'Map indicator',
      mapNone: 'No map',
      mapHelp:
        'A city or metropolitan-area scenario maps the Northeast’s cities, any other the provinces; the choice is saved with the scenario (undoable).',
      seed: 'Random seed',
      seedHelp:
        'The seed of the robustness sampling (SMAA); the same seed always gives the same figures.',
      seedInvalid: 'The seed must be a whole number from 0 to 4294967295.',
      export: 'Export PDF',
      exporting: 'Generating the PDF… {{seconds}} s',
      preview: 'Preview',
      previewFrame: 'Briefing preview (the same pages as the PDF, in this computer’s fonts)',
      previewPages: '{{pages}} pages',
      previewLoading: 'Preparing the preview…',
      downloaded:
        'Exported a {{pages}}-page PDF ({{kb}} KB in {{seconds}} s) as {{file}}. The robustness figures come from random seed {{seed}}: exporting again with the same seed gives exactly the same figures.',
      saved:
        'Saved a {{pages}}-page PDF to {{path}} ({{kb}} KB in {{seconds}} s). The robustness figures come from random seed {{seed}}: exporting again with the same seed gives exactly the same figures.',
      cancelled: 'Saving was cancelled; no file was written.',
      sectionNames: {
        title: 'Title page',
        summary: 'Summary',
        indicators: 'Key indicators',
        map: 'Map',
        weights: 'Cause weights',
        impacts: 'Impact matrix',
        packages: 'Top ten packages',
        frontier: 'Frontier and coverage',
        robustness: 'Robustness',
        sensitivity: 'Sensitivity',
        sources: 'Sources and data quality',
        assumptions: 'Illustrative assumptions',
      },
    },
  },
} as const satisfies Bilingual;
