export { buildReportModel } from './build';
export { REPORT_LABELS, pageOf, pick } from './labels';
export * from './format';
export type * from './types';
