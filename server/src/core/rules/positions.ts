import type { Line, ReportAnalysis, Span } from '../types';

/** The 1-based line holding an offset (the last line that starts at or before it). */
export function lineAt(analysis: ReportAnalysis, offset: number): number {
	const lines = analysis.lines;
	let lo = 0;
	let hi = lines.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (lines[mid].start <= offset) {
			lo = mid;
		} else {
			hi = mid - 1;
		}
	}
	return lines[lo]?.number ?? 1;
}

/** A line's text without its leading and trailing whitespace, with the document span of what is left. */
export function trimmedLine(line: Line): { text: string; span: Span } {
	const start = line.text.search(/[^\s\u3000\u00a0]/);
	if (start < 0) {
		return { text: '', span: { start: line.start, end: line.start } };
	}
	const text = line.text.slice(start).replace(/[\s\u3000\u00a0]+$/, '');
	return { text, span: { start: line.start + start, end: line.start + start + text.length } };
}

/** Lines that carry report text: not blank, not an inline directive. */
export function textLines(analysis: ReportAnalysis): Line[] {
	return analysis.lines.filter((l) => !l.blank && !l.directive);
}
