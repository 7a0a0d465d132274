/**
 * Sources as a reader cites them: publisher, title, table or section, year — or an imported file
 * by its name and import date. The database's source ids (internal keys) are never printed.
 */
import type { Bilingual, ReportSourceInput } from './types';

/** "论文表3" / "paper Table 3", "论文§3.4" / "paper §3.4": where in the paper a figure is quoted. */
const LOCATOR = { zh: /论文(表\s*\d+|§\s*[\d.]*\d)/, en: /paper (Table \d+|§[\d.]*\d)/i };

function locator(title: Bilingual): Bilingual | null {
  const zh = LOCATOR.zh.exec(title.zh)?.[1];
  const en = LOCATOR.en.exec(title.en)?.[1];
  return zh && en ? { zh: `论文${zh}`, en: `paper ${en}` } : null;
}

export interface Citation {
  /**
   * For a table cell, as short as stays unambiguous: where in the paper and the year ("论文表3，
   * 2024"), the publisher and year when the title names no table or section, a file by name and date.
   */
  short: Bilingual;
  /** For the list of sources: publisher, title and year. */
  citation: Bilingual;
  note: Bilingual;
}

export function citationOf(s: ReportSourceInput): Citation {
  const file = s.importedFile;
  if (file) {
    const date = file.importedAt.slice(0, 10);
    return {
      short: { zh: `${file.fileName}（${date} 导入）`, en: `${file.fileName} (imported ${date})` },
      citation: {
        zh: `导入文件“${file.fileName}”，${date} 导入`,
        en: `Imported file “${file.fileName}”, imported ${date}`,
      },
      note: { zh: `SHA-256 ${file.sha256}`, en: `SHA-256 ${file.sha256}` },
    };
  }
  const where = locator(s.title);
  const year = s.year === null ? null : String(s.year);
  const parts = (lang: 'zh' | 'en') =>
    [where ? where[lang] : s.publisher[lang], year].filter((p): p is string => Boolean(p));
  return {
    short: { zh: parts('zh').join('，'), en: parts('en').join(', ') },
    citation: {
      zh: `${s.publisher.zh}：${s.title.zh}${year ? `，${year} 年` : ''}`,
      en: `${s.publisher.en}: ${s.title.en}${year ? `, ${year}` : ''}`,
    },
    note: s.note,
  };
}
