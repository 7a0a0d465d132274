import type { Bilingual, ReportLang } from '../engine/report';

/** The one translation step of the print view: pick the briefing's language from a Bilingual. */
export type Translate = (text: Bilingual) => string;

export function translator(lang: ReportLang): Translate {
  return (text) => text[lang];
}
