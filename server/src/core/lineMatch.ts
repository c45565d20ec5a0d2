import type { Line } from './types';

/**
 * How the lines of a new version of a document line up with the last version's: the run of lines at the start whose
 * text is unchanged, and the run at the end. An edit anywhere leaves everything outside the lines it touched in these
 * two runs, which is what an editor's keystroke-by-keystroke analysis relies on to redo only those lines.
 */
export class LineMatch {
	/** Lines [0, head) are unchanged and keep their index. */
	readonly head: number;
	/** Lines [tailFrom, length) are unchanged; line i was line i + shift before. */
	readonly tailFrom: number;
	readonly shift: number;
	private readonly previousTailFrom: number;

	constructor(previous: readonly Line[], lines: readonly Line[]) {
		const common = Math.min(previous.length, lines.length);
		let head = 0;
		while (head < common && previous[head].text === lines[head].text) {
			head++;
		}
		let tail = 0;
		while (tail < common - head && previous[previous.length - 1 - tail].text === lines[lines.length - 1 - tail].text) {
			tail++;
		}
		this.head = head;
		this.tailFrom = lines.length - tail;
		this.previousTailFrom = previous.length - tail;
		this.shift = previous.length - lines.length;
	}

	/** The index the line at new index `i` had before, or -1 for a changed line. */
	previousIndex(i: number): number {
		return i < this.head ? i : i >= this.tailFrom ? i + this.shift : -1;
	}

	/** The index the line at old index `i` has now, or -1 when it changed. */
	currentIndex(i: number): number {
		return i < this.head ? i : i >= this.previousTailFrom ? i - this.shift : -1;
	}
}

/**
 * Each version's match with the version before it, by the new version's lines. Reading numbers and carrying findings
 * both need it after a keystroke; the earlier lines are held weakly, so no chain of versions is kept alive.
 */
const MATCHES = new WeakMap<readonly Line[], { previous: WeakRef<readonly Line[]>; match: LineMatch }>();

/** The LineMatch of `lines` against `previous`, made once per pair. */
export function matchLines(previous: readonly Line[], lines: readonly Line[]): LineMatch {
	const kept = MATCHES.get(lines);
	if (kept && kept.previous.deref() === previous) {
		return kept.match;
	}
	const match = new LineMatch(previous, lines);
	MATCHES.set(lines, { previous: new WeakRef(previous), match });
	return match;
}
