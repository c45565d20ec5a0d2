import { memo, MemoKey } from './memo';
import type { Line, ReportAnalysis } from './types';

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

const MATCHES = new MemoKey<WeakMap<ReportAnalysis, LineMatch>>('line matches');

/**
 * How `current`'s lines line up with `previous`'s, made once per pair: reading numbers and carrying findings both need
 * it after a keystroke. Kept on `current`, by `previous` held weakly, so no version keeps another alive.
 */
export function matchAnalyses(previous: ReportAnalysis, current: ReportAnalysis): LineMatch {
	const byPrevious = memo(current, MATCHES, () => new WeakMap<ReportAnalysis, LineMatch>());
	let match = byPrevious.get(previous);
	if (!match) {
		match = new LineMatch(previous.lines, current.lines);
		byPrevious.set(previous, match);
	}
	return match;
}

/** Keeps a match made while analyzing `current`, so reading its numbers and carrying its findings do not make it again. */
export function rememberMatch(previous: ReportAnalysis, current: ReportAnalysis, match: LineMatch): void {
	memo(current, MATCHES, () => new WeakMap<ReportAnalysis, LineMatch>()).set(previous, match);
}
