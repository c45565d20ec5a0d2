import { atTitle } from '../findings';
import type { RawFinding, Rule } from '../types';

const HEDGE = /有待(?:进一步)?(?:提高|加强|提升|完善|增强|压实|改进|深化)|还需(?:进一步)?|仍需|尚需|有待进一步|还不够|不够(?:到位|深入|完善|有力|扎实|充分)|需要进一步|亟待|仍有差距|存在差距/;
/** What makes a problem concrete: a figure, an example, or a named unit or field that has it. */
const CONCRETE = /[0-9０-９]|例如|比如|如：|如:|个别|部分|少数|局|委|办|镇|街道|执法|复议|诉讼|文件/;
const MIN_HEDGES = 2;
/** What ends a clause (，。；！？ and line breaks), by UTF-16 code unit. */
const CLAUSE_END = new Uint8Array(0x10000);
for (const c of '，,。；;！？!?\n') {
	CLAUSE_END[c.charCodeAt(0)] = 1;
}

/** A shortcomings part made of hedges (有待进一步提高, 还需加强) whose clauses name no concrete problem. */
export const evidenceHedging: Rule = {
	id: 'evidence.hedging',
	defaultSeverity: 'off',
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const s of analysis.sections) {
			if (s.roles.includes('shortcomings') && madeOfHedges(analysis.text, s.titleSpan.end, s.span.end)) {
				findings.push(atTitle(s, context.message('evidence.hedging', { title: s.title }), 'shortcomings'));
			}
		}
		return findings;
	},
};

/**
 * Whether the clauses of text[from, to) hold at least two hedges, no concrete clause, and hedges for at least half of
 * them. Read clause by clause: the first concrete clause settles it, so a long part is rarely read to its end.
 */
function madeOfHedges(text: string, from: number, to: number): boolean {
	let clauses = 0;
	let hedges = 0;
	let start = from;
	for (let i = from; i <= to; i++) {
		if (i < to && CLAUSE_END[text.charCodeAt(i)] === 0) {
			continue;
		}
		const clause = text.slice(start, i).trim();
		start = i + 1;
		if (clause.length === 0) {
			continue;
		}
		clauses++;
		if (HEDGE.test(clause)) {
			hedges++;
		} else if (CONCRETE.test(clause)) {
			return false;
		}
	}
	return hedges >= MIN_HEDGES && hedges * 2 >= clauses;
}
