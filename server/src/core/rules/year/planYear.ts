import { parseYear } from '../../numerals';
import type { Rule } from '../types';

/** A year in a title that is not one end of a range (2021—2025年 names a period, not the plan's year). */
const YEAR = /(?<![0-9０-９—–\-~～至到〇零一二三四五六七八九])([12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3})\s*年(?!\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月)/g;
/** In a mixed heading (2020年存在的问题及2021年打算) the plan's year stands after the shortcomings wording. */
const SHORTCOMINGS = /问题|不足|短板|差距|薄弱/;

/**
 * The plan heading names the year it plans for: the next year in an annual 法治政府 report (it reviews one year and
 * plans the next), the report's own year in a government work report.
 */
export const yearPlanYear: Rule = {
	id: 'year.plan-year',
	defaultSeverity: 'warning',
	check(analysis, context) {
		const key = analysis.profile === 'gov-work-report' ? 'annual_plan' : 'next_year_plan';
		const part = analysis.requiredSections[key];
		if (analysis.reportYear === null || !part?.present || part.sectionId === null) {
			return [];
		}
		const expected = analysis.profile === 'gov-work-report' ? analysis.reportYear : analysis.reportYear + 1;
		const section = analysis.allSections[part.sectionId];
		const from = section.roles.length > 1 ? section.title.search(SHORTCOMINGS) : 0;
		if (from < 0) {
			return [];
		}
		const years = [...section.title.slice(from).matchAll(YEAR)].map((m) => ({ year: parseYear(m[1]) as number, index: from + (m.index ?? 0), text: m[0] }));
		if (years.length === 0 || years.some((y) => y.year === expected)) {
			return [];
		}
		const first = years[0];
		const start = section.titleSpan.start + first.index;
		return [{
			span: { start, end: start + first.text.length },
			evidence: section.title,
			section: key,
			message: context.message('year.plan-year', { reportYear: analysis.reportYear, expected, stated: first.year }),
		}];
	},
};
