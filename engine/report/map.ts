/**
 * The briefing's tile map: the indicator the scenario chose, over the provinces (the Northeast
 * framed) or the cities of the Northeast (the scenario's city or grouping framed), in the year
 * the host picked. The model carries the data; the print view draws the tiles in its language
 * with the same component the Evidence screen uses.
 */
import { formatNumber } from './format';
import type { Bilingual, MapSection, ReportInput } from './types';

const MAX_LISTED_MISSING = 12;

export function buildMapSection(input: ReportInput): MapSection | null {
  const map = input.map;
  if (!map || map.values.length === 0) return null;
  const ind = map.indicator;
  const shown = new Set(map.values.map((v) => v.region));
  const missing = map.regions.filter((r) => !shown.has(r.code));
  const list = (lang: keyof Bilingual) => {
    const names = missing.slice(0, MAX_LISTED_MISSING).map((r) => r.name[lang]);
    const more = missing.length > MAX_LISTED_MISSING ? (lang === 'zh' ? '等' : ' and others') : '';
    return names.join(lang === 'zh' ? '、' : ', ') + more;
  };
  const digits = map.values.every((v) => Number.isInteger(v.value)) ? 0 : 1;
  const range = (lang: keyof Bilingual) => {
    const vs = map.values.map((v) => v.value);
    return `${formatNumber(Math.min(...vs), digits)}–${formatNumber(Math.max(...vs), digits)} ${ind.unit[lang]}`;
  };
  const scaleZh = map.scale === 'provinces' ? '31 个省级行政区' : '东北 36 个地级市（州、地区）';
  const scaleEn =
    map.scale === 'provinces'
      ? 'the 31 province-level units'
      : 'the 36 prefecture-level cities of the Northeast';
  return {
    scale: map.scale,
    title: {
      zh: `地图：${ind.name.zh}（${ind.unit.zh}），${map.year} 年`,
      en: `Map: ${ind.name.en} (${ind.unit.en}), ${map.year}`,
    },
    note: {
      zh: `${scaleZh}，每块一个地区，位置为大致方位（不含地图边界）。${map.values.length} 个地区有数据，范围 ${range('zh')}；颜色按这些数值的分位数分档（颜色越深数值越高，${ind.direction === 1 ? '越高越好' : '越高越差'}），数值写在块内。`,
      en: `${scaleEn[0]!.toUpperCase()}${scaleEn.slice(1)}, one tile each at its approximate position (no map boundaries). ${map.values.length} regions have a figure, ranging ${range('en')}; colours group them into quantile classes (darker is higher; higher is ${ind.direction === 1 ? 'better' : 'worse'}), and each value is written in its tile.`,
    },
    missingText:
      missing.length === 0
        ? null
        : {
            zh: `无数据（斜线）：${list('zh')}（共 ${missing.length} 个）。`,
            en: `No figure (hatched): ${list('en')} (${missing.length} in all).`,
          },
    legendHighlight: {
      zh: `红框：${map.highlightName.zh}`,
      en: `Red frame: ${map.highlightName.en}`,
    },
    regions: map.regions,
    values: map.values,
    highlighted: map.highlighted,
    groupNames: map.groupNames,
    digits,
    unit: ind.unit,
  };
}
