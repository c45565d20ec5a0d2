/** The public library: `policy-report-lens/core`. Pure functions, no side effects on import. */
export { analyzeReport } from './analyze';
export { REPORT_JSON_VERSION, sectionName, sectionPaths, toReportJson } from './json';
export type { FindingJson, ItemJson, MetricJson, ReportJson, ReportJsonError, RequiredSectionJson, SectionJson, ToJsonOptions } from './json';
export { PROFILES } from './profiles';
export { checkReport, ruleDocs, RULES } from './rules';
export type { CheckOptions, Confusable, RuleDoc, RuleSetting } from './rules';
export type * from './types';
export { applyEdits, fixAll } from './fixes/apply';
export type { FixAllOptions } from './fixes/apply';
export { formatFixTitle } from './fixes/messages';
