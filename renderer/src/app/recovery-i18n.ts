/** Strings of the database notices: recovery and read-only (zh is the key set; en mirrors it). */
export const recoveryZh = {
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
};

export const recoveryEn: typeof recoveryZh = {
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
};
