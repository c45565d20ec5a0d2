import type { Line, ReportAnalysis, Span } from '../types';
import type { LineScope } from './scope';

/** The 1-based line holding an offset (the last line that starts at or before it). */
export function lineAt(analysis: ReportAnalysis, offset: number): number {
	return analysis.lines[lineIndexAt(analysis.lines, offset)]?.number ?? 1;
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

/**
 * The text lines holding one of `needles` or a match of `pattern` (global), each once, in order; what
 * crosses a line break counts for no line. A rule whose own pattern needs a rare character or word reads those lines
 * only: a native search of the whole text for each costs less than a search per line.
 */
export function textLinesWith(analysis: ReportAnalysis, scope: LineScope, needles: readonly string[], pattern?: RegExp): Line[] {
	if (!scope.all) {
		// A few changed lines: each is looked at directly.
		return scope.lines(analysis).filter((line) => !line.blank && !line.directive && (needles.some((n) => line.text.includes(n)) || (pattern !== undefined && holds(pattern, line.text))));
	}
	const { lines, text } = analysis;
	const marked = new Uint8Array(lines.length);
	// Marks the line that holds text[at, end) and returns where to search on: the rest of a marked line needs no look.
	const mark = (at: number, end: number): number => {
		const k = lineIndexAt(lines, at);
		const line = lines[k];
		if (!line || line.start > at || line.end < end) {
			return at + 1;
		}
		marked[k] = 1;
		return Math.max(at + 1, line.end);
	};
	for (const needle of needles) {
		let at = text.indexOf(needle);
		while (at >= 0) {
			at = text.indexOf(needle, mark(at, at + needle.length));
		}
	}
	if (pattern) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
			pattern.lastIndex = mark(m.index, m.index + m[0].length);
		}
	}
	return lines.filter((line, k) => marked[k] === 1 && !line.blank && !line.directive);
}

function holds(pattern: RegExp, text: string): boolean {
	pattern.lastIndex = 0;
	const found = pattern.test(text);
	pattern.lastIndex = 0;
	return found;
}

/** The index of the last line that starts at or before an offset (0 before the first), by binary search. */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
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
	return lo;
}

