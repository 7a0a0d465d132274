/**
 * Print CSS for the briefing. A plain string (not a CSS import) so the host can inline it into a
 * self-contained HTML document printed with JavaScript off, and the renderer's print route can
 * inject the same text. Pages are fixed A4 boxes: page count and "page x of y" are known when the
 * markup is rendered, so the footer lives inside each page and uses the bundled fonts (Chromium's
 * header/footer templates cannot load web fonts and would embed a system font).
 */
import { INK } from './palette';

export const BRIEFING_FONT_FAMILY = "'TRP Noto Sans', 'TRP Noto Sans SC'";

export const briefingCss = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: ${INK.page}; }
body {
  font-family: ${BRIEFING_FONT_FAMILY};
  font-synthesis: none;
  font-size: 9.5pt;
  line-height: 1.45;
  color: ${INK.text};
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.page {
  position: relative;
  width: 210mm;
  height: 296.9mm;
  padding: 16mm 16mm 18mm 16mm;
  overflow: hidden;
  break-after: page;
  page-break-after: always;
}
.page:last-child { break-after: auto; page-break-after: auto; }
.page-footer {
  position: absolute;
  left: 16mm;
  right: 16mm;
  bottom: 8mm;
  display: flex;
  justify-content: space-between;
  gap: 6mm;
  border-top: 0.3mm solid ${INK.rule};
  padding-top: 1.5mm;
  font-size: 6.8pt;
  color: ${INK.muted};
  white-space: nowrap;
}
.page-footer .repro { overflow: hidden; text-overflow: ellipsis; }
h1 { font-size: 22pt; font-weight: 700; margin: 0 0 4mm; color: ${INK.heading}; }
h2 { font-size: 14pt; font-weight: 700; margin: 0 0 4mm; color: ${INK.heading}; border-bottom: 0.6mm solid ${INK.accent}; padding-bottom: 1.5mm; }
h3 { font-size: 10.5pt; font-weight: 700; margin: 5mm 0 2mm; color: ${INK.subheading}; }
p { margin: 0 0 2.5mm; }
.muted { color: ${INK.muted}; }
.small { font-size: 8pt; }
.title-page { display: flex; flex-direction: column; justify-content: center; }
.title-page .band { border-left: 2.5mm solid ${INK.accent}; padding-left: 6mm; margin-bottom: 14mm; }
.title-page .question { font-size: 13pt; margin: 6mm 0 0; color: ${INK.subheading}; }
.title-page dl { display: grid; grid-template-columns: 32mm 1fr; row-gap: 3mm; font-size: 11pt; margin: 0; }
.title-page dt { color: ${INK.muted}; }
.title-page dd { margin: 0; overflow-wrap: anywhere; }
.title-page .basis { margin-top: 18mm; font-size: 8.5pt; color: ${INK.muted}; }
table { width: 100%; border-collapse: collapse; font-size: 8.3pt; }
th, td { border-bottom: 0.25mm solid ${INK.tableRule}; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
th { background: ${INK.tableHead}; font-weight: 700; color: ${INK.subheading}; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.worse { color: ${INK.worse}; }
.better { color: ${INK.better}; }
.verdict { border-left: 1mm solid ${INK.accent}; padding: 1mm 0 1mm 3mm; margin-bottom: 3mm; }
.verdict p { margin: 0 0 1.5mm; }
.card { border: 0.3mm solid ${INK.rule}; border-radius: 1.5mm; padding: 3mm 4mm; margin-bottom: 3mm; }
.card.recommended { border-color: ${INK.accent}; background: ${INK.recommendedGround}; }
.card .label { font-size: 8pt; color: ${INK.muted}; }
.card .names { font-size: 11pt; font-weight: 700; margin: 1mm 0; }
.card .figures { display: flex; gap: 8mm; font-size: 9pt; }
.findings { margin: 0; padding-left: 5mm; }
.findings li { margin-bottom: 2.5mm; }
.heat td { text-align: center; font-size: 7.8pt; padding: 1mm 0.6mm; border: 0.25mm solid ${INK.page}; }
.heat th { font-size: 7.2pt; text-align: center; padding: 1mm 0.6mm; }
.heat th.row { text-align: left; width: 40mm; }
.heat .range { display: block; font-size: 6.3pt; color: ${INK.muted}; }
.ids { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.key { margin-top: 6mm; font-size: 7.8pt; }
table.key td { padding: 0.8mm 1.5mm; }
table.key td.id { width: 10mm; font-weight: 700; }
.chart { display: block; margin: 2mm 0 3mm; }
.tile-map { margin: 2mm 0; }
.tile-map svg { display: block; width: auto; height: auto; max-width: 100%; max-height: 200mm; }
.legend { font-size: 7.5pt; color: ${INK.muted}; }
.flag-warning { color: ${INK.worse}; font-weight: 700; }
.flag-info { color: ${INK.accent}; font-weight: 700; }
.wrap { overflow-wrap: anywhere; }
.mono { font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
ol.assumptions li, ul.plain li { margin-bottom: 2mm; }
ol.plain { list-style: none; padding-left: 0; margin: 1.5mm 0; }
ol.sources li { margin-bottom: 1.5mm; }
`;
