import { rangeOf, type ImpactLevel } from './impact-scale';

/**
 * The default 7×8 impact matrix: how strongly each measure (§4) mitigates each cause (§3).
 * Only links the paper's own text supports get a non-zero level; each cites the sections.
 * Cells not listed here are "none" with the rationale "the paper draws no link".
 */
interface CellSpec {
  level: ImpactLevel;
  /** Override of the one-step range when the planner's judgement is asymmetric (e.g. could turn adverse). */
  low?: number;
  zh: string;
  en: string;
  source: string;
}

const c = (level: ImpactLevel, source: string, zh: string, en: string, low?: number): CellSpec => ({
  level,
  source,
  zh,
  en,
  ...(low === undefined ? {} : { low }),
});

export const IMPACT_SPECS: Readonly<Record<string, Readonly<Record<string, CellSpec>>>> = {
  M1: {
    C1: c(
      'weak',
      '§4.1, §3.1',
      '§4.1 都市圈加强区内外合作可部分降低偏远带来的物流成本 → §3.1；气候本身无法改变。',
      '§4.1 metropolitan cooperation inside and outside the region eases some remoteness/logistics cost → §3.1; the climate itself cannot change.',
    ),
    C3: c(
      'strong',
      '§4.1, §3.3',
      '§4.1 都市圈“带动区域经济与产业发展” → §3.3 经济持续低迷。',
      '§4.1 metropolitan areas "drive regional economic and industrial development" → §3.3 downturn.',
    ),
    C4: c(
      'weak',
      '§4.1, §3.4',
      '§4.1 经济集聚只能间接抬高收入 → §3.4 薪酬偏低。',
      '§4.1 agglomeration raises pay only indirectly → §3.4 low salaries.',
    ),
    C5: c(
      'moderate',
      '§4.1, §3.5',
      '§4.1 集聚优势、推动产业经济发展 → §3.5 产业转型不畅。',
      '§4.1 gathering advantages for industrial development → §3.5 failed transformation.',
    ),
    C6: c(
      'moderate',
      '§4.1, §3.6',
      '§4.1 培育都市圈与辽中南城市群“集聚发展优势”，对冲南北马太效应 → §3.6。',
      '§4.1 metropolitan areas and the Liaozhongnan agglomeration "gather advantages", countering the north–south Matthew effect → §3.6.',
    ),
    C7: c(
      'weak',
      '§4.1, §3.7',
      '§4.1 中小城市“提升品质” → §3.7 城市建设。',
      '§4.1 small and medium cities "improve their quality" → §3.7 urban construction.',
    ),
    C8: c(
      'weak',
      '§4.1, §3.8',
      '§4.1 产业发展可增加就业岗位，但不涉及创新与人才政策 → §3.8。',
      '§4.1 industrial growth adds jobs but does not touch innovation or talent policy → §3.8.',
    ),
  },
  M2: {
    C3: c(
      'moderate',
      '§4.2, §3.3',
      '§4.2 工业用地更新“创造经济价值” → §3.3 经济低迷。',
      '§4.2 renewing industrial land "generates economic value" → §3.3 downturn.',
    ),
    C4: c(
      'weak',
      '§4.2, §3.4',
      '§4.2 新型生产性服务业岗位薪酬较高，但规模有限 → §3.4。',
      '§4.2 new producer-service jobs pay better but are few → §3.4.',
    ),
    C5: c(
      'strong',
      '§4.2, §3.5',
      '§4.2 老厂房向新制造、新型生产性服务业转型，直接回应 §3.5 产业转型不畅。',
      '§4.2 turning old factories to new manufacturing and producer services answers §3.5 failed transformation directly.',
    ),
    C7: c(
      'moderate',
      '§4.2, §3.7',
      '§4.2 冰山慧谷式文创园兼顾商务、办公、旅游，改善城市文化形象 → §3.7。',
      '§4.2 creative parks like Ice Mountain Wisdom Valley (business, office, tourism) improve the cultural townscape → §3.7.',
    ),
    C8: c(
      'moderate',
      '§4.2, §3.8',
      '§4.2 文创园与生产性服务业为创业提供空间 → §3.8 创业带动就业弱。',
      '§4.2 creative parks and producer services give start-ups space → §3.8 weak entrepreneurship.',
    ),
  },
  M3: {
    C3: c(
      'weak',
      '§4.3, §3.3',
      '§4.3 更新投资对经济只有短期拉动 → §3.3。',
      '§4.3 renewal investment lifts the economy only briefly → §3.3.',
    ),
    C4: c(
      'weak',
      '§4.3, §3.4',
      '§4.3 改善居住条件回应“住”的生理需求 → §3.4；但更新可能推高房租，故下限为轻度不利。',
      '§4.3 better housing meets the "housing" need of §3.4; renewal can also push rents up, so the low end is slightly adverse.',
      -0.15,
    ),
    C5: c(
      'weak',
      '§4.3, §3.5',
      '§4.3 老工业区更新可缓解 §3.5 所述环境污染。',
      '§4.3 renewing old industrial zones eases the pollution named in §3.5.',
    ),
    C7: c(
      'veryStrong',
      '§4.3, §3.7',
      '§4.3 城市更新改善人居环境、扭转“老旧破败”印象，直接回应 §3.7 城市建设。',
      '§4.3 renewal improves the living environment and the "old and dilapidated" image, answering §3.7 directly.',
    ),
  },
  M4: {
    C2: c(
      'weak',
      '§4.4, §3.2',
      '§4.4 引进高水平实验室与创新平台可争取国家级资源 → §3.2 政策优势少。',
      '§4.4 high-level laboratories and innovation platforms can draw national resources → §3.2 few policy advantages.',
    ),
    C3: c(
      'moderate',
      '§4.4, §3.3',
      '§4.4 产学研用融合“推动东北经济和技术发展” → §3.3。',
      '§4.4 integrating industry, academia and research "promotes economic and technological development" → §3.3.',
    ),
    C4: c(
      'weak',
      '§4.4, §3.4',
      '§4.4 科技型岗位薪酬较高，但覆盖面小 → §3.4。',
      '§4.4 technology jobs pay better but reach few people → §3.4.',
    ),
    C5: c(
      'strong',
      '§4.4, §3.5',
      '§4.4 成果本地转化与科技创业孵化培育新技术产业 → §3.5 缺乏新技术产业。',
      '§4.4 local commercialisation and start-up incubation grow new-technology industry → §3.5.',
    ),
    C6: c(
      'weak',
      '§4.4, §3.6',
      '§4.4 用好4所985、11所211高校资源，有助形成人才良性循环 → §3.6。',
      '§4.4 using the four 985 and eleven 211 universities helps a virtuous talent circle → §3.6.',
    ),
    C7: c(
      'weak',
      '§4.4, §3.7',
      '§4.4 美化科技园景观、优化校园交通 → §3.7（范围局限于园区）。',
      '§4.4 park landscape and campus transport → §3.7 (limited to the parks).',
    ),
    C8: c(
      'veryStrong',
      '§4.4, §3.8',
      '§4.4 创新平台、成果转化、创业孵化与创新人才培养，直接回应 §3.8 企业创新不足与创业带动就业弱。',
      '§4.4 innovation platforms, commercialisation, start-up incubation and talent training answer §3.8 weak innovation and entrepreneurship directly.',
    ),
  },
  M5: {
    C1: c(
      'weak',
      '§4.5, §3.1',
      '§4.5 冰雪旅游把漫长冬季转为特色资源，但不改变气候 → §3.1。',
      '§4.5 ice-and-snow tourism turns the long winter into an asset without changing the climate → §3.1.',
    ),
    C3: c(
      'weak',
      '§4.5, §3.3',
      '§4.5 旅游业带动消费，规模有限 → §3.3。',
      '§4.5 tourism adds spending on a limited scale → §3.3.',
    ),
    C5: c(
      'weak',
      '§4.5, §3.5',
      '§4.5 文旅产业使产业结构多元化 → §3.5。',
      '§4.5 cultural tourism diversifies the industrial structure → §3.5.',
    ),
    C6: c(
      'weak',
      '§4.5, §3.6',
      '§4.5 打造东北城市品牌，改善对南方的比较印象 → §3.6。',
      '§4.5 a Northeast city brand improves its image against the south → §3.6.',
    ),
    C7: c(
      'strong',
      '§4.5, §3.7',
      '§4.5 突出文旅特色、建设旅游示范区，回应 §3.7 文化品质与“城市名片”。',
      '§4.5 distinctive culture and tourism zones answer §3.7 cultural quality and "city cards".',
    ),
  },
  M6: {
    C4: c(
      'moderate',
      '§4.6, §3.4',
      '§4.6 高性价比、低总价的青年社区降低居住成本 → §3.4“住”的需求。',
      '§4.6 good-value, low-total-price youth housing lowers living costs → the "housing" need of §3.4.',
    ),
    C7: c(
      'strong',
      '§4.6, §3.7',
      '§4.6 活力艺术商业街与文化集聚效应 → §3.7 休闲娱乐设施与人文环境。',
      '§4.6 art and commercial streets and cultural clustering → §3.7 leisure facilities and humanistic environment.',
    ),
    C8: c(
      'weak',
      '§4.6, §3.8',
      '§4.6 改善生活配套 → §3.8“生活配套无比较优势”。',
      '§4.6 better living facilities → §3.8 "no comparative advantage in living facilities".',
    ),
  },
  M7: {
    C1: c(
      'weak',
      '§4.7, §3.1',
      '§4.7 智慧港口、机场与智能交通可降低物流成本 → §3.1 偏远；气候不变。',
      '§4.7 smart ports, airports and transport lower logistics costs → §3.1 remoteness; the climate stays.',
    ),
    C2: c(
      'weak',
      '§4.7, §3.2',
      '§4.7 依托29个国家智慧城市试点，可用足既有国家政策 → §3.2。',
      '§4.7 building on 29 national smart-city pilots uses existing national policy → §3.2.',
    ),
    C3: c(
      'moderate',
      '§4.7, §3.3',
      '§4.7 带动信息技术产业发展 → §3.3。',
      '§4.7 drives the information-technology industry → §3.3.',
    ),
    C4: c(
      'weak',
      '§4.7, §3.4',
      '§4.7“提供更多就业机会”，对薪酬为间接影响 → §3.4。',
      '§4.7 "provides more job opportunities", an indirect effect on pay → §3.4.',
    ),
    C5: c(
      'moderate',
      '§4.7, §3.5',
      '§4.7 信息技术产业即新技术产业 → §3.5。',
      '§4.7 the IT industry is a new-technology industry → §3.5.',
    ),
    C6: c(
      'weak',
      '§4.7, §3.6',
      '§4.7 随城市进步吸引人才，缩小与南方差距 → §3.6。',
      '§4.7 attracting talent "as the cities progress" narrows the gap with the south → §3.6.',
    ),
    C7: c(
      'moderate',
      '§4.7, §3.7',
      '§4.7 智能交通、智慧教育与医疗改善城市配套 → §3.7。',
      '§4.7 smart transport, education and health improve urban facilities → §3.7.',
    ),
    C8: c(
      'moderate',
      '§4.7, §3.8',
      '§4.7 数字化公共服务提升办事效率 → §3.8 政府服务意识不足、政策难落实。',
      '§4.7 digital public services speed up affairs → §3.8 weak service awareness and hard-to-redeem policies.',
    ),
  },
};

export interface DefaultImpactSeed {
  measureId: string;
  causeId: string;
  low: number;
  likely: number;
  high: number;
  rationaleZh: string;
  rationaleEn: string;
  source: string;
}

const NO_LINK_ZH = '论文未建立联系。';
const NO_LINK_EN = 'The paper draws no link.';
const C1_ZH = '气候与区位基本无法通过城市规划改变；论文未建立联系。';
const C1_EN = 'Climate and location are largely beyond urban planning; the paper draws no link.';

/** The full matrix, every cell present (none-cells included) in measure × cause order. */
export function defaultImpacts(
  measureIds: readonly string[],
  causeIds: readonly string[],
): DefaultImpactSeed[] {
  return measureIds.flatMap((measureId) =>
    causeIds.map((causeId) => {
      const spec = IMPACT_SPECS[measureId]?.[causeId];
      if (!spec) {
        const isClimate = causeId === 'C1';
        return {
          measureId,
          causeId,
          low: 0,
          likely: 0,
          high: 0,
          rationaleZh: isClimate ? C1_ZH : NO_LINK_ZH,
          rationaleEn: isClimate ? C1_EN : NO_LINK_EN,
          source: sectionsOf(measureId, causeId),
        };
      }
      const range = rangeOf(spec.level);
      return {
        measureId,
        causeId,
        ...range,
        low: spec.low ?? range.low,
        rationaleZh: spec.zh,
        rationaleEn: spec.en,
        source: spec.source,
      };
    }),
  );
}

/** "§4.n, §3.m" for M<n>×C<m>: a none-cell is still a reading of those two sections. */
function sectionsOf(measureId: string, causeId: string): string {
  return `§4.${measureId.slice(1)}, §3.${causeId.slice(1)}`;
}
