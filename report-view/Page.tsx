// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { ReactNode } from 'react';
import type { ReportLang, ReproducibilityFooter } from '../engine/report';
import { pageOf } from '../engine/report';
import { translator } from './text';

export interface PageProps {
  number: number;
  total: number;
  lang: ReportLang;
  footer: ReproducibilityFooter;
  className?: string;
  children: ReactNode;
}

/** One fixed A4 page with the reproducibility footer and "page x of y" printed inside it. */
export function Page({ number, total, lang, footer, className, children }: PageProps) {
  const seed = footer.seed === null ? '—' : String(footer.seed);
  const data = footer.dataChecksum.slice(0, 12);
  const repro = translator(lang)({
    zh: `v${footer.appVersion} · 情景 ${footer.scenarioName.zh} · 种子 ${seed} · 数据 ${data} · ${footer.date}`,
    en: `v${footer.appVersion} · scenario ${footer.scenarioName.en} · seed ${seed} · data ${data} · ${footer.date}`,
  });
  return (
    <section className={className ? `page ${className}` : 'page'}>
      {children}
      <footer className="page-footer">
        <span className="repro">{repro}</span>
        <span>{pageOf(number, total, lang)}</span>
      </footer>
    </section>
  );
}
