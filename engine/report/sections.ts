/**
 * The parts of the briefing a planner can include or leave out (Briefing screen, `sections` of
 * the briefing channels). Each print page belongs to exactly one part, so leaving a part out
 * drops its pages and the "page x of y" numbering stays right.
 */
export const REPORT_SECTIONS = [
  'title',
  'summary',
  'indicators',
  'map',
  'weights',
  'impacts',
  'packages',
  'frontier',
  'robustness',
  'sensitivity',
  'sources',
  'assumptions',
] as const;

export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** undefined = everything; otherwise only the listed parts, always in the document's own order. */
export function includesSection(
  sections: readonly ReportSection[] | undefined,
  section: ReportSection,
): boolean {
  return sections === undefined || sections.includes(section);
}
