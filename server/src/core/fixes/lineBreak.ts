import type { ReportAnalysis } from '../types';

/** The line break the report uses (its first one), for lines a fix or a comment adds; LF in a one-line text. */
export function lineBreakOf(analysis: ReportAnalysis): string {
	const [first, second] = analysis.lines;
	return second ? analysis.text.slice(first.end, second.start) : '\n';
}
