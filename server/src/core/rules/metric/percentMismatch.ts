import type { NumericMention, ReportAnalysis } from '../../types';
import type { RawFinding, Rule, RuleContext } from '../types';
import { clausesOf, findingStart, holdsBetween, isExactQuantity, isPercent, lastQuantity, mentionLines, pastNumberless, sharesBigram, stripAdverbs, textBefore, type Clause } from './clauses';

/** The rate word right before the number: 办结率达, 占比, 调解成功率为. */
const RATE_BEFORE = /(?:(?<stem>[\u4e00-\u9fa5]{1,6})率|(?:占比|比例|比重))(?:均|都|已|分别)?(?:达到|达|为|是|保持|实现)?$/;
/** The longest text RATE_BEFORE can match (6 + 1 + 2 + 2): it is anchored at the end, so only that much is searched. */
const RATE_BEFORE_SPAN = 11;
const CHANGE = /增长|增速|增幅|同比|环比|提高|提升|上升|下降|降低|减少|增加|涨|较上年|比上年/;
/** A share of a plan: 完成计划的80%, 完成年度目标任务的105%. */
const PLAN_SHARE = /完成(?:年度|全年)?(?:计划|目标)(?:任务)?的$/;
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
	local: true,
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const line of mentionLines(analysis, context.scope)) {
			if (line.quantities < 2 || !rateAfterPartAndWhole(line.mentions)) {
				continue;
			}
			clausesOf(analysis, line).forEach((clause, i, clauses) => {
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

/** The sentence of clause `k` opens with 其中 (其中，城镇…、乡村…): its counts are items of a total said before it. */
function opensWithQizhong(analysis: ReportAnalysis, clauses: readonly Clause[], k: number): boolean {
	let first = k;
	while (first > 0 && clauses[first - 1].sentence === clauses[k].sentence) {
		first--;
	}
	return k >= 0 && analysis.text.slice(clauses[first].start, clauses[first].end).trimStart().startsWith('其中');
}

function isRate(m: NumericMention): m is NumericMention & { value: number } {
	return isPercent(m) && !m.approx && (m.labels?.length ?? 0) <= 1;
}

/**
 * A rate needs, before it, its part and before that its whole: the same unit, the whole above zero and not below the
 * part. Lines without such a pair ahead of a rate are never split into clauses.
 */
function rateAfterPartAndWhole(mentions: readonly NumericMention[]): boolean {
	// The largest value so far per unit; a handful of units at most, so two short lists.
	const units: (string | null)[] = [];
	const largest: number[] = [];
	let paired = false;
	for (const m of mentions) {
		if (paired && isRate(m)) {
			return true;
		}
		if (isExactQuantity(m)) {
			const k = units.indexOf(m.unit);
			if (k < 0) {
				units.push(m.unit);
				largest.push(m.value);
			} else {
				paired ||= largest[k] > 0 && largest[k] >= m.value;
				largest[k] = Math.max(largest[k], m.value);
			}
		}
	}
	return false;
}

function checkRate(analysis: ReportAnalysis, context: RuleContext, clauses: readonly Clause[], i: number, rate: NumericMention): RawFinding | null {
	if (!isRate(rate)) {
		return null;
	}
	const clause = clauses[i];
	const before = textBefore(analysis, clause, rate.span.start);
	const word = RATE_BEFORE.exec(before.slice(-RATE_BEFORE_SPAN));
	if (!word && PLAN_SHARE.test(before)) {
		return planShare(analysis, context, clauses, i, rate);
	}
	// CHANGE has no spaces, so the clause's untrimmed text up to the rate holds a change word exactly when `before` does.
	if (!word || holdsBetween(analysis, clause, clause.start, rate.span.start, CHANGE)) {
		return null;
	}
	const sameSentence = (k: number) => (k >= 0 && clauses[k].sentence === clause.sentence ? clauses[k] : undefined);
	const stem = word.groups?.stem;
	// 优良水体比例100%: a share named by its own subject is of the things that subject names.
	const subject = stem === undefined ? stripAdverbs(before.slice(0, before.length - word[0].length)) : '';
	let partIndex = i;
	let part = lastQuantity(clause, rate.span.start);
	if (!part) {
		partIndex = sameSentence(i - 1) ? i - 1 : i;
		// 审结1215件（其中裁决结案489件、调解结案726件），结案率…: after a breakdown's closing bracket, the rate is of its
		// total, unless one item alone says what the rate counts (调解率: 调解结案726件).
		const total = clause.after === '）' ? totalBeforeBreakdown(analysis, clauses, i) : -1;
		if (total >= 0 && !(stem !== undefined && onlyItemNaming(analysis, clauses, total + 1, i, stem) >= 0)) {
			partIndex = total;
		}
		part = partIndex === i ? undefined : lastQuantity(clauses[partIndex]);
	}
	if (!part) {
		return null;
	}
	let words = partWords(analysis, clauses, partIndex, part);
	// 已完成整改114项，未整改到位6项，其中需持续推进整改4项，整改完成率95%: an item of the rest the rate leaves out counts
	// none of what it counts; the part is further back.
	if (stem !== undefined && words.text.startsWith('其中') && itemOfTheRest(analysis, clauses, partIndex - 1, stem)) {
		const named = namingPart(analysis, clauses, partIndex - 1, clause.sentence, stem);
		if (named < 0) {
			return null;
		}
		partIndex = named;
		part = lastQuantity(clauses[named]) as NumericMention & { value: number };
		words = partWords(analysis, clauses, named, part);
	}
	if (subject.length >= 2 && partIndex !== i && !sharesBigram(subject, textBefore(analysis, clauses[partIndex], clauses[partIndex].end))) {
		return null; // 其中4个断面稳定保持Ⅱ类以上，优良水体比例100%: the share is not of that part
	}
	// A part after 其中 is an item of the whole, but still of what the rate counts, said before it or after it
	// (其中78个已开工建设，开工率…): 其中已审结396件 is no part of 纠错率.
	const item = stripAdverbs(words.text).replace(/^其中/, '');
	const named = stem === undefined ? words.text.startsWith('其中')
		: namesRate(item, stem) || (words.text.startsWith('其中') && item === '' && namesRate(stripAdverbs(analysis.text.slice(part.span.end, clauses[partIndex].end)), stem));
	if (!named) {
		// A breakdown may stand between the rate and its part (审结14件，其中维持11件、撤销2件，审结率…): the part is the
		// count further back in the sentence whose words name the rate.
		const named = stem === undefined ? -1 : namingPart(analysis, clauses, partIndex, clause.sentence, stem);
		if (named < 0) {
			return null;
		}
		partIndex = named;
		part = lastQuantity(clauses[named]) as NumericMention & { value: number };
		words = partWords(analysis, clauses, named, part);
	}
	if (stem !== undefined && !stripAdverbs(words.text).replace(/^其中/, '').includes(stem)) {
		// 其中集中供养418人、分散供养1,444人，集中供养率…: of the items that share words with the rate, the one that says it.
		const named = itemNamingStem(analysis, clauses, breakdownStart(analysis, clauses, words.first), stem, part.unit);
		if (named >= 0) {
			partIndex = named;
			part = lastQuantity(clauses[named]) as NumericMention & { value: number };
			words = partWords(analysis, clauses, named, part);
		}
	}
	const previousClause = pastOtherUnits(clauses, pastNumberless(clauses, breakdownStart(analysis, clauses, words.first) - 1, MAX_WORDS_ONLY), part.unit);
	let within = wholeWithin(analysis, clauses[partIndex], part, true);
	let wholeClause = within ? clauses[partIndex] : sameSentence(positiveOf(analysis, clauses, previousClause)) ?? namedWhole(analysis, clauses, words.first, stripAdverbs(words.text))
		?? splitWhole(analysis, clauses, words.first, stripAdverbs(words.text));
	if (!within && lastQuantity(wholeClause)?.unit !== part.unit) {
		wholeClause = beforeSemicolon(analysis, clauses, words.first, words.text, part) ?? wholeClause;
	}
	let whole = within ?? lastQuantity(wholeClause);
	if (!within && (!whole || whole.unit !== part.unit || part.value > whole.value)) {
		// 在全区36个村建成工作室34个，覆盖率100%: with no whole before the clause, one earlier in it.
		within = wholeWithin(analysis, clauses[partIndex], part, false);
		if (within) {
			wholeClause = clauses[partIndex];
			whole = within;
		}
	}
	if (!whole || !wholeClause || whole.unit !== part.unit || whole.value <= 0 || part.value > whole.value) {
		return null;
	}
	// 镇长出庭应诉3件次，分管负责人出庭应诉1件次，出庭应诉率100%: a count of the rate's own act is the part's sibling,
	// unless it is what was due or planned (应出庭应诉2300件、实际出庭2208件; 计划新开工236个，实际新开工229个).
	const wholeWords = within ? '' : stripAdverbs(textBefore(analysis, wholeClause, whole.span.start));
	if (stem !== undefined && wholeWords.endsWith(stem) && !DUE.test(wholeWords.slice(0, -stem.length))) {
		return null;
	}
	const verb = stripAdverbs(words.text);
	// 讲授党课2次，镇长出庭应诉1次，出庭应诉率100%: counts of times are of one doing only when their words share some.
	if (!within && TIMES.has(part.unit ?? '') && !sharesBigram(verb, wholeWords)) {
		return null;
	}
	// 其中需负责人出庭的316件均由负责人出庭应诉: a count of what was due is the rate's base, not its part.
	if (DUE.test(verb) && ALL_OF_THEM.test(analysis.text.slice(part.span.end, part.span.end + 2))) {
		return null;
	}
	const narrowed = stem !== undefined && [...stem.matchAll(NARROWING)].some((q) => !namesWord(verb, q[0]));
	if (narrowed) {
		return null;
	}
	const computed = (100 * part.value) / whole.value;
	if (agrees(rate.value, decimals(rate.text), computed)) {
		return null;
	}
	// 案件3件，均由负责人出庭应诉，其中主要负责人出庭1件，出庭应诉率100%: a clause says all of them did what the rate counts.
	if (stem !== undefined && agrees(rate.value, decimals(rate.text), 100) && allOfThemDid(analysis, clauses, i, stem)) {
		return null;
	}
	// A part in a breakdown may not be all the rate counts: 优秀86卷、合格209卷、不合格5卷，合格率98.3% counts all but the
	// negation; 核发许可证612家、实行登记管理855家，发证登记率100% counts every item.
	const from = breakdownStart(analysis, clauses, words.first);
	if (from < words.first) {
		const shown = decimals(rate.text);
		const rest = stem === undefined ? undefined : negatedSibling(analysis, clauses, from, stem);
		if (rest && rest.unit === part.unit && agrees(rate.value, shown, (100 * (whole.value - rest.value)) / whole.value)) {
			return null;
		}
		if (agrees(rate.value, shown, (100 * breakdownSum(clauses, from, part.unit)) / whole.value)) {
			return null;
		}
	}
	if (anotherWholeAgrees(clauses, from, clause.sentence, part, rate)) {
		return null;
	}
	// 其中，城镇常住人口277.18万人，乡村常住人口135.17万人，城镇化率为67.2%: two items of one breakdown, of which the rate is
	// one's share of both, not one of the other.
	if (opensWithQizhong(analysis, clauses, clauses.indexOf(wholeClause)) && [part.value, whole.value].some((v) => agrees(rate.value, decimals(rate.text), (100 * v) / (part.value + whole.value)))) {
		return null;
	}
	return contradiction(analysis, context, wholeClause, part, whole, rate, computed);
}

/** The clause before the opening bracket of the breakdown that closes right before clause `i`, in its sentence; or -1. */
function totalBeforeBreakdown(analysis: ReportAnalysis, clauses: readonly Clause[], i: number): number {
	for (let k = i - 1; k > 0 && clauses[k].sentence === clauses[i].sentence; k--) {
		const open = analysis.text.charCodeAt(clauses[k].start - 1);
		if (open === 0xff08 || open === 0x28) {
			return clauses[k - 1].sentence === clauses[i].sentence ? k - 1 : -1;
		}
	}
	return -1;
}

/** The one clause from `from` up to `to` whose count's words hold `stem`; -1 when none or several do. */
function onlyItemNaming(analysis: ReportAnalysis, clauses: readonly Clause[], from: number, to: number, stem: string): number {
	let found = -1;
	for (let k = from; k < to; k++) {
		const q = lastQuantity(clauses[k]);
		if (q && textBefore(analysis, clauses[k], q.span.start).includes(stem)) {
			if (found >= 0) {
				return -1;
			}
			found = k;
		}
	}
	return found;
}

/** 均, 全部, 都 opening a clause: all of them (not the 全 of 全市). */
const ALL_DID = /^(?:均|全部|全都|都|一律)/;

/** A clause of the rate's sentence before it that opens with 均, 全部 or 都 and names what the rate counts (均由…出庭应诉). */
function allOfThemDid(analysis: ReportAnalysis, clauses: readonly Clause[], i: number, stem: string): boolean {
	for (let k = i - 1; k >= 0 && clauses[k].sentence === clauses[i].sentence; k--) {
		const words = analysis.text.slice(clauses[k].start, clauses[k].end).trim();
		if (ALL_DID.test(words) && words.includes(stem)) {
			return true;
		}
	}
	return false;
}

/** Units that count times something was done (次, 场, 期, 轮), not things: a count in one is no base for another doing's. */
const TIMES = new Set(['次', '场', '期', '轮', '场次']);

/** A part that says it is done (已结案, 已办结, 审结, 办结), after a count of what was accepted (立案, 受理). */
const DONE = /^(?:已|审结|办结|结案)/;
const TAKEN_IN = /立案|受理|收案/;
const NOT_TAKEN_IN = /不予|未|不/;

/**
 * 立案查处违法用地案件73宗…；已结案66宗，结案率93.2% (受理…1268件…；审结1215件，结案率97.3%): a part that says it is
 * done, opening its sentence after a ；, counts what the sentence before took in: the first count there in the part's unit whose words say it was accepted (立案,
 * 受理; not 收到, which may include what was turned away, nor 不予受理).
 */
function beforeSemicolon(analysis: ReportAnalysis, clauses: readonly Clause[], first: number, words: string, part: NumericMention): Clause | undefined {
	const opening = clauses[first];
	if (!opening || first === 0 || !DONE.test(words.trim()) || clauses[first - 1].sentence !== opening.sentence - 1 || !/[；;]/.test(analysis.text[clauses[first - 1].end] ?? '')) {
		return undefined;
	}
	let k = first - 1;
	while (k > 0 && clauses[k - 1].sentence === clauses[first - 1].sentence) {
		k--;
	}
	for (; k < first; k++) {
		const q = lastQuantity(clauses[k]);
		const taken = q ? textBefore(analysis, clauses[k], q.span.start) : '';
		if (q && q.unit === part.unit && TAKEN_IN.test(taken) && !NOT_TAKEN_IN.test(taken)) {
			return clauses[k];
		}
	}
	return undefined;
}

/** 需负责人出庭的26件中，…出庭24件: a count followed by 中 (of which) earlier in the part's own clause is its whole. */
const OF_WHICH = /^(?:之中|当中|中|里)/;
/** Words that make a count what was due or planned: the whole of what was then done. */
const DUE = /应|需|计划|目标|预计|拟|要求/;
/** 均, 全部, 都 right after a count: all of them did it. */
const ALL_OF_THEM = /^(?:均|全部|都|全)/;

/** An earlier count of the part's unit in its own clause, followed by 中 unless `ofWhich` is false; else undefined. */
function wholeWithin(analysis: ReportAnalysis, clause: Clause, part: NumericMention, ofWhich: boolean): (NumericMention & { value: number }) | undefined {
	const whole = lastQuantity(clause, part.span.start);
	return whole && whole.unit === part.unit && (!ofWhich || OF_WHICH.test(analysis.text.slice(whole.span.end, part.span.start))) ? whole : undefined;
}

/**
 * Whether another count of the part's unit earlier in the sentence, before any breakdown the part is an item of, gives
 * the stated rate: the rate may be of that one (预算金额38.27亿元，实际采购金额36.91亿元，节约资金1.36亿元，资金节约率
 * 3.55%: of the budget), so nothing is certain. The part's siblings in a breakdown are no base for it.
 */
function anotherWholeAgrees(clauses: readonly Clause[], from: number, sentence: number, part: NumericMention & { value: number }, rate: NumericMention & { value: number }): boolean {
	for (let k = from - 1; k >= 0 && clauses[k].sentence === sentence; k--) {
		for (const m of clauses[k].mentions) {
			if (isExactQuantity(m) && m.unit === part.unit && m.value > 0 && m.value >= part.value && agrees(rate.value, decimals(rate.text), (100 * part.value) / m.value)) {
				return true;
			}
		}
	}
	return false;
}

/** The finding: from the whole's clause to the rate, with the arithmetic. */
function contradiction(analysis: ReportAnalysis, context: RuleContext, wholeClause: Clause, part: NumericMention & { value: number }, whole: NumericMention & { value: number }, rate: NumericMention, computed: number): RawFinding {
	const evidence = analysis.text.slice(findingStart(analysis, wholeClause.start, whole), rate.span.end).trim();
	return {
		span: { start: rate.span.end - evidence.length, end: rate.span.end },
		evidence,
		message: context.message('metric.percent-mismatch', { part: part.value, whole: whole.value, computed: round(computed, 1), stated: rate.text }),
	};
}

/**
 * 计划新建60个，实际建成45个，完成计划的80%: the part is the count just before the share, the whole the count before it
 * whose words name the plan (计划, 目标).
 */
function planShare(analysis: ReportAnalysis, context: RuleContext, clauses: readonly Clause[], i: number, rate: NumericMention & { value: number }): RawFinding | null {
	const sentence = clauses[i].sentence;
	const partIndex = i - 1;
	const part = partIndex >= 0 && clauses[partIndex].sentence === sentence ? lastQuantity(clauses[partIndex]) : undefined;
	if (!part) {
		return null;
	}
	for (let k = partIndex - 1; k >= 0 && k >= partIndex - MAX_WHOLE_HOPS && clauses[k].sentence === sentence; k--) {
		const whole = lastQuantity(clauses[k]);
		if (whole && /计划|目标/.test(textBefore(analysis, clauses[k], whole.span.start))) {
			if (whole.unit !== part.unit || whole.value <= 0) {
				return null;
			}
			const computed = (100 * part.value) / whole.value;
			if (agrees(rate.value, decimals(rate.text), computed)) {
				return null;
			}
			return contradiction(analysis, context, clauses[k], part, whole, rate, computed);
		}
	}
	return null;
}

/**
 * The words before a part, from the start of its clause, and the first clause they take: they reach back over items
 * without numbers that a 、 joins to it (评定优秀、良好案卷108卷), which the part counts together.
 */
function partWords(analysis: ReportAnalysis, clauses: readonly Clause[], index: number, part: NumericMention): { text: string; first: number } {
	let first = index;
	while (first > 0 && clauses[first].after === '、' && clauses[first - 1].sentence === clauses[index].sentence && clauses[first - 1].mentions.length === 0) {
		first--;
	}
	return { text: analysis.text.slice(clauses[first].start, part.span.start).trim(), first };
}

/**
 * The first clause of the breakdown (其中维持1.87万件、…纠错3610件、…) a part stands in, or the part's own clause: the
 * whole of a part in a breakdown is the count the breakdown splits, not the item before it. A list that does not open
 * with 其中 is one too once the part is its third item or later (审结案件中维持118件、驳回21件、直接纠错14件).
 */
function breakdownStart(analysis: ReportAnalysis, clauses: readonly Clause[], index: number): number {
	let k = index;
	while (k > 0 && clauses[k].after === '、' && clauses[k - 1].sentence === clauses[k].sentence) {
		k--;
	}
	return k < index && (index - k >= MIN_BARE_BREAKDOWN || textBefore(analysis, clauses[k], clauses[k].end).startsWith('其中')) ? k : index;
}

/** How many items before a part make a list without 其中 a breakdown (the part the third). */
const MIN_BARE_BREAKDOWN = 2;

/** Just past the breakdown that starts at clause `from`: it and the clauses joined to it by 、 in its sentence. */
function breakdownEnd(clauses: readonly Clause[], from: number): number {
	let k = from + 1;
	while (k < clauses.length && clauses[k].after === '、' && clauses[k].sentence === clauses[from].sentence) {
		k++;
	}
	return k;
}

/** The clause of the breakdown from `from` whose count, in `unit`, has words that hold the rate's whole stem; else -1. */
function itemNamingStem(analysis: ReportAnalysis, clauses: readonly Clause[], from: number, stem: string, unit: string | null): number {
	for (let k = from, end = breakdownEnd(clauses, from); k < end; k++) {
		const q = lastQuantity(clauses[k]);
		if (q && q.unit === unit && stripAdverbs(textBefore(analysis, clauses[k], q.span.start)).replace(/^其中/, '').includes(stem)) {
			return k;
		}
	}
	return -1;
}

/** The count in the breakdown from `from` (its 、-joined clauses) whose words negate the rate (不合格 for 合格率). */
function negatedSibling(analysis: ReportAnalysis, clauses: readonly Clause[], from: number, stem: string): (NumericMention & { value: number }) | undefined {
	for (let k = from, end = breakdownEnd(clauses, from); k < end; k++) {
		const q = lastQuantity(clauses[k]);
		if (q && negates(stripAdverbs(textBefore(analysis, clauses[k], q.span.start)).replace(/^其中/, ''), stem)) {
			return q;
		}
	}
	return undefined;
}

/** The sum of the counts in `unit` of the breakdown that starts at clause `from`. */
function breakdownSum(clauses: readonly Clause[], from: number, unit: string | null): number {
	let sum = 0;
	for (let k = from, end = breakdownEnd(clauses, from); k < end; k++) {
		const q = lastQuantity(clauses[k]);
		sum += q && q.unit === unit ? q.value : 0;
	}
	return sum;
}

/**
 * A bare verb opening the sentence after a breakdown (受理216件，其中噪声类94件、…其他类15件；已办结209件): its whole is
 * the count the breakdown split.
 */
function splitWhole(analysis: ReportAnalysis, clauses: readonly Clause[], partIndex: number, verb: string): Clause | undefined {
	if (partIndex === 0 || verb.length > MAX_PART_VERB) {
		return undefined;
	}
	const start = breakdownStart(analysis, clauses, partIndex - 1);
	const opens = textBefore(analysis, clauses[start], clauses[start].end).startsWith('其中');
	return opens && start > 0 && clauses[start - 1].sentence === clauses[start].sentence ? clauses[start - 1] : undefined;
}

/**
 * The clause a part counts from: the one before it, or, when that is the negated half of a pair (依法受理131件、不予受理15件，
 * 已审结124件; 依法受理197件，不予受理17件，…审结183件), the half the part comes out of.
 */
function positiveOf(analysis: ReportAnalysis, clauses: readonly Clause[], k: number): number {
	if (k < 1 || (clauses[k].after !== '、' && clauses[k].after !== '，' && clauses[k].after !== ',') || clauses[k - 1].sentence !== clauses[k].sentence) {
		return k;
	}
	const q = lastQuantity(clauses[k]);
	const p = lastQuantity(clauses[k - 1]);
	if (!q || !p) {
		return k;
	}
	const negated = stripAdverbs(textBefore(analysis, clauses[k], q.span.start));
	const plain = stripAdverbs(textBefore(analysis, clauses[k - 1], p.span.start));
	return plain.length >= 1 && negates(negated, plain) ? k - 1 : k;
}

/**
 * The clause from `k` back whose count is in `unit`, past at most MAX_OTHER_UNITS clauses in the same sentence whose
 * count is in another (审查合同386份，涉及金额约9.7亿元，其中…312份: the amount is not the whole of the contracts); else `k`.
 */
function pastOtherUnits(clauses: readonly Clause[], k: number, unit: string | null): number {
	for (let j = k, hops = 0; j > 0 && hops < MAX_OTHER_UNITS && clauses[j - 1].sentence === clauses[k].sentence; j--, hops++) {
		// Approximate or not (约9.7亿元), a claim in another unit is passed over.
		const claims = clauses[j].mentions.filter((m) => m.claim);
		if (claims.length === 0 || claims.some((m) => m.unit === unit)) {
			return k;
		}
		const earlier = lastQuantity(clauses[j - 1]);
		if (earlier?.unit === unit) {
			return j - 1;
		}
	}
	return k;
}

const MAX_OTHER_UNITS = 2;

/** How many clauses with no number may stand between a part and its whole (what was done in between). */
const MAX_WORDS_ONLY = 3;

/** How far back, past a breakdown, the part that names a rate may stand. */
const MAX_PART_HOPS = 6;

/** The clause before `from`, in the same sentence, whose last count's words name the rate; -1 when there is none. */
function namingPart(analysis: ReportAnalysis, clauses: readonly Clause[], from: number, sentence: number, stem: string): number {
	for (let k = from - 1; k >= 0 && k >= from - MAX_PART_HOPS && clauses[k].sentence === sentence; k--) {
		const q = lastQuantity(clauses[k]);
		if (q && namesRate(stripAdverbs(partWords(analysis, clauses, k, q).text), stem)) {
			return k;
		}
	}
	return -1;
}

/**
 * A part that opens its sentence by naming the count it is part of (受理26件、不予受理5件；受理案件办结24件): the whole is
 * that count, a few clauses back in the line, whose own words are the verb the part's words start with.
 */
function namedWhole(analysis: ReportAnalysis, clauses: readonly Clause[], partIndex: number, partWords: string): Clause | undefined {
	for (let k = partIndex - 1; k >= 0 && k >= partIndex - MAX_WHOLE_HOPS; k--) {
		const q = lastQuantity(clauses[k]);
		const words = q ? stripAdverbs(textBefore(analysis, clauses[k], q.span.start)) : '';
		if (words.length >= 2 && words.length <= MAX_PART_VERB && partWords.length > words.length && partWords.startsWith(words)) {
			return clauses[k];
		}
	}
	return undefined;
}

/** How far back a part that names its whole may look for it. */
const MAX_WHOLE_HOPS = 4;

/**
 * The part's words name the rate: a bare verb that shares a word with it (办结 / 按期办结率), or words that end in the
 * rate's own stem, or its start, whatever stands before (行政机关负责人出庭应诉, 负责人实际出庭 / 出庭应诉率).
 */
function namesRate(verb: string, stem: string): boolean {
	if (negates(verb, stem)) {
		return false;
	}
	return (verb.length <= MAX_PART_VERB && sharesBigram(verb, stem)) || endsWithStart(verb, stem) || abbreviates(verb, stem) || closes(verb, stem);
}

/** Clause `k` counts what the rate leaves out (未整改到位6项 for 整改完成率). */
function itemOfTheRest(analysis: ReportAnalysis, clauses: readonly Clause[], k: number, stem: string): boolean {
	const q = k >= 0 ? lastQuantity(clauses[k]) : undefined;
	return q !== undefined && negates(stripAdverbs(partWords(analysis, clauses, k, q).text), stem);
}

/** Words for closing a case, one as good as another: 审结1392件 is what 仲裁结案率 counts. */
const CLOSING = /(?:审结|结案|办结)$/;

function closes(verb: string, stem: string): boolean {
	return CLOSING.test(verb) && CLOSING.test(stem) && verb.length <= MAX_PART_VERB;
}

/** The words end in the rate's stem, or in its first two characters or more (负责人实际出庭 / 出庭应诉率). */
function endsWithStart(verb: string, stem: string): boolean {
	for (let k = stem.length; k >= 2; k--) {
		if (verb.endsWith(stem.slice(0, k))) {
			return true;
		}
	}
	return false;
}

/** 不合格 for 合格率, 未办结 for 办结率: the part counts the rest, not what the rate counts. */
function negates(verb: string, stem: string): boolean {
	const m = /^(?:不予|不|未|非)/.exec(verb);
	return m !== null && !stem.includes(m[0]) && stem.includes(verb.slice(m[0].length, m[0].length + 2));
}

/** The words hold a word of the rate, or name what it abbreviates (优良 for 优秀、良好). */
function namesWord(words: string, word: string): boolean {
	return words.includes(word) || abbreviates(words, word);
}

/**
 * A two-character rate word made of characters of two items a 、 joins (优良率 of 优秀、良好):
 * the first character in one item, the second in the next.
 */
function abbreviates(words: string, word: string): boolean {
	if (word.length !== 2) {
		return false;
	}
	const joint = words.indexOf('、');
	return joint > 0 && words.lastIndexOf(word[0], joint) >= 0 && words.indexOf(word[1], joint) > joint;
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
