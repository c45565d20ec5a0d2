import { matchAnalyses, type LineMatch } from './lineMatch';
import { MemoKey, recall, remember } from './memo';
import { newMention } from './metrics';
import type { Line, NumericMention, ReportAnalysis } from './types';

/**
 * What an analysis remembers about how it read numbers, so the next version of the same document can skip re-reading
 * the lines an edit did not touch. Reading numbers is most of an analysis, and a keystroke changes one line.
 */
export interface MentionLog {
	setPhrases: readonly string[];
	/** Per line index: where the number scan started (after a heading marker), or -1 when the line was not scanned. */
	from: Int32Array;
	/** Per line index: the scanned mentions are `mentions[first[i]] … mentions[end[i] - 1]` of the analysis. */
	first: Int32Array;
	end: Int32Array;
	/** Per line index: 1 when the line was read as a table row (readsOtherLines), whose numbers are never taken over. */
	tableRow: Uint8Array;
	/** Per line index: the length of the lead the line was read with, the end of the line above (metrics.ts wrapLead). */
	lead: Uint16Array;
	/** Per line index: the length of the trail the line was read with, the start of the line below (wrapTrail). */
	trail: Uint16Array;
	/**
	 * Per line index (and one more): how many lines up stands the line whose sentence the line carries on (wrapsInto),
	 * 1 for the line right above, more across page furniture; 0 for none.
	 */
	joined: Uint8Array;
	/** Whether any line carries on another's sentence. */
	wrapped: boolean;
}

/** How far a line may stand below the one it carries on: across a page number and a running header with a blank line around each. */
export const MAX_JOIN_GAP = 6;

/** The index of the line that carries on the sentence of line `index` (see MentionLog.joined), or -1. */
export function joinedBelow(joined: Uint8Array, index: number): number {
	for (let j = index + 1; j < joined.length && j - index <= MAX_JOIN_GAP; j++) {
		if (joined[j] === j - index) {
			return j;
		}
	}
	return -1;
}

const MENTION_LOG = new MemoKey<MentionLog>('mention log');

export function newMentionLog(lineCount: number, setPhrases: readonly string[]): MentionLog {
	return { setPhrases, from: new Int32Array(lineCount).fill(-1), first: new Int32Array(lineCount), end: new Int32Array(lineCount), tableRow: new Uint8Array(lineCount), lead: new Uint16Array(lineCount), trail: new Uint16Array(lineCount), joined: new Uint8Array(lineCount + 1), wrapped: false };
}

export function keepMentionLog(analysis: ReportAnalysis, log: MentionLog): void {
	remember(analysis, MENTION_LOG, log);
}

/**
 * MentionLog.joined of an analysis (which lines carry on the sentence of which, in hard-wrapped paragraphs), as the
 * numbers were read; undefined when no line does. Reads the numbers if they were not read yet.
 */
export function joinedLines(analysis: ReportAnalysis): Uint8Array | undefined {
	void analysis.mentions;
	const log = recall(analysis, MENTION_LOG);
	return log?.wrapped ? log.joined : undefined;
}

/**
 * `previous` when its numbers have been read, so a later version can take them; else undefined, so that an analysis
 * whose numbers are never read does not keep the version before it alive (and that one the one before).
 */
export function readPrevious(previous: ReportAnalysis | undefined): ReportAnalysis | undefined {
	return previous && recall(previous, MENTION_LOG) ? previous : undefined;
}

/**
 * The mentions a line of the new text can take from `previous`: a line qualifies when it is unchanged (see LineMatch)
 * and its scan started at the same place (a line that became or stopped being a heading is read again). The previous
 * analysis must have been made with the same set phrases, or nothing is taken.
 */
export class MentionSource {
	private readonly log: MentionLog | undefined;
	private readonly match: LineMatch | undefined;

	private readonly previous: ReportAnalysis | undefined;

	/** A previous analysis whose numbers were never read gives nothing, and is not held on to. */
	constructor(previous: ReportAnalysis | undefined, current: ReportAnalysis, setPhrases: readonly string[]) {
		const log = previous && recall(previous, MENTION_LOG);
		if (previous && log && samePhrases(log.setPhrases, setPhrases)) {
			this.previous = previous;
			this.log = log;
			this.match = matchAnalyses(previous, current);
		}
	}

	/** Whether mentions are taken from a previous analysis: what is read anew now will be taken by the next one. */
	get carrying(): boolean {
		return this.log !== undefined;
	}

	/**
	 * Appends to `out` the previous analysis' mentions for line index `i` (scanned from `from`, with a lead and a trail of
	 * `lead` and `trail` characters, from the lines `joined` says), in section `sectionId`,
	 * and says whether it could. A mention that stays where it was, in the same section, is the same object (analyses
	 * are never changed once made, so they may share it); the others are copies moved to `line`. Appended, not
	 * returned: a list per line was a few thousand arrays per keystroke on a large report.
	 */
	take(i: number, line: Line, from: number, lead: number, trail: number, joined: Uint8Array, sectionId: number | null, out: NumericMention[]): boolean {
		const { log, match, previous } = this;
		const oldIndex = match ? match.previousIndex(i) : -1;
		if (!log || !match || !previous || oldIndex < 0 || log.from[oldIndex] !== from || log.tableRow[oldIndex] === 1 || !sameContext(log, oldIndex, lead, trail, i, match, joined)) {
			return false;
		}
		const mentions = previous.mentions;
		const delta = line.start - previous.lines[oldIndex].start;
		for (let k = log.first[oldIndex]; k < log.end[oldIndex]; k++) {
			const m = mentions[k];
			out.push(delta === 0 && m.line === line.number && m.sectionId === sectionId ? m : moved(m, delta, line.number, sectionId));
		}
		return true;
	}
}

/**
 * Whether a line (by index in `current`) had its numbers read anew rather than copied from the line it matches in
 * `previous`: always so when either analysis keeps no log or the set phrases differ.
 */
export function rescanned(previous: ReportAnalysis, current: ReportAnalysis, match: LineMatch): (i: number) => boolean {
	const before = recall(previous, MENTION_LOG);
	const now = recall(current, MENTION_LOG);
	if (!before || !now || !samePhrases(before.setPhrases, now.setPhrases)) {
		return () => true;
	}
	return (i) => {
		const oldIndex = match.previousIndex(i);
		return oldIndex < 0 || before.from[oldIndex] !== now.from[i] || now.tableRow[i] === 1 || !sameContext(before, oldIndex, now.lead[i], now.trail[i], i, match, now.joined);
	};
}

/**
 * The line (index `i`, `oldIndex` before) is read with the same lead and trail as before: as long, and cut from the
 * same lines above and below (`joined`: the new version's joins), with every line from them to it unchanged.
 */
function sameContext(before: MentionLog, oldIndex: number, lead: number, trail: number, i: number, match: LineMatch, joined: Uint8Array): boolean {
	if (before.lead[oldIndex] !== lead || before.trail[oldIndex] !== trail) {
		return false;
	}
	const from = lead === 0 ? i : i - joined[i];
	const to = trail === 0 ? i : joinedBelow(joined, i);
	if (from < 0 || to < 0) {
		return false;
	}
	for (let k = from; k <= to; k++) {
		if (match.previousIndex(k) !== oldIndex + (k - i)) {
			return false;
		}
	}
	return true;
}

function samePhrases(a: readonly string[], b: readonly string[]): boolean {
	return a === b || (a.length === b.length && a.every((p, i) => p === b[i]));
}

/** A fresh object (the old analysis stays as it was). */
function moved(m: NumericMention, delta: number, line: number, sectionId: number | null): NumericMention {
	const copy = newMention(m.span.start + delta, m.span.end + delta, line, m.text, m.value, m.valueMax, m.unit, m.qualifier, m.kind, m.claim, m.label, m.labels);
	copy.sectionId = sectionId;
	return copy;
}
