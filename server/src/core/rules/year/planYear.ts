import { parseYear } from '../../numerals';
import { PROFILES } from '../../profiles';
import type { ReportAnalysis, Section } from '../../types';
import type { RawFinding, Rule, RuleContext } from '../types';

/** A report on part of a year: 2024年上半年…工作总结, 前三季度. */
const PART_OF_YEAR = /上半年|前三季度|第[一二三]季度|[一二三]季度/;

/** A year in a title that is not one end of a range (2021—2025年 names a period, not the plan's year). */
const YEAR = /(?<![0-9０-９—–\-~～至到〇零一二三四五六七八九])([12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3})\s*年(?!\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月)/g;
/** In a mixed heading (2020年存在的问题及2021年打算) the plan's year stands after the shortcomings wording. */
const SHORTCOMINGS = /问题|不足|短板|差距|薄弱/;

/**
 * The plan heading names the year it plans for: the next year in an annual 法治政府 report (it reviews one year and
 * plans the next), the report's own year in a government work report. So does a heading inside the plan part whose
 * title names a plan too (四、2020年的主要安排 › （二）2019年重点工作安排).
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
		// A work report plans the year it is given in, and so does a report on part of a year (上半年): the rest of it.
		const expected = analysis.profile === 'gov-work-report' || PART_OF_YEAR.test(analysis.title.join('')) ? analysis.reportYear : analysis.reportYear + 1;
		const section = analysis.allSections[part.sectionId];
		const namesPlan = PROFILES[analysis.profile].parts.find((p) => p.key === key)?.title;
		const findings: RawFinding[] = [];
		const own = wrongYear(analysis, context, section, expected, key);
		if (own) {
			findings.push(own);
		}
		const visit = (s: Section) => {
			for (const child of s.children) {
				const found = namesPlan?.test(child.title) ? wrongYear(analysis, context, child, expected, key) : null;
				if (found) {
					findings.push(found);
				}
				visit(child);
			}
		};
		visit(section);
		return findings;
	},
};

/** The finding when a plan heading names years and none is the expected one. */
function wrongYear(analysis: ReportAnalysis, context: RuleContext, section: Section, expected: number, key: string): RawFinding | null {
	const from = section.roles.length > 1 ? section.title.search(SHORTCOMINGS) : 0;
	if (from < 0) {
		return null;
	}
	const years = [...section.title.slice(from).matchAll(YEAR)].map((m) => ({ year: parseYear(m[1]) as number, index: from + (m.index ?? 0), text: m[0] }));
	if (years.length === 0 || years.some((y) => y.year === expected)) {
		return null;
	}
	const first = years[0];
	const start = section.titleSpan.start + first.index;
	return {
		span: { start, end: start + first.text.length },
		evidence: section.title,
		section: key,
		message: context.message('year.plan-year', { reportYear: analysis.reportYear as number, expected, stated: first.year }),
	};
}
