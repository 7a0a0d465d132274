/**
 * The seven urban-planning countermeasures (paper §4.1–4.7). Lead agencies are illustrative:
 * the paper names none, so each is the provincial department that usually leads such work.
 */
export interface MeasureSeed {
  id: string;
  nameZh: string;
  nameEn: string;
  textZh: string;
  textEn: string;
  paperSection: string;
  leadAgencyZh: string;
  leadAgencyEn: string;
}

export const MEASURES: readonly MeasureSeed[] = [
  {
    id: 'M1',
    nameZh: '优化三省空间发展格局，培育都市圈，带动区域经济与产业发展',
    nameEn:
      'Optimise the spatial pattern, form metropolitan areas and drive regional economic and industrial development',
    textZh:
      '从省域城市空间网络关联结构出发，重视大生态、大农业和大城市空间结构；大城市及都市圈加强区内外城市合作、集聚优势，中小城市提升品质、以特色领域融入区域网络；重点培育省会和次中心城市都市圈，进一步培育辽中南城市群，推动东北城镇化和产业经济发展。',
    textEn:
      'Starting from the provincial urban network, value large-scale ecology, agriculture and urban structure; large cities and their metropolitan areas cooperate inside and outside the region to gather advantages, while small and medium cities raise quality and join the network through distinctive fields; cultivate the metropolitan areas of provincial capitals and secondary centres and the Liaozhongnan urban agglomeration to drive urbanisation and industry.',
    paperSection: '§4.1',
    leadAgencyZh: '省发展改革委',
    leadAgencyEn: 'Provincial Development and Reform Commission',
  },
  {
    id: 'M2',
    nameZh: '利用老工业基地和老厂房，向新制造和新型生产性服务业转型',
    nameEn:
      'Transform old industrial bases and factories into new manufacturing and producer services',
    textZh:
      '东北老工业区、老厂房众多，工业用地可更新为其他用途创造经济价值。大连冰山慧谷将大连冷冻机厂改造为文化创意园区，兼顾商务、办公与旅游；哈尔滨老船厂、哈尔滨轴承厂等仍未合理利用，下一步应合理改造利用。',
    textEn:
      "The Northeast has many old industrial areas and factories whose land can be renewed for other uses. Dalian's Ice Mountain Wisdom Valley turned the Dalian Refrigeration Machinery Factory into a creative park for business, offices and tourism; sites such as Harbin's old shipyard and bearing factory still await rational reuse.",
    paperSection: '§4.2',
    leadAgencyZh: '自然资源厅',
    leadAgencyEn: 'Department of Natural Resources',
  },
  {
    id: 'M3',
    nameZh: '以城市更新改善人居环境，焕发老城活力',
    nameEn: 'Improve the living environment through urban renewal and rejuvenate old cities',
    textZh:
      '人民对美好生活的向往应落实到人居环境的持续改善。初到东北的人常对其老旧破败印象深刻，与南方城市相比活力不足。沈阳、哈尔滨、长春已相继全面推进城市更新，涵盖老旧小区、老工业区、老商业区、历史文化名城和工业文化遗存，以改善人居环境、留住人才。',
    textEn:
      "People's aspiration for a better life should show in a steadily better living environment. Newcomers often find the Northeast old and dilapidated and less vibrant than the south. Shenyang, Harbin and Changchun have committed to urban renewal of old neighbourhoods, industrial zones, commercial districts, historic cities and industrial heritage to improve living conditions and keep talent.",
    paperSection: '§4.3',
    leadAgencyZh: '住房城乡建设厅',
    leadAgencyEn: 'Department of Housing and Urban-Rural Development',
  },
  {
    id: 'M4',
    nameZh: '加强重点高校科技园建设，推动产学研用协同，促进成果转化',
    nameEn:
      'Build science parks at key universities, promote industry–academia–research–application cooperation and commercialisation',
    textZh:
      '东北有4所“985工程”和11所“211工程”高校，但高校资源未被用好，产学研用协同有待突破，科技成果本地转化率低。规划上应完善科技园服务设施、合理布局内部结构、美化景观、优化高校与园区间交通，建设高水平创新策源平台、吸引高水平实验室落地，推动成果转化、科技创业孵化和创新人才培养。',
    textEn:
      'The Northeast has four "985" and eleven "211" universities but uses them poorly: cooperation among industry, academia, research and application is weak and local commercialisation of results is low. Planning should give science parks full service facilities, a rational layout, good landscape and better transport to the universities, build high-standard innovation platforms and attract high-level laboratories, to commercialise research, incubate start-ups and train innovators.',
    paperSection: '§4.4',
    leadAgencyZh: '科技厅',
    leadAgencyEn: 'Department of Science and Technology',
  },
  {
    id: 'M5',
    nameZh: '突出文旅特色，吸引人才集聚',
    nameEn: 'Highlight cultural and tourism characteristics to attract talent',
    textZh:
      '很多人通过旅游认识一座城市，良好的第一印象可能使其成为未来的就业选择。“冰城”哈尔滨、“浪漫之都”大连、“北国春城”长春常居推荐旅游城市之列。应突出冰雪旅游、滨海文化和边境特色，结合城市特点建设旅游示范区，完善配套服务设施与管理，开设旅游专线，吸引人才流连、回访。',
    textEn:
      'Many people first meet a city as tourists, and a good first impression can make it a future job option. "Ice City" Harbin, "Romantic City" Dalian and "Spring City of the North" Changchun top tourist lists. Highlight ice-and-snow tourism, coastal culture and border features, build tourism demonstration zones, improve services and create tourist lines so talent lingers and returns.',
    paperSection: '§4.5',
    leadAgencyZh: '文化和旅游厅',
    leadAgencyEn: 'Department of Culture and Tourism',
  },
  {
    id: 'M6',
    nameZh: '设计活力青年社区，形成文化集聚效应',
    nameEn: 'Design vibrant youth communities to create cultural clustering',
    textZh:
      '人才落地后需考虑购房。青年群体资金有限但对居住品质要求高、追随潮流、有娱乐需求，宜设计高性价比的活力社区满足其精神需求（如北京金茂国际社区：优质物业、低总价精装修、自建活力艺术商业街）。东北可建设配有艺术商业街的青年共享社区，形成文化集聚效应。',
    textEn:
      'Once talents arrive, housing matters. Young people have limited funds but high expectations of living quality, follow trends and want entertainment, so design good-value vibrant communities for their spiritual needs (e.g. Jinmao Beijing International Community: quality property services, low total price with fine finish, its own art and commercial street). The Northeast can build shared youth communities with such streets to create cultural clustering.',
    paperSection: '§4.6',
    leadAgencyZh: '住房城乡建设厅',
    leadAgencyEn: 'Department of Housing and Urban-Rural Development',
  },
  {
    id: 'M7',
    nameZh: '科技驱动，建设智慧东北',
    nameEn: 'Technology-driven: build a smart Northeast',
    textZh:
      '东北三省有29个“智慧城市”试点城市，智慧城市建设已进入技术驱动的2.0时代。规划上可发展智能交通（智能轨道交通、智慧港口与机场）、数字化公共服务、智慧教育与智慧医疗等新型基础设施，既带动信息技术产业发展、提供更多就业机会，也随城市进步吸引更多人才。',
    textEn:
      'The three provinces have 29 "smart city" pilots, and smart-city building has entered a technology-driven 2.0 era. Planning can add intelligent transport (smart rail, ports and airports), digital public services and smart education and health infrastructure, which both grows the IT industry with more jobs and attracts talent as cities progress.',
    paperSection: '§4.7',
    leadAgencyZh: '工业和信息化厅',
    leadAgencyEn: 'Department of Industry and Information Technology',
  },
];
