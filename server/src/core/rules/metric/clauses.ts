import { memo, MemoKey, recall, remember } from '../../memo';
import type { NumericMention, ReportAnalysis } from '../../types';
import type { LineScope } from '../scope';
import { countBefore } from '../../search';
import { joinedBelow, joinedLines } from '../../mentionReuse';

/** A stretch of one line between punctuation (，、：), with the numeric mentions inside it. */
export interface Clause {
	start: number;
	end: number;
	/** Index of the sentence (split at 。；！？) within the line. */
	sentence: number;
	/** The mark before the clause: '、' continues an enumeration; '）' closes a bracketed breakdown (（其中…）, （①…；②…）). */
	after: string;
	mentions: readonly NumericMention[];
}

/** Shared by the clauses without a number (most of them), so only the others get a list of their own. */
const NO_MENTIONS: readonly NumericMention[] = Object.freeze([]);

const SENTENCE = 1;
const CLAUSE = 2;
/** By UTF-16 code unit: what a character ends, a sentence (。；！？) or a clause (，、：). A table: every character is looked up. */
const ENDS = new Uint8Array(0x10000);
for (const c of '。；;！？!?') {
	ENDS[c.charCodeAt(0)] = SENTENCE;
}
for (const c of '，,、：:') {
	ENDS[c.charCodeAt(0)] = CLAUSE;
}
/** Brackets end a clause only around a breakdown: 案卷420卷（其中行政处罚卷286卷、行政许可卷124卷）. */
const BRACKET = 3;
for (const c of '（(）)') {
	ENDS[c.charCodeAt(0)] = BRACKET;
}

/**
 * One line's numeric mentions in text order; its clauses are split on first request, as most lines need none. The lines
 * of a hard-wrapped paragraph that carry on one sentence (a PDF copy's) are read as one: `line` is the first of them,
 * `last` the last, and a sentence that runs over the wrap (受理197件 … 审结率为 ⏎ 98.5%) is one sentence.
 */
export interface MentionLine {
	line: number;
	last: number;
	/** The text of the lines `line` … `last` (line breaks included), as offsets in the document. */
	start: number;
	end: number;
	mentions: NumericMention[];
	/** How many of the mentions are exact quantities: a rule that compares two or three of them skips lines with fewer. */
	quantities: number;
	clauses?: Clause[];
}

/** The text of a line from `mentionLines`: of all its lines, for the lines of a wrapped paragraph. */
export function lineText(analysis: ReportAnalysis, line: MentionLine): string {
	return line.last === line.line ? analysis.lines[line.line - 1].text : analysis.text.slice(line.start, line.end);
}

const MENTION_LINES = new MemoKey<MentionLine[]>('mention lines');
const SCOPED_MENTION_LINES = new MemoKey<{ analysis: ReportAnalysis; lines: MentionLine[] }>('mention lines in scope');

/**
 * Every line in `scope` that holds a numeric mention, in the order of the mentions. Made once per analysis (or per
 * scope of changed lines) and shared by the rules that ask.
 */
export function mentionLines(analysis: ReportAnalysis, scope: LineScope): MentionLine[] {
	if (!scope.all) {
		let made = recall(scope, SCOPED_MENTION_LINES);
		if (made?.analysis !== analysis) {
			made = { analysis, lines: groupByLine(analysis, analysis.mentions.filter((m) => scope.has(m.line))) };
			remember(scope, SCOPED_MENTION_LINES, made);
		}
		return made.lines;
	}
	return memo(analysis, MENTION_LINES, () => groupByLine(analysis, analysis.mentions));
}

function groupByLine(analysis: ReportAnalysis, mentions: readonly NumericMention[]): MentionLine[] {
	const lines: MentionLine[] = [];
	// Mentions come line by line: a line is only looked up (in a map made then) if one comes back to an earlier line.
	let byNumber: Map<number, MentionLine> | undefined;
	let current: MentionLine | undefined;
	const unordered = new Set<MentionLine>();
	for (const m of mentions) {
		if (current?.line !== m.line) {
			if (!byNumber && current && m.line < current.line) {
				byNumber = new Map(lines.map((l) => [l.line, l]));
			}
			current = byNumber?.get(m.line);
			if (!current) {
				const line = analysis.lines[m.line - 1];
				current = { line: m.line, last: m.line, start: line.start, end: line.end, mentions: [], quantities: 0 };
				byNumber?.set(m.line, current);
				lines.push(current);
			}
		}
		const last = current.mentions[current.mentions.length - 1];
		if (last && m.span.start < last.span.start) {
			unordered.add(current);
		}
		current.mentions.push(m);
		current.quantities += isExactQuantity(m) ? 1 : 0;
	}
	for (const l of unordered) {
		l.mentions.sort((a, b) => a.span.start - b.span.start);
	}
	const joined = joinedLines(analysis);
	return joined ? joinWrapped(analysis, lines, joined) : lines;
}

/**
 * The lines of each hard-wrapped paragraph's sentence run (`joined`, by line index) as one: their mentions together,
 * the text from the first line's start to the last one's end.
 */
function joinWrapped(analysis: ReportAnalysis, lines: MentionLine[], joined: Uint8Array): MentionLine[] {
	const result: MentionLine[] = [];
	// The wrapped paragraph found last: a line that carries on one of its lines belongs to it, so a paragraph of many
	// wrapped lines is walked once, not once per line.
	let chainFirst = 0;
	let chainLast = -1;
	for (const l of lines) {
		// Line numbers: line n has index n - 1, and carries on line n - joined[n - 1] (across page furniture at times).
		const onto = l.line - joined[l.line - 1];
		let first = l.line;
		let last = l.line;
		if (onto !== l.line && onto >= chainFirst && l.line <= chainLast) {
			first = chainFirst;
			last = chainLast;
		} else {
			while (joined[first - 1] > 0) {
				first -= joined[first - 1];
			}
			for (let below = joinedBelow(joined, last - 1); below >= 0; below = joinedBelow(joined, last - 1)) {
				last = below + 1;
			}
			chainFirst = first;
			chainLast = last;
		}
		const previous = result[result.length - 1];
		if (previous && previous.line === first) {
			previous.mentions.push(...l.mentions);
			previous.quantities += l.quantities;
			continue;
		}
		if (first !== l.line || last !== l.line) {
			l.line = first;
			l.last = last;
			l.start = analysis.lines[first - 1].start;
			l.end = analysis.lines[last - 1].end;
		}
		result.push(l);
	}
	return result;
}

/** The clauses of a line from `mentionLines`. */
export function clausesOf(analysis: ReportAnalysis, line: MentionLine): Clause[] {
	line.clauses ??= splitLine(analysis, line);
	return line.clauses;
}

/** The line's mentions sorted by start: one pass over the line and the mentions together, so a long line stays linear. */
function splitLine(analysis: ReportAnalysis, line: MentionLine): Clause[] {
	let mentions: readonly NumericMention[] = line.mentions;
	const text = analysis.text;
	const clauses: Clause[] = [];
	let sentence = 0;
	let start = line.start;
	let after = '';
	// The furthest end of the mentions that start before the current offset: inside it, punctuation belongs to a number.
	let seen = 0;
	let covered = -1;
	const end = line.end;
	let breakdown = false;
	for (let i = line.start; i < end; i++) {
		const ends = ENDS[text.charCodeAt(i)];
		if (ends === 0) {
			continue;
		}
		if (ends === BRACKET) {
			// （其中…） reads as ，其中…， : the parts stand in clauses of their own after the total.
			const opens = text.charCodeAt(i) === 0xff08 || text.charCodeAt(i) === 0x28;
			if (opens ? !opensBreakdown(text, i + 1) : !breakdown) {
				continue;
			}
			breakdown = opens;
		}
		while (seen < mentions.length && mentions[seen].span.start < i) {
			covered = Math.max(covered, mentions[seen].span.end);
			seen++;
		}
		// Punctuation inside a number's own text (1,000) does not split it.
		if (i < covered) {
			continue;
		}
		// An empty stretch (two marks in a row) is no clause.
		const empty = i === start;
		if (!empty) {
			clauses.push({ start, end: i, sentence, after, mentions: NO_MENTIONS });
		}
		start = i + 1;
		if (ends === SENTENCE && !(breakdown && isSemicolon(text.charCodeAt(i)))) {
			sentence++;
			after = '';
			breakdown = false;
		} else {
			// The clause after a breakdown's closing bracket says it closed: a list of parts ends there.
			after = ends === BRACKET ? (breakdown ? '，' : '）') : empty && after === '）' ? after : text[i];
		}
	}
	if (end > start) {
		clauses.push({ start, end, sentence, after, mentions: NO_MENTIONS });
	}
	// Each mention goes to the clause it starts in (a run of the sorted list); one that starts on a mark belongs to none.
	// Last year's figures in brackets (142件（上年为118件）) are no part or whole of this year's: they go to none.
	mentions = withoutPriorYear(text, line.start, line.end, mentions);
	let k = 0;
	for (let j = 0; j < mentions.length;) {
		const at = mentions[j].span.start;
		while (k < clauses.length && clauses[k].end <= at) {
			k++;
		}
		if (k === clauses.length) {
			break;
		}
		const clause = clauses[k];
		let next = j + 1;
		if (clause.start <= at) {
			while (next < mentions.length && mentions[next].span.start < clause.end) {
				next++;
			}
			clause.mentions = mentions.slice(j, next);
		}
		j = next;
	}
	return clauses;
}

/**
 * A bracketed breakdown opens with 其中, 包括, 含 or with the first of circled item numbers: 1215件（①裁决结案489件；
 * ②调解结案726件）, 1.26亿元（含中央资金0.82亿元、省级资金0.31亿元）.
 */
function opensBreakdown(text: string, at: number): boolean {
	return text.startsWith('其中', at) || text.charCodeAt(at) === 0x2460 || text.startsWith('包括', at) || text.startsWith('包含', at) || text.charCodeAt(at) === 0x542b; // 含
}

/** Inside a breakdown's brackets a ； parts its items: the sentence goes on after the closing bracket. */
function isSemicolon(code: number): boolean {
	return code === 0xff1b || code === 0x3b;
}

/** A bracket that gives last year's figure: （上年为118件）, （上年同期97.1%）, （2022年：9.8%）. */
const PRIOR_YEAR = /[（(](?:上年|去年|同期|前一年|[12][0-9]{3}年[：:为])[^（）()]*[）)]/g;

function withoutPriorYear(text: string, start: number, end: number, mentions: readonly NumericMention[]): readonly NumericMention[] {
	const line = text.slice(start, end);
	if (!line.includes('上年') && !line.includes('去年') && !line.includes('同期') && !line.includes('年：') && !line.includes('年为') && !line.includes('前一年')) {
		return mentions;
	}
	const ranges: [number, number][] = [];
	PRIOR_YEAR.lastIndex = 0;
	for (let m = PRIOR_YEAR.exec(line); m; m = PRIOR_YEAR.exec(line)) {
		ranges.push([start + m.index, start + m.index + m[0].length]);
	}
	return ranges.length === 0 ? mentions : mentions.filter((m) => !ranges.some(([from, to]) => m.span.start > from && m.span.end < to));
}

/**
 * Where a finding about figures from `first` on starts: at `from` (a clause's start), but not before the line `first`
 * stands on, so that a clause read over a wrap (全年受理矛盾纠纷 ⏎ 214件，…) is shown from its figure's line.
 */
export function findingStart(analysis: ReportAnalysis, from: number, first: NumericMention): number {
	return Math.max(from, analysis.lines[first.line - 1].start);
}

/**
 * The clause's text from its start up to an offset inside it (the words before a number), across a wrap as one line:
 * without the line breaks, and without a page number standing between them (a line with no words).
 */
export function textBefore(analysis: ReportAnalysis, clause: Clause, offset: number): string {
	const text = analysis.text.slice(clause.start, offset).trim();
	return text.includes('\n') ? text.split(/\r?\n/).filter((part, i) => i === 0 || HAS_WORDS.test(part)).join('') : text;
}

const HAS_WORDS = /[\u4e00-\u9fff]/;

/** Counts and amounts that can be added and compared: exact numbers, not bounds (余, 以上) or names. */
export function isExactQuantity(m: NumericMention): m is NumericMention & { value: number } {
	return (m.kind === 'count' || m.kind === 'money') && typeof m.value === 'number' && !m.approx && m.valueMax === null;
}

export function isPercent(m: NumericMention): m is NumericMention & { value: number } {
	return m.kind === 'percent' && m.unit === '%' && typeof m.value === 'number';
}

/** The last exact quantity of a clause. */
export function lastQuantity(clause: Clause | undefined, before = Infinity): (NumericMention & { value: number }) | undefined {
	if (!clause) {
		return undefined;
	}
	const mentions = clause.mentions;
	if (mentions.length <= SHORT_CLAUSE) {
		for (let k = mentions.length - 1; k >= 0; k--) {
			const m = mentions[k];
			if (m.span.start < before && isExactQuantity(m)) {
				return m;
			}
		}
		return undefined;
	}
	// A long clause is asked about once per number in it: the answer for each prefix is worked out once.
	const last = memo(clause, LAST_QUANTITIES, () => {
		const made = [-1];
		for (let k = 0; k < mentions.length; k++) {
			made.push(isExactQuantity(mentions[k]) ? k : made[k]);
		}
		return made;
	});
	// How many mentions start before the offset (they are in text order).
	const k = last[countBefore(mentions.length, (i) => mentions[i].span.start < before)];
	return k >= 0 ? mentions[k] as NumericMention & { value: number } : undefined;
}

/** Up to this many numbers, a clause is simply read backwards. */
const SHORT_CLAUSE = 8;
/** For a long clause, at each count of its first mentions, the index of the last exact quantity among them (or -1). */
const LAST_QUANTITIES = new MemoKey<number[]>('last quantities');

const ADVERBS = /^(?:其中|全年|今年|共计|共|累计|依法|已经|已|均|全部|当年|同期)+/;

/** Adverbs that carry nothing about what is counted (共受理, 依法受理, 已办结). A slice, not a copy of a long text. */
export function stripAdverbs(text: string): string {
	const m = ADVERBS.exec(text);
	return m ? text.slice(m[0].length) : text;
}

const FIRST_ENDS = new MemoKey<Map<string, number>>('first ends');

/**
 * Whether text[from, to) holds `what` (a word, or a pattern that is not global and matches any text holding a text it
 * matches: words and classes, no anchors or lookarounds), for `from` and `to` inside the clause. Where the earliest
 * match after `from` ends is found once and kept: each number of a long clause asks about a longer stretch from the
 * same start, and none reads the clause again.
 */
export function holdsBetween(analysis: ReportAnalysis, clause: Clause, from: number, to: number, what: string | RegExp): boolean {
	const ends = memo(clause, FIRST_ENDS, () => new Map<string, number>());
	const key = `${from} ${typeof what === 'string' ? what : what.source}`;
	let end = ends.get(key);
	if (end === undefined) {
		end = firstEnd(analysis.text, from, clause.end, what);
		ends.set(key, end);
	}
	return end <= to;
}

/** The least `end` up to `to` for which text[from, end) holds `what`, or Infinity. */
function firstEnd(text: string, from: number, to: number, what: string | RegExp): number {
	if (typeof what === 'string') {
		const at = text.slice(from, to).indexOf(what);
		return at < 0 ? Infinity : from + at + what.length;
	}
	if (!what.test(text.slice(from, to))) {
		return Infinity;
	}
	// A match in a shorter text stays in a longer one: halve the stretch until the shortest that holds one.
	let lo = from;
	let hi = to;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (what.test(text.slice(from, mid))) {
			hi = mid;
		} else {
			lo = mid + 1;
		}
	}
	return lo;
}

/** Words saying the list goes on beyond the parts given (其余2件, 另有2件尚在审理, 撤回2件). */
export const LIST_GOES_ON = /其余|另有|另外|另|尚|正在|待|还有|剩余|其他|其它|转|移送|告知|退回|补正|撤回|撤诉|终止/;

/** Whether `a` holds two characters in a row of `b` (or, being one character, stands in it). */
export function sharesBigram(a: string, b: string): boolean {
	for (let i = 0; i + 2 <= b.length; i++) {
		if (a.includes(b.slice(i, i + 2))) {
			return true;
		}
	}
	return a.length === 1 && b.includes(a);
}

/**
 * The clause from `k` back that holds a number, past at most `max` clauses of its sentence that hold none (信访积案74件
 * 逐件落实，实行领导包案…，已化解68件; 14件，均已审结，其中维持…: words between a whole and its parts); else `k`.
 */
export function pastNumberless(clauses: readonly Clause[], k: number, max: number): number {
	let j = k;
	for (let hops = 0; j > 0 && hops < max && clauses[j].mentions.length === 0 && clauses[j - 1].sentence === clauses[j].sentence; hops++) {
		j--;
	}
	return clauses[j]?.mentions.length === 0 ? k : j;
}

/**
 * 案件328件（包括…、兽药经营许可89件），全部办结，其中即办件117件: a figure that closes a bracketed breakdown is one of the
 * parts; the total the 其中 after the bracket splits is the figure right before it. That figure's clause, if it is one.
 */
export function totalBeforeBrackets(analysis: ReportAnalysis, clauses: readonly Clause[], k: number, q: NumericMention): Clause | undefined {
	const text = analysis.text;
	const after = text.slice(q.span.end, clauses[k].end + 1);
	if (!/^[^（(]*[）)]/.test(after)) {
		return undefined;
	}
	// The bracket opened before the figure, looked for in the figure's sentence only, clause by clause back.
	for (let j = k; j >= 0 && clauses[j].sentence === clauses[k].sentence; j--) {
		let open = Math.min(clauses[j].end, q.span.start - 1);
		while (open >= clauses[j].start && text.charCodeAt(open) !== 0xff08 && text.charCodeAt(open) !== 0x28) {
			open--;
		}
		if (open >= clauses[j].start) {
			const total = lastQuantity(clauses[j], open);
			return total && total.span.end === open ? { ...clauses[j], end: open, mentions: clauses[j].mentions.filter((m) => m.span.end <= open) } : undefined;
		}
	}
	return undefined;
}

