import type { Bilingual } from '../i18n/bilingual';

/**
 * Strings shared by the whole interface: title, navigation, header, error codes, the database
 * notices (recovery, read-only) and where an input's value came from.
 */
export const appText = {
  zh: {
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
      screenTitle: '此页面出错，未能显示',
      screenHint: '已保存的数据不受影响。可以重试此页面，或重新载入窗口（未发送的修改会先保存）。',
      tryAgain: '重试此页面',
      reload: '重新载入窗口',
    },
    recovery: {
      title: '数据库文件已损坏，已自动恢复',
      titleEmpty: '数据库文件是空的（0 字节），已自动恢复',
      titleMissing: '数据库文件不见了，已自动恢复',
      restored: '已改用 {{at}} 的备份（{{age}}前）：{{backup}}。备份之后的修改不在其中。',
      fresh: '没有找到完好的备份，已新建一个含默认数据的数据库。',
      kept: '原来的文件没有删除，保存在：{{path}}',
      nothingKept: '没有可保留的原文件。',
      problems: '检查发现的问题：{{problems}}',
      minutes: '{{n}} 分钟',
      hours: '{{n}} 小时',
      days: '{{n}} 天',
      readOnlyTitle: '只读模式：修改不会被保存',
      readOnlyFile:
        '数据库文件 {{file}} 是只读的。请去掉该文件的只读属性（或换用可写的副本），然后重新打开本程序。',
      readOnlyFolder:
        '数据库所在的文件夹是只读的（{{file}}），无法写入。请授予该文件夹写权限，或用 TRP_DATA_DIR 指定一个可写的文件夹，然后重新打开本程序。',
      readOnlySnapshot: '正在显示该文件的临时副本：{{path}}',
    },
    provenance: {
      default: '默认值（示意）',
      defaultShort: '示意',
      defaultHint: '这是本软件提供的示意性默认值，不是本地数据；请改为您的估计，或确认保留。',
      edited: '由 {{by}} 于 {{date}} 修改',
      editedShort: '已修改',
      confirmed: '由 {{by}} 于 {{date}} 确认',
      confirmedShort: '已确认',
      someone: '某人',
    },
  },
  en: {
    app: {
      title: 'Talent Retention Planner',
      subtitle: 'Decision support against talent drain in Northeast China',
      loading: 'Loading…',
      computing: 'Computing…',
      retry: 'Retry',
      illustrative: 'Illustrative assumption',
      illustrativeHint:
        'The paper gives no cost for this measure; this is a shipped illustrative figure — replace it with local data.',
      saving: 'Saving…',
      saved: 'Saved',
    },
    nav: {
      label: 'Main navigation',
      weights: 'Causes & weights',
      impacts: 'Measures × causes',
      packages: 'Packages',
    },
    header: {
      scenario: 'Scenario',
      scenarioPlaceholder: 'Choose a scenario',
      region: 'Region',
      language: 'Interface language',
      noScenario: 'No scenario yet. Initialise the database first.',
    },
    errors: {
      'invalid-request': 'Invalid input',
      'not-found': 'Not found',
      forbidden: 'Access denied (access token missing or expired)',
      conflict: 'Data conflict — reload and try again',
      internal: 'Internal error',
      field: 'Field',
      rankFailed: 'Could not rank the packages',
      screenTitle: 'This screen hit an error and could not be shown',
      screenHint:
        'Your saved data is not affected. Try the screen again, or reload the window (edits not yet sent are saved first).',
      tryAgain: 'Try this screen again',
      reload: 'Reload the window',
    },
    recovery: {
      title: 'The database file was damaged and has been recovered',
      titleEmpty: 'The database file was empty (0 bytes) and has been recovered',
      titleMissing: 'The database file was missing and has been recovered',
      restored:
        'The newest good backup, taken {{at}} ({{age}} ago), is now in use: {{backup}}. Changes made after that backup are not in it.',
      fresh: 'No good backup was found, so a new database with the default data was started.',
      kept: 'The original file was not deleted; it is kept at: {{path}}',
      nothingKept: 'There was no original file to keep.',
      problems: 'Problems the check found: {{problems}}',
      minutes: '{{n}} minute(s)',
      hours: '{{n}} hour(s)',
      days: '{{n}} day(s)',
      readOnlyTitle: 'Read-only: changes will not be saved',
      readOnlyFile:
        'The database file {{file}} is read-only. Make it writable (or use a writable copy), then open the app again.',
      readOnlyFolder:
        'The folder of the database ({{file}}) is read-only, so nothing can be written there. Give the folder write permission, or point TRP_DATA_DIR at a writable folder, then open the app again.',
      readOnlySnapshot: 'Showing a temporary copy of the file: {{path}}',
    },
    provenance: {
      default: 'Default (illustrative)',
      defaultShort: 'Default',
      defaultHint:
        'A shipped illustrative default, not local data: replace it with your estimate, or confirm that you keep it.',
      edited: 'Edited by {{by}} on {{date}}',
      editedShort: 'Edited',
      confirmed: 'Confirmed by {{by}} on {{date}}',
      confirmedShort: 'Confirmed',
      someone: 'someone',
    },
  },
} as const satisfies Bilingual;
