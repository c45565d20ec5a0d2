import { trimmedLine } from '../positions';
import type { Rule } from '../types';

/** Page numbers (— 12 —) left in the text by conversion; the analysis already keeps them out of the structure. */
export const textPageNumber: Rule = {
	id: 'text.page-number',
	defaultSeverity: 'warning',
	check(analysis, context) {
		return analysis.pageNumberLines.map((n) => {
			const { text, span } = trimmedLine(analysis.lines[n - 1]);
			return { span, evidence: text, message: context.message('text.page-number', { text }) };
		});
	},
};
