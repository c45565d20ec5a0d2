import type { Metric, Section } from '../../types';
import { atTitle } from '../findings';
import type { RawFinding, Rule } from '../types';
import { countBefore } from '../../search';

/** A measures-and-results part (or a government work report's review) that states no figure at all. */
export const evidenceNoFigures: Rule = {
	id: 'evidence.no-figures',
	defaultSeverity: 'off',
	check(analysis, context) {
		const role = analysis.profile === 'gov-work-report' ? 'review' : 'measures_results';
		const metrics = analysis.metrics;
		const findings: RawFinding[] = [];
		let inOrder: boolean | undefined;
		for (const s of analysis.sections) {
			if (!s.roles.includes(role) || metricInside(metrics, s)) {
				continue;
			}
			// None found where text order puts them: certain once the list is known to be in text order (the analysis
			// makes it so), read through otherwise.
			inOrder ??= metrics.every((m, k) => k === 0 || metrics[k - 1].span.start <= m.span.start);
			if (inOrder || !metrics.some((m) => inside(m, s))) {
				findings.push(atTitle(s, context.message('evidence.no-figures', { title: s.title }), role));
			}
		}
		return findings;
	},
};

function inside(m: Metric, s: Section): boolean {
	return m.span.start >= s.span.start && m.span.end <= s.span.end;
}

/** A metric inside the section, looked up by binary search as if the list were in text order; one found is certain. */
function metricInside(metrics: readonly Metric[], s: Section): boolean {
	for (let k = countBefore(metrics.length, (i) => metrics[i].span.start < s.span.start); k < metrics.length && metrics[k].span.start <= s.span.end; k++) {
		if (inside(metrics[k], s)) {
			return true;
		}
	}
	return false;
}
