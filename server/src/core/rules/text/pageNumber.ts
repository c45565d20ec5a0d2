import { trimmedLine } from '../positions';
import type { Rule } from '../types';

/**
 * Page numbers (— 12 —) left in the text by conversion; the analysis already keeps them out of the structure. A bare
 * number with a leading zero (01, 02) is kept out of it too, but is a web article's section number over its title,
 * not a leftover page number: not reported.
 */
export const textPageNumber: Rule = {
	id: 'text.page-number',
	defaultSeverity: 'warning',
	check(analysis, context) {
		return analysis.pageNumberLines.flatMap((n) => {
			const { text, span } = trimmedLine(analysis.lines[n - 1]);
			return SECTION_NUMBER.test(text) ? [] : [{ span, evidence: text, message: context.message('text.page-number', { text }) }];
		});
	},
};

const SECTION_NUMBER = /^[0０][0-9０-９]$/;
