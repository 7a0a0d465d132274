/**
 * Page count of a PDF printed by Chromium, in a module of its own so the Electron main bundle can
 * use it without pulling in playwright-core (print-pdf.ts), which Electron never needs.
 */

/** Page objects in a PDF: Chromium writes each as a plain `/Type /Page` dictionary. */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
