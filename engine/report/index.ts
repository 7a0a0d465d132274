export { buildReportModel } from './build';
export { REPORT_LABELS, pageOf, pick } from './labels';
export * from './format';
export { REPORT_SECTIONS, includesSection, type ReportSection } from './sections';
export type * from './types';
export { splitBilingual } from './format';
export { sampleReportInput } from './test-input';
export { weightThresholds } from './thresholds';
export type { Bilingual } from './types';
