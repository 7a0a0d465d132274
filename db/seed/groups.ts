/**
 * Groupings shipped as a starting point the planner edits: the metropolitan areas of the
 * provincial capitals and of Dalian and the Liaozhongnan urban agglomeration that the paper's
 * §4.1 builds on, and two peer groups for comparing a city with cities of its standing. The plans
 * that define the metropolitan areas draw their boundaries through counties; at the level of
 * prefecture-level cities the members below are an approximation, and each note says so.
 */

export type GroupType = 'metropolitan-area' | 'agglomeration' | 'peer-group';

export interface GroupSeed {
  code: string;
  type: GroupType;
  nameZh: string;
  nameEn: string;
  /** Member region codes (GB/T 2260 codes of cities). */
  members: string[];
  noteZh: string;
  noteEn: string;
}

const APPROX_ZH = '规划起点：按地级市近似（规划范围含部分县区），请按本地规划编辑成员。';
const APPROX_EN =
  "Starting point approximated by whole prefecture-level cities (the plan's boundary runs through counties); edit the members to your plan.";

const metro = (code: string, nameZh: string, nameEn: string, members: string[]): GroupSeed => ({
  code,
  type: 'metropolitan-area',
  nameZh,
  nameEn,
  members,
  noteZh: `论文§4.1。${APPROX_ZH}`,
  noteEn: `Paper §4.1. ${APPROX_EN}`,
});

export const GROUPS: readonly GroupSeed[] = [
  metro('G-SY', '沈阳都市圈', 'Shenyang metropolitan area', [
    '210100',
    '210300',
    '210400',
    '210500',
    '210900',
    '211000',
    '211200',
  ]),
  metro('G-DL', '大连都市圈', 'Dalian metropolitan area', ['210200', '210600', '210800']),
  metro('G-CC', '长春都市圈', 'Changchun metropolitan area', [
    '220100',
    '220200',
    '220300',
    '220400',
    '220700',
  ]),
  metro('G-HRB', '哈尔滨都市圈', 'Harbin metropolitan area', ['230100', '230600', '231200']),
  {
    code: 'G-LZN',
    type: 'agglomeration',
    nameZh: '辽中南城市群',
    nameEn: 'Liaozhongnan urban agglomeration',
    members: [
      '210100',
      '210200',
      '210300',
      '210400',
      '210500',
      '210600',
      '210800',
      '211000',
      '211100',
      '211200',
    ],
    noteZh: `论文§4.1。${APPROX_ZH}`,
    noteEn: `Paper §4.1. ${APPROX_EN}`,
  },
  {
    code: 'P-CAPITALS',
    type: 'peer-group',
    nameZh: '东北三省省会城市',
    nameEn: 'Provincial capitals of the Northeast',
    members: ['210100', '220100', '230100'],
    noteZh: '同类城市比较的起点，可编辑。',
    noteEn: 'A starting point for comparing a city with its peers; editable.',
  },
  {
    code: 'P-SUBPROVINCIAL',
    type: 'peer-group',
    nameZh: '东北副省级城市',
    nameEn: 'Sub-provincial cities of the Northeast',
    members: ['210100', '210200', '220100', '230100'],
    noteZh: '沈阳、大连、长春、哈尔滨；同类城市比较的起点，可编辑。',
    noteEn:
      'Shenyang, Dalian, Changchun and Harbin; a starting point for peer comparison, editable.',
  },
];
