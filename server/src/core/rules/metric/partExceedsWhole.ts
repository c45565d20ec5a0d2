import type { NumericMention, ReportAnalysis } from '../../types';
import type { RawFinding, Rule } from '../types';
import { clausesOf, findingStart, isExactQuantity, lastQuantity, lineText, mentionLines, textBefore, totalBeforeBrackets, type Clause } from './clauses';
import { countBefore } from '../../search';

type Quantity = NumericMention & { value: number };

/** How far back the total may stand: a clause about its growth may come between (1.2万户，同比增长15.6%，其中…). */
const MAX_BACK = 2;

/** A part named after 其中 that is larger than the total in the clause before it (检查99次，其中联合检查156次). */
export const metricPartExceedsWhole: Rule = {
	id: 'metric.part-exceeds-whole',
	defaultSeverity: 'warning',
	local: true,
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const line of mentionLines(analysis, context.scope)) {
			// A total and a part after 其中.
			if (line.quantities < 2 || !lineText(analysis, line).includes('其中')) {
				continue;
			}
			const clauses = clausesOf(analysis, line);
			const listEnd = listEnds(clauses);
			const larger = new LargerAhead();
			const found: RawFinding[] = [];
			// From the last clause back, so each list is searched through what is already gathered instead of walked
			// again from each of its clauses (其中…、其中…、 repeated).
			for (let i = clauses.length - 1; i >= 1; i--) {
				const clause = clauses[i];
				larger.add(clause.mentions, i);
				if (!textBefore(analysis, clause, clause.end).startsWith('其中')) {
					continue;
				}
				const totalClause = clauseWithTotal(analysis, clauses, i);
				const total = lastQuantity(totalClause);
				if (!totalClause || !total) {
					continue;
				}
				// The list after 其中 runs on through 、: 其中维持38件、撤销2件.
				const part = larger.first(total, listEnd[i]);
				if (part) {
					const start = findingStart(analysis, totalClause.start, total);
					const raw = analysis.text.slice(start, part.span.end);
					const lead = raw.length - raw.trimStart().length;
					found.push({
						span: { start: start + lead, end: part.span.end },
						evidence: raw.trim(),
						message: context.message('metric.part-exceeds-whole', { part: part.text, whole: total.text }),
					});
				}
			}
			findings.push(...found.reverse());
		}
		return findings;
	},
};

/** For each clause, the last clause of the list it would open: the clauses after it joined by 、 in its sentence. */
function listEnds(clauses: readonly Clause[]): number[] {
	const ends: number[] = [];
	for (let k = clauses.length - 1; k >= 0; k--) {
		const next = clauses[k + 1];
		ends[k] = next && next.after === '、' && next.sentence === clauses[k].sentence ? ends[k + 1] : k;
	}
	return ends;
}

/**
 * The exact quantities of the clauses added so far (added from the last clause back), answering: the first of them in
 * text order with a unit and a value above a bound. Per unit, a stack keeps the quantities no earlier one reaches (each
 * larger than all before it), from the earliest on top: the answer is the topmost one above the bound, found by binary
 * search, and each quantity is pushed and popped once.
 */
class LargerAhead {
	private readonly stacks = new Map<string | null, { q: Quantity; clause: number }[]>();

	add(mentions: readonly NumericMention[], clause: number): void {
		for (let k = mentions.length - 1; k >= 0; k--) {
			const q = mentions[k];
			if (!isExactQuantity(q)) {
				continue;
			}
			let stack = this.stacks.get(q.unit);
			if (!stack) {
				stack = [];
				this.stacks.set(q.unit, stack);
			}
			while (stack.length > 0 && stack[stack.length - 1].q.value <= q.value) {
				stack.pop();
			}
			stack.push({ q, clause });
		}
	}

	/** The first quantity in `total`'s unit larger than it, if it stands in a clause up to `lastClause`. */
	first(total: Quantity, lastClause: number): Quantity | undefined {
		const stack = this.stacks.get(total.unit) ?? [];
		// Values fall from the bottom of the stack to its top: find the topmost entry still above the total.
		const entry = stack[countBefore(stack.length, (i) => stack[i].q.value > total.value) - 1];
		return entry && entry.clause <= lastClause ? entry.q : undefined;
	}
}

/** The nearest clause before `i` in its sentence that states an exact quantity. */
function clauseWithTotal(analysis: ReportAnalysis, clauses: readonly Clause[], i: number): Clause | undefined {
	for (let k = i - 1; k >= Math.max(0, i - MAX_BACK); k--) {
		if (clauses[k].sentence !== clauses[i].sentence) {
			return undefined;
		}
		const q = lastQuantity(clauses[k]);
		if (!q) {
			continue;
		}
		const before = textBefore(analysis, clauses[k], q.span.start);
		// 居民人均可支配收入25201元，其中城镇居民人均31571元: an average is no sum of the groups after it.
		if (AVERAGE.test(before)) {
			return undefined;
		}
		// 1683名，较上年增加91名，其中…: how much the total grew is no total of its own.
		if (!CHANGE_BY.test(before)) {
			return totalBeforeBrackets(analysis, clauses, k, q) ?? clauses[k];
		}
	}
	return undefined;
}

const CHANGE_BY = /(?:(?:较|比)(?:上|去|前)?一?年(?:末|底|初|同期)?|同比)(?:净)?(?:增加|减少|增长|下降|增|减|多|少)了?$/;
const AVERAGE = /人均|平均|户均|亩均/;
