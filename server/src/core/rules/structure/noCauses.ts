import { atTitle } from '../findings';
import type { Rule } from '../types';

/** The 2019 regulation asks for shortcomings *and their causes*; reports before it had no such duty. */
const FIRST_YEAR = 2019;
const CAUSE = /原因|主要是因为|究其根源|根源|源于|归因|成因|之所以|由于/;

/** A shortcomings part whose title and body never say why (information: a report may still be right to be brief). */
export const structureNoCauses: Rule = {
	id: 'structure.no-causes',
	defaultSeverity: 'information',
	check(analysis, context) {
		if (analysis.profile !== 'fazhi-annual' || analysis.reportYear === null || analysis.reportYear < FIRST_YEAR) {
			return [];
		}
		const parts = analysis.allSections.filter((s) => s.roles.includes('shortcomings'));
		if (parts.length === 0 || parts.some((s) => CAUSE.test(analysis.text.slice(s.span.start, s.span.end)))) {
			return [];
		}
		return [atTitle(parts[0], context.message('structure.no-causes', { title: parts[0].title }), 'shortcomings')];
	},
};
