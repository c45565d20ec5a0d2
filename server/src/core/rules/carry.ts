import { matchAnalyses, type LineMatch } from '../lineMatch';
import { memo, MemoKey, recall, remember } from '../memo';
import { joinedLines, rescanned } from '../mentionReuse';
import { structureKept } from '../structureCarry';
import type { Line, ReportAnalysis } from '../types';
import { lineIndexAt } from './positions';
import { markedLines, type LineScope } from './scope';
import type { RawFinding } from './types';

/** The raw findings of each rule that ran, by rule id, with the options that worded them. */
interface RuleLog {
	key: string;
	raw: ReadonlyMap<string, readonly RawFinding[]>;
}

const RULE_LOG = new MemoKey<RuleLog>('rule log');

export function keepRuleLog(analysis: ReportAnalysis, key: string, raw: ReadonlyMap<string, readonly RawFinding[]>): void {
	remember(analysis, RULE_LOG, { key, raw });
}

/**
 * Carries a line-local rule's findings from the last version of a document to this one: the findings on lines the
 * edit left alone (same text, numbers read the same) move with their line, and the rule is asked only about the
 * other lines (`scope`). Only for a previous check worded the same way (`key`).
 */
export class FindingCarry {
	readonly scope: LineScope;

	private constructor(
		private readonly previous: ReportAnalysis,
		private readonly current: ReportAnalysis,
		private readonly log: RuleLog,
		private readonly match: LineMatch,
		private readonly changed: Uint8Array,
		/** The edit left the sections and items as they were but for their places (structureKept). */
		readonly structureKept: boolean,
	) {
		this.scope = markedLines(changed);
	}

	static plan(previous: ReportAnalysis, current: ReportAnalysis, key: string): FindingCarry | undefined {
		const log = recall(previous, RULE_LOG);
		if (!log || log.key !== key || previous === current) {
			return undefined;
		}
		const match = matchAnalyses(previous, current);
		// Numbers are read on first use, and the record of how each line was read is made then: the rules need them anyway.
		void current.mentions;
		const reread = rescanned(previous, current, match);
		const changed = new Uint8Array(current.lines.length);
		for (let i = 0; i < changed.length; i++) {
			changed[i] = match.previousIndex(i) < 0 || reread(i) ? 1 : 0;
		}
		spreadOverWraps(changed, match, joinedLines(previous), joinedLines(current));
		return new FindingCarry(previous, current, log, match, changed, structureKept(current, previous) !== null);
	}

	/** RuleContext.perLine: the last version's values for the lines it shares with this one. */
	perLine<T>(key: MemoKey<(T | null)[]>, read: (line: Line) => T | null): readonly (T | null)[] {
		return memo(this.current, key, () => {
			const earlier = recall(this.previous, key);
			if (!earlier) {
				return this.current.lines.map(read);
			}
			return this.current.lines.map((line, i) => {
				const old = this.match.previousIndex(i);
				return old >= 0 ? earlier[old] : read(line);
			});
		});
	}

	/** What the rule found last time, or undefined when it did not run then. */
	earlier(rule: string): readonly RawFinding[] | undefined {
		return this.log.raw.get(rule);
	}

	/**
	 * All of a structural rule's `earlier` findings, moved with their lines, when the structure was kept and none sits on
	 * a changed line; else undefined, and the rule is asked again.
	 */
	carryAll(earlier: readonly RawFinding[]): RawFinding[] | undefined {
		if (!this.structureKept) {
			return undefined;
		}
		const carried = this.carry(earlier);
		return carried.length === earlier.length ? carried : undefined;
	}

	/** The findings of `earlier` that sit on unchanged lines, moved to where those lines are now. */
	carry(earlier: readonly RawFinding[]): RawFinding[] {
		const before = this.previous.lines;
		const now = this.current.lines;
		const carried: RawFinding[] = [];
		for (const finding of earlier) {
			if (!finding.span) {
				continue;
			}
			const oldIndex = lineIndexAt(before, finding.span.start);
			const index = this.match.currentIndex(oldIndex);
			if (index < 0 || this.changed[index] === 1) {
				continue;
			}
			const delta = now[index].start - before[oldIndex].start;
			carried.push(delta === 0 ? finding : { ...finding, span: { start: finding.span.start + delta, end: finding.span.end + delta } });
		}
		return carried;
	}
}

/** RuleContext.perLine without a last version: every line read. */
export function readEveryLine<T>(analysis: ReportAnalysis, key: MemoKey<(T | null)[]>, read: (line: Line) => T | null): readonly (T | null)[] {
	return memo(analysis, key, () => analysis.lines.map(read));
}

/**
 * The lines of a hard-wrapped paragraph's sentence are read as one by the rules (clauses.ts mentionLines): a change in
 * one of them (or in the page furniture between them) is a change in all, in the runs of either version. Spread until
 * no run has a changed and an unchanged line (runs of the old version are found through the lines that are still there).
 */
function spreadOverWraps(changed: Uint8Array, match: LineMatch, before: Uint8Array | undefined, now: Uint8Array | undefined): void {
	if (!before && !now) {
		return;
	}
	for (let spread = true; spread;) {
		spread = false;
		for (let i = 1; i < changed.length; i++) {
			const up = now?.[i] ?? 0;
			if (up > 0 && anyChanged(changed, i - up, i) && markRange(changed, i - up, i)) {
				spread = true;
			}
		}
		if (before) {
			for (let old = 1; old < before.length - 1; old++) {
				const up = before[old];
				if (up === 0) {
					continue;
				}
				// The old run's lines as they stand now: a line gone, or one that changed, touches all of them.
				const lines: number[] = [];
				let touched = false;
				for (let k = old - up; k <= old; k++) {
					const current = match.currentIndex(k);
					touched ||= current < 0 || changed[current] === 1;
					if (current >= 0) {
						lines.push(current);
					}
				}
				if (touched && lines.some((k) => changed[k] === 0)) {
					lines.forEach((k) => {
						changed[k] = 1;
					});
					spread = true;
				}
			}
		}
	}
}

function anyChanged(changed: Uint8Array, from: number, to: number): boolean {
	for (let k = from; k <= to; k++) {
		if (changed[k] === 1) {
			return true;
		}
	}
	return false;
}

/** Marks lines `from` … `to` changed; whether any was not. */
function markRange(changed: Uint8Array, from: number, to: number): boolean {
	let marked = false;
	for (let k = from; k <= to; k++) {
		marked ||= changed[k] === 0;
		changed[k] = 1;
	}
	return marked;
}
