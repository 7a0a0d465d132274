import type { Bilingual } from '../report/types';

/**
 * "M4 城市更新、M5 …" / "M4 Urban renewal + M5 …": a package as the verdict names it, each
 * measure with its id and name, so no bare code reaches the reader.
 */
export function packageNamer(scenario: {
  measures: readonly { id: string; nameZh: string; nameEn: string }[];
}): (measures: readonly string[]) => Bilingual {
  const byId = new Map(scenario.measures.map((m) => [m.id, m]));
  return (measures) => {
    if (measures.length === 0) return { zh: '不采取任何措施', en: 'no measure at all' };
    const parts = measures.map((id) => {
      const m = byId.get(id);
      return { zh: m ? `${id} ${m.nameZh}` : id, en: m ? `${id} ${m.nameEn}` : id };
    });
    return { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join(' + ') };
  };
}
