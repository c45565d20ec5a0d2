import type { RawFinding, Rule } from '../types';

/**
 * Whitespace inside a numeric mention: between a number and its unit or measure word (18 起, 1414 项), between a year and
 * 年 (2023 年), between digit groups (1 200件). The gold labels a space_in_quantity defect on every mention whose text
 * holds one, a report that spaces all its figures (a PDF copy, a pangu-spaced draft) included: each is a space the
 * finished text should not have. A space before a number (咨询 320余人次) is outside the mention, so never reported.
 * A team whose house style spaces figures turns the rule off in its project file.
 */
export const textSpaceInQuantity: Rule = {
	id: 'text.space-in-quantity',
	defaultSeverity: 'warning',
	check(analysis, context) {
		return analysis.mentions.filter((m) => hasSpace(m.text) && !SPACED_MARKER.test(m.text)).map((m): RawFinding => ({ span: m.span, evidence: m.text, message: context.message('text.space-in-quantity', { text: m.text }) }));
	},
};

/** A heading marker a PDF copy spaced (1 .): the marker's layout, which the numbering rules read, no quantity. */
const SPACED_MARKER = /^[0-9０-９]{1,2}[ \u3000]+[.．、]$/;

/** Most quantities hold no space at all: a look at each character is cheaper than the pattern. */
function hasSpace(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x2009 || c === 0x202f) {
			return true;
		}
	}
	return false;
}
