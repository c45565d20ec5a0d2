import type { NumericMention } from '../../types';
import type { RawFinding, Rule } from '../types';

/**
 * Whitespace between a number and its unit or measure word (18 起, 1414 项). A space before the number is not inside
 * the quantity, and a space between digit groups (13 000) is the thousands spacing GB/T 15835 allows.
 */
const INNER_SPACE = /[0-9０-９一二三四五六七八九十百千万亿两零〇][ \t\u3000\u00a0\u2009\u202f]+(?![0-9０-９\s\u3000\u00a0\u2009\u202f])/;

/**
 * A stray space in a quantity, where the report otherwise writes its quantities closed up. A report that sets a space
 * between every figure and its word (共办理 55 件, 罚没款 1,286.5 万元: a house style, and what many PDF copies give)
 * has no stray ones: when as many of its quantities with a unit word are spaced as are closed (three at least), none is
 * reported.
 */
/** Fewer spaced quantities than this are strays, however few quantities the report has. */
const MIN_STYLE = 3;

export const textSpaceInQuantity: Rule = {
	id: 'text.space-in-quantity',
	defaultSeverity: 'warning',
	check(analysis, context) {
		const spaced: NumericMention[] = [];
		// Counted on unit words only: a house style that spaces 55 件 may still write 12.3% closed up.
		let spacedWords = 0;
		let closedWords = 0;
		for (const m of analysis.mentions) {
			if (!m.claim || m.unit === null) {
				continue;
			}
			const inner = hasSpace(m.text) && INNER_SPACE.test(m.text);
			if (inner) {
				spaced.push(m);
			}
			if (m.unit !== '%') {
				spacedWords += inner ? 1 : 0;
				closedWords += inner ? 0 : 1;
			}
		}
		if (spacedWords >= Math.max(closedWords, MIN_STYLE)) {
			return [];
		}
		return spaced.map((m): RawFinding => ({ span: m.span, evidence: m.text, message: context.message('text.space-in-quantity', { text: m.text }) }));
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
