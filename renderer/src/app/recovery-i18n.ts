/** Strings of the database-recovery notice (zh is the key set; en mirrors it). */
export const recoveryZh = {
  title: '数据库文件已损坏，已自动恢复',
  restored: '已改用最近一份完好的备份：{{backup}}。备份之后的修改不在其中。',
  fresh: '没有找到完好的备份，已新建一个含默认数据的数据库。',
  kept: '损坏的文件没有删除，保存在：{{path}}',
  problems: '检查发现的问题：{{problems}}',
};

export const recoveryEn: typeof recoveryZh = {
  title: 'The database file was damaged and has been recovered',
  restored:
    'The newest good backup is now in use: {{backup}}. Changes made after that backup are not in it.',
  fresh: 'No good backup was found, so a new database with the default data was started.',
  kept: 'The damaged file was not deleted; it is kept at: {{path}}',
  problems: 'Problems the check found: {{problems}}',
};
