/** The eight causes of talent drain (paper §3.1–3.8), condensed faithfully from the paper. */
export interface CauseSeed {
  id: string;
  nameZh: string;
  nameEn: string;
  textZh: string;
  textEn: string;
  paperSection: string;
}

export const CAUSES: readonly CauseSeed[] = [
  {
    id: 'C1',
    nameZh: '自然条件与地理区位劣势',
    nameEn: 'Disadvantages of natural conditions and geographical location',
    textZh:
      '自然条件较为恶劣：地处偏远，物流成本高；冬季漫长，取暖成本高；气候寒冷，地方病发病率高。这些是东北人口流失中无法回避的客观因素。',
    textEn:
      'Harsh natural conditions: a remote location with high logistics costs, long winters with high heating costs, and a cold climate with a high incidence of endemic disease. These are objective factors in the population loss that cannot be avoided.',
    paperSection: '§3.1',
  },
  {
    id: 'C2',
    nameZh: '国家政策导向的影响',
    nameEn: 'Impact of national policy orientation',
    textZh:
      '政策优势相对较少。东北财政紧张，无力提供配套资金，项目申报积极性不高；产业发展上既留不住“本地鸟”，也引不来“金凤凰”。这是人口持续流失的间接因素。',
    textEn:
      'Relatively few policy advantages. Tight public finances mean the Northeast cannot provide matching funds, so enthusiasm for project applications is low; in industry it can neither keep its "native birds" nor attract "golden phoenixes". An indirect factor in continuous population loss.',
    paperSection: '§3.2',
  },
  {
    id: 'C3',
    nameZh: '经济持续低迷',
    nameEn: 'Persistent economic downturn',
    textZh:
      '依据推拉理论，流入地改善生活条件的因素构成拉力，流出地不利的生活条件构成推力；教育机会、公共设施和交通条件都与地区经济（GDP）相关。作为老工业基地，东北在产业转型与疫情防控双重压力下经济增长更加困难，2024年三省实际GDP增速均低于全国平均（表1），人均消费支出也低于全国（表2），与南方发达城市的经济差距不断扩大。',
    textEn:
      "Under Lee's push-pull theory, conditions that improve life in destination areas pull and poor conditions in origin areas push; education, public facilities and transport all depend on the regional economy (GDP). As an old industrial base under the double pressure of industrial transformation and epidemic control, the Northeast grew ever more slowly: in 2024 all three provinces' real GDP growth was below the national average (Table 1), per-capita consumption trails the national level (Table 2), and the gap with the fast-growing south keeps widening.",
    paperSection: '§3.3',
  },
  {
    id: 'C4',
    nameZh: '整体薪酬福利待遇偏低',
    nameEn: 'Low overall salary and welfare benefits',
    textZh:
      '依据马斯洛需求层次理论，衣食住行等生理需求是最强的行动动力。2024年全国居民人均可支配收入为41,314元，东北三省均低于全国平均，名义增速也明显偏低（表3）。薪酬低留不住人、待遇差留不住人，这是人口流失最直接的因素。',
    textEn:
      "Following Maslow's hierarchy of needs, physiological needs (food, clothing, housing, transport) are the strongest motive for action. In 2024 national per-capita disposable income was 41,314 yuan; all three northeastern provinces were below it and their nominal growth lagged (Table 3). Low pay and poor benefits cannot retain people: the most direct factor in population loss.",
    paperSection: '§3.4',
  },
  {
    id: 'C5',
    nameZh: '产业转型不畅，缺乏新技术产业',
    nameEn: 'Failed industrial transformation and lack of new-technology industries',
    textZh:
      '城镇化初期形成的重工业体系与国有企业主导的结构使东北城市结构极其稳定，但市场经济活力与自主性不足。中西部在政策支持下快速发展，而东北长期努力仍难扭转下行；产业转型困难、环境污染严重、经济增长缓慢、缺少新技术产业支撑，导致人才大量外流。',
    textEn:
      'The heavy-industry system laid down early in urbanisation and a structure dominated by state-owned enterprises made Northeastern cities very stable but short of market vitality and autonomy. While central and western cities grew fast with policy support, the Northeast could not reverse its long decline: hard industrial transformation, severe pollution, slow growth and no new-technology industries drive talent away.',
    paperSection: '§3.5',
  },
  {
    id: 'C6',
    nameZh: '南北城市之间的马太效应',
    nameEn: 'Matthew effect between northern and southern cities',
    textZh:
      '马太效应即强者愈强、弱者愈弱的两极分化。自汉末三国至宋代经济重心南移，南方长期积累经济、思想等优势，能吸引更多人才并形成人才良性循环，加剧了东北人才外流。',
    textEn:
      "The Matthew effect is polarisation: the rich get richer and the poor poorer. Since the economic centre moved south (late Han and Three Kingdoms to the Song), the south has accumulated economic and intellectual advantages that attract more talent in a virtuous circle, deepening the Northeast's outflow.",
    paperSection: '§3.6',
  },
  {
    id: 'C7',
    nameZh: '人文环境与城市建设有待提升',
    nameEn: 'Humanistic environment and urban construction need improvement',
    textZh:
      '与北方城市相比，南方城市基础设施更好，交通网络、城市面貌和休闲娱乐设施普遍更优，且文化底蕴和人文内涵丰富。知识群体对城市文化品质有一定偏好，南方城市的“城市名片”吸引高端人才流入。',
    textEn:
      'Southern cities generally have better infrastructure — transport networks, townscape, leisure and entertainment — and rich cultural heritage. Intellectuals value a city\'s cultural quality, so the southern cities\' "city cards" draw high-end talent.',
    paperSection: '§3.7',
  },
  {
    id: 'C8',
    nameZh: '企业创新发展不足、创业带动就业弱、人才政策不完善',
    nameEn:
      'Weak enterprise innovation, weak entrepreneurship-driven employment and incomplete talent policies',
    textZh:
      '东北规模以上工业企业R&D经费和全时当量远低于中部六省（图3），国企供给侧结构性改革滞后；毕业生专业结构与产业需求不匹配，创新创业吸纳大学生的空间有限；“双创”与就业政策相对落后，人才政策在引、用、育、留上缺乏精准性，落户、就业公共服务与生活配套无比较优势；部门服务意识不足，部分政策（如高端人才就医绿色通道、子女入学照顾）难以落实。',
    textEn:
      'R&D funding and full-time equivalents of large industrial enterprises are far below the six central provinces (Figure 3) and SOE supply-side reform lags; graduates\' fields do not match industrial demand and innovation and entrepreneurship absorb few students; "mass entrepreneurship and innovation" and employment policies lag, talent policies lack precision in attracting, using, training and retaining talent, with no advantage in settlement, employment services or living facilities; service awareness is weak and some promises (medical green channels, school places for talents\' children) are hard to redeem.',
    paperSection: '§3.8',
  },
];
