import type { NumericMention, ReportAnalysis } from '../../types';

/** A stretch of one line between punctuation (，、：), with the numeric mentions inside it. */
export interface Clause {
	start: number;
	end: number;
	/** Index of the sentence (split at 。；！？) within the line. */
	sentence: number;
	/** The mark before the clause: '、' continues an enumeration. */
	after: string;
	mentions: NumericMention[];
}

const SENTENCE_END = /[。；;！？!?]/;
const CLAUSE_END = /[，,、：:]/;

const cache = new WeakMap<ReportAnalysis, Map<number, Clause[]>>();

/** The clauses of every line that holds a numeric mention, keyed by line number. */
export function clausesByLine(analysis: ReportAnalysis): Map<number, Clause[]> {
	let byLine = cache.get(analysis);
	if (!byLine) {
		byLine = new Map();
		const mentionsByLine = new Map<number, NumericMention[]>();
		for (const m of analysis.mentions) {
			const list = mentionsByLine.get(m.line) ?? [];
			list.push(m);
			mentionsByLine.set(m.line, list);
		}
		for (const [lineNumber, mentions] of mentionsByLine) {
			byLine.set(lineNumber, splitLine(analysis, lineNumber, mentions.sort((a, b) => a.span.start - b.span.start)));
		}
		cache.set(analysis, byLine);
	}
	return byLine;
}

function splitLine(analysis: ReportAnalysis, lineNumber: number, mentions: readonly NumericMention[]): Clause[] {
	const line = analysis.lines[lineNumber - 1];
	const clauses: Clause[] = [];
	let sentence = 0;
	let start = line.start;
	let after = '';
	const close = (end: number) => {
		clauses.push({ start, end, sentence, after, mentions: mentions.filter((m) => m.span.start >= start && m.span.start < end) });
	};
	for (let i = line.start; i < line.end; i++) {
		const c = analysis.text[i];
		// Punctuation inside a number's own text (1,000) does not split it.
		if (mentions.some((m) => m.span.start < i && i < m.span.end)) {
			continue;
		}
		if (SENTENCE_END.test(c)) {
			close(i);
			sentence++;
			start = i + 1;
			after = '';
		} else if (CLAUSE_END.test(c)) {
			close(i);
			start = i + 1;
			after = c;
		}
	}
	close(line.end);
	return clauses.filter((c) => c.end > c.start);
}

/** The clause's text from its start up to an offset inside it (the words before a number). */
export function textBefore(analysis: ReportAnalysis, clause: Clause, offset: number): string {
	return analysis.text.slice(clause.start, offset).trim();
}

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
	const found = clause.mentions.filter((m) => m.span.start < before && isExactQuantity(m));
	return found.at(-1) as (NumericMention & { value: number }) | undefined;
}

/** Adverbs that carry nothing about what is counted (共受理, 依法受理, 已办结). */
export function stripAdverbs(text: string): string {
	return text.replace(/^(?:其中|全年|今年|共计|共|累计|依法|已经|已|均|全部|当年|同期)+/, '');
}

/** Words saying the list goes on beyond the parts given (其余2件, 另有2件尚在审理, 撤回2件). */
export const LIST_GOES_ON = /其余|另有|另外|另|尚|正在|待|还有|剩余|其他|其它|转|移送|告知|退回|补正|撤回|撤诉|终止/;
