import { memo, MemoKey } from '../memo';
import { markerOf, siblingGroups, type SiblingGroup } from '../rules/numbering/siblings';
import { continuedFrom, sequenceEvents } from '../rules/numbering/sequence';
import type { ReportAnalysis, Section, Span } from '../types';

/**
 * One numbered run of siblings as the numbering rules read it: its slots are the marked headings and the unmarked
 * ones the rules place in it, and slot i carries the ordinal `base + i`.
 */
export interface Run {
	group: SiblingGroup;
	slots: Section[];
	base: number;
}

interface Index {
	/** Sections by the offset a finding points at: the marker, or the title of an unmarked heading. */
	byOffset: Map<number, Section>;
	groupOf: Map<number, SiblingGroup>;
	/** The marker the rules expect on each unmarked heading they report, by section id. */
	expected: Map<number, string>;
}

const INDEX = new MemoKey<Index>('numbering index');

function indexOf(analysis: ReportAnalysis): Index {
	return memo(analysis, INDEX, () => {
		const index: Index = { byOffset: new Map(), groupOf: new Map(), expected: new Map() };
		for (const s of analysis.allSections) {
			index.byOffset.set(s.titleSpan.start, s);
			if (s.marker) {
				index.byOffset.set(s.marker.span.start, s);
			}
		}
		for (const group of siblingGroups(analysis)) {
			group.members.forEach((s) => index.groupOf.set(s.id, group));
		}
		for (const e of sequenceEvents(analysis)) {
			if (e.kind === 'unmarked') {
				index.expected.set(e.section.id, e.expected);
			}
		}
		return index;
	});
}

/** The heading a numbering finding points at. */
export function sectionAt(analysis: ReportAnalysis, span: Span | null): Section | undefined {
	return span ? indexOf(analysis).byOffset.get(span.start) : undefined;
}

export function groupOf(analysis: ReportAnalysis, section: Section): SiblingGroup | undefined {
	return indexOf(analysis).groupOf.get(section.id);
}

/** The marker the rules expect on an unmarked heading, when they report it. */
export function expectedMarker(analysis: ReportAnalysis, section: Section): string | undefined {
	return indexOf(analysis).expected.get(section.id);
}

/**
 * The runs of a group, split where a second list starts again at 1 (as the sequence rules split them). The first run
 * may carry on from the previous part's items (（一）1. 2. （二）3. 4.).
 */
export function runsOf(analysis: ReportAnalysis, group: SiblingGroup): Run[] {
	const expected = indexOf(analysis).expected;
	const first = continuedFrom(group, analysis);
	const runs: Run[] = [{ group, slots: [], base: first + 1 }];
	let highest = first;
	for (const s of group.members) {
		const n = markerOf(s)?.ordinal;
		if (n === 1 && highest >= 2) {
			runs.push({ group, slots: [], base: 1 });
			highest = 0;
		}
		if (n !== undefined || expected.has(s.id)) {
			runs[runs.length - 1].slots.push(s);
		}
		highest = Math.max(highest, n ?? 0);
	}
	return runs.filter((r) => r.slots.length > 0);
}

export function runOf(analysis: ReportAnalysis, section: Section): Run | undefined {
	const group = groupOf(analysis, section);
	return group ? runsOf(analysis, group).find((r) => r.slots.includes(section)) : undefined;
}

/** From the first slot's heading to the end of the last one's: what renumbering a run may touch. */
export function runReach(run: Run): Span {
	return { start: run.slots[0].headingSpan.start, end: run.slots[run.slots.length - 1].headingSpan.end };
}

/**
 * Run-in items of the run's style between its headings (一是 as a heading, 二是 三是 inside the next paragraph) hold
 * numbers of the run too: renumbering the headings alone would clash with them.
 */
export function hasRunInNumbers(analysis: ReportAnalysis, run: Run): boolean {
	const styles = new Set(run.slots.map((s) => s.marker?.style));
	const reach = runReach(run);
	return analysis.items.some((item) => styles.has(item.marker.style) && item.span.start >= reach.start && item.span.start < reach.end);
}
