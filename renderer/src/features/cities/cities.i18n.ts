import type { Bilingual } from '../../i18n/bilingual';

/** Strings of the Evidence screen's City data tab: templates, coverage, groupings. */
export const citiesText = {
  zh: {
    cities: {
      tab: '城市数据',
      templates: {
        title: '导入模板',
        intro:
          '论文没有给出城市数据，软件也不会编造。请下载模板（36 个城市 × 指标代码），填入本地统计数据后在“导入数据”页导入。',
        csv: '下载模板（CSV）',
        xlsx: '下载模板（Excel）',
        example: '下载示例文件',
        exampleNote: '示例文件中的数值为虚构，只能预览导入效果，不能提交。',
      },
      coverage: {
        title: '各城市尚缺的数据',
        intro: '每个城市、每个模板指标最新一年的数据；“缺”表示尚未导入。',
        city: '城市',
        province: '所在省',
        missing: '缺',
        missingCount: '缺项',
        label: '城市数据覆盖情况',
      },
      groups: {
        title: '都市圈、城市群与同类城市组',
        intro:
          '随软件提供的组合是规划起点（按地级市近似），可按本地规划编辑。组合的数值由成员计算：总量相加，人均指标按常住人口加权，比率不合成；缺少成员时数值标为不完整并列出所缺成员。',
        name: '名称',
        type: '类型',
        types: {
          'metropolitan-area': '都市圈',
          agglomeration: '城市群',
          'peer-group': '同类城市组',
        },
        members: '成员',
        provenance: '来源',
        default: '随软件提供的起点',
        edited: '{{by}} 于 {{at}} 编辑',
        actions: '操作',
        add: '新建组合',
        edit: '编辑',
        delete: '删除',
        deleteConfirm: '删除“{{name}}”？（可撤销）',
        dialogNew: '新建组合',
        dialogEdit: '编辑组合',
        nameZh: '中文名称',
        nameEn: '英文名称',
        noteZh: '说明（中文）',
        noteEn: '说明（英文）',
        save: '保存',
        cancel: '取消',
      },
    },
  },
  en: {
    cities: {
      tab: 'City data',
      templates: {
        title: 'Import template',
        intro:
          'The paper gives no city figures and the tool invents none. Download the template (36 cities × indicator codes), fill in your statistics and import it on the Import data tab.',
        csv: 'Download template (CSV)',
        xlsx: 'Download template (Excel)',
        example: 'Download example file',
        exampleNote:
          'The example’s values are fictitious: it shows what an import reports but cannot be committed.',
      },
      coverage: {
        title: 'What each city still lacks',
        intro:
          'The newest year of each template indicator for each city; “missing” means nothing is imported yet.',
        city: 'City',
        province: 'Province',
        missing: 'missing',
        missingCount: 'Missing',
        label: 'City data coverage',
      },
      groups: {
        title: 'Metropolitan areas, agglomerations and peer groups',
        intro:
          'The shipped groupings are a starting point (approximated by whole prefecture-level cities); edit them to your plans. A grouping’s value is computed from its members: totals add up, per-capita figures are weighted by resident population, rates are not combined; with a member missing the value is marked incomplete and the missing members are listed.',
        name: 'Name',
        type: 'Type',
        types: {
          'metropolitan-area': 'Metropolitan area',
          agglomeration: 'Agglomeration',
          'peer-group': 'Peer group',
        },
        members: 'Members',
        provenance: 'Origin',
        default: 'Shipped starting point',
        edited: 'Edited by {{by}} on {{at}}',
        actions: 'Actions',
        add: 'New grouping',
        edit: 'Edit',
        delete: 'Delete',
        deleteConfirm: 'Delete “{{name}}”? (undoable)',
        dialogNew: 'New grouping',
        dialogEdit: 'Edit grouping',
        nameZh: 'Chinese name',
        nameEn: 'English name',
        noteZh: 'Note (Chinese)',
        noteEn: 'Note (English)',
        save: 'Save',
        cancel: 'Cancel',
      },
    },
  },
} as const satisfies Bilingual;
