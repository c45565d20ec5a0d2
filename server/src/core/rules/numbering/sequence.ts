import { memo, MemoKey } from '../../memo';
import { FRAME_TITLE } from '../../profiles';
import type { MarkerStyle, ReportAnalysis, Section } from '../../types';
import { majorityStyle, majorityWidth, markerOf, markerWithOrdinal, sampleMarker, siblingGroups, type SiblingGroup } from './siblings';
import { countBefore } from '../../search';

/**
 * What goes wrong in one numbered run, read as the gold's sequence rule reads it: each marker expects the number after
 * the marker before it, so a number above that is a gap and one below it a duplicate, a swap (（五）（四）) included.
 * An unmarked heading that fills a slot is reported as unmarked, never also as the gap it leaves. A gap whose numbers
 * turn up later also says the run is out of order, as an observation.
 */
export type SequenceEvent =
	/** `back`: the numbers skipped stood earlier in the run (（一）（三）（二）（四）: 四 follows 二). */
	| { kind: 'gap'; section: Section; missing: string; back: boolean }
	/** `repeat`: the number was used before in the run; else it comes back below where the run had got to. */
	| { kind: 'duplicate'; section: Section; repeat: boolean; expected: string }
	| { kind: 'order'; section: Section; expected: string }
	| { kind: 'unmarked'; section: Section; expected: string };

const EVENTS = new MemoKey<SequenceEvent[]>('sequence events');

/** The sequence problems of every sibling group, computed once per analysis for the four rules that read them. */
export function sequenceEvents(analysis: ReportAnalysis): SequenceEvent[] {
	return memo(analysis, EVENTS, () => siblingGroups(analysis).flatMap((g) => walkGroup(g, analysis)));
}

function walkGroup(group: SiblingGroup, analysis: ReportAnalysis): SequenceEvent[] {
	if (numberedInOrder(group)) {
		return [];
	}
	const style = majorityStyle(group);
	const counted = group.members.filter((s) => markerOf(s) !== null);
	if (!style || counted.length === 0 || lazyMarkdownList(analysis, counted)) {
		return [];
	}
	const sample = sampleMarker(group, style, majorityWidth(group, style));
	const render = (n: number) => (sample ? markerWithOrdinal(sample, n) : null) ?? String(n);
	const events: SequenceEvent[] = [];
	const ordinals = group.members.map((s) => markerOf(s)?.ordinal ?? null);
	// How often each ordinal still comes after the current member: kept as the walk goes, not recounted at each gap.
	const later = new Map<number, number>();
	for (const o of ordinals) {
		if (o !== null) {
			later.set(o, (later.get(o) ?? 0) + 1);
		}
	}
	let prev = continuedFrom(group, analysis);
	let used = new Set<number>();
	let pending: Section[] = [];
	let inRun = 0;
	group.members.forEach((section, i) => {
		const n = ordinals[i];
		if (n === null) {
			if (!FRAME_TITLE.test(section.title)) {
				pending.push(section);
			}
			return;
		}
		later.set(n, (later.get(n) ?? 0) - 1);
		if (n === 1 && prev >= 2) {
			// A second list under the same parent starts again at 1: a new run, not a repeat; the unmarked headings
			// before it belong to neither run for sure.
			used = new Set();
			inRun = 0;
			prev = 0;
			pending = [];
		}
		if (n <= prev) {
			events.push({ kind: 'duplicate', section, repeat: used.has(n), expected: render(prev + 1) });
		} else {
			const slots = n - prev - 1;
			if (pending.length <= slots) {
				pending.forEach((p, k) => events.push({ kind: 'unmarked', section: p, expected: render(prev + 1 + k) }));
				const next = prev + 1 + pending.length;
				if (next < n) {
					const skipped = range(next, n);
					if (skipped.some((m) => (later.get(m) ?? 0) > 0)) {
						events.push({ kind: 'gap', section, missing: render(next), back: false }, { kind: 'order', section, expected: render(next) });
					} else if (skipped.every((m) => used.has(m))) {
						events.push({ kind: 'gap', section, missing: render(next), back: true });
					} else if (!runInBetween(analysis, group.members[i - 1 - pending.length], section, next) && !(next === 1 && firstOnParentLine(analysis, group.parent, section))) {
						events.push({ kind: 'gap', section, missing: render(next), back: false });
					}
				}
			}
			// More unmarked headings than free numbers: which of them lost a marker cannot be told, so none is reported.
		}
		pending = [];
		used.add(n);
		prev = n;
		inRun++;
	});
	if (pending.length > 0 && inRun >= 2) {
		pending.forEach((p, k) => events.push({ kind: 'unmarked', section: p, expected: render(prev + 1 + k) }));
	}
	return events;
}

/** Every sibling marked 1, 2, 3… in order: the walk below finds nothing there, and most groups are so. */
function numberedInOrder(group: SiblingGroup): boolean {
	for (let i = 0; i < group.members.length; i++) {
		if (markerOf(group.members[i])?.ordinal !== i + 1) {
			return false;
		}
	}
	return true;
}

/** Markdown numbers an ordered list written 1. 1. 1. by itself: the repeated 1. is not a mistake there. */
function lazyMarkdownList(analysis: ReportAnalysis, counted: readonly Section[]): boolean {
	return analysis.format === 'markdown' && counted.length > 1 && counted.every((s) => s.marker?.style === 'arabic-dot' && s.marker.ordinal === 1);
}

/**
 * 一是 in a paragraph of its own, then 二是…三是… run into the next paragraph, then 四是: the numbers in between are
 * there, only not as headings.
 */
function runInBetween(analysis: ReportAnalysis, before: Section | undefined, section: Section, ordinal: number): boolean {
	const style = section.marker?.style;
	const starts = style === undefined ? undefined : itemStarts(analysis).get(style)?.get(ordinal);
	if (!starts) {
		return false;
	}
	const from = before ? before.headingSpan.end : 0;
	// The first item at or after `from`: a gap asks about one stretch, not about every item.
	const k = countBefore(starts.length, (i) => starts[i] < from);
	return k < starts.length && starts[k] < section.headingSpan.start;
}

/**
 * （一）聚焦高位推进，压实工作责任。一是强化领导压实责任。 ⏎ … ⏎ 二是…: the first run-in item ends the line of the
 * heading it belongs to, the others open lines of their own.
 */
function firstOnParentLine(analysis: ReportAnalysis, parent: Section | null, section: Section): boolean {
	const style = section.marker?.style;
	if (parent === null || (style !== 'cn-shi' && style !== 'cn-yao')) {
		return false;
	}
	const line = analysis.lines[parent.line - 1];
	const rest = analysis.text.slice(parent.titleSpan.end, line.start + line.text.length);
	return (style === 'cn-shi' ? FIRST_SHI : FIRST_YAO).test(rest);
}

const FIRST_SHI = /(?:^|[。；;，,：:\s\u3000])一是/;
const FIRST_YAO = /(?:^|[。；;，,：:\s\u3000])一要/;

const ITEM_STARTS = new MemoKey<Map<MarkerStyle, Map<number, number[]>>>('item starts');

/** Where the run-in items start, ascending, by style and ordinal. */
function itemStarts(analysis: ReportAnalysis): Map<MarkerStyle, Map<number, number[]>> {
	return memo(analysis, ITEM_STARTS, () => {
		const byStyle = new Map<MarkerStyle, Map<number, number[]>>();
		for (const item of analysis.items) {
			let byOrdinal = byStyle.get(item.marker.style);
			if (!byOrdinal) {
				byOrdinal = new Map();
				byStyle.set(item.marker.style, byOrdinal);
			}
			const starts = byOrdinal.get(item.marker.ordinal);
			if (starts) {
				starts.push(item.span.start);
			} else {
				byOrdinal.set(item.marker.ordinal, [item.span.start]);
			}
		}
		for (const byOrdinal of byStyle.values()) {
			for (const starts of byOrdinal.values()) {
				starts.sort((a, b) => a - b);
			}
		}
		return byStyle;
	});
}

function range(from: number, to: number): number[] {
	const out: number[] = [];
	for (let m = from; m < to; m++) {
		out.push(m);
	}
	return out;
}

/**
 * Some reports number the items of consecutive parts straight through (（一）1. 2. （二）3. 4.): a group that picks up
 * where the previous part's items stopped starts from there.
 */
export function continuedFrom(group: SiblingGroup, analysis: ReportAnalysis): number {
	const parent = group.parent;
	const first = group.members.findIndex((s) => markerOf(s) !== null);
	const firstMarker = first >= 0 ? markerOf(group.members[first]) : null;
	if (!parent || !firstMarker || firstMarker.ordinal === 1) {
		return 0;
	}
	const uncles = parent.parentId === null ? analysis.sections : analysis.allSections[parent.parentId].children;
	for (let u = siblingIndex(analysis, parent) - 1; u >= 0; u--) {
		const cousins = uncles[u].children.map(markerOf).filter((m) => m !== null);
		if (cousins.length === 0) {
			continue;
		}
		const last = cousins[cousins.length - 1];
		return last.style === firstMarker.style && last.ordinal + 1 + first === firstMarker.ordinal ? last.ordinal : 0;
	}
	return 0;
}

const SIBLING_INDEX = new MemoKey<Map<number, number>>('sibling index');

/** A section's place among its siblings, by id: looked up per group, so not searched for in a long list each time. */
function siblingIndex(analysis: ReportAnalysis, section: Section): number {
	const byId = memo(analysis, SIBLING_INDEX, () => {
		const made = new Map<number, number>();
		for (const list of [analysis.sections, ...analysis.allSections.map((s) => s.children)]) {
			list.forEach((s, i) => made.set(s.id, i));
		}
		return made;
	});
	return byId.get(section.id) ?? -1;
}
