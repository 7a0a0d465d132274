/** Where an input's value came from, in words (zh is the key set; en mirrors it). */
export const provenanceZh = {
  default: '默认值（示意）',
  defaultShort: '示意',
  defaultHint: '这是本软件提供的示意性默认值，不是本地数据；请改为您的估计，或确认保留。',
  edited: '由 {{by}} 于 {{date}} 修改',
  editedShort: '已修改',
  confirmed: '由 {{by}} 于 {{date}} 确认',
  confirmedShort: '已确认',
  someone: '某人',
};

export const provenanceEn: typeof provenanceZh = {
  default: 'Default (illustrative)',
  defaultShort: 'Default',
  defaultHint:
    'A shipped illustrative default, not local data: replace it with your estimate, or confirm that you keep it.',
  edited: 'Edited by {{by}} on {{date}}',
  editedShort: 'Edited',
  confirmed: 'Confirmed by {{by}} on {{date}}',
  confirmedShort: 'Confirmed',
  someone: 'someone',
};
