import type { TFunction } from 'i18next';
import type { Locale, Provenance } from '../../../contract/domain';

/** A stored ISO time as the locale's date ("2026年12月2日" / "2 Dec 2026"); the text itself if unreadable. */
export function formatDay(lang: Locale, iso: string): string {
  const d = new Date(iso);
  if (iso === '' || Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium' }).format(
    d,
  );
}

/** "Default (illustrative)", "Edited by 李工 on 2 Dec 2026", "Confirmed by 李工 on 2 Dec 2026". */
export function provenanceText(t: TFunction, lang: Locale, p: Provenance): string {
  if (p.kind === 'default') return t('provenance.default');
  return t(`provenance.${p.kind}`, {
    by: p.by || t('provenance.someone'),
    date: formatDay(lang, p.at),
  });
}

/** One word for a narrow cell ("Default", "Edited", "Confirmed"); the full text goes in its label. */
export function provenanceShort(t: TFunction, p: Provenance): string {
  return t(`provenance.${p.kind}Short`);
}
