import type { NumericMention, ReportAnalysis } from '../../types';
import type { RawFinding, Rule, RuleContext } from '../types';
import { clausesByLine, isPercent, lastQuantity, stripAdverbs, textBefore, type Clause } from './clauses';

/** The rate word right before the number: 办结率达, 占比, 调解成功率为. */
const RATE_BEFORE = /(?:(?<stem>[\u4e00-\u9fa5]{1,6})率|(?:占比|比例|比重))(?:均|都|已|分别)?(?:达到|达|为|是|保持|实现)?$/;
const CHANGE = /增长|增速|增幅|同比|环比|提高|提升|上升|下降|降低|减少|增加|涨|较上年|比上年/;
/** A rate narrower than the bare verb (按时办结率 is not 办结 ÷ 受理): its qualifier must be in the part's words too. */
const NARROWING = /按时|按期|及时|限时|期限|当场|当日|即时|一次性|准时|网上|线上|满意|优良|合格|优秀|规范/g;
/** A part clause with nothing but its verb (办结11件) counts the things of the clause before it. */
const MAX_PART_VERB = 6;

/**
 * A rate that contradicts the two counts just before it (受理14件，办结11件，办结率100%). The part must be linked
 * to the rate (其中…占比, or the rate named after the part's own verb), so counts that merely stand nearby are never
 * divided. The stated rate may be rounded or truncated to the digits it shows.
 */
export const metricPercentMismatch: Rule = {
	id: 'metric.percent-mismatch',
	defaultSeverity: 'warning',
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const clauses of clausesByLine(analysis).values()) {
			clauses.forEach((clause, i) => {
				for (const rate of clause.mentions) {
					const finding = checkRate(analysis, context, clauses, i, rate);
					if (finding) {
						findings.push(finding);
					}
				}
			});
		}
		return findings;
	},
};

function checkRate(analysis: ReportAnalysis, context: RuleContext, clauses: readonly Clause[], i: number, rate: NumericMention): RawFinding | null {
	if (!isPercent(rate) || rate.approx || (rate.labels?.length ?? 0) > 1) {
		return null;
	}
	const clause = clauses[i];
	const before = textBefore(analysis, clause, rate.span.start);
	const word = RATE_BEFORE.exec(before);
	if (!word || CHANGE.test(before)) {
		return null;
	}
	const sameSentence = (k: number) => (k >= 0 && clauses[k].sentence === clause.sentence ? clauses[k] : undefined);
	let partClause = clause;
	let part = lastQuantity(clause, rate.span.start);
	if (!part) {
		partClause = sameSentence(i - 1) ?? clause;
		part = partClause === clause ? undefined : lastQuantity(partClause);
	}
	const wholeClause = part ? sameSentence(clauses.indexOf(partClause) - 1) : undefined;
	const whole = lastQuantity(wholeClause);
	if (!part || !whole || !wholeClause || whole.unit !== part.unit || whole.value <= 0 || part.value > whole.value) {
		return null;
	}
	const partWords = textBefore(analysis, partClause, part.span.start);
	const viaQizhong = partWords.startsWith('其中');
	const verb = stripAdverbs(partWords);
	const stem = word.groups?.stem;
	const narrowed = stem !== undefined && [...stem.matchAll(NARROWING)].some((q) => !verb.includes(q[0]));
	const linked = !narrowed && (viaQizhong || (stem !== undefined && verb.length <= MAX_PART_VERB && sharesBigram(verb, stem)));
	if (!linked) {
		return null;
	}
	const computed = (100 * part.value) / whole.value;
	if (agrees(rate.value, decimals(rate.text), computed)) {
		return null;
	}
	const evidence = analysis.text.slice(wholeClause.start, rate.span.end).trim();
	return {
		span: { start: rate.span.end - evidence.length, end: rate.span.end },
		evidence,
		message: context.message('metric.percent-mismatch', { part: part.value, whole: whole.value, computed: round(computed, 1), stated: rate.text }),
	};
}

function sharesBigram(a: string, b: string): boolean {
	for (let i = 0; i + 2 <= b.length; i++) {
		if (a.includes(b.slice(i, i + 2))) {
			return true;
		}
	}
	return a.length === 1 && b.includes(a);
}

function decimals(text: string): number {
	const m = /[0-9０-９]+(?:[.．]([0-9０-９]+))?\s*[%％]/.exec(text);
	return m?.[1]?.length ?? 0;
}

/** Rounded to the shown digits (99.25 → 99), or truncated (99.16 → 99.1). */
export function agrees(stated: number, shownDecimals: number, computed: number): boolean {
	const unit = 10 ** -shownDecimals;
	const epsilon = 1e-9;
	return Math.abs(computed - stated) <= unit / 2 + epsilon || (stated <= computed + epsilon && computed < stated + unit);
}

function round(value: number, digits: number): string {
	return value.toFixed(digits).replace(/\.0+$/, '');
}
