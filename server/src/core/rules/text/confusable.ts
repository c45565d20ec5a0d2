import type { Confusable } from '../../lexicon/confusables';
import { textLines } from '../positions';
import type { RawFinding, Rule } from '../types';

/** Phrases from the confusables list (built in plus the caller's), where the surrounding characters allow the reading. */
export const textConfusable: Rule = {
	id: 'text.confusable',
	defaultSeverity: 'warning',
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const line of textLines(analysis)) {
			const hits: { start: number; entry: Confusable }[] = [];
			for (const entry of context.confusables) {
				for (let at = line.text.indexOf(entry.wrong); at >= 0; at = line.text.indexOf(entry.wrong, at + 1)) {
					if (fits(line.text, at, entry)) {
						hits.push({ start: at, entry });
					}
				}
			}
			// Where entries overlap, the longer phrase is the one meant.
			hits.sort((a, b) => a.start - b.start || b.entry.wrong.length - a.entry.wrong.length);
			let covered = -1;
			for (const { start, entry } of hits) {
				if (start < covered) {
					continue;
				}
				covered = start + entry.wrong.length;
				findings.push({
					span: { start: line.start + start, end: line.start + covered },
					evidence: entry.wrong,
					message: context.message('text.confusable', { wrong: entry.wrong, right: entry.right }),
				});
			}
		}
		return findings;
	},
};

function fits(text: string, at: number, entry: Confusable): boolean {
	const before = text[at - 1];
	const after = text[at + entry.wrong.length];
	return !(before && entry.exceptAfter?.includes(before)) && !(after && entry.exceptBefore?.includes(after));
}
