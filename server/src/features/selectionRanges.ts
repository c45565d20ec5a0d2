import type { Position, SelectionRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReportAnalysis, Section, Span } from '../core/types';
import { toOffset, toPosition, toRange } from './positions';

const CLAUSE_END = /[。；！？;!?]/;

/** Smart select grows clause (up to 。 or ；) → line → section → each enclosing section. */
export function toSelectionRanges(doc: TextDocument, analysis: ReportAnalysis, positions: readonly Position[]): SelectionRange[] {
	return positions.map((position) => {
		const offset = toOffset(doc, position);
		const spans = [...lineSpans(analysis, toPosition(doc, offset).line, offset), ...sectionSpans(analysis, offset)];
		let range: SelectionRange | undefined;
		// Built from the outside in; a span equal to the one around it adds no step.
		for (let i = spans.length - 1; i >= 0; i--) {
			const next = spans[i + 1];
			if (next && next.start === spans[i].start && next.end === spans[i].end) {
				continue;
			}
			range = { range: toRange(doc, spans[i]), parent: range };
		}
		return range ?? { range: { start: position, end: position } };
	});
}

function lineSpans(analysis: ReportAnalysis, lineIndex: number, offset: number): Span[] {
	const line = analysis.lines[lineIndex];
	if (!line) {
		return [];
	}
	const at = offset - line.start;
	let start = at;
	while (start > 0 && !CLAUSE_END.test(line.text[start - 1])) {
		start--;
	}
	let end = at;
	while (end < line.text.length && !CLAUSE_END.test(line.text[end])) {
		end++;
	}
	// The clause keeps its closing mark, as a selected sentence would.
	end = Math.min(end + 1, line.text.length);
	const lineSpan = { start: line.start, end: line.end };
	return end > start ? [{ start: line.start + start, end: line.start + end }, lineSpan] : [lineSpan];
}

/** The innermost section holding the offset, then its ancestors. */
function sectionSpans(analysis: ReportAnalysis, offset: number): Span[] {
	let innermost: Section | undefined;
	for (const s of analysis.allSections) {
		if (s.span.start > offset) {
			break;
		}
		if (offset <= s.span.end) {
			innermost = s;
		}
	}
	const spans: Span[] = [];
	for (let s = innermost; s; s = s.parentId === null ? undefined : analysis.allSections[s.parentId]) {
		spans.push(s.span);
	}
	return spans;
}
