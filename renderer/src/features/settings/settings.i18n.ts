import type { Bilingual } from '../../i18n/bilingual';

/** Strings of the settings dialog: the user name every edit is attributed to. */
export const settingsText = {
  zh: {
    settings: {
      open: '用户：{{name}}',
      title: '设置',
      userName: '您的姓名（记录在审计日志中）',
      userHint: '每项修改都以此姓名记录；此前的记录保留原姓名。',
      save: '保存',
      cancel: '取消',
      saved: '已保存用户名',
    },
  },
  en: {
    settings: {
      open: 'User: {{name}}',
      title: 'Settings',
      userName: 'Your name (recorded in the audit log)',
      userHint: 'Every change is recorded under this name; earlier entries keep theirs.',
      save: 'Save',
      cancel: 'Cancel',
      saved: 'User name saved',
    },
  },
} as const satisfies Bilingual;
