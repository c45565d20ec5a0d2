import { analyzeReport } from '../analyze';
import { checkReport, type CheckOptions } from '../rules';
import type { AnalyzeOptions, Finding, Fix, FixEdit, ReportAnalysis, Span } from '../types';

type Fixable = Finding & { fix: Fix };

/** A fix can make the next one possible (a marker inserted, then the run renumbered); a few rounds reach the end. */
const MAX_ROUNDS = 8;

/**
 * The text with non-overlapping edits applied; the offsets are those of the text given. An insertion lands before a
 * replacement that starts at the same offset (a heading inserted before one whose marker changes).
 */
export function applyEdits(text: string, edits: readonly FixEdit[]): string {
	let result = text;
	for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)) {
		result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
	}
	return result;
}

export interface FixAllOptions {
	analyze?: AnalyzeOptions;
	check?: CheckOptions;
}

/**
 * Applies every safe fix, in rounds: each round takes the fixes whose reaches do not meet, applies them and analyzes
 * again. A fix that would change a metric's value is left out, so the figures of the report never move.
 */
export function fixAll(text: string, options: FixAllOptions = {}): string {
	const refused = new Set<string>();
	let current = text;
	let analysis = analyzeReport(current, options.analyze);
	for (let round = 0; round < MAX_ROUNDS; round++) {
		const safe = checkReport(analysis, options.check).filter((f): f is Fixable => f.fix?.safe === true);
		const batch = disjoint(safe.filter((f) => !refused.has(keyOf(f, analysis))));
		if (batch.length === 0) {
			break;
		}
		const figures = figuresOf(analysis);
		let next = applyEdits(current, batch.flatMap((f) => f.fix.edits));
		let nextAnalysis = analyzeReport(next, options.analyze);
		if (figuresOf(nextAnalysis) !== figures) {
			// Rare: find the fix that moves a figure by applying them one at a time, from the end so offsets hold.
			next = current;
			for (const finding of [...batch].reverse()) {
				const candidate = applyEdits(next, finding.fix.edits);
				if (figuresOf(analyzeReport(candidate, options.analyze)) === figures) {
					next = candidate;
				} else {
					refused.add(keyOf(finding, analysis));
				}
			}
			nextAnalysis = analyzeReport(next, options.analyze);
		}
		if (next === current) {
			break;
		}
		current = next;
		analysis = nextAnalysis;
	}
	return current;
}

/** Value, range and unit of every metric, in order: what a fix must not change. */
function figuresOf(analysis: ReportAnalysis): string {
	return JSON.stringify(analysis.metrics.map((m) => [m.value, m.valueMax, m.unit]));
}

/** Identifies a refused fix across rounds, where offsets move: its rule and the text it reaches. */
function keyOf(finding: Fixable, analysis: ReportAnalysis): string {
	return `${finding.rule}\u0000${finding.evidence ?? ''}\u0000${analysis.text.slice(finding.fix.reach.start, finding.fix.reach.end)}`;
}

/** Fixes in document order, skipping any whose reach meets one already taken (an insertion meets what touches it). */
function disjoint(fixable: readonly Fixable[]): Fixable[] {
	const taken: Fixable[] = [];
	for (const f of [...fixable].sort((a, b) => a.fix.reach.start - b.fix.reach.start)) {
		if (!taken.some((t) => meets(t.fix.reach, f.fix.reach))) {
			taken.push(f);
		}
	}
	return taken;
}

function meets(a: Span, b: Span): boolean {
	const start = Math.max(a.start, b.start);
	const end = Math.min(a.end, b.end);
	return start < end || (start === end && (a.start === a.end || b.start === b.end));
}
