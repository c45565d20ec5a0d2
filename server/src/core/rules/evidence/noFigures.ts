import { atTitle } from '../findings';
import type { Rule } from '../types';

/** A measures-and-results part (or a government work report's review) that states no figure at all. */
export const evidenceNoFigures: Rule = {
	id: 'evidence.no-figures',
	defaultSeverity: 'off',
	check(analysis, context) {
		const role = analysis.profile === 'gov-work-report' ? 'review' : 'measures_results';
		return analysis.sections.flatMap((s) => {
			if (!s.roles.includes(role) || analysis.metrics.some((m) => m.span.start >= s.span.start && m.span.end <= s.span.end)) {
				return [];
			}
			return [atTitle(s, context.message('evidence.no-figures', { title: s.title }), role)];
		});
	},
};
