import { styleRank } from '../markers';
import { majorityStyle, majorityWidth, markerOf, markerWithOrdinal, sampleMarker, type SiblingGroup } from '../rules/numbering/siblings';
import type { RawFinding } from '../rules/types';
import type { Fix, FixEdit, Marker, MarkerStyle, MarkerWidth, ReportAnalysis } from '../types';
import { expectedMarker, groupOf, hasRunInNumbers, runOf, runReach, runsOf, sectionAt, type Run } from './runs';

/** How GB/T 9704-2012 7.3.3 writes each level, as samples to rewrite with another ordinal. */
const STANDARD_FORMS: readonly Marker[] = [
	standard('cn-dun', '一、', 'none'),
	standard('cn-paren', '（一）', 'full'),
	standard('arabic-dot', '1.', 'half'),
	standard('arabic-paren', '（1）', 'full'),
];

function standard(style: MarkerStyle, text: string, width: MarkerWidth): Marker {
	return { text, style, width, ordinal: 1, span: { start: 0, end: 0 } };
}

function rewrite(sample: Marker, ordinal: number): string | undefined {
	// ① … ⑳ (and ㈠ … ㈩) are all the numbers their sets have.
	return markerWithOrdinal(sample, ordinal) ?? undefined;
}

/** Each marked slot rewritten by `sampleOf` with the ordinal of its position; undefined when one cannot be written. */
function renumberEdits(run: Run, sampleOf: (marker: Marker) => Marker): FixEdit[] | undefined {
	const edits: FixEdit[] = [];
	for (const [i, s] of run.slots.entries()) {
		const marker = markerOf(s);
		if (!marker) {
			continue;
		}
		const text = rewrite(sampleOf(marker), run.base + i);
		if (text === undefined) {
			return undefined;
		}
		if (text !== marker.text) {
			edits.push({ span: marker.span, newText: text });
		}
	}
	return edits;
}

/** numbering.gap, .duplicate and .order: every sibling of the run gets the number of its place, in its own style and width. */
export function renumberRun(analysis: ReportAnalysis, finding: RawFinding): Fix | undefined {
	const section = sectionAt(analysis, finding.span);
	const run = section && runOf(analysis, section);
	if (!run || hasRunInNumbers(analysis, run)) {
		return undefined;
	}
	const edits = renumberEdits(run, (marker) => marker);
	return edits && edits.length > 0 ? { title: 'fix.renumber', args: {}, edits, reach: runReach(run), safe: true } : undefined;
}

/** numbering.unmarked-heading: the marker of its slot, in the run's style, before the title. */
export function insertMarker(analysis: ReportAnalysis, finding: RawFinding): Fix | undefined {
	const section = sectionAt(analysis, finding.span);
	const marker = section && expectedMarker(analysis, section);
	if (!section || !marker) {
		return undefined;
	}
	const at = section.titleSpan.start;
	return { title: 'fix.insert-marker', args: { marker }, edits: [{ span: { start: at, end: at }, newText: marker }], reach: { start: at, end: at }, safe: true };
}

/** numbering.mixed-style: the level's marker (the siblings' style; on a tie the standard's) with the ordinal of its place. */
export function restyleMarker(analysis: ReportAnalysis, finding: RawFinding): Fix | undefined {
	const section = sectionAt(analysis, finding.span);
	const run = section && runOf(analysis, section);
	const marker = section && markerOf(section);
	const style = run && majorityStyle(run.group);
	const sample = style && sampleMarker(run.group, style, majorityWidth(run.group, style));
	const text = run && section && sample ? rewrite(sample, run.base + run.slots.indexOf(section)) : undefined;
	if (!marker || text === undefined || text === marker.text) {
		return undefined;
	}
	return { title: 'fix.restyle-marker', args: { marker: text }, edits: [{ span: marker.span, newText: text }], reach: marker.span, safe: true };
}

/**
 * numbering.level-order: the whole level numbered the way the standard numbers the level below its parent
 * (（一） under 1. becomes （1）). Not offered when the headings below would then stand above their new parent.
 */
export function restyleLevel(analysis: ReportAnalysis, finding: RawFinding): Fix | undefined {
	const section = sectionAt(analysis, finding.span);
	const group = section && groupOf(analysis, section);
	const parent = group?.parent ? markerOf(group.parent) : null;
	const parentRank = parent ? styleRank(parent.style) : undefined;
	const target = parentRank === undefined ? undefined : STANDARD_FORMS.find((f) => styleRank(f.style) === parentRank + 1);
	if (!group || !target || childrenOutrank(analysis, group, target.style)) {
		return undefined;
	}
	const edits: FixEdit[] = [];
	for (const run of runsOf(analysis, group)) {
		const runEdits = renumberEdits(run, () => target);
		if (!runEdits) {
			return undefined;
		}
		edits.push(...runEdits);
	}
	if (edits.length === 0) {
		return undefined;
	}
	const last = group.members[group.members.length - 1];
	return { title: 'fix.restyle-level', args: { sample: target.text }, edits, reach: { start: group.members[0].headingSpan.start, end: last.headingSpan.end }, safe: false };
}

function childrenOutrank(analysis: ReportAnalysis, group: SiblingGroup, style: MarkerStyle): boolean {
	const rank = styleRank(style) ?? 0;
	return group.members.some((s) => {
		const children = s.children.length > 0 ? groupOf(analysis, s.children[0]) : undefined;
		const childStyle = children ? majorityStyle(children) : null;
		const childRank = childStyle ? styleRank(childStyle) : undefined;
		return childRank !== undefined && childRank <= rank;
	});
}

const TO_FULL: Readonly<Record<string, string>> = { '(': '（', ')': '）', '.': '．' };
const TO_HALF: Readonly<Record<string, string>> = { '（': '(', '）': ')', '．': '.' };

function withWidth(marker: Marker, full: boolean): string {
	const table = full ? TO_FULL : TO_HALF;
	return marker.text.replace(/[()（）.．]/g, (c) => table[c] ?? c);
}

/**
 * numbering.width-mix: brackets become full-width, as GB/T 9704 writes （一） and （1）; where the siblings use
 * half-width ones, they all change, so the level agrees. A dot takes the width most siblings use.
 */
export function fixWidth(analysis: ReportAnalysis, finding: RawFinding): Fix | undefined {
	const section = sectionAt(analysis, finding.span);
	const marker = section && markerOf(section);
	const group = section && groupOf(analysis, section);
	if (!marker || !group) {
		return undefined;
	}
	if (marker.style === 'arabic-dot' || marker.style === 'arabic-decimal') {
		const text = withWidth(marker, majorityWidth(group, marker.style) === 'full');
		return { title: 'fix.restyle-marker', args: { marker: text }, edits: [{ span: marker.span, newText: text }], reach: marker.span, safe: true };
	}
	const halves = marker.width === 'half' ? [section] : group.members.filter((s) => markerOf(s)?.style === marker.style && markerOf(s)?.width === 'half');
	const edits = halves.flatMap((s) => (s.marker ? [{ span: s.marker.span, newText: withWidth(s.marker, true) }] : []));
	if (edits.length === 0) {
		return undefined;
	}
	return { title: 'fix.full-width', args: {}, edits, reach: { start: edits[0].span.start, end: edits[edits.length - 1].span.end }, safe: true };
}
