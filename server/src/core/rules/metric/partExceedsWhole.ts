import type { RawFinding, Rule } from '../types';
import { clausesByLine, isExactQuantity, lastQuantity, textBefore, type Clause } from './clauses';

/** How far back the total may stand: a clause about its growth may come between (1.2万户，同比增长15.6%，其中…). */
const MAX_BACK = 2;

/** A part named after 其中 that is larger than the total in the clause before it (检查99次，其中联合检查156次). */
export const metricPartExceedsWhole: Rule = {
	id: 'metric.part-exceeds-whole',
	defaultSeverity: 'warning',
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const clauses of clausesByLine(analysis).values()) {
			for (let i = 1; i < clauses.length; i++) {
				const clause = clauses[i];
				if (!textBefore(analysis, clause, clause.end).startsWith('其中')) {
					continue;
				}
				const totalClause = clauseWithTotal(clauses, i);
				const total = lastQuantity(totalClause);
				if (!totalClause || !total) {
					continue;
				}
				// The list after 其中 runs on through 、: 其中维持38件、撤销2件.
				const list = [clause];
				for (let k = i + 1; k < clauses.length && clauses[k].after === '、' && clauses[k].sentence === clause.sentence; k++) {
					list.push(clauses[k]);
				}
				const part = list.flatMap((c) => c.mentions).find((m) => isExactQuantity(m) && m.unit === total.unit && m.value > total.value);
				if (part) {
					const raw = analysis.text.slice(totalClause.start, part.span.end);
					const lead = raw.length - raw.trimStart().length;
					findings.push({
						span: { start: totalClause.start + lead, end: part.span.end },
						evidence: raw.trim(),
						message: context.message('metric.part-exceeds-whole', { part: part.text, whole: total.text }),
					});
				}
			}
		}
		return findings;
	},
};

/** The nearest clause before `i` in its sentence that states an exact quantity. */
function clauseWithTotal(clauses: readonly Clause[], i: number): Clause | undefined {
	for (let k = i - 1; k >= Math.max(0, i - MAX_BACK); k--) {
		if (clauses[k].sentence !== clauses[i].sentence) {
			return undefined;
		}
		if (lastQuantity(clauses[k])) {
			return clauses[k];
		}
	}
	return undefined;
}
