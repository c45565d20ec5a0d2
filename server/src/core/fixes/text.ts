import { isMarkupLine, tagEndAt } from '../html';
import { lineAt } from '../rules/positions';
import { decodeEntities, insertedText } from '../rules/text/conversionArtifact';
import type { RawFinding, RuleContext } from '../rules/types';
import type { Fix, FixEdit, ReportAnalysis, Span } from '../types';

function single(title: Fix['title'], args: Fix['args'], span: Span, newText: string): Fix {
	return { title, args, edits: [{ span, newText }], reach: span, safe: true };
}

const DIGIT = /[0-9０-９.．]/;

/**
 * text.conversion-artifact: the residue goes; the words around it stay. Residue between two digits is left to the
 * writer: removing it would join two numbers into one. A running header or a line of HTML tags is a whole line, which
 * goes with its break.
 * HTML entities that stand for a character become it.
 */
export function removeResidue(analysis: ReportAnalysis, finding: RawFinding): Fix | undefined {
	const span = finding.span;
	if (!span || (DIGIT.test(analysis.text[span.start - 1] ?? '') && DIGIT.test(analysis.text[span.end] ?? ''))) {
		return undefined;
	}
	const residue = analysis.text.slice(span.start, span.end);
	const decoded = decodeEntities(residue) ?? insertedText(residue);
	if (decoded) {
		// &ldquo; stands for “, which stays; a tracked insertion's words stay without its markup
		return single('fix.replace', { right: decoded }, span, decoded);
	}
	const line = lineAt(analysis, span.start);
	// A running header, or a line of tags only (</p>), is a whole line of residue: it goes with its break.
	if (analysis.runningHeaderLines.includes(line) || isMarkupLine(analysis.lines[line - 1].text)) {
		return single('fix.remove-residue', { text: finding.evidence ?? '' }, lineWithBreak(analysis, line - 1), '');
	}
	if (tagEndAt(analysis.text, span.start) > 0) {
		return removeTags(analysis, span, finding.evidence ?? '');
	}
	return single('fix.remove-residue', { text: finding.evidence ?? '' }, span, '');
}

/** The tags in `span` (<p><strong>…</strong></p>) go, the words between them stay; none between two digits. */
function removeTags(analysis: ReportAnalysis, span: Span, evidence: string): Fix | undefined {
	const text = analysis.text;
	const edits: FixEdit[] = [];
	for (let at = span.start; at < span.end;) {
		let end = at;
		for (let next = tagEndAt(text, end); next > 0 && next <= span.end; next = tagEndAt(text, end)) {
			end = next;
		}
		if (end > at) {
			if (DIGIT.test(text[at - 1] ?? '') && DIGIT.test(text[end] ?? '')) {
				return undefined;
			}
			edits.push({ span: { start: at, end }, newText: '' });
			at = end;
		} else {
			at++;
		}
	}
	return edits.length > 0 ? { title: 'fix.remove-residue', args: { text: evidence }, edits, reach: span, safe: true } : undefined;
}

/** text.page-number: the whole line goes with its line break. */
export function removePageNumberLine(analysis: ReportAnalysis, finding: RawFinding): Fix | undefined {
	if (!finding.span) {
		return undefined;
	}
	return single('fix.remove-line', { text: finding.evidence ?? '' }, lineWithBreak(analysis, lineAt(analysis, finding.span.start) - 1), '');
}

/** A line with its line break: the one after it, or on the last line the one before it. */
function lineWithBreak(analysis: ReportAnalysis, index: number): Span {
	const line = analysis.lines[index];
	const next = analysis.lines[index + 1];
	const previous = analysis.lines[index - 1];
	return next ? { start: line.start, end: next.start } : previous ? { start: previous.end, end: line.end } : { start: line.start, end: line.end };
}

/** Whitespace inside a mention: between its number and unit, its digit groups, a year and 年. */
const INNER_SPACE = /[ \t\u3000\u00a0\u2009\u202f]+/g;

/** text.space-in-quantity: every space inside the mention goes (18 件 → 18件, 13 000 件 → 13000件). */
export function removeQuantitySpace(_analysis: ReportAnalysis, finding: RawFinding): Fix | undefined {
	const span = finding.span;
	const text = finding.evidence;
	if (!span || !text) {
		return undefined;
	}
	const edits: FixEdit[] = [...text.matchAll(INNER_SPACE)].map((m) => {
		const start = span.start + (m.index ?? 0);
		return { span: { start, end: start + m[0].length }, newText: '' };
	});
	return edits.length > 0 ? { title: 'fix.remove-space', args: { text }, edits, reach: span, safe: true } : undefined;
}

/** text.confusable: the listed replacement (the first entry for the phrase, as the rule reads the list). */
export function replaceConfusable(_analysis: ReportAnalysis, finding: RawFinding, context: RuleContext): Fix | undefined {
	const entry = context.confusables.find((c) => c.wrong === finding.evidence);
	return finding.span && entry ? single('fix.replace', { right: entry.right }, finding.span, entry.right) : undefined;
}
