/** Source lines, worded as the paper words them; `note` says which part of the paper quotes them. */
export interface SourceSeed {
  id: string;
  publisherZh: string;
  publisherEn: string;
  titleZh: string;
  titleEn: string;
  year: number | null;
  noteZh: string;
  noteEn: string;
}

const PAPER_ZH = '魏子威《东北地区人才流失的挑战与城市规划应对策略》(JFEMR, 2025)';
const PAPER_EN =
  'Wei Z., "The Challenges of Talent Drain in Northeast China and Urban Planning Response Strategies" (JFEMR, 2025)';

export const SOURCES: readonly SourceSeed[] = [
  {
    id: 'paper-t1',
    publisherZh: '各地统计局',
    publisherEn: 'Local statistics bureaus',
    titleZh: '2024年全国各地区GDP统计（论文表1）',
    titleEn: 'Statistics of GDP in all regions of China in 2024 (paper Table 1)',
    year: 2024,
    noteZh: `转引自${PAPER_ZH}，表1。`,
    noteEn: `Quoted from ${PAPER_EN}, Table 1.`,
  },
  {
    id: 'paper-t2',
    publisherZh: '国家统计局',
    publisherEn: 'National Bureau of Statistics',
    titleZh: '分地区居民人均消费支出构成（论文表2）',
    titleEn:
      'Composition of per-capita consumption expenditure of residents by region (paper Table 2)',
    year: null,
    noteZh: `转引自${PAPER_ZH}，表2；论文未注明年份。辽宁未公布分项数据（论文脚注1）。`,
    noteEn: `Quoted from ${PAPER_EN}, Table 2; the paper does not state the year. Liaoning has not disclosed the sub-items (paper footnote 1).`,
  },
  {
    id: 'paper-t3',
    publisherZh: '国家统计局',
    publisherEn: 'National Bureau of Statistics',
    titleZh: '近两年全国居民人均可支配收入统计（论文表3）',
    titleEn: 'Per-capita disposable income of residents in the past two years (paper Table 3)',
    year: 2024,
    noteZh: `转引自${PAPER_ZH}，表3；表中缺云南省。`,
    noteEn: `Quoted from ${PAPER_EN}, Table 3; Yunnan is missing from the table.`,
  },
  {
    id: 'paper-s3-4',
    publisherZh: '国家统计局',
    publisherEn: 'National Bureau of Statistics',
    titleZh: '论文§3.4正文：2024年全国居民人均可支配收入',
    titleEn: 'Paper §3.4 text: national per-capita disposable income 2024',
    year: 2024,
    noteZh: `转引自${PAPER_ZH}，§3.4。`,
    noteEn: `Quoted from ${PAPER_EN}, §3.4.`,
  },
  {
    id: 'paper-s2-moe',
    publisherZh: '教育部',
    publisherEn: 'Ministry of Education',
    titleZh: '论文§2正文：辽吉黑三省普通高校数量',
    titleEn:
      'Paper §2 text: number of regular colleges and universities in Liaoning, Jilin and Heilongjiang',
    year: null,
    noteZh: `转引自${PAPER_ZH}，§2（“目前”）。`,
    noteEn: `Quoted from ${PAPER_EN}, §2 ("currently").`,
  },
  {
    id: 'paper-s2-ref4',
    publisherZh: '鞠文忠、张淑慧（论文参考文献[4]）',
    publisherEn: 'Ju Wenzhong, Zhang Shuhui (paper reference [4])',
    titleZh: '论文§2正文：东北20所代表性高校毕业生就业去向（样本高校就业质量报告）',
    titleEn:
      'Paper §2 text: employment of graduates of 20 representative Northeast universities (employment quality reports)',
    year: 2022,
    noteZh: `转引自${PAPER_ZH}，§2与图2；外流率与生源数据同段引用。`,
    noteEn: `Quoted from ${PAPER_EN}, §2 and Figure 2; outflow rates and origin figures from the same paragraph.`,
  },
  {
    id: 'paper-s2-ref5',
    publisherZh: '王冠宏（论文参考文献[5]）',
    publisherEn: 'Wang Guanhong (paper reference [5])',
    titleZh: '论文§2正文：部属高校毕业生留东北就业情况',
    titleEn:
      'Paper §2 text: graduates of ministry-affiliated universities staying in the Northeast',
    year: 2018,
    noteZh: `转引自${PAPER_ZH}，§2。`,
    noteEn: `Quoted from ${PAPER_EN}, §2.`,
  },
  {
    id: 'paper-s2-ref6',
    publisherZh: '闫学阳（论文参考文献[6]）',
    publisherEn: 'Yan Xueyang (paper reference [6])',
    titleZh: '论文§2正文：四所高校毕业生东北以外就业比例',
    titleEn:
      'Paper §2 text: share of graduates of four universities employed outside the Northeast',
    year: 2019,
    noteZh: `转引自${PAPER_ZH}，§2。`,
    noteEn: `Quoted from ${PAPER_EN}, §2.`,
  },
  {
    id: 'paper-s1-ref1',
    publisherZh: '闫强（论文参考文献[1]）',
    publisherEn: 'Yan Qiang (paper reference [1])',
    titleZh: '论文§1正文：引进人才不足流出人才的十分之一',
    titleEn: 'Paper §1 text: introduced talents are less than one tenth of outflowing talents',
    year: 2022,
    noteZh: `转引自${PAPER_ZH}，§1。`,
    noteEn: `Quoted from ${PAPER_EN}, §1.`,
  },
  {
    id: 'paper-s4',
    publisherZh: '论文作者',
    publisherEn: 'The paper',
    titleZh: '论文§4.4、§4.7正文：985/211高校与智慧城市试点数量',
    titleEn: 'Paper §4.4 and §4.7 text: 985/211 universities and smart-city pilots',
    year: null,
    noteZh: `转引自${PAPER_ZH}，§4.4、§4.7。`,
    noteEn: `Quoted from ${PAPER_EN}, §4.4 and §4.7.`,
  },
];
