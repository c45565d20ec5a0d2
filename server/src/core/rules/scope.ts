import type { Line, ReportAnalysis } from '../types';

/**
 * The lines a line-local rule is asked about: all of them, or — when the findings of the last version are carried
 * over — only the lines an edit changed.
 */
export interface LineScope {
	readonly all: boolean;
	/** Whether the line with this 1-based number is asked about. */
	has(line: number): boolean;
	/** The lines asked about, in document order. */
	lines(analysis: ReportAnalysis): readonly Line[];
}

export const ALL_LINES: LineScope = { all: true, has: () => true, lines: (analysis) => analysis.lines };

/** The lines whose index is marked in `marked`; the list is made once, for all the rules that ask. */
export function markedLines(marked: Uint8Array): LineScope {
	const made = new WeakMap<ReportAnalysis, readonly Line[]>();
	return {
		all: false,
		has: (line) => marked[line - 1] === 1,
		lines: (analysis) => {
			let lines = made.get(analysis);
			if (!lines) {
				lines = analysis.lines.filter((_, i) => marked[i] === 1);
				made.set(analysis, lines);
			}
			return lines;
		},
	};
}
