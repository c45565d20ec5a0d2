import { textLines } from '../positions';
import type { RawFinding, Rule } from '../types';

/**
 * Residue of converting Word files to text: bookmarks ([bookmark: _GoBack]), field codes ({ PAGE \* MERGEFORMAT }),
 * hyperlink codes, private-use glyphs from symbol fonts, and the replacement character of a failed decoding.
 */
const RESIDUE = new RegExp([
	String.raw`\[bookmark:[^\]]*\]`,
	String.raw`\{\s*(?:PAGE|NUMPAGES|HYPERLINK|TOC|REF|SEQ|MERGEFIELD|DATE|TIME|PAGEREF|FORMTEXT|EMBED|INCLUDEPICTURE)\b[^}]*\}`,
	String.raw`\bHYPERLINK\s+(?:\\l\s+)?"[^"]*"`,
	String.raw`\\\*\s*MERGEFORMAT`,
	'[\uE000-\uF8FF\uFFFD]+',
].join('|'), 'g');

export const textConversionArtifact: Rule = {
	id: 'text.conversion-artifact',
	defaultSeverity: 'warning',
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const line of textLines(analysis)) {
			for (const m of line.text.matchAll(RESIDUE)) {
				const start = line.start + (m.index ?? 0);
				findings.push({ span: { start, end: start + m[0].length }, evidence: m[0], message: context.message('text.conversion-artifact', { text: m[0] }) });
			}
		}
		return findings;
	},
};
