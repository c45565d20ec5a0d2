import type { NumericMention } from '../../types';
import type { RawFinding, Rule } from '../types';
import { clausesOf, findingStart, holdsBetween, isPercent, mentionLines, textBefore } from './clauses';

/** A rate, share or satisfaction level named right before the number: 结案率105%, 占比达120%. */
const RATE_WORD = /([\u4e00-\u9fa5]{0,4}(?:率|占比|比例|比重|满意度|覆盖面))(?:均|都|已|分别)?(?:达到|达|为|是|保持|实现)?$/;
/** The longest text RATE_WORD can match (4 + 3 + 2 + 2): it is anchored at the end, so only that much is searched. */
const RATE_WORD_SPAN = 11;
/**
 * Changes may exceed 100%, and so may a fulfilment said to overshoot (超额完成). A rate named as such stays a level even
 * of a plan (任务完成率103%, 预算执行率105%): that is the completion-type rate the rule is about. A fulfilment with no
 * rate word (完成年度计划的112%) never matches RATE_WORD.
 */
const NOT_A_LEVEL = /增长|增速|增幅|同比|环比|提高|提升|上升|下降|降低|减少|增加|涨|翻|较上年|比上年|超额|超出|超过/;
/**
 * Rates of one stock or flow to another that has no bound on it: a debt ratio (法定债务率112.6%), leverage, turnover,
 * self-sufficiency, a bank's provision coverage, state capital's preservation and growth (保值增值率101.4%: the capital
 * grew). They run past 100% in sound accounts.
 */
const UNBOUNDED_RATE = /(?:债务|负债|偿债|杠杆|周转|自给|产销|拨备覆盖|流动比|速动比|保值增值|增值)率$/;

export const metricRateOver100: Rule = {
	id: 'metric.rate-over-100',
	defaultSeverity: 'warning',
	local: true,
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const line of mentionLines(analysis, context.scope)) {
			if (!line.mentions.some(overHundred)) {
				continue;
			}
			for (const clause of clausesOf(analysis, line)) {
				for (const m of clause.mentions) {
					if (!overHundred(m)) {
						continue;
					}
					const before = textBefore(analysis, clause, m.span.start);
					const word = RATE_WORD.exec(before.slice(-RATE_WORD_SPAN));
					// NOT_A_LEVEL holds no spaces: the untrimmed text before the number has such a word when `before` has.
					if (word && !UNBOUNDED_RATE.test(word[1]) && !holdsBetween(analysis, clause, clause.start, m.span.start, NOT_A_LEVEL)) {
						// A rate word broken over the wrap (审结 ⏎ 率) is not found as written: the finding starts on the rate's line.
						const at = analysis.text.slice(clause.start, m.span.start).lastIndexOf(word[1]);
						const start = at >= 0 ? clause.start + at : findingStart(analysis, clause.start, m);
						findings.push({
							span: { start, end: m.span.end },
							evidence: analysis.text.slice(start, m.span.end),
							message: context.message('metric.rate-over-100', { label: word[1], stated: m.text }),
						});
					}
				}
			}
		}
		return findings;
	},
};

function overHundred(m: NumericMention): boolean {
	const high = typeof m.valueMax === 'number' ? m.valueMax : m.value;
	return isPercent(m) && typeof high === 'number' && high > 100;
}
