import { isMarkerNumeral } from './markers';
import { parseChineseNumeral } from './numerals';
import type { Line, Marker, RunInItem } from './types';

const ITEM_END = /[。；;！？!?]/;
const MAX_NUMERAL = 3;

export interface RunInMarker {
	marker: Marker;
	/** The item's text: from after the marker to the end of its first clause. */
	text: string;
}

/**
 * Run-in enumeration markers in `text` at or after `from`; `base` turns indices into document offsets.
 * 一是/二要 count only after a clause boundary, so 统一是 or 这一要求 never do. The scan hops between the
 * occurrences of 是 and 要 (native indexOf) and looks back from each, so plain prose costs two fast searches.
 */
export function findRunInMarkers(text: string, from: number, base: number): readonly RunInMarker[] {
	let found: RunInMarker[] | undefined;
	let shi = text.indexOf('是', from + 1);
	let yao = text.indexOf('要', from + 1);
	while (shi >= 0 || yao >= 0) {
		const at = yao < 0 || (shi >= 0 && shi < yao) ? shi : yao;
		const start = numeralStart(text, at, from);
		if (start >= 0 && !NOT_AFTER_MARKER.has(text.charCodeAt(at + 1))) {
			const ordinal = parseChineseNumeral(text.slice(start, at));
			if (ordinal !== null && ordinal >= 1) {
				const end = at + 1;
				const rest = text.slice(end, end + 200);
				const stop = rest.search(ITEM_END);
				found ??= [];
				found.push({
					marker: { text: text.slice(start, end), style: at === shi ? 'cn-shi' : 'cn-yao', width: 'none', ordinal, span: { start: base + start, end: base + end } },
					text: (stop < 0 ? rest : rest.slice(0, stop)).trim(),
				});
			}
		}
		if (at === shi) {
			shi = text.indexOf('是', at + 1);
		} else {
			yao = text.indexOf('要', at + 1);
		}
	}
	return found ? keepSequences(found) : NONE;
}

/**
 * What a line offers the run-in markers below it (一是 alone on a line may be the first of a list that a hard-wrapped
 * copy carries on to the next): every numeral before 是 or 要, in sequence or not, a clause boundary before it or not.
 * More than the markers, so it changes whenever they do.
 */
export function runInMarkerKey(text: string): string {
	return text.match(RUN_IN_LIKE)?.join() ?? '';
}

const RUN_IN_LIKE = /[一二三四五六七八九十]{1,3}[是要]/g;

/** What most lines hold: one shared empty list instead of one per line. */
const NONE: readonly RunInMarker[] = [];

/** 一是否, 一要求 …: the character after the marker that makes it a word instead. */
const NOT_AFTER_MARKER = new Set([...'否为非求素点件'].map((c) => c.charCodeAt(0)));
const CLAUSE_BOUNDARY = new Set([...'。；;：:，,！？!? \t\u3000'].map((c) => c.charCodeAt(0)));

/** Where the numeral before `at` starts, when it is one to three numerals after a clause boundary (or `from`). */
function numeralStart(text: string, at: number, from: number): number {
	let start = at;
	while (start > from && at - start < MAX_NUMERAL && isMarkerNumeral(text.charCodeAt(start - 1))) {
		start--;
	}
	if (start === at) {
		return -1;
	}
	return start === from || CLAUSE_BOUNDARY.has(text.charCodeAt(start - 1)) ? start : -1;
}

/**
 * A run-in list counts up from where it starts (一是, 二是, …); a lone 三是 with no neighbour in sequence is more
 * likely prose than a list, so only markers that belong to a sequence of two or more are kept.
 */
function keepSequences(found: RunInMarker[]): readonly RunInMarker[] {
	if (found.length < 2) {
		return NONE;
	}
	return found.filter((item, i) => {
		const prev = found[i - 1];
		const next = found[i + 1];
		const style = item.marker.style;
		return (prev !== undefined && prev.marker.style === style && prev.marker.ordinal === item.marker.ordinal - 1)
			|| (next !== undefined && next.marker.style === style && next.marker.ordinal === item.marker.ordinal + 1);
	});
}

/** The run-in items (一是…二是…) of one line, read from `from` (after a heading marker) on, in section `sectionIndex` (or -1). */
export function runInItems(line: Line, from: number, sectionIndex: number): RunInItem[] {
	const found = findRunInMarkers(line.text, from, line.start);
	return found.length === 0 ? NO_ITEMS : found.map((f) => ({
		line: line.number,
		marker: f.marker,
		text: f.text,
		span: { start: f.marker.span.start, end: f.marker.span.end + f.text.length },
		sectionId: sectionIndex >= 0 ? sectionIndex : null,
	}));
}

const NO_ITEMS: RunInItem[] = [];
