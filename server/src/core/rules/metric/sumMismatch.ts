import { cellOf, isRuleRow, isUnitRow, readsOtherLines, tableRowName } from '../../metrics';
import type { Line, NumericMention, ReportAnalysis } from '../../types';
import { countBefore } from '../../search';
import type { RawFinding, Rule, RuleContext } from '../types';
import { clausesOf, findingStart, isExactQuantity, lastQuantity, lineText, LIST_GOES_ON, mentionLines, pastNumberless, sharesBigram, stripAdverbs, textBefore, totalBeforeBrackets, type Clause, type MentionLine } from './clauses';

type Quantity = NumericMention & { value: number };

/** 受理 and 不予受理 (未办结, 不受理, 非侵财类案件) split a total between them with nothing left over. */
const NEGATIONS = ['不予', '未', '不', '非'];
/** The longest words of a negation pair: a verb (按期办结) or a class of cases (侵财类案件). */
const MAX_PAIR_WORDS = 8;
/**
 * Outcomes of a case (an arbitration's 裁决 among them), dispositions of a document in a clean-up (废止, 修订, 保留), the level of government a case
 * went to, the procedure a penalty case took (简易程序, 普通程序), how a licence was granted (即办件 at once, 承诺件
 * within a promised time), or the half or quarter of the year a thing was done in: each thing has one, so such parts
 * listed after a total never add up to more than it.
 */
const OUTCOME = /胜诉|败诉|驳回|撤诉|撤回|调解|和解|裁决|维持|撤销|确认违法|确认无效|变更|责令履行|终止|不予受理|受理|废止|宣布失效|修订|修改|保留|继续有效|省级|市级|县级|区级|乡镇级|乡级|镇级|省本级|市本级|县本级|简易程序|普通程序|即办件|承诺件|上半年|下半年|[一二三四]季度/;
/**
 * Lists that are the whole when all their members are named, so they must equal the total: both poles of a verdict
 * (已结案的6件里，胜诉…败诉…), all three levels of a province (其中省级…、市级…、县级…), both procedures of a
 * penalty case (其中适用简易程序…、普通程序…), both ways of granting a licence (其中即办件…、承诺件…), or the year's
 * halves or quarters (全年…，其中上半年…、下半年…).
 */
const WHOLE_LISTS = [[/胜诉/, /败诉/], [/省级|省本级/, /市级|市本级/, /县级|县本级/], [/简易程序/, /普通程序/], [/即办件/, /承诺件/], [/上半年/, /下半年/], [/一季度/, /二季度/, /三季度/, /四季度/]];
const MAX_VERB = 4;

/**
 * Parts that must add up to the total stated just before them. Only lists that are exhaustive by their words must
 * equal it: a verb and its negation (受理 / 不予受理), or court outcomes that name both winning and losing. Other lists
 * of case outcomes (审结49件，其中维持38件、撤销2件) may leave some out, so they are wrong only when they add up to more
 * than the total. A list that says it goes on (其余, 另有, 尚在) is left alone, and lists of anything but outcomes too.
 */
export const metricSumMismatch: Rule = {
	id: 'metric.sum-mismatch',
	defaultSeverity: 'warning',
	local: true,
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const line of mentionLines(analysis, context.scope)) {
			const table = tableTotal(analysis, context, line) ?? tableBreakdown(analysis, context, line);
			if (table) {
				findings.push(table);
				continue;
			}
			// A total and at least two parts in its unit, and the words of one of the two readings.
			if (line.quantities < 3 || !threeOfOneUnit(line.mentions) || !mayHoldList(lineText(analysis, line))) {
				continue;
			}
			const respective = respectiveList(analysis, context, line);
			if (respective) {
				findings.push(respective);
				continue;
			}
			const clauses = clausesOf(analysis, line);
			for (let i = 1; i < clauses.length; i++) {
				// Both readings need the two clauses after the total to hold one number each.
				if (clauses[i].mentions.length !== 1 || clauses[i + 1]?.mentions.length !== 1) {
					continue;
				}
				const found = complementaryPair(analysis, context, clauses, i) ?? outcomeList(analysis, context, clauses, i) ?? spelledList(analysis, context, clauses, i) ?? kindsList(analysis, context, clauses, i);
				if (found) {
					findings.push(found);
				}
			}
		}
		return findings;
	},
};

function threeOfOneUnit(mentions: readonly NumericMention[]): boolean {
	// A handful of units at most, so two short lists.
	const units: (string | null)[] = [];
	const counts: number[] = [];
	for (const m of mentions) {
		if (isExactQuantity(m)) {
			const k = units.indexOf(m.unit);
			if (k < 0) {
				units.push(m.unit);
				counts.push(1);
			} else if (++counts[k] >= 3) {
				return true;
			}
		}
	}
	return false;
}

/**
 * A negation pair needs 不 or 未 (受理 / 不予受理); an outcome list needs its opening (其中, …里) and an outcome word; a
 * spelled-out list needs 其中.
 * Most lines with three numbers have neither and are never split into clauses.
 */
function mayHoldList(text: string): boolean {
	return text.includes('不') || text.includes('未') || text.includes('其中') || text.includes('包括') || text.includes('包含') || text.includes('（含') || text.includes('(含')
		|| ((text.includes('中') || text.includes('里')) && OUTCOME.test(text));
}

/** The one exact quantity a clause ends with, and the words before it. */
function soleQuantity(analysis: ReportAnalysis, clause: Clause | undefined): { q: Quantity; words: string } | null {
	const q = lastQuantity(clause);
	if (!clause || !q || clause.mentions.length !== 1 || analysis.text.slice(q.span.end, clause.end).trim() !== '') {
		return null;
	}
	return { q, words: stripAdverbs(textBefore(analysis, clause, q.span.start)) };
}

function complementaryPair(analysis: ReportAnalysis, context: RuleContext, clauses: readonly Clause[], i: number): RawFinding | null {
	const a = soleQuantity(analysis, clauses[i]);
	const b = soleQuantity(analysis, clauses[i + 1]);
	const totalClause = clauses[i - 1];
	// A total ends its clause; one a 、 joins to the pair is another item of the same list (优秀86卷、合格209卷、不合格5卷).
	if (!a || !b || clauses[i + 1].sentence !== totalClause.sentence || clauses[i].sentence !== totalClause.sentence || clauses[i].after === '、') {
		return null;
	}
	if (!isNegationPair(a.words, b.words) || a.q.unit !== b.q.unit) {
		return null;
	}
	const total = lastQuantity(totalClause);
	const next = clauses[i + 2];
	if (!total || total.unit !== a.q.unit || (next && next.sentence === totalClause.sentence && LIST_GOES_ON.test(textBefore(analysis, next, next.end)))) {
		return null;
	}
	return mismatch(analysis, context, totalClause.start, total, [a.q, b.q], true);
}

/**
 * Whether one part's words are the other's negated (受理 / 不予受理, 侵财类案件 / 非侵财类案件); a 其中 that opens the first
 * is not part of its words.
 */
function isNegationPair(first: string, second: string): boolean {
	const x = first.replace(/^其中/, '');
	const y = second;
	const wordsOk = (v: string) => v.length >= 1 && v.length <= MAX_PAIR_WORDS && /^[\u4e00-\u9fa5]+$/.test(v);
	return NEGATIONS.some((n) => (wordsOk(x) && y === n + x) || (wordsOk(y) && x === n + y));
}

function outcomeList(analysis: ReportAnalysis, context: RuleContext, clauses: readonly Clause[], i: number): RawFinding | null {
	const totalIndex = pastNumberless(clauses, i - 1, MAX_WORDS_BETWEEN);
	const before = lastQuantity(clauses[totalIndex]);
	// 12036件（含线上办理8600件），…，其中即办件…: the figure before the bracket is the total.
	const totalClause = (before && totalBeforeBrackets(analysis, clauses, totalIndex, before)) || clauses[totalIndex];
	const total = lastQuantity(totalClause);
	if (!total) {
		return null;
	}
	const tail = analysis.text.slice(total.span.end, totalClause.end).trim();
	const first = clauses[i];
	const opensList = /^[里中]$/.test(tail) || (tail === '' && textBefore(analysis, first, first.end).startsWith('其中'));
	if (!opensList) {
		return null;
	}
	const parts: Quantity[] = [];
	const words: string[] = [];
	let k = i;
	const outcomes = new Set<string>();
	for (; k < clauses.length && continuesList(clauses[k], totalClause, k > i); k++) {
		const part = soleQuantity(analysis, clauses[k]);
		if (!part || part.q.unit !== total.unit) {
			break;
		}
		// A part that names no outcome, or one named twice, rules the list out whatever follows: the walk stops at
		// once, so a long run of clauses is not walked again from each of its clauses.
		const outcome = OUTCOME.exec(part.words)?.[0];
		if (outcome === undefined || outcomes.has(outcome)) {
			return null;
		}
		outcomes.add(outcome);
		parts.push(part.q);
		words.push(part.words);
	}
	const next = clauses[k];
	const goesOn = next !== undefined && next.sentence === totalClause.sentence && LIST_GOES_ON.test(textBefore(analysis, next, next.end));
	if (parts.length < 2 || goesOn) {
		return null;
	}
	return mismatch(analysis, context, totalClause.start, total, parts, (isWholeList(words) || (parts.length >= MIN_OUTCOMES && !leavesKeptOut(outcomes))) && !moreOutcomesAfter(analysis, clauses, k, totalClause, total));
}

/** What a clean-up does to a document; most of those reviewed are kept (保留, 继续有效), which a report often leaves unsaid. */
const CLEAN_UP = new Set(['废止', '宣布失效', '修订', '修改', '保留', '继续有效']);

/** 清理文件1265件，其中宣布失效43件、废止19件、修改12件: a clean-up's dispositions without the kept ones are not all of it. */
function leavesKeptOut(outcomes: ReadonlySet<string>): boolean {
	return [...outcomes].every((o) => CLEAN_UP.has(o)) && !outcomes.has('保留') && !outcomes.has('继续有效');
}

/**
 * 其中维持803件、驳回126件、终止审理106件，撤销、变更、确认违法或责令履行等直接纠错161件: the sentence names more outcomes
 * in the total's unit past where the list's clauses stopped, so the list read is not all of the total.
 */
function moreOutcomesAfter(analysis: ReportAnalysis, clauses: readonly Clause[], from: number, totalClause: Clause, total: Quantity): boolean {
	for (let k = from; k < clauses.length && clauses[k].sentence === totalClause.sentence; k++) {
		const q = lastQuantity(clauses[k]);
		if (q && q.unit === total.unit && OUTCOME.test(textBefore(analysis, clauses[k], q.span.start))) {
			return true;
		}
	}
	return false;
}

/** A clause of the total's sentence, and not the first after a bracketed breakdown closed (420卷（其中…），评出…). */
function continuesList(clause: Clause, totalClause: Clause, later: boolean): boolean {
	return clause.sentence === totalClause.sentence && !(later && clause.after === '）');
}

/** How many clauses that hold no number may stand between a total and its outcomes (14件，均已审结，其中维持…). */
const MAX_WORDS_BETWEEN = 2;

/** Three outcomes or more named after a total (其中维持9件、撤销2件、终止审理2件) are meant as all of them. */
const MIN_OUTCOMES = 3;

/**
 * A total whose own words spell out its parts, so the parts are all of it and must add up to it: the parts' words
 * joined (减税降费486.3亿元，其中减税…、降费…), or a total named as kinds joined by 及, 和 or 与 with every kind named by a
 * part and every part naming a kind (减税降费及退税缓费…，其中新增减税降费…、留抵退税…、缓税缓费…).
 */
function spelledList(analysis: ReportAnalysis, context: RuleContext, clauses: readonly Clause[], i: number): RawFinding | null {
	const list = partsAfterQizhong(analysis, clauses, i, (_, words) => words.length >= 1 && words.length <= MAX_KIND);
	if (!list) {
		return null;
	}
	const { totalIndex, totalClause, total, parts, words } = list;
	// …及政策性文件共86件: the word that links the kinds to their number names no kind.
	const totalWords = kindsBefore(analysis, clauses, totalIndex) + stripAdverbs(textBefore(analysis, totalClause, total.span.start)).replace(TOTAL_LINK, '');
	const next = clauses[i + parts.length];
	const goesOn = next !== undefined && next.sentence === totalClause.sentence && LIST_GOES_ON.test(textBefore(analysis, next, next.end));
	if (parts.length < 2 || goesOn) {
		return null;
	}
	const joined = words.every((w) => w.length <= MAX_VERB) && totalWords.includes(words.join(''));
	if (!joined && !namesEveryKind(totalWords, words) && !abbreviatesParts(totalWords, words)) {
		return null;
	}
	return mismatch(analysis, context, totalClause.start, total, parts, true);
}

/** 进出口 for 出口 and 进口, 中小学 for 中学 and 小学: the parts' first characters side by side before the ending they share. */
function abbreviatesParts(totalWords: string, words: readonly string[]): boolean {
	const ending = words[0].slice(1);
	if (ending.length === 0 || words.some((w) => w.length !== ending.length + 1 || !w.endsWith(ending))) {
		return false;
	}
	const heads = new Set(words.map((w) => w[0]));
	for (let at = totalWords.indexOf(ending); at >= 0; at = totalWords.indexOf(ending, at + 1)) {
		const before = totalWords.slice(Math.max(0, at - words.length), at);
		if (before.length === words.length && heads.size === words.length && [...before].every((c) => heads.has(c))) {
			return true;
		}
	}
	return false;
}

/** 核准、备案事项2816件: kinds named before the total's clause and joined to it by 、, each with the 、 after it. */
function kindsBefore(analysis: ReportAnalysis, clauses: readonly Clause[], t: number): string {
	let words = '';
	for (let k = t; k > 0 && clauses[k].after === '、' && clauses[k - 1].mentions.length === 0 && clauses[k - 1].sentence === clauses[t].sentence; k--) {
		words = `${textBefore(analysis, clauses[k - 1], clauses[k - 1].end)}、${words}`;
	}
	return words;
}

/** 其中适用简易程序、普通程序的分别为97件、58件: the names of the parts, then 分别, then their numbers in the same order. */
const RESPECTIVELY = /其中([^，。；;,]{2,40}?)分别(?:为|是|有|达到|达|占)?$/;
const NAME_JOINERS = /[、和与及]/;
const NUMBER_JOINERS = /^[、和与及]$/;

/**
 * A total, then 其中 naming its parts and 分别 giving their numbers (当年办理案件158件，其中适用简易程序、普通程序的分别为
 * 97件、58件). Checked like an outcome list: a whole list (both procedures, both verdicts, every level) must equal the
 * total; other outcome lists must not exceed it; a list of anything else is left alone.
 */
function respectiveList(analysis: ReportAnalysis, context: RuleContext, line: MentionLine): RawFinding | null {
	const mentions = line.mentions;
	if (!lineText(analysis, line).includes('分别')) {
		return null;
	}
	const text = analysis.text;
	for (let t = 0; t + 2 < mentions.length; t++) {
		const total = mentions[t];
		const first = mentions[t + 1];
		if (!isExactQuantity(total) || !isExactQuantity(first) || first.unit !== total.unit) {
			continue;
		}
		const between = text.slice(total.span.end, first.span.start);
		const m = RESPECTIVELY.exec(between);
		if (!m || !/^\s*[，,]\s*其中/.test(between)) {
			continue;
		}
		const names = m[1].replace(/的$/, '').split(NAME_JOINERS).filter((n) => n.length > 0);
		const parts: Quantity[] = [first];
		for (let k = t + 2; k < mentions.length && parts.length < names.length; k++) {
			const next = mentions[k];
			if (!isExactQuantity(next) || next.unit !== total.unit || !NUMBER_JOINERS.test(text.slice(parts[parts.length - 1].span.end, next.span.start))) {
				break;
			}
			parts.push(next);
		}
		if (names.length < 2 || parts.length !== names.length || !names.every((n) => OUTCOME.test(n))) {
			continue;
		}
		return mismatch(analysis, context, clauseStart(text, line.start, total.span.start), total, parts, isWholeList(names));
	}
	return null;
}

/** A part for all the rest (调解和解及其他方式结案3890件): with it, the parts are all of the total. */
const REMAINDER = /其他|其它|其余/;

/** The parts' words name a whole list (WHOLE_LISTS), or one of them takes all the rest. */
function isWholeList(words: readonly string[]): boolean {
	return WHOLE_LISTS.some((list) => list.every((member) => words.some((w) => member.test(w)))) || words.some((w) => REMAINDER.test(w));
}

/** Just after the last clause mark before `at` on the line, or the line's start. */
function clauseStart(text: string, lineStart: number, at: number): number {
	for (let i = at - 1; i >= lineStart; i--) {
		if ('，,。；;！？!?'.includes(text[i])) {
			return i + 1;
		}
	}
	return lineStart;
}

/**
 * A total split by 其中 into parts whose words end alike (先进制造业项目31个、现代服务业项目17个; 大气类…、水类…): kinds of one
 * thing, which may leave some kinds out but cannot add up to more than the total, unless they classify it (three or more
 * classes), when they must add up to it. Parts that do not end alike (党员…、女性…) may overlap, and are left alone.
 */
function kindsList(analysis: ReportAnalysis, context: RuleContext, clauses: readonly Clause[], i: number): RawFinding | null {
	const list = partsAfterQizhong(analysis, clauses, i, (k) => k === i || clauses[k].after === '、');
	if (!list) {
		return null;
	}
	const { totalClause, total, parts, words } = list;
	if (parts.length < 2 || words.some((w) => w.length < 2) || !(words.every((w) => w.at(-1) === words[0].at(-1)) || words.every((w) => ENTITY_HEAD.test(w)))) {
		return null;
	}
	return mismatch(analysis, context, totalClause.start, total, parts, isClassification(words));
}

/**
 * 危险化学品企业…、工贸企业…、烟花爆竹经营单位…: kinds of bodies inspected or served, sorted by trade; a body is of one
 * trade, so these parts do not overlap though their words end differently.
 */
const ENTITY_HEAD = /(?:企业|单位|机构|场所|经营户|商户|门店)$/;

const TOTAL_LINK = /(?:共计|合计|累计|总计|共|计)$/;

/** What opens a list of the total's parts: 其中, or in brackets 包括 and 含 (1.26亿元（含中央资金…、省级资金…）). */
const LIST_OPENER = /^(?:其中|包括|包含|含)/;

/** Parts that each name a class (大气类、水类、固体废物类、噪声类): three or more of them classify the whole total. */
const MIN_CLASSES = 3;

function isClassification(words: readonly string[]): boolean {
	return words.length >= MIN_CLASSES && words.every((w) => w.endsWith('类'));
}

/**
 * The total that ends the clause before `i`, when clause `i` opens with 其中, and the parts after it in the total's unit,
 * one per clause, while `keep` accepts the clause and the part's words; the words without 其中.
 */
function partsAfterQizhong(analysis: ReportAnalysis, clauses: readonly Clause[], i: number, keep: (k: number, words: string) => boolean): { totalIndex: number; totalClause: Clause; total: Quantity; parts: Quantity[]; words: string[] } | null {
	const totalIndex = i - 1 - (changeOnly(clauses[i - 1]) && clauses[i - 2]?.sentence === clauses[i - 1].sentence ? 1 : 0);
	const before = lastQuantity(clauses[totalIndex]);
	const totalClause = (before && totalBeforeBrackets(analysis, clauses, totalIndex, before)) || clauses[totalIndex];
	const total = lastQuantity(totalClause);
	if (!total || analysis.text.slice(total.span.end, totalClause.end).trim() !== '' || !LIST_OPENER.test(textBefore(analysis, clauses[i], clauses[i].end))) {
		return null;
	}
	const parts: Quantity[] = [];
	const words: string[] = [];
	for (let k = i; k < clauses.length && continuesList(clauses[k], totalClause, k > i); k++) {
		const part = soleQuantity(analysis, clauses[k]);
		if (!part || part.q.unit !== total.unit || !keep(k, part.words)) {
			break;
		}
		parts.push(part.q);
		words.push(part.words.replace(LIST_OPENER, ''));
	}
	return { totalIndex, totalClause, total, parts, words };
}

/** A clause that only says how the total changed (2816件，同比增长18.4%，其中…): the parts still belong to the total before it. */
function changeOnly(clause: Clause | undefined): boolean {
	return clause !== undefined && clause.mentions.length > 0 && clause.mentions.every((m) => m.kind === 'rate_change');
}

/** The longest words of a part that names a kind of the total (新增减税降费). */
const MAX_KIND = 8;

/**
 * The total's words name two or more kinds (joined by 及, 和, 与 or 、), the last word of each kind (its last two characters:
 * 降费, 缓费) stands in some part's words, and each part shares words with a kind. A list that leaves a kind out
 * (留抵退税 alone for 退税缓费) is not all of the total. The noun the kinds share may be written once, after the last
 * (行政处罚和行政许可案卷, parts 行政处罚卷 and 行政许可卷): the last kind's word may stand before it.
 */
function namesEveryKind(totalWords: string, parts: readonly string[]): boolean {
	const kinds = totalWords.split(/[及和与、]/).filter((k) => k.length >= 2);
	const last = kinds.length - 1;
	const named = (k: string, i: number) => parts.some((p) => p.includes(k.slice(-2))) || (i === last && (sharedHead(k, parts) || elidedHead(kinds[0], k, parts)));
	return kinds.length >= 2 && kinds.every(named) && parts.every((p) => kinds.some((k) => sharesBigram(k, p)));
}

/**
 * 国家级和省级创新平台 with parts 国家级…、省级…: the parts leave the noun out, as the first kind does; the last kind's word
 * before the noun ends as they all end and stands in a part.
 */
function elidedHead(first: string, kind: string, parts: readonly string[]): boolean {
	const end = parts[0].at(-1) as string;
	const at = kind.lastIndexOf(end);
	return first.endsWith(end) && parts.every((p) => p.endsWith(end)) && at >= 1 && at < kind.length - 1 && parts.some((p) => p.includes(kind.slice(0, at + 1).slice(-2)));
}

/** The last kind ends in a noun every part ends with too (案卷 … 卷), and its word before that noun stands in a part. */
function sharedHead(kind: string, parts: readonly string[]): boolean {
	const end = kind.at(-1);
	return kind.length >= 4 && parts.every((p) => p.at(-1) === end) && [1, 2].some((h) => parts.some((p) => p.includes(kind.slice(0, -h).slice(-2))));
}

/**
 * The finding when the parts do not fit the total. `whole`: the parts are the whole list, so any difference counts;
 * otherwise only parts that exceed the total. `from`: where the total's clause starts, which the finding's span starts with.
 */
function mismatch(analysis: ReportAnalysis, context: RuleContext, from: number, total: Quantity, parts: readonly Quantity[], whole: boolean): RawFinding | null {
	const sum = parts.reduce((s, p) => s + p.value, 0);
	if (whole ? Math.abs(sum - total.value) < 1e-9 : sum <= total.value) {
		return null;
	}
	const end = parts[parts.length - 1].span.end;
	const start = findingStart(analysis, from, total);
	const raw = analysis.text.slice(start, end);
	const lead = raw.length - raw.trimStart().length;
	return { span: { start: start + lead, end }, evidence: raw.trim(), message: sumMessage(context, total, parts, sum) };
}

function sumMessage(context: RuleContext, total: Quantity, parts: readonly Quantity[], sum: number): string {
	// Amounts all written in 亿 (or 万) are shown so: 317.6亿+158.2亿=475.8亿, not 31760000000+….
	const scale = SCALES.find(([word]) => [total, ...parts].every((q) => q.text.includes(word))) ?? NO_SCALE;
	return context.message('metric.sum-mismatch', { parts: parts.map((p) => shown(p.value, scale)).join('+'), sum: shown(sum, scale), total: shown(total.value, scale) });
}

/** The first cell of a table's total row: 合计, 总计, 共计 (then a tab, a bar or a wide gap). */
const TOTAL_ROW = /^[\s|│*]*(?:合计|总计|共计|总数)[*]*(?:[ \u3000]*[\t|│]|[ \u3000]{2})/;
const SUBTOTAL_ROW = /^[\s|*]*小计/;

/**
 * A table's total row (合计\t107\t99…) whose figure in a column is not the sum of the figures above it in that column,
 * every row above having one. The rows are the Word (tab), Markdown (|) or space-aligned rows up to the table's header; a row with
 * fewer cells than the header has merged its first cells (合计 over 序号 and 名称), so cells are counted from the right.
 * Percent columns (rates) are no sums and are left alone, and so is a table with subtotals.
 */
function tableTotal(analysis: ReportAnalysis, context: RuleContext, line: MentionLine): RawFinding | null {
	const row = analysis.lines[line.line - 1];
	if (!TOTAL_ROW.test(row.text)) {
		return null;
	}
	const rows: Line[] = [];
	for (let k = line.line - 2; k >= 0 && readsOtherLines(analysis.lines[k]); k--) {
		if (SUBTOTAL_ROW.test(analysis.lines[k].text)) {
			return null;
		}
		if (!isRuleRow(analysis.lines[k].text)) {
			rows.unshift(analysis.lines[k]);
		}
	}
	// The header is the block's first row, with a row of units under it at times; two data rows at least make a sum
	// worth checking. Rows that break a row down (其中：…) are in their row already.
	const data = rows.slice(1).filter((r) => !isUnitRow(r.text) && !tableRowName(r.text).breakdown);
	if (rows.length === 0 || data.length < 2) {
		return null;
	}
	return columnMismatch(analysis, context, row, line.mentions, data, cellOf(rows[0].text, 0).cells, true);
}

/**
 * The finding on `row`'s first figure, column by column, whose column in `partRows` (every row holding an exact figure
 * in its unit there) does not fit it: sums to another figure when `whole`, else exceeds it.
 */
function columnMismatch(analysis: ReportAnalysis, context: RuleContext, row: Line, totals: readonly NumericMention[], partRows: readonly Line[], width: number, whole: boolean): RawFinding | null {
	for (const total of totals) {
		if (!isExactQuantity(total)) {
			continue;
		}
		const column = columnOf(row, total, width);
		const parts: Quantity[] = [];
		let rows = 0;
		for (const other of partRows) {
			const cell = mentionsOfLine(analysis, other.number).find((m) => columnOf(other, m, width) === column);
			// A row of a rate among rows of counts (出庭应诉率 98.7% among 件) adds nothing to them.
			if (cell && cell.unit !== total.unit && cell.unit !== null && cell.claim) {
				continue;
			}
			rows++;
			if (!cell || !isExactQuantity(cell) || cell.unit !== total.unit) {
				break;
			}
			parts.push(cell);
		}
		const sum = parts.reduce((s, p) => s + p.value, 0);
		if (parts.length === rows && parts.length >= 2 && (whole ? Math.abs(sum - total.value) > 1e-9 * Math.max(1, Math.abs(total.value)) : sum > total.value)) {
			return { span: { ...total.span }, evidence: analysis.text.slice(row.start, total.span.end).trim(), message: sumMessage(context, total, parts, sum) };
		}
	}
	return null;
}

/**
 * A table row whose breakdown rows follow it (审结案件（件） | 214, then 其中：维持 | 118, an indented 驳回 | 29 …): when every
 * breakdown row names an outcome, each once, their figures in a column must not exceed the row's; when they name a whole
 * list, three outcomes or more, or the rest (其他方式终止), they must add up to it. One finding per row at most.
 */
function tableBreakdown(analysis: ReportAnalysis, context: RuleContext, line: MentionLine): RawFinding | null {
	const row = analysis.lines[line.line - 1];
	if (!readsOtherLines(row) || tableRowName(row.text).breakdown) {
		return null;
	}
	const rows: Line[] = [];
	const names: string[] = [];
	for (let k = line.line; k < analysis.lines.length && readsOtherLines(analysis.lines[k]); k++) {
		const text = analysis.lines[k].text;
		const name = isRuleRow(text) ? null : tableRowName(text);
		if (name === null || !name.breakdown || name.label === null) {
			break;
		}
		const outcome = OUTCOME.exec(name.label)?.[0] ?? (REMAINDER.test(name.label) ? name.label : undefined);
		if (outcome === undefined || names.includes(outcome)) {
			return null;
		}
		names.push(outcome);
		rows.push(analysis.lines[k]);
	}
	if (rows.length < 2) {
		return null;
	}
	return columnMismatch(analysis, context, row, line.mentions, rows, cellOf(row.text, row.text.length).cells, isWholeList(names) || rows.length >= MIN_OUTCOMES);
}

/** The mentions read from line `n`: a binary search of the document's, which come line by line. */
function mentionsOfLine(analysis: ReportAnalysis, n: number): readonly NumericMention[] {
	const mentions = analysis.mentions;
	const from = countBefore(mentions.length, (k) => mentions[k].line < n);
	return mentions.slice(from, from + countBefore(mentions.length - from, (k) => mentions[from + k].line === n));
}

/** The header column a mention stands in: cells counted from the right when the row has fewer than the header. */
function columnOf(row: Line, m: NumericMention, width: number): number {
	const { cell, cells } = cellOf(row.text, m.span.start - row.start);
	return cell + Math.max(0, width - cells);
}

const SCALES: readonly (readonly [string, number])[] = [['万亿', 1e12], ['亿', 1e8], ['万', 1e4]];
const NO_SCALE = ['', 1] as const;

function shown(value: number, [word, scale]: readonly [string, number]): string {
	return `${Number((value / scale).toFixed(6))}${word}`;
}
