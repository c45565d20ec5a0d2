import type { RawFinding, Rule } from '../types';

/**
 * Whitespace between a number and its unit or measure word (18 起, 1414 项). A space before the number is not inside
 * the quantity, and a space between digit groups (13 000) is the thousands spacing GB/T 15835 allows.
 */
const INNER_SPACE = /[0-9０-９一二三四五六七八九十百千万亿两零〇][ \t\u3000\u00a0\u2009\u202f]+(?![0-9０-９\s\u3000\u00a0\u2009\u202f])/;

export const textSpaceInQuantity: Rule = {
	id: 'text.space-in-quantity',
	defaultSeverity: 'warning',
	local: true,
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const m of analysis.mentions) {
			if (m.claim && context.scope.has(m.line) && hasSpace(m.text) && INNER_SPACE.test(m.text)) {
				findings.push({ span: m.span, evidence: m.text, message: context.message('text.space-in-quantity', { text: m.text }) });
			}
		}
		return findings;
	},
};

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
