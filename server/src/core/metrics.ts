import {
	AFTER_DATE_WORDS,
	ARTICLE_CUES,
	CHANGE_NOUNS,
	CHANGE_WORDS,
	CIRCLE_NOUNS,
	COMPLEMENTS,
	COUNTED_NOUNS,
	DISTRIBUTIVE_WORDS,
	EVENT_NOUNS,
	FRAMING_AFTER,
	FRAMING_BEFORE,
	ZERO_EVENT_UNITS,
	ZERO_EVENTS,
	INNER_QUALIFIERS,
	LEXICAL_WORDS,
	LINK_GUARDS,
	LINK_WORDS,
	MEETING_NOUNS,
	MULTIPLIERS,
	NOMINALIZERS,
	NOT_QUALIFIER_WORDS,
	NOT_UNIT_WORDS,
	PLAN_FOLLOWERS,
	PREFIX_QUALIFIERS,
	PREPOSITIONS,
	PROGRAMME_NOUNS,
	RANK_CUES,
	RATIO_NOUNS,
	SCOPE_WORDS,
	SET_PHRASES,
	STRUCTURE_NOUNS,
	SUFFIX_QUALIFIERS,
	UNIT_BY_TEXT,
	UNITS,
	VERBS,
	ZERO_CUES,
	type UnitClass,
	type UnitEntry,
} from './lexicon';
import { afterTags, beforeTags, tagEndAt, tagEndsAt } from './html';
import { holdsCjk, isBlankChar, isCjk, isInlineSpace } from './lines';
import { bareNumberInRow, isBareNumberLine, isCellLine, isValueCellLine, MAX_ROW_CELLS } from './paragraphs';
import { arabicDigit, arabicValue, capitalNumeralValue, parseArabicNumber, chineseDigit, chineseNumeralValue, isCapitalNumeralChar, isChineseNumeralChar, isDecimalPoint, isMagnitudeOnly, parseYear, pow10, readArabic, type ArabicNumber } from './numerals';
import type { Line, MentionKind, NumericMention } from './types';

export interface MentionOptions {
	/** Extra numeric set phrases (names, slogans) that are never claims. */
	setPhrases?: readonly string[];
	/**
	 * The whole text the line was cut from (`line.text` is its slice from `line.start` to `line.end`). The search for
	 * numerals then reads it instead of the slice: every character read of a sliced string pays an indirection, and
	 * that search reads every character of the line. The result is the same with or without it.
	 */
	documentText?: string;
	/**
	 * The words at the end of the line above when the line carries on its sentence (a hard-wrapped paragraph, as a PDF
	 * copy gives it): 同比增长 ⏎ 12.5% is a change, 持证率达到 ⏎ 98.5% a rate. Read for labels and change words only.
	 */
	lead?: string;
	/**
	 * The first words of the line below when it carries on this line's sentence: 共调解纠纷1236 ⏎ 件 is a count of 件.
	 * Read after the line's figures only; no figure starts in it, and none reaches into it.
	 */
	trail?: string;
	/**
	 * The document's lines, `line` among them (lines[line.number - 1]). A table row then takes the units its header
	 * row names in brackets for each column (学校（所）, 在校学生（万人）); without them it reads only its own row.
	 */
	lines?: readonly Line[];
	/**
	 * Told when the line turns out to be a table row laid out with spaces, whose numbers may read other lines. That is
	 * only found when a number stands in such a cell, so a caller need not search every line for wide spaces.
	 */
	onSpacedRow?: (line: Line) => void;
}

/** A line shorter than this is no wrapped line of a paragraph (a signature, a short title), whatever it ends with. */
const MIN_WRAPPED_LINE = 16;
/** The most characters of the line below a figure's unit is read from (MentionOptions.trail). */
const MAX_TRAIL = 6;

/**
 * `line` carries on the sentence of the body line above it, as the lines of a hard-wrapped paragraph do (a PDF copy,
 * a Markdown paragraph wrapped by hand): `above` is long and breaks off before its sentence ends, and `line` goes on
 * flush. Table rows do neither. The caller knows that both are body text.
 */
export function wrapsInto(above: Line, line: Line): boolean {
	if (line.indent !== '' || line.blank || above.blank) {
		return false;
	}
	const text = above.text;
	let last = text.length - 1;
	while (last >= 0 && (isBlankChar(text.charCodeAt(last)) || isCloser(text.charCodeAt(last)))) {
		last--;
	}
	return last + 1 - above.indent.length >= MIN_WRAPPED_LINE && !endsSentence(text.charCodeAt(last)) && !readsOtherLines(above) && !readsOtherLines(line);
}

/**
 * The lead a line that wraps on from `above` (wrapsInto) reads its first clause with (MentionOptions.lead): the words
 * of `above` after its last clause boundary, when it breaks off inside a word; '' when it ends with a mark, a figure or
 * a quote, or when a figure or a quote stands in those words.
 */
export function wrapLead(above: Line): string {
	const text = above.text;
	let last = text.length - 1;
	while (last >= 0 && isBlankChar(text.charCodeAt(last))) {
		last--;
	}
	const c = text.charCodeAt(last);
	if (!isCjk(c) || CANDIDATE[c] !== 0) {
		return '';
	}
	let start = last;
	while (start > 0 && last + 1 - start < LABEL_WINDOW && CANDIDATE[text.charCodeAt(start - 1)] === 0 && !isClauseBoundary(text.charCodeAt(start - 1)) && !isBlankChar(text.charCodeAt(start - 1))) {
		start--;
	}
	// Words right after a figure (由5个工作日压缩至 ⏎ 2.5个工作日) are that figure's unit and what it did, no label.
	return start > 0 && CANDIDATE[text.charCodeAt(start - 1)] !== 0 ? '' : text.slice(start, last + 1);
}

/**
 * The trail a line reads its last figure's unit from when the line below wraps on from it (MentionOptions.trail): the
 * first words of `below`, up to a mark; '' when `below` opens with a figure (a number broken across the wrap is not
 * joined; a multiplier, 2860 ⏎ 万元, is no figure of its own) or a mark.
 */
export function wrapTrail(below: Line): string {
	const text = below.text;
	let end = 0;
	while (end < text.length && end < MAX_TRAIL && CANDIDATE[text.charCodeAt(end)] !== DIGIT && !isClauseBoundary(text.charCodeAt(end)) && !isBlankChar(text.charCodeAt(end))) {
		end++;
	}
	return end > 0 && (CANDIDATE[text.charCodeAt(0)] === 0 || MULTIPLIER_WORDS.startingAt(text, 0) !== null) ? text.slice(0, end) : '';
}

function endsSentence(code: number): boolean {
	return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b || code === 0x21 || code === 0x3f || code === 0x3b;
}

function isCloser(code: number): boolean {
	return code === 0x201d || code === 0x2019 || code === 0xff09 || code === 0x29 || code === 0x300d || code === 0x300f || code === 0x3011 || code === 0x300b;
}

/**
 * A table row (a | or a tab in it, or cells set apart by spaces): its numbers may take their units from the table's
 * header row, another line. The numbers of such a line are read again whenever the text changes, never taken over from
 * the last version.
 */
export function readsOtherLines(line: Line): boolean {
	return separatesCells(line.text) || isSpaceAlignedRow(line.text) || (line.text.charCodeAt(line.indent.length) === 0x2b && GRID_BORDER.test(line.text));
}

/**
 * A | or a tab: the marks of a Markdown or Word table's row; or a │ or ─: a table drawn with box-drawing characters (a
 * Word table saved as text), its rows between │ and its rules of ─ ┼; or the </td> or </th> of an HTML table's row
 * (<tr><td>行政复议</td><td>148</td></tr>, raw HTML in a Markdown report). Found with native searches.
 */
export function separatesCells(text: string): boolean {
	return CELL_SEPARATOR.test(text);
}

// One native pass over the line: five searches for each sign were a few per cent of reading a report's numbers.
const CELL_SEPARATOR = /[|\t│─]|<\/t/;

/** A rule between a table's rows: a Markdown separator (| --- | ---: |) or a drawn one (├──┼──┤), no cell text. */
export function isRuleRow(text: string): boolean {
	return RULE_ROW.test(text) || GRID_BORDER.test(text);
}

const RULE_ROW = /^[\s|:\-\u2500-\u257f]+$/;
/** The border between the rows of a pandoc grid table: +------+------+, and +======+ under its header. */
const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

/** Cells of a table laid out with spaces (ASCII or U+3000) are apart by at least this many. */
const MIN_CELL_GAP = 2;
/** …and a row has at least three cells: two such gaps. A line of prose with one wide space is no row. */
const MIN_CELL_GAPS = 2;

/** A row of a table whose columns were aligned with spaces, as text converted from a PDF or a Word table comes out. */
export function isSpaceAlignedRow(text: string): boolean {
	const indentEnd = spaceRunEnd(text, 0);
	// Most lines hold no space after their indent but the odd single one: two native searches settle them.
	const wide = text.indexOf('\u3000', indentEnd);
	const double = text.indexOf('  ', indentEnd);
	if (wide < 0 && double < 0) {
		return false;
	}
	let i = wide < 0 ? double : double < 0 ? wide : Math.min(wide, double);
	let gaps = 0;
	while (i < text.length) {
		const end = spaceRunEnd(text, i);
		if (end - i >= MIN_CELL_GAP && end < text.length && ++gaps >= MIN_CELL_GAPS) {
			return true;
		}
		i = end > i ? end : i + 1;
	}
	return false;
}

/** A row whose cells are split by runs of spaces: laid out with spaces, with no bar or tab (where spaces only pad). */
function splitsOnSpaces(text: string): boolean {
	return !separatesCells(text) && isSpaceAlignedRow(text);
}

function spaceRunEnd(text: string, from: number): number {
	let i = from;
	while (i < text.length && isInlineSpace(text.charCodeAt(i))) {
		i++;
	}
	return i;
}

const CELL_TAG = /<\/?t[dhr][\s>]/i;
const INLINE_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const LINE_BREAK_TAG = /<br\s*\/?>/i;

/**
 * Where the cell break at `i` ends, or `i` when none starts there: a tab, a |, or — in a row laid out with spaces — a
 * run of at least MIN_CELL_GAP spaces.
 */
function cellBreakEnd(text: string, i: number, spaced: boolean): number {
	const c = text.charCodeAt(i);
	if (c === TAB || c === BAR || c === BOX_BAR) {
		return i + 1;
	}
	if (c === 0x3c) { // <: the tags between two cells of an HTML row (</td><td>) are one break; <br/> or <font> in a cell none
		const end = afterTags(text, i);
		return end > i && CELL_TAG.test(text.slice(i, end)) ? end : i;
	}
	if (spaced && isInlineSpace(c)) {
		const end = spaceRunEnd(text, i);
		return end - i >= MIN_CELL_GAP ? end : i;
	}
	return i;
}

// ---------------------------------------------------------------------------------------------------------------
// Word lookups. A word list answers "which word starts (ends) here" with one bitmap test for most positions and a
// map read for the rest, so lookbacks stay cheap on any line.

/** Bit i of FIRST[c] (LAST[c]) says that some word of list i starts (ends) with code unit c. */
const FIRST = new Uint32Array(0x10000);
const LAST = new Uint32Array(0x10000);
let lists = 0;
/**
 * A small dense number for every code unit that starts or ends a word, so a list's candidates are one array read
 * (a Map read with a number key costs a hash probe on every hit of the bitmap).
 */
const SLOT = new Uint16Array(0x10000);
let slots = 0;

function slotOf(code: number): number {
	if (SLOT[code] === 0) {
		SLOT[code] = ++slots;
	}
	return SLOT[code];
}

class WordList {
	/** This list's bit in FIRST and LAST. */
	readonly bit: number;
	/** Words by the slot of their first (last) code unit, longest first; a slot is filled exactly where the bit is set. */
	private readonly byFirst: string[][] = [];
	private readonly byLast: string[][] = [];

	constructor(words: readonly string[]) {
		if (lists === 32) {
			throw new Error('too many word lists for the lookup bitmaps');
		}
		this.bit = 1 << lists++;
		for (const word of [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length)) {
			const first = word.charCodeAt(0);
			const last = word.charCodeAt(word.length - 1);
			FIRST[first] |= this.bit;
			LAST[last] |= this.bit;
			(this.byFirst[slotOf(first)] ??= []).push(word);
			(this.byLast[slotOf(last)] ??= []).push(word);
		}
	}

	/** The longest word that starts at `at` and ends by `limit`. */
	startingAt(text: string, at: number, limit = text.length): string | null {
		// Most probes miss the bitmap: kept this small, the test is inlined into the caller and only a hit pays a call.
		return at < limit && (FIRST[text.charCodeAt(at)] & this.bit) !== 0 ? this.firstAt(text, at, limit) : null;
	}

	/** The longest word that ends just before `at` and starts at or after `floor`. */
	endingAt(text: string, at: number, floor: number): string | null {
		return at > floor && (LAST[text.charCodeAt(at - 1)] & this.bit) !== 0 ? this.lastAt(text, at, floor) : null;
	}

	private firstAt(text: string, at: number, limit: number): string | null {
		const words = this.byFirst[SLOT[text.charCodeAt(at)]];
		for (let w = 0; w < words.length; w++) {
			const word = words[w];
			const n = word.length;
			if (at + n > limit) {
				continue;
			}
			// The first code unit is known to match; a hand loop beats a call to startsWith on these short words.
			let k = 1;
			while (k < n && text.charCodeAt(at + k) === word.charCodeAt(k)) {
				k++;
			}
			if (k === n) {
				return word;
			}
		}
		return null;
	}

	private lastAt(text: string, at: number, floor: number): string | null {
		const words = this.byLast[SLOT[text.charCodeAt(at - 1)]];
		for (let w = 0; w < words.length; w++) {
			const word = words[w];
			const n = word.length;
			const start = at - n;
			if (start < floor) {
				continue;
			}
			let k = n - 1;
			while (k > 0 && text.charCodeAt(start + k - 1) === word.charCodeAt(k - 1)) {
				k--;
			}
			if (k === 0) {
				return word;
			}
		}
		return null;
	}
}

const UNIT_WORDS = new WordList(UNITS.map((u) => u.text));
/** Units by the slot of their first character, longest first, with their second character (NaN for one-character units). */
const UNITS_BY_FIRST: { entry: UnitEntry; second: number }[][] = [];
for (const entry of [...UNITS].sort((a, b) => b.text.length - a.text.length)) {
	(UNITS_BY_FIRST[slotOf(entry.text.charCodeAt(0))] ??= []).push({ entry, second: entry.text.charCodeAt(1) });
}
const MULTIPLIER_WORDS = new WordList(MULTIPLIERS.map(([w]) => w));
const MULTIPLIER_BY_TEXT = new Map(MULTIPLIERS);
const PREFIX_WORDS = new WordList(PREFIX_QUALIFIERS);
const NOT_QUALIFIER = new WordList(NOT_QUALIFIER_WORDS);
const NOT_UNIT = new WordList(NOT_UNIT_WORDS);
const SUFFIX_WORDS = new WordList(SUFFIX_QUALIFIERS);
const INNER_WORDS = new WordList(INNER_QUALIFIERS);
const TRAILING_WORDS = new WordList([...LINK_WORDS, ...CHANGE_WORDS, ...DISTRIBUTIVE_WORDS]);
const CHANGE_SET = new Set(CHANGE_WORDS);
const DISTRIBUTIVE_SET = new Set(DISTRIBUTIVE_WORDS);
const CHANGE_NOUN_WORDS = new WordList(CHANGE_NOUNS);
const SCOPE = new WordList(SCOPE_WORDS);
const AFTER_DATE = new WordList(AFTER_DATE_WORDS);
const LINK_GUARD = new WordList(LINK_GUARDS);
const PREPOSITION = new WordList(PREPOSITIONS);
const NOMINAL = new WordList(NOMINALIZERS);
const COMPLEMENT = new WordList(COMPLEMENTS);
const VERB_WORDS = new WordList(VERBS);
const COUNTED = new WordList(COUNTED_NOUNS);
const STRUCTURE = new WordList(STRUCTURE_NOUNS);
const PROGRAMME = new WordList(PROGRAMME_NOUNS);
const CIRCLE = new WordList(CIRCLE_NOUNS);
const PLAN_AFTER = new WordList(PLAN_FOLLOWERS);
const FRAME_BEFORE = new WordList(FRAMING_BEFORE);
const ZERO_EVENT = new WordList(ZERO_EVENTS);
const FRAME_AFTER = new WordList(FRAMING_AFTER);
const RANK = new WordList(RANK_CUES);
const RATIO = new WordList(RATIO_NOUNS);
const MEETING = new WordList(MEETING_NOUNS);
const ZERO = new WordList(ZERO_CUES);
const ARTICLE = new WordList(ARTICLE_CUES);
const CONTINUOUS = new WordList(['连续']);
const REFERENCE = /(?:附件|附表|附图)$/;
const TIME_CUES = new WordList(['上午', '下午', '晚上', '早上', '凌晨', '中午']);
const PERCENT_UNIT = UNIT_BY_TEXT.get('%') as UnitEntry;
/** 一批, 一类, 一支: “a number of”, not a count of one. */
const VAGUE_WITH_ONE = new Set(['批', '类', '支']);
/** Measure words of outline points (五个法定程序, 三项原则). */
const OUTLINE_MEASURES = new Set(['个', '项', '条']);
/** The fewest items a count written in figures names when it counts the list before it. */
const MIN_LISTED_FIGURE = 3;
/**
 * Measure words of kinds (3个级别, 4类主体, 5种情形) and of named bodies (城投、水务、环建3户企业, 5家, 3所学校): what a
 * count of listed items is written with.
 */
const KIND_MEASURES = new Set(['个', '类', '种', '户', '家', '所']);

// ---------------------------------------------------------------------------------------------------------------
// Set phrases (names and lexical words), indexed by their first numeral and its neighbour: 一 is one of the commonest
// characters of the language and most phrases hold it.

interface Phrase {
	text: string;
	/** Index of the first numeral character in `text`. */
	offset: number;
	name: boolean;
}

class PhraseIndex {
	/** First numerals of the phrases. */
	private readonly numerals = new Uint8Array(0x10000);
	/**
	 * Phrases by the hash of their (numeral, following character) pair, or of (numeral, preceding character) for those
	 * that end in their numeral (统一, 周六); 0 is no bucket, so most numerals are rejected by one table read. A bucket
	 * keeps the phrases longest first; one whose pair merely collides never matches the text, so the first match is
	 * the longest phrase of the exact pair.
	 */
	private readonly nextBucket = new Uint16Array(0x10000);
	private readonly previousBucket = new Uint16Array(0x10000);
	private readonly buckets: Phrase[][] = [[]];

	constructor(names: readonly string[], lexical: readonly string[]) {
		const all = [...lexical.map((text) => ({ text, name: false })), ...names.map((text) => ({ text, name: true }))];
		all.sort((a, b) => b.text.length - a.text.length);
		for (const { text, name } of all) {
			const offset = firstNumeral(text);
			if (offset < 0) {
				continue;
			}
			const last = offset + 1 === text.length;
			const numeral = text.charCodeAt(offset);
			this.numerals[numeral] = 1;
			const table = last ? this.previousBucket : this.nextBucket;
			const hash = pairHash(numeral, text.charCodeAt(last ? offset - 1 : offset + 1));
			if (table[hash] === 0) {
				table[hash] = this.buckets.length;
				this.buckets.push([]);
			}
			this.buckets[table[hash]].push({ text, offset, name });
		}
	}

	/** The longest phrase whose first numeral is at `at` and that starts at or after `floor`. */
	match(text: string, at: number, floor: number): Phrase | null {
		if (this.numerals[text.charCodeAt(at)] === 0) {
			return null;
		}
		// Neighbours outside the line read as NaN, written out for the reason given at `codeAt`.
		const before = at > 0 ? text.charCodeAt(at - 1) : NaN;
		const after = at + 1 < text.length ? text.charCodeAt(at + 1) : NaN;
		return this.matchBetween(text, at, floor, before, after);
	}

	/** `match`, for a caller that has read the numeral's neighbours already. */
	matchBetween(text: string, at: number, floor: number, before: number, after: number): Phrase | null {
		const code = text.charCodeAt(at);
		if (this.numerals[code] === 0) {
			return null;
		}
		const nextBucket = this.nextBucket[pairHash(code, after)];
		const previousBucket = this.previousBucket[pairHash(code, before)];
		const next = nextBucket === 0 ? null : longest(this.buckets[nextBucket], text, at, floor);
		const previous = previousBucket === 0 ? null : longest(this.buckets[previousBucket], text, at, floor);
		return next === null || (previous !== null && previous.text.length > next.text.length) ? previous : next;
	}
}

function pairHash(a: number, b: number): number {
	return (Math.imul(a, 0x9e37) ^ (b | 0)) & 0xffff;
}

function longest(list: Phrase[], text: string, at: number, floor: number): Phrase | null {
	for (let p = 0; p < list.length; p++) {
		const phrase = list[p];
		const start = at - phrase.offset;
		if (start >= floor && occursAt(text, start, phrase.text)) {
			return phrase;
		}
	}
	return null;
}

/** `text.startsWith(word, at)` for `at` ≥ 0, without a builtin call per probe (and never reading past the end). */
function occursAt(text: string, at: number, word: string): boolean {
	const n = word.length;
	if (at + n > text.length) {
		return false;
	}
	for (let k = 0; k < n; k++) {
		if (text.charCodeAt(at + k) !== word.charCodeAt(k)) {
			return false;
		}
	}
	return true;
}

const SHUANG = 0x53cc; // 双: a numeral only inside names (双随机, 双拥)

function isNameNumeral(code: number): boolean {
	return arabicDigit(code) >= 0 || isChineseNumeralChar(code) || code === SHUANG;
}

function firstNumeral(text: string): number {
	for (let i = 0; i < text.length; i++) {
		if (isNameNumeral(text.charCodeAt(i))) {
			return i;
		}
	}
	return -1;
}

const DEFAULT_PHRASES = new PhraseIndex(SET_PHRASES, LEXICAL_WORDS);
const PHRASE_CACHE = new WeakMap<readonly string[], PhraseIndex>();

function phraseIndex(extra: readonly string[] | undefined): PhraseIndex {
	if (!extra || extra.length === 0) {
		return DEFAULT_PHRASES;
	}
	let index = PHRASE_CACHE.get(extra);
	if (!index) {
		index = new PhraseIndex([...SET_PHRASES, ...extra], LEXICAL_WORDS);
		PHRASE_CACHE.set(extra, index);
	}
	return index;
}

// ---------------------------------------------------------------------------------------------------------------
// Characters.

const C = {
	di: 0x7b2c, // 第
	ge: 0x4e2a, // 个
	shi4: 0x65f6, // 时
	shi2: 0x5341, // 十
	lv: 0x7387, // 率
	mei: 0x6bcf, // 每
	zheng: 0x6574, // 整
	you: 0x6709, // 有
	yong: 0x62e5, // 拥
	fan: 0x7ffb, // 翻
	yuan: 0x5143, // 元
	ji3: 0x51e0, // 几
	shu: 0x6570, // 数
	deng: 0x7b49, // 等
	he: 0x548c, // 和
	ji: 0x53ca, // 及
	yu: 0x4e0e, // 与
	yu2: 0x4e8e, // 于
	zhi: 0x4e4b, // 之
	dun: 0x3001, // 、
	cun: 0x6751, // 村
	shang: 0x4e0a, // 上
	she: 0x793e, // 社
	nian: 0x5e74, // 年
	yue: 0x6708, // 月
	ri: 0x65e5, // 日
	hao: 0x53f7, // 号
	zhong: 0x4e2d, // 中
	jie: 0x5c4a, // 届
	wu: 0x4e94, // 五
	bai: 0x767e, // 百
	qian: 0x5343, // 千
	qu: 0x533a, // 区
	dao: 0x5230, // 到
	zhi4: 0x81f3, // 至
	ren: 0x4eba, // 人
	kou: 0x53e3, // 口
	dian: 0x70b9, // 点
	fen: 0x5206, // 分
	nei: 0x5185, // 内
	qian2: 0x524d, // 前
	ti: 0x63d0, // 提
	jian: 0x4ef6, // 件
	biao: 0x8868, // 表
	tu: 0x56fe, // 图
	ji2: 0x7ea7, // 级
	yi: 0x4e00, // 一
	er: 0x4e8c, // 二
	de: 0x7684, // 的
	shi: 0x662f, // 是
	le: 0x4e86, // 了
	fanUnit: 0x756a, // 番
	fullOpen: 0xff08, // （
	times: 0xd7, // ×
	leftQuote: 0x201c, // “
	leftTitle: 0x300a, // 《
	on: 0x4e8e, // 于
	feng: 0x9022, // 逢
	yuMore: 0x4f59, // 余
} as const;

/** What starts a candidate: an Arabic digit, a Chinese numeral (or 双), or an opening quote or title mark. */
const DIGIT = 1;
const NUMERAL = 2;
const OPENER = 3;
/** 翻: 翻番 doubles without a numeral. */
const DOUBLING = 4;
/** <: an HTML tag a web page's source left (<p style="text-indent:2em">) holds no figure of the report. */
const TAG_OPEN = 5;
/** 壹 贰 … 拾 佰 仟: an amount in financial capitals (壹佰贰拾万元). */
const CAPITAL = 6;
const CANDIDATE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
	CANDIDATE[c] = arabicDigit(c) >= 0 ? DIGIT : isChineseNumeralChar(c) || c === SHUANG ? NUMERAL : isCapitalNumeralChar(c) ? CAPITAL : 0;
}

/** The closing mark of an opening quote or title mark, or -1. */
function closerOf(code: number): number {
	switch (code) {
		case 0x201c: // “ ”
			return 0x201d;
		case 0x2018: // ‘ ’, a quote inside a quote
			return 0x2019;
		case 0x22: // " "
			return 0x22;
		case 0x300c: // 「 」
			return 0x300d;
		case 0x300e: // 『 』
			return 0x300f;
		case 0x300a: // 《 》
			return 0x300b;
		case 0x3008: // 〈 〉
			return 0x3009;
		default:
			return -1;
	}
}
for (const opener of [0x201c, 0x2018, 0x22, 0x300c, 0x300e, 0x300a, 0x3008]) {
	CANDIDATE[opener] = OPENER;
}
CANDIDATE[C.fan] = DOUBLING;
CANDIDATE[0x3c] = TAG_OPEN;
const MAX_QUOTE = 30;
const MAX_TITLE = 80;
/** Longer runs of numeral characters are no numeral. */
const MAX_RUN = 24;

/** Ends a clause: labels, list and cue lookbacks never cross it. */
function isClauseBoundary(code: number): boolean {
	switch (code) {
		case 0xff0c: // ，
		case 0x3002: // 。
		case 0xff1b: // ；
		case 0xff1a: // ：
		case 0xff01: // ！
		case 0xff1f: // ？
		case 0x2c:
		case 0x3b:
		case 0x3a:
		case 0x21:
		case 0x3f:
		case 0x0a:
			return true;
		default:
			return false;
	}
}

/** What may follow a complete quantity: punctuation, space, a closing bracket, or the end of the line. */
function endsQuantity(code: number): boolean {
	return Number.isNaN(code) || isClauseBoundary(code) || code === C.dun || isInlineSpace(code) || code === 0x2e ||
		code === 0xff09 || code === 0x29 || code === 0x201d || code === 0x22;
}

/** Separates the parts of a quoted slogan (“八制统揽、11370”, “泥土情·五老”). */
function separatesNames(code: number): boolean {
	return isClauseBoundary(code) || code === C.dun || code === 0xb7 || code === 0x30fb || isInlineSpace(code) || code === 0x2f;
}

function isDayDot(code: number): boolean {
	return code === 0xb7 || code === 0x30fb || code === 0x2022 || code === 0x2027 || code === 0x22c5;
}

/** : ： ∶, and the vertical-form colon ︰ and small colon ﹕ some word processors put in 11.8︰48.3︰39.9. */
function isRatioColon(code: number): boolean {
	return code === 0x3a || code === 0xff1a || code === 0x2236 || code === 0xfe30 || code === 0xfe55;
}

function isRangeSeparator(code: number): boolean {
	switch (code) {
		case 0x81f3: // 至
		case 0x5230: // 到
		case 0x2d:
		case 0x2014:
		case 0x2013:
		case 0x2015:
		case 0x7e:
		case 0xff5e:
		case 0xff0d:
			return true;
		default:
			return false;
	}
}

/** The index after a range separator (- — – ~ ～ 至 到, a dash possibly doubled ——) at `at`, or -1. */
function rangeSeparatorEnd(text: string, at: number): number {
	const code = text.charCodeAt(at);
	if (!isRangeSeparator(code)) {
		return -1;
	}
	return code !== 0x81f3 && code !== 0x5230 && text.charCodeAt(at + 1) === code ? at + 2 : at + 1;
}

/** 和 及 与 joining list items, not inside 和谐, 及时, 参与. */
function isConjunction(src: string, at: number): boolean {
	const code = src.charCodeAt(at);
	if (code === C.he) {
		return src.charCodeAt(at + 1) !== 0x8c10 && src.charCodeAt(at - 1) !== 0x603b; // 和谐, 总和
	}
	if (code === C.ji) {
		const next = src.charCodeAt(at + 1);
		return next !== 0x65f6 && next !== 0x683c && next !== 0x65e9; // 及时 及格 及早
	}
	if (code === C.yu) {
		const previous = src.charCodeAt(at - 1);
		return previous !== 0x53c2 && previous !== 0x7ed9 && previous !== 0x6388 && previous !== 0x8d4b; // 参与 给与 授与 赋与
	}
	return false;
}

function lastIndexIn(src: string, code: number, start: number, end: number): number {
	for (let i = end - 1; i >= start; i--) {
		if (src.charCodeAt(i) === code) {
			return i;
		}
	}
	return -1;
}

function pad(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

// ---------------------------------------------------------------------------------------------------------------
// The scan of one line.

interface Scan {
	readonly text: string;
	readonly line: Line;
	/**
	 * Document offset of `text`'s first character: the line's start, or before it by the length of the lead (the words
	 * of the line above that a hard-wrapped line continues, MentionOptions.lead).
	 */
	readonly base: number;
	/** Index in `text` where the words before a figure may be read from: after a heading marker, or the lead's start. */
	readonly floor: number;
	/** Index in `text` where the line ends: the trail after it is read for units only, and mentions end here at most. */
	readonly limit: number;
	readonly phrases: PhraseIndex;
	readonly out: NumericMention[];
	/** No mention may start before this index (mentions never overlap; lexical words are skipped whole). */
	consumed: number;
	/** End of the last mention that is not a name: labels and list lookbacks stop there. */
	lastEnd: number;
	/** Where the last figure read as things per so many people ended (perPopulation), for the next item of its list. */
	densityEnd: number;
	quoteOpen: number;
	quoteClose: number;
	titleOpen: number;
	titleClose: number;
	/** Side results of the last `labelOf`. */
	labels: string[] | null;
	change: boolean;
	/** While a table cell is classified: its row's label, which `labelOf` gives (undefined outside a cell). */
	cellLabel: string | null | undefined;
	/** While a table cell is classified: it carries a sign (+12.5% in a 同比 column), so it is a change. */
	cellSigned: boolean;
	/** The document's lines, when given (MentionOptions.lines). */
	readonly lines: readonly Line[] | undefined;
	/** Whether the line is a table row laid out with spaces; found when a number in a cell first asks. */
	spaced: boolean | undefined;
	readonly onSpacedRow: ((line: Line) => void) | undefined;
	/** The table's header row above the line (null: none); found when a cell first asks. */
	header: Line | null | undefined;
	/** How many more cells the header has than the row (合计 over 序号 and 名称 in one cell); found with the header. */
	headerShift: number;
	/**
	 * The row read once for its cells, so a long row costs one pass, not one per cell: where its cell breaks start, the
	 * cells of the other rows a cell looks up (header, units), its name read so far, whether it holds any words.
	 */
	rowBreaks: number[] | undefined;
	otherCells: Map<Line, string[]> | undefined;
	rowCursor: RowCursor | undefined;
	rowWords: boolean | undefined;
}

/**
 * Every numeric mention of one line (a paragraph) from index `from` of `line.text` on — the caller passes the index
 * after a heading marker so the marker's own number is not read. Mentions come sorted and never overlap; spans are
 * offsets into the whole document; `sectionId` is left null for the caller to fill.
 */
export function extractMentions(line: Line, from: number, options?: MentionOptions): NumericMention[] {
	const start = Number.isFinite(from) ? Math.min(Math.max(Math.trunc(from), 0), line.text.length) : 0;
	// The lead is read before the line as its first clause's beginning: labels and change words reach into it (its
	// words are the line's floor), but no figure starts in it, since the scan and every mention start after it.
	const lead = start === 0 && options?.lead ? options.lead : '';
	const trail = options?.trail ?? '';
	const text = lead === '' && trail === '' ? line.text : lead + line.text + trail;
	const floor = lead === '' ? start : 0;
	const sc: Scan = {
		text,
		line,
		base: line.start - lead.length,
		floor,
		limit: lead.length + line.text.length,
		phrases: phraseIndex(options?.setPhrases),
		out: [],
		// The lead holds no figure: the words before the line's first one read back into it (全国 ⏎ 第9位).
		consumed: lead === '' ? start : 0,
		lastEnd: floor,
		densityEnd: -1,
		quoteOpen: -1,
		quoteClose: -1,
		titleOpen: -1,
		titleClose: -1,
		labels: null,
		change: false,
		cellLabel: undefined,
		cellSigned: false,
		lines: options?.lines,
		spaced: undefined,
		onSpacedRow: options?.onSpacedRow,
		header: undefined,
		headerShift: 0,
		rowBreaks: undefined,
		otherCells: undefined,
		rowCursor: undefined,
		rowWords: undefined,
	};
	// The search runs over `source` from `base`; the readers of a candidate take indices into the line, as before.
	const doc = options?.documentText;
	const whole = lead === '' && trail === '' && doc !== undefined && line.end - line.start === text.length && line.end <= doc.length;
	const source = whole ? doc : text;
	const base = whole ? line.start : 0;
	const end = base + lead.length + line.text.length;
	let i = base + lead.length + start;
	for (;;) {
		// Nine characters in ten start nothing. Four at a time: in this large function the loop's bookkeeping (reloads,
		// the interrupt check) costs as much as a character's read, so it is paid once per four.
		while (i + 3 < end && (CANDIDATE[source.charCodeAt(i)] | CANDIDATE[source.charCodeAt(i + 1)] | CANDIDATE[source.charCodeAt(i + 2)] | CANDIDATE[source.charCodeAt(i + 3)]) === 0) {
			i += 4;
		}
		while (i < end && CANDIDATE[source.charCodeAt(i)] === 0) {
			i++;
		}
		if (i >= end) {
			break;
		}
		const code = source.charCodeAt(i);
		const kind = CANDIDATE[code];
		const at = i - base;
		let next = i + 1;
		if (kind === DIGIT) {
			arabic(sc, at);
		} else if (kind === OPENER) {
			openQuote(sc, at, code);
		} else if (kind === DOUBLING) {
			doubled(sc, at);
		} else if (kind === TAG_OPEN) {
			next = Math.max(next, tagEndAt(source, i));
		} else if (kind === CAPITAL) {
			while (next < end && (CANDIDATE[source.charCodeAt(next)] === CAPITAL || CANDIDATE[source.charCodeAt(next)] === NUMERAL)) {
				next++;
			}
			if (next - i < 2 || !capital(sc, at, next - base)) {
				// 队伍, 陆续: the word's capital only; a numeral after it is read as any other.
				next = i + 1;
			}
		} else {
			while (next < end && CANDIDATE[source.charCodeAt(next)] === NUMERAL) {
				next++;
			}
			if (next - i <= MAX_RUN) {
				chinese(sc, at, next - base);
			}
		}
		i = Math.max(next, base + sc.consumed);
	}
	return sc.out;
}

/**
 * 2025届毕业生: a class named by its year; 第2025-3期, 第2025—03号: an issue numbered by year and number. Names, no
 * counts.
 */
function issueNumber(sc: Scan, s: number, n: ArabicNumber, before: number, after: number): boolean {
	const year = n.intDigits === 4 && n.decimals === 0 && n.mantissa >= 1900 && n.mantissa <= 2100;
	if (year && after === C.jie) {
		emitName(sc, s, n.end + 1, n.mantissa, '届');
		return true;
	}
	if (!year || before !== C.di || !isRangeSeparator(after) || arabicDigit(codeAt(sc, n.end + 1)) < 0) {
		return false;
	}
	const number = readArabic(sc.text, n.end + 1);
	const unit = codeAt(sc, number.end);
	const end = ISSUE_UNITS.has(unit) ? number.end + 1 : number.end;
	emitName(sc, s - 1, end, null, end > number.end ? String.fromCharCode(unit) : null);
	return true;
}

/** What a year-and-number is the number of: 期 (an issue), 号 (a document), 批 (a batch). */
const ISSUE_UNITS = new Set([...'期号批'].map((c) => c.charCodeAt(0)));

function openQuote(sc: Scan, s: number, code: number): void {
	if (code === 0x22 && s === sc.quoteClose) {
		return;
	}
	const closer = closerOf(code);
	const title = code === C.leftTitle || code === 0x3008;
	const limit = Math.min(sc.text.length, s + 1 + (title ? MAX_TITLE : MAX_QUOTE));
	for (let i = s + 1; i < limit; i++) {
		const c = sc.text.charCodeAt(i);
		if (c === closer) {
			if (title) {
				sc.titleOpen = s;
				sc.titleClose = i;
			} else {
				sc.quoteOpen = s;
				sc.quoteClose = i;
			}
			return;
		}
		if (c === 0x3002) {
			return;
		}
	}
}

function inQuote(sc: Scan, at: number): boolean {
	return at > sc.quoteOpen && at < sc.quoteClose;
}

function inTitle(sc: Scan, at: number): boolean {
	return at > sc.titleOpen && at < sc.titleClose;
}

/**
 * The code unit at `at`, NaN outside the line (as charCodeAt gives). The range test is written out because the readers
 * of neighbours that may not exist all share this one call site, and V8 compiles a charCodeAt site that has once read
 * past the end as a call of the generic builtin from then on.
 */
function codeAt(sc: Scan, at: number): number {
	const text = sc.text;
	return at >= 0 && at < text.length ? text.charCodeAt(at) : NaN;
}

// ---------------------------------------------------------------------------------------------------------------
// Emission.

function push(sc: Scan, start: number, end: number, value: number | string | null, valueMax: number | string | null, unit: string | null, qualifier: string | null, kind: MentionKind, claim: boolean, label: string | null, labels: string[] | null): void {
	const base = sc.base;
	// What is read from the lead or the trail (全国第 ⏎ 9位, 1236 ⏎ 件) stays on its own line: the mention is the line's part.
	const begin = Math.max(start, sc.limit - sc.line.text.length);
	const stop = Math.min(end, sc.limit);
	const mention = newMention(base + begin, base + stop, sc.line.number, sc.text.slice(begin, stop), value, valueMax, unit, qualifier, kind, claim, label, labels);
	sc.out.push(mention);
	sc.consumed = Math.max(sc.consumed, end);
	if (mention.kind !== 'ordinal-or-name') {
		sc.lastEnd = end;
	}
}

/**
 * Every mention object is made here, so all have one shape: the code that reads them, and the copy an analysis makes
 * of the last version's (mentionReuse.ts), stay monomorphic.
 */
export function newMention(start: number, end: number, line: number, text: string, value: number | string | null, valueMax: number | string | null, unit: string | null, qualifier: string | null, kind: MentionKind, claim: boolean, label: string | null, labels: string[] | null): NumericMention {
	return { span: { start, end }, line, text, value, valueMax, unit, qualifier, approx: qualifier !== null, kind, claim, label, labels, sectionId: null };
}

function emitName(sc: Scan, start: number, end: number, value: number | null, unit: string | null): void {
	push(sc, start, end, value, null, unit, null, 'ordinal-or-name', false, null, null);
}

function emitDate(sc: Scan, start: number, end: number, value: number | string, valueMax: number | string | null): void {
	push(sc, start, end, value, valueMax, typeof value === 'number' ? '年' : 'date', null, 'date', false, null, null);
}

/** A name's value is its numeral when it holds exactly one numeral run (八五 → 8, 一网通办 → 1), else null. */
function nameValue(text: string, start: number, end: number): number | null {
	let value: number | null = null;
	let runs = 0;
	let i = start;
	while (i < end) {
		const code = text.charCodeAt(i);
		if (arabicDigit(code) >= 0) {
			const n = readArabic(text, i);
			value = arabicValue(n);
			i = n.end;
			runs++;
		} else if (isNameNumeral(code)) {
			let j = i + 1;
			while (j < end && isNameNumeral(text.charCodeAt(j)) && arabicDigit(text.charCodeAt(j)) < 0) {
				j++;
			}
			// “八一” names a day (no value), “八五” a five-year plan (8)
			value = code === SHUANG && j === i + 1 ? 2 : isDigitName(text, i, j) && text.charCodeAt(j - 1) !== C.wu ? null : planOrNumeral(text, i, j);
			i = j;
			runs++;
		} else {
			i++;
		}
	}
	return runs === 1 ? value : null;
}

/** 十四五 → 14 and 八五 → 8 (five-year plans); any other run → its value. */
function planOrNumeral(text: string, start: number, end: number): number | null {
	if (end - start >= 2 && end - start <= 3 && text.charCodeAt(end - 1) === C.wu) {
		const plan = chineseNumeralValue(text, start, end - 1);
		if (plan !== null && plan >= 6 && plan <= 20) {
			return plan;
		}
	}
	return chineseNumeralValue(text, start, end);
}

/** Set phrases: names become mentions, lexical words are skipped whole. True when one was found at `at`. */
function phrase(sc: Scan, at: number): boolean {
	return settle(sc, at, sc.phrases.match(sc.text, at, sc.consumed));
}

function settle(sc: Scan, at: number, found: Phrase | null): boolean {
	if (!found) {
		return false;
	}
	const start = at - found.offset;
	const end = start + found.text.length;
	if (found.name) {
		emitName(sc, start, end, nameValue(sc.text, start, end), null);
	} else {
		sc.consumed = end;
	}
	return true;
}

/** A numeral in a short quoted slogan (“三项制度”, “八制统揽、11370”): the slogan part around it is a name. */
function quotedName(sc: Scan, at: number): void {
	const text = sc.text;
	const low = Math.max(sc.quoteOpen + 1, sc.consumed);
	let start = at;
	while (start > low && !separatesNames(text.charCodeAt(start - 1))) {
		start--;
	}
	let end = at + 1;
	while (end < sc.quoteClose && !separatesNames(text.charCodeAt(end))) {
		end++;
	}
	emitName(sc, start, end, nameValue(text, start, end), null);
}

// ---------------------------------------------------------------------------------------------------------------
// Arabic numbers.

/** 二0二三年, 二0一二年: a year in words whose 〇 was typed as the digit 0, read from the numeral before it. */
function yearWithDigitZero(sc: Scan, s: number): boolean {
	const start = s - 1;
	if (start < Math.max(sc.floor, sc.consumed)) {
		return false;
	}
	const m = YEAR_WITH_ZERO.exec(sc.text.slice(start, start + 5));
	const year = m ? parseYear(m[1].replace(/[0０]/g, '〇')) : null;
	if (year === null) {
		return false;
	}
	emitDate(sc, start, start + 5, year, null);
	return true;
}

const YEAR_WITH_ZERO = /^([一二][0０〇零一二三四五六七八九]{3})年/;

function arabic(sc: Scan, s: number): void {
	if (phrase(sc, s)) {
		return;
	}
	const n = readArabic(sc.text, s);
	// The neighbours decide most of what follows: read once, handed to each test.
	const before = codeAt(sc, s - 1);
	const after = codeAt(sc, n.end);
	if ((before === C.yi || before === C.er) && yearWithDigitZero(sc, s)) {
		return;
	}
	if ((isLatinLetter(before) && code(sc, s)) || itemBeforeYear(sc, s, n, after)) {
		return;
	}
	if ((before === C.jian || before === C.biao || before === C.tu) && REFERENCE.test(sc.text.slice(Math.max(sc.floor, sc.consumed, s - 2), s))) {
		emitName(sc, s, n.end, arabicValue(n), null); // 详见附件1, 如附件3所列: the number of an attachment, not a count
		return;
	}
	if ((before === C.biao || before === C.tu) && opensLine(sc, s - 1)) {
		emitName(sc, s, n.end, arabicValue(n), null); // 图3:2019-2023年…, 表2 户籍人口数: a caption's number
		return;
	}
	if ((n.intDigits === 4 && DATE_SEPARATORS.has(after) && numericDate(sc, s)) || documentNumber(sc, s, n, before) || dayName(sc, s, n, after) || ratio(sc, s, n, after) || slashShare(sc, s, n, before, after)
		|| ((mayBeDate(after) || (after !== 0x3000 && isInlineSpace(after) && isDateWord(codeAt(sc, n.end + 1)))) && date(sc, s))) {
		return;
	}
	if (inQuote(sc, s)) {
		quotedName(sc, s);
		return;
	}
	if (issueNumber(sc, s, n, before, after)) {
		return;
	}
	const q = readQuantity(sc, s, n.end, n.mantissa, n.decimals, false);
	if (inTitle(sc, s) || before === C.times || after === C.times) {
		nameOf(sc, q);
		return;
	}
	if (!tableCell(sc, q) && !stackedCell(sc, q)) {
		const signAfter = s - 2 >= Math.max(sc.floor, sc.consumed) ? sc.text.charCodeAt(s - 2) : NaN;
		if (q.start === s && (isMinus(before) || before === 0x2b || before === 0xff0b) && (isCjk(signAfter) || isOpenParen(signAfter) || signAfter === C.dun)) {
			// 增长-18.6%, 同比+5.2%, （-8.7%）, 0.21、-1.35: a sign after words, a bracket or a list's 、, not a range after a
			// number; a signed share is a change
			q.start--;
			q.value = isMinus(before) ? -q.value : q.value;
			q.signed = true;
		} else if (q.start === s && before === PLUS_MINUS && s - 1 >= Math.max(sc.floor, sc.consumed)) {
			q.start--; // 误差控制在±0.3%以内: a tolerance, its size the value
		}
		keyedUnit(sc, q);
		classify(sc, q, false);
	}
}

/** The largest denominator of a share written with a slash (96/100): a larger one is a code or a page range. */
const MAX_SLASH_DENOMINATOR = 1000;

/**
 * 3/4的乡镇, 约2/3以上的部门, 考核得分96/100: a part of a whole written with a slash, as a percent (75, 66.67, 96). Not a
 * date (2026/01/12, read before), a code (24/7 is more than a whole), a page (第3/12页) or one number of a longer run of
 * slashes.
 */
function slashShare(sc: Scan, s: number, n: ArabicNumber, before: number, after: number): boolean {
	if ((after !== 0x2f && after !== 0xff0f) || !n.plain || before === 0x2f || before === 0xff0f || before === C.di || arabicDigit(before) >= 0 || arabicDigit(codeAt(sc, n.end + 1)) < 0) {
		return false;
	}
	const whole = readArabic(sc.text, n.end + 1);
	const part = arabicValue(n);
	const next = codeAt(sc, whole.end);
	// 10/10万: so many per a base (a rate per 100,000), read as such elsewhere.
	if (!whole.plain || whole.mantissa < 2 || whole.mantissa > MAX_SLASH_DENOMINATOR || part > whole.mantissa || next === 0x2f || next === 0xff0f || isDecimalPoint(next)
		|| MULTIPLIER_WORDS.startingAt(sc.text, whole.end) !== null) {
		return false;
	}
	const low = Math.max(sc.consumed, sc.floor);
	const prefix = PREFIX_WORDS.endingAt(sc.text, s, low);
	const start = prefix !== null && !notQualifier(sc.text, s, low) ? s - prefix.length : s;
	const suffix = SUFFIX_WORDS.startingAt(sc.text, whole.end);
	const label = labelOf(sc, start, false, true);
	push(sc, start, whole.end + (suffix?.length ?? 0), (100 * part) / whole.mantissa, null, '%', prefix !== null && start !== s ? prefix : suffix, 'percent', true, label, sc.labels);
	return true;
}

const PLUS_MINUS = 0xb1; // ±

/** How far back from its colon a key's bracketed unit may open (（万元）, （工作日）). */
const MAX_KEY_UNIT = 6;

/**
 * 行政处罚案件（件）：9, 平均压减比例（%）：63.5: a bare figure after a key whose bracket names the unit takes it, as a
 * table cell takes its header's.
 */
function keyedUnit(sc: Scan, q: Quantity): void {
	const src = sc.text;
	const floor = Math.max(sc.floor, sc.consumed);
	const colon = q.start - 1;
	const close = colon - 1;
	if (q.unit !== null || q.multiplier !== 1 || close < floor || !isColon(src.charCodeAt(colon)) || !isCloseBracket(src.charCodeAt(close))) {
		return;
	}
	// The key's bracket is read as a row name's is (受理行政复议案件（件）).
	const bracketed = ROW_UNIT.exec(src.slice(Math.max(floor, colon - MAX_KEY_UNIT), colon));
	const unit = bracketed ? bracketUnit(bracketed[1]) : null;
	if (unit !== null) {
		takeUnit(q, unit);
	}
}

/** A bare figure takes a unit another cell or key names, its multiplier applied (7.6 in 亿元 → 760000000 元). */
function takeUnit(q: Quantity, unit: { entry: UnitEntry; multiplier: number }): void {
	q.unit = unit.entry;
	// 1.38 × 10⁴ is 13799.999999999998 in floating point: the product is cut to the digits a figure can have.
	q.value = Number((q.value * unit.multiplier).toPrecision(15));
}

/** A figure of a table's cell, named by its row (`label`), a change when `signed`: a claim in its unit, or a count. */
function readCell(sc: Scan, q: Quantity, label: string | null, signed: boolean): void {
	sc.cellLabel = label;
	sc.cellSigned = signed;
	if (q.unit === null) {
		claim(sc, q, 'count');
	} else {
		classify(sc, q, false);
	}
	sc.cellLabel = undefined;
	sc.cellSigned = false;
}

/** How far above a cell the header of a table set one cell per line may start. */
const MAX_STACKED_TABLE = 80;

/**
 * 148, 5.8 or 6左右 on a line of its own among the cells of a table a web page's copy set one per line (序号 / 指标 / 单位
 * / 2026年目标 / 1 / 地区生产总值增速 / % / 5.8 / 6左右): a figure of its row, in the unit of the row's 单位 cell (the
 * nearest unit cell above it, past figures only) or else the one the header names in brackets (数量（件）). A row's
 * serial number (1, then 2 a row later, before the row's name) is none. True when the figure was read here.
 */
function stackedCell(sc: Scan, q: Quantity): boolean {
	const lines = sc.lines;
	const index = sc.line.number - 1;
	if (q.unit !== null && q.unit.unit !== '%') {
		return false;
	}
	if (q.multiplier !== 1 || q.ordinal || lines === undefined || lines[index] !== sc.line || !isValueCellLine(sc.line) || !inStackedTable(lines, index)) {
		return false;
	}
	if (q.unit === null && isSerialCell(lines, index, q.value)) {
		return false;
	}
	const bound = q.qualifier === null ? SUFFIX_WORDS.startingAt(sc.text, q.end) : null;
	if (bound !== null) {
		q.end += bound.length;
		q.qualifier = bound;
	}
	const unit = q.unit === null ? rowUnitAbove(lines, index) ?? headerUnit(lines, index) : null;
	if (unit !== null) {
		takeUnit(q, unit);
	}
	if (q.unit === null && bound === null) {
		return false; // a bare figure no cell gives a unit to is read as any other
	}
	// The row's name (地区生产总值增速) is the figure's label, and says whether it is a change.
	const row = rowNameAbove(lines, index);
	readCell(sc, q, row, row !== null && CHANGE_ROW.test(row));
	return true;
}

/**
 * A line among the cells of a table set one cell per line: a cell above it, and a row's serial number or another bare
 * figure within a row's width above or below, only cells between (the last row's last cell has body text below it).
 */
function inStackedTable(lines: readonly Line[], index: number): boolean {
	return isCellLine(lines[index - 1]) && bareNumberInRow(lines, index, 1);
}

/** The name of a stacked row: the nearest text cell above the figure, past figures and the unit cell. */
function rowNameAbove(lines: readonly Line[], index: number): string | null {
	for (let k = index - 1; k >= Math.max(0, index - MAX_ROW_CELLS); k--) {
		const text = lines[k].text.trim();
		if (isValueCellLine(lines[k]) || (text.length <= MAX_UNIT_CELL && bracketUnit(text) !== null)) {
			continue;
		}
		return isCellLine(lines[k]) && holdsCjk(text) ? text : null;
	}
	return null;
}

/** The unit a row's 单位 cell names (%, 亿元, 万吨): the nearest line above that is a unit alone, past figures only. */
function rowUnitAbove(lines: readonly Line[], index: number): { entry: UnitEntry; multiplier: number } | null {
	for (let k = index - 1; k >= Math.max(0, index - MAX_ROW_CELLS); k--) {
		const text = lines[k].text.trim();
		const unit = text.length > 0 && text.length <= MAX_UNIT_CELL ? bracketUnit(text) : null;
		if (unit !== null) {
			return unit;
		}
		if (!isValueCellLine(lines[k])) {
			return null;
		}
	}
	return null;
}

/** 万平方米 is the longest unit a 单位 cell holds. */
const MAX_UNIT_CELL = 6;

/** A row's serial number: a text cell follows it, and it is 1 or counts on from a serial number less than a row above. */
function isSerialCell(lines: readonly Line[], index: number, value: number): boolean {
	const below = lines[index + 1];
	if (!isCellLine(below) || /[0-9０-９]/.test(below.text)) {
		return false;
	}
	if (value === 1) {
		return true;
	}
	for (let k = index - 2; k >= Math.max(0, index - MAX_ROW_CELLS); k--) {
		if (isBareNumberLine(lines[k]) && parseArabicNumber(lines[k].text.trim()) === value - 1) {
			return true;
		}
	}
	return false;
}

/** The one unit the header cells of the table above `index` name in brackets (数量（件）): the cells before its first bare number. */
function headerUnit(lines: readonly Line[], index: number): { entry: UnitEntry; multiplier: number } | null {
	let top = index;
	while (top > 0 && index - top < MAX_STACKED_TABLE && isCellLine(lines[top - 1])) {
		top--;
	}
	let found: { entry: UnitEntry; multiplier: number } | null = null;
	for (let k = top; k < index && !isBareNumberLine(lines[k]); k++) {
		const bracketed = ROW_UNIT.exec(lines[k].text.trim());
		const unit = bracketed ? bracketUnit(bracketed[1]) : null;
		if (unit !== null) {
			if (found !== null && (found.entry !== unit.entry || found.multiplier !== unit.multiplier)) {
				return null; // two columns with units: which one is this cell's is not said
			}
			found = unit;
		}
	}
	return found;
}

function isColon(code: number): boolean {
	return code === 0xff1a || code === 0x3a; // ： :
}

function isCloseBracket(code: number): boolean {
	return code === 0xff09 || code === 0x29; // ） )
}

function isMinus(code: number): boolean {
	return code === 0x2d || code === 0xff0d || code === 0x2212; // - － −
}

/**
 * Word tables come out of conversion as rows of tab-separated cells (受理行政复议案件（件）\t41\t50\t+9), Markdown
 * tables as rows of cells between |. A number that fills a cell after the row's name is a figure of the row: its sign
 * is part of it, a bare one takes the unit the row names in brackets, and its label is the row's name. A number before
 * any name is the row's 序号. Returns whether it was a figure of a row.
 */
function tableCell(sc: Scan, q: Quantity): boolean {
	const src = sc.text;
	const sign = q.start - 1 >= Math.max(sc.floor, sc.consumed) ? src.charCodeAt(q.start - 1) : NaN;
	const signed = sign === 0x2b || sign === 0x2d || sign === 0xff0b || sign === 0xff0d; // + - ＋ －
	const start = signed ? q.start - 1 : q.start;
	// 6左右, 34以上: a bare figure with a bound after it, filling its cell (a target in a table).
	const bound = q.unit === null && q.qualifier === null ? SUFFIX_WORDS.startingAt(src, q.end) : null;
	const end = bound === null ? q.end : q.end + bound.length;
	if (q.ordinal || !cellEdge(sc, start - 1, -1) || !cellEdge(sc, end, 1)) {
		return false;
	}
	const row = rowName(src, start, spacedRow(sc), sc.rowCursor ??= newRowCursor());
	const header = headerCell(sc, start);
	// 12175 | 94929 | 108842 under 警告 | 罚款 | 合计(宗): a row of figures alone (no words in it: a 序号 stands before a
	// row's name), each named by its column's header.
	const named = row.label === null && row.unit === null && !(sc.rowWords ??= holdsCjk(sc.line.text)) ? columnName(header) : row.label;
	if (named === null && row.unit === null) {
		// 1	洛川区	91.6 under 排名	县（市、区）	得分（分）: the figure before the row's name is its place, not a serial number.
		if (header !== undefined && RANK_COLUMN.test(header) && !q.ordinal && Number.isInteger(q.value) && q.unit === null) {
			takeUnit(q, RANK_UNIT);
			claim(sc, q, 'rank');
			return true;
		}
		return false;
	}
	if (signed) {
		q.start = start;
		q.value = sign === 0x2b || sign === 0xff0b ? q.value : -q.value;
	}
	if (bound !== null) {
		q.end = end;
		q.qualifier = bound;
	}
	// The header's cell names the column's unit in brackets (整改率（%）), or the row of units under the header does.
	const bracketed = (header !== undefined ? ROW_UNIT.exec(header) : null) ?? unitRowCell(sc, start);
	// 本年制发件数, 申请人数: a column of counts named by what it counts in.
	const counted = bracketed === null && header !== undefined ? COUNTED_COLUMN.exec(header.trim()) : null;
	// A column whose header names its unit (整改率（%）) keeps it, whatever unit the row names for its others. In a row of
	// figures alone, the columns beside a total (警告 | 罚款 | 合计(宗)) are its parts, in its unit.
	const unit = (bracketed ? bracketUnit(bracketed[1]) : null) ?? (counted ? { entry: UNIT_BY_TEXT.get(counted[1]) as UnitEntry, multiplier: 1 } : null) ?? row.unit ?? (row.label !== null && TOTAL_ROW.test(row.label) ? unitOfRowsAbove(sc) : null)
		?? (row.breakdown ? unitOfParentRow(sc) : null) ?? (row.label === null ? unitOfTotalColumn(sc, start) : null);
	if (q.unit === null && q.multiplier === 1 && unit !== null) {
		takeUnit(q, unit);
	}
	// A figure in a column headed 增长 or 同比, or in a row named so, is a change, signed or not.
	readCell(sc, q, named, signed || (header !== undefined && CHANGE_COLUMN.test(header)) || (row.label !== null && CHANGE_ROW.test(row.label)));
	return true;
}

/** A column's name from its header cell, its bracketed unit left out (罚没金额(万元) → 罚没金额); null for no words. */
function columnName(header: string | undefined): string | null {
	if (header === undefined) {
		return null;
	}
	const bracket = ROW_UNIT.exec(header);
	const name = (bracket ? header.slice(0, bracket.index) : header).trim();
	return holdsCjk(name) && !SERIAL_COLUMN.test(name) && !TIME_COLUMN.test(name) ? name : null;
}

const SERIAL_COLUMN = /^(?:序\s*号|编\s*号)$/;
/** 年份, 年度, 月份, 日期: a column of years or dates, whose cells count nothing. */
const TIME_COLUMN = /^(?:年\s*份|年\s*度|月\s*份|日\s*期|时\s*间)$/;
const RANK_COLUMN = /^(?:排\s*名|名\s*次)$/;
const RANK_UNIT = { entry: UNIT_BY_TEXT.get('名') as UnitEntry, multiplier: 1 };

/** The unit of the table's total column (合计(宗)) when the figure at `at` stands left of it, one of its parts. */
function unitOfTotalColumn(sc: Scan, at: number): { entry: UnitEntry; multiplier: number } | null {
	const header = tableHeader(sc);
	if (header === null) {
		return null;
	}
	const cells = cellsOf(sc, header);
	for (let k = breaksBefore(sc, at) + sc.headerShift + 1; k < cells.length; k++) {
		const cell = cells[k].trim();
		const bracket = ROW_UNIT.exec(cell);
		if (bracket && TOTAL_ROW.test(cell.slice(0, bracket.index).trim())) {
			return bracketUnit(bracket[1]);
		}
	}
	return null;
}


const TAB = 0x09;
const BAR = 0x7c;
const BOX_BAR = 0x2502; // │
/** After a percent, the survey it names: 1%人口抽样调查, 5‰人口变动抽样调查. */
const SAMPLE_SURVEY = /^(?:人口(?:变动)?)?抽样调查/;
/** The measure words a count's noun ends in before 数 (件数, 人数, 次数): its unit. */
const COUNTED_BY = '[次人件户个家项起名所条宗批场]';
const COUNTED_COLUMN = new RegExp(`(${COUNTED_BY})数$`);

/** A unit in brackets at the end of a row's name cell: 受理行政复议案件（件）, 罚没款（万元）, 本年收费金额（单位：万元）. */
const ROW_UNIT = /[（(](?:单位[：:]\s*)?([^（()）\t|：:]{1,4})[）)]\s*$/;

/**
 * Whether a cell ends at `at` going in `step` (-1: before a number, 1: after it): a tab, a | or the line's end, with
 * only spaces or Markdown bold between, or in a row laid out with spaces a run of them. The line's start is an edge
 * too, of the first cell.
 */
function cellEdge(sc: Scan, at: number, step: -1 | 1): boolean {
	const src = sc.text;
	let spaces = 0;
	for (let i = at; ; i += step) {
		if (i < 0 || i >= src.length) {
			return separatesCells(src) || spacedRow(sc);
		}
		const c = src.charCodeAt(i);
		if (c === TAB || c === BAR || c === BOX_BAR) {
			return true;
		}
		// The tags of an HTML row's cells (</td><td>) are its edge, and so is a line break in a cell (1271<br/>（办结率98.8%）);
		// others (<font>86</font>) stand inside the cell.
		const tag = c === 0x3c && step === 1 ? tagEndAt(src, i) : c === 0x3e && step === -1 && tagEndsAt(src, i + 1) ? beforeTags(src, i + 1) : -1;
		if (tag >= 0) {
			const tags = step === 1 ? src.slice(i, tag) : src.slice(tag, i + 1);
			if (CELL_TAG.test(tags) || LINE_BREAK_TAG.test(tags)) {
				return true;
			}
			i = step === 1 ? tag - 1 : tag;
			continue;
		}
		if (isInlineSpace(c)) {
			spaces++;
		} else if (c !== 0x2a) {
			// Most numbers stand right after a character of the sentence: no need to look at the whole line.
			return spaces >= MIN_CELL_GAP && spacedRow(sc);
		}
	}
}

/**
 * Whether the scanned line is a table row laid out with spaces: found once, and told to the caller when it is. A row
 * with bars or tabs is split by those alone: spaces there only pad the cells (│     286      │).
 */
function spacedRow(sc: Scan): boolean {
	if (sc.spaced === undefined) {
		sc.spaced = splitsOnSpaces(sc.text);
		if (sc.spaced) {
			sc.onSpacedRow?.(sc.line);
		}
	}
	return sc.spaced;
}

/**
 * The row's name (its first cell holding CJK text, or a later one that names a unit in brackets: 行政应诉 |
 * 一审行政诉讼案件（件）) and the unit it names for the cells after it: in brackets in the name (受理行政复议案件（件）),
 * or in a cell of its own between the name and the figure (行政许可受理 | 件 | 3862). `breakdown`: the name breaks down
 * the row above (其中：维持, or indented in its cell).
 */
function rowName(src: string, before: number, spaced: boolean, cursor: RowCursor = newRowCursor()): { label: string | null; unit: { entry: UnitEntry; multiplier: number } | null; breakdown: boolean } {
	// The whole cells before `before`, read on from where the cursor stopped (a row's figures are asked for left to right).
	if (before < cursor.next) {
		Object.assign(cursor, newRowCursor());
	}
	for (let i = cursor.next; i < before; i++) {
		const breakEnd = cellBreakEnd(src, i, spaced);
		if (breakEnd > i) {
			readNameCell(src.slice(cursor.cellStart, i), cursor);
			cursor.cellStart = breakEnd;
			i = breakEnd - 1;
		}
		cursor.next = i + 1;
	}
	// The cell the figure stands in, up to the figure, read on a copy: the next figure's cell may go on past it.
	const here = { ...cursor };
	readNameCell(src.slice(here.cellStart, before), here);
	return { label: here.label ?? null, unit: here.unit, breakdown: here.breakdown };
}

/** How far rowName has read a row: the next index, where the cell being read starts, and the name and unit so far. */
interface RowCursor {
	next: number;
	cellStart: number;
	label: string | null | undefined;
	unit: { entry: UnitEntry; multiplier: number } | null;
	breakdown: boolean;
}

function newRowCursor(): RowCursor {
	return { next: 0, cellStart: 0, label: undefined, unit: null, breakdown: false };
}

/** One cell of a row read for its name: the first cell with words names the row; a bracketed unit after it, its unit. */
function readNameCell(raw: string, cursor: RowCursor): void {
	// 农资<br/>（种子、农药）: the tags in a cell are no words of its name.
	const cell = (raw.includes('<') ? raw.replace(INLINE_TAG, '') : raw).replaceAll('*', '').trim();
	const bracket = cell.length > 0 ? ROW_UNIT.exec(cell) : null;
	const cellUnit = cell.length > 0 ? bracketUnit(cell) : null;
	if (cursor.label !== undefined && (cellUnit !== null || bracket === null)) {
		cursor.unit = cellUnit ?? cursor.unit;
	} else if (holdsCjk(cell)) {
		const name = bracket ? cell.slice(0, bracket.index).trim() : cell;
		cursor.label = name.length > 0 ? name : null;
		cursor.unit = bracket ? bracketUnit(bracket[1]) : null;
		cursor.breakdown = BREAKDOWN_NAME.test(raw);
	}
}

/** A row that totals the rows above it (合计, 总计, 小计). */
const TOTAL_ROW = /^(?:合\s*计|总\s*计|小\s*计|共\s*计|总\s*数)$/;

/**
 * The unit every row above a total names in brackets (市场监管案件数（件）… then 合计): the total counts the same
 * thing. Null when one of them names none or another, or fewer than two name one.
 */
function unitOfRowsAbove(sc: Scan): { entry: UnitEntry; multiplier: number } | null {
	const lines = sc.lines;
	const header = tableHeader(sc);
	if (!lines || lines[sc.line.number - 1] !== sc.line) {
		return null;
	}
	let found: { entry: UnitEntry; multiplier: number } | null = null;
	let rows = 0;
	for (let k = sc.line.number - 2; k >= 0 && k >= sc.line.number - 1 - MAX_TABLE_ROWS && readsOtherLines(lines[k]) && lines[k] !== header; k--) {
		const text = lines[k].text;
		if (isRuleRow(text)) {
			continue;
		}
		const { unit } = tableRowName(text);
		if (unit === null || (found !== null && (unit.entry !== found.entry || unit.multiplier !== found.multiplier))) {
			return null;
		}
		found = unit;
		rows++;
	}
	return rows >= 2 ? found : null;
}

/** How far up a table's header row is looked for. */
const MAX_TABLE_ROWS = 60;

/**
 * A row name that breaks down the row above it: it opens with 其中, or is indented within its cell (a cell's one pad
 * space, then full-width spaces or more spaces, then 撤销).
 */
const BREAKDOWN_NAME = /^\s*\**\s*其中|^ ?(?:\u3000| {2})/;

/**
 * The unit of the row a breakdown row breaks down (行政复议案件（件） | 86 then 其中：维持 | 52, an indented 撤销 | 9): the nearest
 * row above that is no breakdown row, when it names one.
 */
function unitOfParentRow(sc: Scan): { entry: UnitEntry; multiplier: number } | null {
	const lines = sc.lines;
	if (!lines || lines[sc.line.number - 1] !== sc.line) {
		return null;
	}
	const header = tableHeader(sc);
	for (let k = sc.line.number - 2; k >= 0 && k >= sc.line.number - 1 - MAX_TABLE_ROWS && readsOtherLines(lines[k]) && lines[k] !== header; k--) {
		const text = lines[k].text;
		if (!isRuleRow(text)) {
			const row = tableRowName(text);
			if (!row.breakdown) {
				return row.unit;
			}
		}
	}
	return null;
}

/** A header that says its column holds changes (增长, 同比增减, 比上年增长（%）). */
const CHANGE_COLUMN = /增长|增幅|增速|增减|同比|环比|比上年|较上年/;
/** A row named for a change (地区生产总值增长 | 5.6% | 6%左右): its figures are changes, whatever the column. */
const CHANGE_ROW = /(?:增长|增幅|增速|下降|降低|同比|环比)$/;

/** The header row's cell above the cell at `at`, without Markdown bold (学校（所）, 在校学生（万人）, 增长). */
function headerCell(sc: Scan, at: number): string | undefined {
	const header = tableHeader(sc);
	if (header === null) {
		return undefined;
	}
	return cellsOf(sc, header)[breaksBefore(sc, at) + sc.headerShift]?.replaceAll('*', '').trim();
}

/**
 * The bracketed unit of the figure's column in a row of units right under the table's header (指标 2025年 2024年 增减,
 * then （件） （件） （%）): a header set over two rows. Null when that row is no such row.
 */
function unitRowCell(sc: Scan, at: number): RegExpExecArray | null {
	const header = tableHeader(sc);
	const units = header !== null && sc.lines ? sc.lines[header.number] : undefined;
	if (units === undefined || units === sc.line || !isUnitRow(units.text)) {
		return null;
	}
	const cell = cellsOf(sc, units)[breaksBefore(sc, at) + sc.headerShift]?.trim();
	return cell ? ROW_UNIT.exec(cell) : null;
}

/** A table row whose cells are bracketed units or empty, two at least: （件）	（件）	（%）. */
export function isUnitRow(text: string): boolean {
	if (!separatesCells(text)) {
		return false;
	}
	const cells = text.split(/\t|\||│/).map((c) => c.trim()).filter((c) => c.length > 0);
	return cells.length >= 2 && cells.every((c) => UNIT_CELL.test(c));
}

const UNIT_CELL = /^[（(][^（()）]{1,4}[）)]$/;

/** The header row of the scanned line's table (headerRow), found once per row, not once per cell. */
function tableHeader(sc: Scan): Line | null {
	if (sc.header === undefined) {
		sc.header = headerRow(sc);
		// A row with fewer cells than its header has merged its first ones (合计 over 序号 and 名称): its figures are the
		// header's last columns.
		sc.headerShift = sc.header === null ? 0 : Math.max(0, cellsBefore(sc.header.text, sc.header.text.length, splitsOnSpaces(sc.header.text)) - cellsBefore(sc.text, sc.text.length, spacedRow(sc)));
	}
	return sc.header;
}

/** The first row of the block of table rows the scanned line stands in, past a Markdown separator row; or null. */
function headerRow(sc: Scan): Line | null {
	const lines = sc.lines;
	if (!lines || lines[sc.line.number - 1] !== sc.line) {
		return null;
	}
	let header: Line | null = null;
	for (let k = sc.line.number - 2; k >= 0 && k >= sc.line.number - 1 - MAX_TABLE_ROWS && readsOtherLines(lines[k]); k--) {
		if (!isRuleRow(lines[k].text)) {
			header = lines[k];
			// 信息内容 | 本年收费金额（单位：万元） | right under a row of figures: a second table's header, set against the first.
			if (k > 0 && !HOLDS_DIGIT.test(header.text) && HOLDS_DIGIT.test(lines[k - 1].text) && readsOtherLines(lines[k - 1]) && !isRuleRow(lines[k - 1].text)) {
				break;
			}
		}
	}
	return header;
}

const HOLDS_DIGIT = /[0-9０-９]/;

/**
 * The cell of a table row (tabs, bars or, in a row laid out with spaces, wide gaps) that offset `at` stands in, from 0,
 * and how many cells the row has: for the rules that read a table's columns.
 */
export function cellOf(text: string, at: number): { cell: number; cells: number } {
	const spaced = splitsOnSpaces(text);
	return { cell: cellsBefore(text, at, spaced), cells: cellsBefore(text, text.length, spaced) + 1 };
}

/** How many cell breaks stand before `at` (a row's indent is none). */
function cellsBefore(text: string, at: number, spaced: boolean): number {
	let n = 0;
	for (let i = spaced ? spaceRunEnd(text, 0) : 0; i < at; i++) {
		const end = cellBreakEnd(text, i, spaced);
		if (end > i) {
			n++;
			i = end - 1;
		}
	}
	return n;
}

/** How many cell breaks of the scanned row stand before `at` (cellsBefore), from the row's breaks found once. */
function breaksBefore(sc: Scan, at: number): number {
	let breaks = sc.rowBreaks;
	if (breaks === undefined) {
		breaks = [];
		const text = sc.text;
		const spaced = spacedRow(sc);
		for (let i = spaced ? spaceRunEnd(text, 0) : 0; i < text.length; i++) {
			const end = cellBreakEnd(text, i, spaced);
			if (end > i) {
				breaks.push(i);
				i = end - 1;
			}
		}
		sc.rowBreaks = breaks;
	}
	let low = 0;
	let high = breaks.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (breaks[mid] < at) {
			low = mid + 1;
		} else {
			high = mid;
		}
	}
	return low;
}

/** The cells of another row of the scanned line's table (its header, its row of units), split once per scan. */
function cellsOf(sc: Scan, line: Line): string[] {
	sc.otherCells ??= new Map();
	let cells = sc.otherCells.get(line);
	if (cells === undefined) {
		cells = [];
		const text = line.text;
		const spaced = splitsOnSpaces(text);
		let start = spaced ? spaceRunEnd(text, 0) : 0;
		for (let i = start; i <= text.length; i++) {
			const end = i < text.length ? cellBreakEnd(text, i, spaced) : i + 1;
			if (end > i) {
				cells.push(text.slice(start, i));
				start = end;
				i = end - 1;
			}
		}
		sc.otherCells.set(line, cells);
	}
	return cells;
}

/** A whole table row's name, the unit it names, and whether it breaks down the row above (rowName). */
export function tableRowName(text: string): { label: string | null; unit: { entry: UnitEntry; multiplier: number } | null; breakdown: boolean } {
	return rowName(text, text.length, splitsOnSpaces(text));
}

/** 件 → 件; 万元 → 元 × 1e4. */
function bracketUnit(text: string): { entry: UnitEntry; multiplier: number } | null {
	const magnitude = MULTIPLIER_WORDS.startingAt(text, 0);
	const entry = UNIT_BY_TEXT.get(magnitude === null ? text : text.slice(magnitude.length));
	return entry ? { entry, multiplier: magnitude === null ? 1 : (MULTIPLIER_BY_TEXT.get(magnitude) as number) } : null;
}

const DOCUMENT_TAIL = /[〕］\]）)][\u4e00-\u9fff0-9０-９]{0,12}?([0-9０-９]+)号/y;

/** 〔2020〕1号, （2020）豫01行初12号: one name whose value is the number before 号. */
function documentNumber(sc: Scan, s: number, n: ArabicNumber, open: number): boolean {
	const opens = open === 0x3014 || open === 0xff3b || open === 0x5b || open === C.fullOpen || open === 0x28;
	if (!opens || s - 1 < sc.consumed || !n.plain || n.intDigits !== 4) {
		return false;
	}
	DOCUMENT_TAIL.lastIndex = n.end;
	const m = DOCUMENT_TAIL.exec(sc.text);
	if (!m) {
		return false;
	}
	const end = m.index + m[0].length;
	const number = readArabic(sc.text, end - 1 - m[1].length);
	push(sc, s - 1, end, arabicValue(number), null, '号', null, 'ordinal-or-name', false, null, null);
	return true;
}

/** “12·4” 国家宪法日, “3·15”: a day's name, not a date claim. */
function dayName(sc: Scan, s: number, n: ArabicNumber, after: number): boolean {
	if (!isDayDot(after) || !n.plain || n.mantissa < 1 || n.mantissa > 12 || arabicDigit(codeAt(sc, n.end + 1)) < 0) {
		return false;
	}
	const day = readArabic(sc.text, n.end + 1);
	if (!day.plain || day.mantissa < 1 || day.mantissa > 31) {
		return false;
	}
	emitName(sc, s, day.end, null, null);
	return true;
}

/** 1:1 is a ratio; 9:30 after 上午 or before a range is a time of day. */
function ratio(sc: Scan, s: number, n: ArabicNumber, after: number): boolean {
	const firstTerm = after === 0x20 || isRatioColon(after) ? nextRatioTerm(sc, n.end) : -1;
	if (firstTerm < 0) {
		return false;
	}
	const right = readArabic(sc.text, firstTerm);
	if (right.plain && right.intDigits === 4 && right.mantissa >= 1900 && right.mantissa <= 2100 && sc.text.charCodeAt(right.end) === C.nian) {
		return false; // 附件1：2022年度…统计表: a label's colon before a year
	}
	const left = arabicValue(n);
	const rightValue = arabicValue(right);
	if (isTime(sc, s, n, right)) {
		const to = timeAfterRange(sc, right.end);
		push(sc, s, to ? to.end : right.end, `T${pad(left)}:${pad(rightValue)}`, to ? to.value : null, 'date', null, 'date', false, null, null);
		return true;
	}
	if (rightValue === 0) {
		emitName(sc, s, right.end, null, null); // 3:0 is a score or a code, not a ratio
		return true;
	}
	// 约1:15, 1:15左右: a ratio takes its bounds as a quantity does, next to it.
	const low = Math.max(sc.consumed, sc.floor);
	const prefix = PREFIX_WORDS.endingAt(sc.text, s, low);
	const start = prefix !== null && !notQualifier(sc.text, s, low) ? s - prefix.length : s;
	const suffix = start === s ? SUFFIX_WORDS.startingAt(sc.text, right.end) : null;
	// 6.2:38.0:55.8 (三次产业结构): a ratio of three terms or more is one span, with no one quotient for its value.
	let end = right.end;
	for (let term = nextRatioTerm(sc, end); term >= 0; term = nextRatioTerm(sc, end)) {
		end = readArabic(sc.text, term).end;
	}
	const label = labelOf(sc, start, false);
	if (end > right.end) {
		push(sc, start, end, null, null, null, start === s ? null : prefix, 'ratio', true, label, sc.labels);
	} else {
		push(sc, start, end + (suffix?.length ?? 0), left / rightValue, null, null, start === s ? suffix : prefix, 'ratio', true, label, sc.labels);
	}
	return true;
}

/**
 * Where the next term of a ratio starts after a term ending at `at`: past its colon, which a single space may stand
 * on each side of (12.4 : 40.2 : 47.4, as a bulletin sets it); -1 when no colon and figure follow.
 */
function nextRatioTerm(sc: Scan, at: number): number {
	let colon = at;
	if (codeAt(sc, colon) === 0x20) {
		colon++;
	}
	if (!isRatioColon(codeAt(sc, colon))) {
		return -1;
	}
	const term = codeAt(sc, colon + 1) === 0x20 && colon > at ? colon + 2 : colon + 1;
	return arabicDigit(codeAt(sc, term)) >= 0 ? term : -1;
}

/** 9:00-11:30: the time that ends a range of times of day, read with its start as one span. */
function timeAfterRange(sc: Scan, at: number): { end: number; value: string } | null {
	const from = rangeSeparatorEnd(sc.text, at);
	if (from < 0 || arabicDigit(codeAt(sc, from)) < 0) {
		return null;
	}
	const hours = readArabic(sc.text, from);
	if (!isRatioColon(codeAt(sc, hours.end)) || arabicDigit(codeAt(sc, hours.end + 1)) < 0) {
		return null;
	}
	const minutes = readArabic(sc.text, hours.end + 1);
	if (!hours.plain || !minutes.plain || minutes.intDigits !== 2 || hours.mantissa > 24 || minutes.mantissa > 59) {
		return null;
	}
	return { end: minutes.end, value: `T${pad(arabicValue(hours))}:${pad(arabicValue(minutes))}` };
}

function isTime(sc: Scan, s: number, left: ArabicNumber, right: ArabicNumber): boolean {
	if (!left.plain || !right.plain || right.intDigits !== 2 || left.mantissa > 24 || right.mantissa > 59) {
		return false;
	}
	const src = sc.text;
	return (
		TIME_CUES.endingAt(src, s, sc.consumed) !== null ||
		rangeSeparatorEnd(src, right.end) >= 0 ||
		// 09:30, 13:07: no ratio is written with a leading zero
		(left.intDigits === 2 && src.charCodeAt(s) === 0x30) || src.charCodeAt(right.end - 2) === 0x30 ||
		afterDate(sc, s) ||
		(s > sc.floor && src.charCodeAt(s - 1) === C.yu2) ||
		TIME_EVENTS.some((word) => occursAt(src, right.end, word))
	);
}

/** After these a time of day is the time something happens (9:30召开, 14:00前): a ratio is never followed by them. */
const TIME_EVENTS = ['召开', '开始', '举行', '举办', '开幕', '启动', '截止', '前', '后', '起'];

/** Right after a date on the same line, past spaces (2026年1月15日 9:30, 2026-01-15 09:30). */
function afterDate(sc: Scan, s: number): boolean {
	const last = sc.out.at(-1);
	if (!last || (last.kind !== 'date' && last.kind !== 'ordinal-or-name')) {
		return false;
	}
	const end = last.span.end - sc.base;
	if (end > s || s - end > 2) {
		return false;
	}
	for (let i = end; i < s; i++) {
		const c = sc.text.charCodeAt(i);
		if (!isInlineSpace(c)) {
			return false;
		}
	}
	return last.kind === 'date' || /^\d{4}-\d{1,2}-\d{1,2}$/.test(sc.text.slice(end - 10, end));
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: 2020年, 2020年8月, 8月11日, 每月18日, 8月15日至18日, 2021—2025年, 1-10月, 二〇二一年.

/** Only a number followed by 年 月 日 号 or a range separator can start a date. */
function mayBeDate(code: number): boolean {
	return isDateWord(code) || isRangeSeparator(code);
}

function isDateWord(code: number): boolean {
	return code === C.nian || code === C.yue || code === C.ri || code === C.hao;
}

interface DateParts {
	y: number | null;
	m: number | null;
	d: number | null;
	end: number;
}

interface IntRun {
	value: number;
	end: number;
	/** Written as a year: 1900–2100 in four Arabic digits, or four Chinese digits (二〇二〇). */
	year: boolean;
}

/** A plain integer at `at`: Arabic digits or a Chinese numeral run. */
function readInt(src: string, at: number): IntRun | null {
	const code = src.charCodeAt(at);
	if (arabicDigit(code) >= 0) {
		const n = readArabic(src, at);
		return n.plain ? { value: n.mantissa, end: n.end, year: n.intDigits === 4 && n.mantissa >= 1900 && n.mantissa <= 2100 } : null;
	}
	let end = at;
	let digitsOnly = true;
	while (end < src.length && end - at <= MAX_RUN && isChineseNumeralChar(src.charCodeAt(end))) {
		digitsOnly = digitsOnly && chineseDigit(src.charCodeAt(end)) >= 0;
		end++;
	}
	const value = end > at ? chineseNumeralValue(src, at, end) : null;
	return value === null ? null : { value, end, year: digitsOnly && end - at === 4 };
}

/** A year written with two digits is one of this century's. */
const SHORT_YEAR_CENTURY = 2000;
/** What after 24年 makes it a year: a part of it (24年底, 25年上半年, 25年度). */
const SHORT_YEAR_TAIL = /^(?:底|初|末|年中|度|[上下]半年|[一二三四]季度)/;

/** 25年来, 25年以来: so many years up to now, a length. */
const SPAN_SINCE = /^(?:来|以来)/;
/** Words right before a year that point to a time: 较24年, 截至25年, 在25年, 于24年. */
const BEFORE_YEAR = /(?:较|比|与|同|对|在|于|截至|截止|自|从|即|将)$/;

/** A two-digit number at `at` stands where a year does: opening a line or a clause, or after BEFORE_YEAR. */
function pointsToYear(src: string, at: number): boolean {
	const before = at > 0 ? src.charCodeAt(at - 1) : NaN;
	return Number.isNaN(before) || isBlankChar(before) || isClauseBoundary(before) || before === C.dun || isOpenParen(before) || before === 0xff09 || before === 0x29
		|| BEFORE_YEAR.test(src.slice(Math.max(0, at - 2), at));
}

/** Year, month and day parts at `at`; a bare day (18日) only in Arabic and not before 内 (3日内 is a span). */
function readDate(src: string, at: number): DateParts | null {
	const first = readInt(src, at);
	if (!first) {
		return null;
	}
	const word = afterSpace(src, first.end);
	const code = src.charCodeAt(word);
	if (first.year && code === C.nian) {
		const rest = readMonthDay(src, afterSpace(src, word + 1));
		return { y: first.value, m: rest?.m ?? null, d: rest?.d ?? null, end: rest?.end ?? word + 1 };
	}
	// 截至25年11月, 24年底, 较24年: a year written with two digits, told from a length (服务群众25年, 25年来) by a month or a
	// part of the year after it, or by where it stands: opening a clause, or after a word that points to a time.
	if (code === C.nian && first.end - at === 2 && arabicDigit(src.charCodeAt(at)) >= 0) {
		const rest = readMonthDay(src, afterSpace(src, word + 1));
		if (rest !== null || SHORT_YEAR_TAIL.test(src.slice(word + 1, word + 4)) || (!SPAN_SINCE.test(src.slice(word + 1, word + 3)) && pointsToYear(src, at))) {
			return { y: SHORT_YEAR_CENTURY + first.value, m: rest?.m ?? null, d: rest?.d ?? null, end: rest?.end ?? word + 1 };
		}
	}
	if (code === C.yue && first.value >= 1 && first.value <= 12) {
		return readMonthDay(src, at);
	}
	const day = code === C.ri || code === C.hao;
	if (day && arabicDigit(src.charCodeAt(at)) >= 0 && first.value >= 1 && first.value <= 31 && !spanAfterDay(src, word + 1)) {
		return { y: null, m: null, d: first.value, end: word + 1 };
	}
	return null;
}

/**
 * Past one ASCII space at `at`, when one stands there alone: text set with a space between CJK characters and figures
 * (2025 年 1 月, 约 12 万人次, 99% 以上), as some writers do throughout and PDF copies often give.
 */
function afterSpace(src: string, at: number): number {
	const c = src.charCodeAt(at);
	return c !== 0x3000 && isInlineSpace(c) && !isInlineSpace(src.charCodeAt(at + 1)) ? at + 1 : at;
}

function spanAfterDay(src: string, at: number): boolean {
	return src.charCodeAt(at) === C.nei || occursAt(src, at, '以内') || occursAt(src, at, '之内');
}

function readMonthDay(src: string, at: number): DateParts | null {
	const month = readInt(src, at);
	const monthWord = month ? afterSpace(src, month.end) : -1;
	if (!month || month.value < 1 || month.value > 12 || src.charCodeAt(monthWord) !== C.yue) {
		return null;
	}
	const day = readInt(src, afterSpace(src, monthWord + 1));
	const dayWord = day ? afterSpace(src, day.end) : -1;
	const dayEnd = day ? src.charCodeAt(dayWord) : NaN;
	if (day && day.value >= 1 && day.value <= 31 && (dayEnd === C.ri || dayEnd === C.hao)) {
		return { y: null, m: month.value, d: day.value, end: dayWord + 1 };
	}
	return { y: null, m: month.value, d: null, end: monthWord + 1 };
}

/** A year alone is a number; other dates are ISO 8601 strings (2020-08, --08-11, ---18). */
function isoDate(p: DateParts): number | string {
	if (p.m === null && p.d === null) {
		return p.y as number;
	}
	if (p.m === null) {
		return `---${pad(p.d as number)}`;
	}
	const year = p.y === null ? '-' : String(p.y);
	return p.d === null ? `${year}-${pad(p.m)}` : `${year}-${pad(p.m)}-${pad(p.d)}`;
}

/** 1 for a year, 2 for a month, 3 for a day. */
function grain(p: DateParts): number {
	return p.d !== null ? 3 : p.m !== null ? 2 : 1;
}

function date(sc: Scan, s: number): boolean {
	const src = sc.text;
	const first = readDate(src, s);
	if (!first) {
		return openRangeDate(sc, s);
	}
	if (first.d !== null && first.m === null && !dayOfMonth(sc, s)) {
		return false; // 公开征求意见30日, 由法定的30日压缩至10个工作日, 不少于30日: a day with no month is a length
	}
	let end = first.end;
	let valueMax: number | string | null = null;
	const sep = rangeSeparatorEnd(src, first.end);
	const second = sep >= 0 ? readDate(src, sep) : null;
	if (second && grain(second) === grain(first) && (second.y === null || first.y !== null)) {
		// The second end inherits what it leaves out: 8月15日至18日 → --08-18.
		const filled: DateParts = {
			y: second.y ?? (grain(first) > 1 ? first.y : null),
			m: second.m ?? (second.d !== null ? first.m : null),
			d: second.d,
			end: second.end,
		};
		if (grain(first) > 1 || (filled.y !== null && filled.y > (first.y as number))) {
			valueMax = isoDate(filled);
			end = second.end;
		}
	}
	emitDate(sc, s, end, isoDate(first), valueMax);
	return true;
}

/**
 * A date written in digits only, year, month and day joined by one separator written twice: 2023.4.1, 2023/06/30,
 * 2023-11-08 (also with full-width separators). Not the decimal 2023.4, a ratio or a range. A second one after a range
 * separator ends a range (2023.3.1—2023.5.31).
 */
const DATE_SEPARATORS = new Set([...'./-．／－'].map((c) => c.charCodeAt(0)));
const NUMERIC_DATE = /((?:19|20)[0-9]{2})([./\-．／－])(0?[1-9]|1[0-2])\2(0?[1-9]|[12][0-9]|3[01])(?![0-9０-９]|[.．][0-9])/y;

function numericDate(sc: Scan, s: number): boolean {
	const first = numericDateAt(sc.text, s);
	if (!first) {
		return false;
	}
	const sep = rangeSeparatorEnd(sc.text, first.end);
	const second = sep >= 0 ? numericDateAt(sc.text, sep) : null;
	const later = second !== null && second.value > first.value;
	emitDate(sc, s, later ? second.end : first.end, first.value, later ? second.value : null);
	return true;
}

function numericDateAt(text: string, at: number): { value: string; end: number } | null {
	NUMERIC_DATE.lastIndex = at;
	const m = NUMERIC_DATE.exec(text);
	return m ? { value: `${m[1]}-${pad(Number(m[3]))}-${pad(Number(m[4]))}`, end: at + m[0].length } : null;
}

/**
 * A day number without its month is a day of the month only after words that say so: 每月18日, 当月(的)5日, 于18日,
 * 逢10日. Reports date events with their month; a bare 30日 is a length (征求意见30日, 不少于30日, 30日内).
 */
function dayOfMonth(sc: Scan, s: number): boolean {
	const floor = Math.max(sc.floor, sc.consumed);
	const before = s - 1 >= floor ? sc.text.charCodeAt(s - 1) : NaN;
	if (before === C.on) {
		// 于 as "on" (定于, 将于, or opening the clause), not the 于 of 不少于, 高于 or 关于.
		const word = s - 2 >= floor ? sc.text.charCodeAt(s - 2) : NaN;
		return Number.isNaN(word) || ON_DAY_BEFORE.has(word) || isClauseBoundary(word);
	}
	return before === C.yue || before === C.feng || (before === C.de && s - 2 >= floor && sc.text.charCodeAt(s - 2) === C.yue);
}

/** The characters that make 于 mean "on (a day)": 定于, 将于, 拟于, 已于, 均于, 并于, 分别于. */
const ON_DAY_BEFORE = new Set([...'定将拟已均并别'].map((c) => c.charCodeAt(0)));

/** The most years a range written 2024—25年 spans. */
const MAX_SHORT_RANGE = 10;

/** 2021—2025年 and 1-10月: the unit is written once, after the second number. */
function openRangeDate(sc: Scan, s: number): boolean {
	const src = sc.text;
	const first = readInt(src, s);
	const sep = first ? rangeSeparatorEnd(src, first.end) : -1;
	const second = sep >= 0 ? readInt(src, sep) : null;
	if (!first || !second) {
		return false;
	}
	// 2021—2025 年: a PDF copy may set a space before the unit.
	const unitAt = afterSpace(src, second.end);
	const unit = src.charCodeAt(unitAt);
	// 2024—25年度: the second year with its last two digits only.
	const century = first.value - (first.value % 100);
	if (first.year && unit === C.nian && second.end - sep === 2 && arabicDigit(src.charCodeAt(sep)) >= 0 && century + second.value > first.value && century + second.value - first.value <= MAX_SHORT_RANGE) {
		emitDate(sc, s, unitAt + 1, first.value, century + second.value);
		return true;
	}
	if (second.value <= first.value) {
		return false;
	}
	if (first.year && second.year && unit === C.nian) {
		emitDate(sc, s, unitAt + 1, first.value, second.value);
		return true;
	}
	// 2024～2025学年: a school year, named by the two calendar years it spans.
	if (first.year && second.year && second.value === first.value + 1 && occursAt(src, second.end, '学年')) {
		emitDate(sc, s, second.end + 2, first.value, second.value);
		return true;
	}
	if (unit === C.yue && first.value >= 1 && second.value <= 12) {
		emitDate(sc, s, second.end + 1, `--${pad(first.value)}`, `--${pad(second.value)}`);
		return true;
	}
	return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Chinese numerals: mentions only before a unit, or as names (plans, sessions, slogans).

const SLOGAN = /一[\u4e01-\u9fff]{1,2}(?:[（(][^）)]{1,4}[）)])?(?:一[\u4e01-\u9fff]{1,2}(?:[（(][^）)]{1,4}[）)])?)*一[\u4e01-\u9fff]{1,4}/y;

function chinese(sc: Scan, s: number, runEnd: number): void {
	// Every numeral character may start a set phrase, and most are rejected by their neighbours alone: read them once.
	const before = codeAt(sc, s - 1);
	const next = codeAt(sc, s + 1);
	const found = sc.phrases.matchBetween(sc.text, s, sc.consumed, before, next);
	if (settle(sc, s, found !== null && (countsOneEvent(sc, s, found, before) || endsInLongerNumeral(found, s, runEnd) || amountBeforeUnit(sc, s, found)) ? null : found)) {
		return;
	}
	const after = runEnd === s + 1 ? next : codeAt(sc, runEnd);
	if (before === C.ji3 || before === C.shu) {
		return; // 几十次, 数百家: a vague quantity, no number
	}
	if (runEnd === s + 1 && before === after && isCjk(before) && sc.text.charCodeAt(s) === C.yi) {
		return; // 问一问, 看一看, 比一比: a verb said twice round 一, once and lightly, no number
	}
	const ordinal = before === C.di;
	if (after === C.dian && !ordinal && decimalInWords(sc, s, runEnd)) {
		return;
	}
	if (!(mayFollowNumeral(after) || inQuote(sc, s) || maySloganOrZero(sc, s, runEnd) || ordinal)) {
		return;
	}
	if (occursAt(sc.text, runEnd, '分之') && fraction(sc, s, runEnd)) {
		return;
	}
	if (isMagnitudeOnly(sc.text, s, runEnd)) {
		if (inQuote(sc, s)) {
			quotedName(sc, s);
		} else {
			roundAmount(sc, s, runEnd);
		}
		return;
	}
	if (mayBeDate(after) && date(sc, s)) {
		return;
	}
	if (noneOf(sc, s, runEnd)) {
		return;
	}
	if (inQuote(sc, s)) {
		quotedName(sc, s);
		return;
	}
	if (slogan(sc, s, runEnd) || planName(sc, s, runEnd) || sessionName(sc, s, runEnd) || zero(sc, s, runEnd)) {
		return;
	}
	const pair = consecutivePair(sc.text, s, runEnd);
	if (pair === null && isDigitName(sc.text, s, runEnd)) {
		emitName(sc, s, runEnd, null, null); // 五一村, 八一社区, 三八红旗手: digits read one by one name a day, not a number
		return;
	}
	const value = pair?.low ?? chineseNumeralValue(sc.text, s, runEnd);
	if (value === null || !(mayHaveTail(after) || isRangeSeparator(after) || ordinal)) {
		return;
	}
	const q = readQuantity(sc, s, runEnd, value, 0, true);
	if (pair !== null && q.unit && q.valueMax === null) {
		q.valueMax = pair.high;
	}
	if (inTitle(sc, s)) {
		if (q.unit) {
			nameOf(sc, q);
		}
		return;
	}
	classify(sc, q, true);
}

/** 人民币壹佰贰拾万元整: an amount in capitals, read when it is one and has a money unit after it. */
function capital(sc: Scan, s: number, runEnd: number): boolean {
	const value = capitalNumeralValue(sc.text, s, runEnd);
	if (value === null) {
		return false;
	}
	const q = readQuantity(sc, s, runEnd, value, 0, true);
	if (q.unit === null || q.unit.cls !== 'money') {
		return false;
	}
	classify(sc, q, true);
	return true;
}

/**
 * 三点五亿元, 一点五万人: a decimal in words, digits after 点, with the unit a figure takes. 三点半 and 十二点三十分 (times)
 * have no digit run ending in a unit after their 点, and 一点点 is no number.
 */
function decimalInWords(sc: Scan, s: number, runEnd: number): boolean {
	const src = sc.text;
	let end = runEnd + 1;
	let fraction = 0;
	while (end < src.length && chineseDigit(src.charCodeAt(end)) >= 0 && isChineseNumeralChar(src.charCodeAt(end))) {
		fraction = fraction * 10 + chineseDigit(src.charCodeAt(end));
		end++;
	}
	const whole = chineseNumeralValue(src, s, runEnd);
	const next = codeAt(sc, end);
	// 十二点三十分: digits after 点 that a 十, 百 or 千 continues count minutes, no decimals (万 and 亿 multiply them).
	if (end === runEnd + 1 || whole === null || next === C.shi2 || next === C.bai || next === C.qian || !mayHaveTail(next)) {
		return false;
	}
	const digits = end - runEnd - 1;
	const q = readQuantity(sc, s, end, whole * pow10(digits) + fraction, digits, true);
	if (q.unit === null && q.multiplier === 1) {
		return false;
	}
	classify(sc, q, true);
	return true;
}

/**
 * 发生一起行政诉讼案件: the word 一起 (together) is the count of one event when a case or incident noun follows it with no
 * verb between (一起研究解决信访案件 stays a word), and no 和/与/同/跟/在 before it makes it "together with".
 */
function countsOneEvent(sc: Scan, s: number, found: Phrase, before: number): boolean {
	if (found.offset !== 0 || found.text !== '一起' || TOGETHER_BEFORE.has(before)) {
		return false;
	}
	const src = sc.text;
	const limit = Math.min(src.length, s + 2 + MAX_EVENT_NOUN_DISTANCE);
	for (let i = s + 2; i < limit && isCjk(src.charCodeAt(i)); i++) {
		// Only after 一起: a plain search, as the lookup bitmaps have no room left for another list.
		if (EVENT_NOUNS.some((noun) => occursAt(src, i, noun))) {
			return true;
		}
		if (VERB_WORDS.startingAt(src, i) !== null) {
			return false;
		}
	}
	return false;
}

/**
 * 清单一百零三条: a word that ends in the first numeral of a longer number (单一) is not that word; the number is read.
 */
function endsInLongerNumeral(found: Phrase, s: number, runEnd: number): boolean {
	return !found.name && found.offset === found.text.length - 1 && runEnd > s + 1;
}

/** 超千万元, 千万元以上: a word of magnitudes alone (千万, by all means, in 千万不能) is an amount before a unit. */
function amountBeforeUnit(sc: Scan, s: number, found: Phrase): boolean {
	const end = s - found.offset + found.text.length;
	const unit = !found.name && found.offset === 0 && MAGNITUDE_WORD.test(found.text) ? unitEntry(sc.text, end, true, s) : null;
	return unit !== null && (unit.cls === 'money' || unit.cls === 'count' || unit.cls === 'measure');
}

const MAGNITUDE_WORD = /^[百千万亿]+$/;

const TOGETHER_BEFORE = new Set([...'和与同跟在'].map((c) => c.charCodeAt(0)));
const MAX_EVENT_NOUN_DISTANCE = 8;

/** Most Chinese numerals (一是, 统一, 四川) are followed by none of what makes them a mention: one table test. */
const FOLLOWS_NUMERAL = new Uint8Array(0x10000);
for (const word of [...UNITS.map((u) => u.text), ...MULTIPLIERS.map(([w]) => w), ...INNER_QUALIFIERS, ...PLAN_FOLLOWERS, '年', '月', '日', '号', '中', '分', ' ', '\u3000']) {
	FOLLOWS_NUMERAL[word.charCodeAt(0)] = 1;
}

function mayFollowNumeral(code: number): boolean {
	return FOLLOWS_NUMERAL[code] === 1 || isRangeSeparator(code);
}

/** 一 before 一X一Y, or a lone 零 (皆为零). */
function maySloganOrZero(sc: Scan, s: number, runEnd: number): boolean {
	const code = codeAt(sc, s);
	return runEnd === s + 1 && (chineseDigit(code) === 0 || (code === C.yi && maySlogan(sc, s)));
}

function maySlogan(sc: Scan, s: number): boolean {
	const two = codeAt(sc, s + 2);
	const three = codeAt(sc, s + 3);
	return two === C.yi || three === C.yi || isOpenParen(two) || isOpenParen(three);
}

/** Whether a multiplier, 余/多, a space or a unit may follow: most Chinese numerals are followed by none. */
function mayHaveTail(code: number): boolean {
	return (FIRST[code] & TAIL_BITS) !== 0 || isInlineSpace(code);
}

const TAIL_BITS = UNIT_WORDS.bit | MULTIPLIER_WORDS.bit | INNER_WORDS.bit;
/** What `readTail` can read first: a multiplier, 余/多, a unit, or a counted noun of a garbled quantity. */
const TAIL_START = TAIL_BITS | COUNTED.bit;

/** 一村一居一律师, 一件事一次办, 一户一档: the 一X一Y pattern of slogans. */
function slogan(sc: Scan, s: number, runEnd: number): boolean {
	if (runEnd !== s + 1 || codeAt(sc, s) !== C.yi || !maySlogan(sc, s)) {
		return false;
	}
	SLOGAN.lastIndex = s;
	const m = SLOGAN.exec(sc.text);
	if (!m) {
		return false;
	}
	emitName(sc, s, s + m[0].length, null, null);
	return true;
}

function isOpenParen(code: number): boolean {
	return code === C.fullOpen || code === 0x28;
}

/** 十四五, 八五 before 规划/普法/时期: five-year plans. */
function planName(sc: Scan, s: number, runEnd: number): boolean {
	const length = runEnd - s;
	if (length < 2 || length > 3 || codeAt(sc, runEnd - 1) !== C.wu || PLAN_AFTER.startingAt(sc.text, runEnd) === null) {
		return false;
	}
	const value = chineseNumeralValue(sc.text, s, runEnd - 1);
	if (value === null || value < 6 || value > 20) {
		return false;
	}
	emitName(sc, s, runEnd, value, null);
	return true;
}

/** 二中、三中、四中、五中全会: plenary sessions, one name each. */
function sessionName(sc: Scan, s: number, runEnd: number): boolean {
	if (codeAt(sc, runEnd) !== C.zhong) {
		return false;
	}
	const plenary = occursAt(sc.text, runEnd + 1, '全会');
	const listed = codeAt(sc, runEnd + 1) === C.dun && isChineseNumeralChar(codeAt(sc, runEnd + 2));
	if (!plenary && !listed) {
		return false;
	}
	emitName(sc, s, runEnd + (plenary ? 3 : 1), chineseNumeralValue(sc.text, s, runEnd), null);
	return true;
}

/** 确诊病例和疑似病例皆为零: a claim of none; the unit is implied by the counted noun (病例 → 例, 发生率 → %). */
function zero(sc: Scan, s: number, runEnd: number): boolean {
	if (runEnd !== s + 1 || chineseDigit(codeAt(sc, s)) !== 0 || !endsQuantity(codeAt(sc, runEnd))) {
		return false;
	}
	if (ZERO.endingAt(sc.text, s, Math.max(sc.consumed, sc.floor)) === null) {
		return false;
	}
	const label = labelOf(sc, s, false);
	const labels = sc.labels;
	const named = labels?.[labels.length - 1] ?? label ?? '';
	const last = named.slice(-1);
	const implied = UNIT_BY_TEXT.get(last);
	const rate = last === '率';
	// 责任事故为零: an event noun implies its unit as 零发生 does (事故 → 起).
	const event = implied ? undefined : eventUnit(named);
	const unit = rate ? '%' : implied && implied.cls === 'count' ? implied.unit : event ?? null;
	push(sc, s, runEnd, 0, null, unit, null, rate ? 'percent' : 'count', true, label, labels);
	return true;
}

/** The unit an event noun at the end of `words` implies (…责任事故 → 起), or undefined. */
function eventUnit(words: string): string | undefined {
	for (const [noun, unit] of ZERO_EVENT_UNITS) {
		if (words.endsWith(noun)) {
			return unit;
		}
	}
	return undefined;
}

/**
 * 较大以上事故“零发生”, 实现零伤亡: 零 before an event it counts is a claim of none, quoted or not, in the unit the event
 * implies though it is not written (起 for accidents, 人 for casualties, 例 for infections), or none when it implies none.
 */
function noneOf(sc: Scan, s: number, runEnd: number): boolean {
	const event = runEnd === s + 1 && chineseDigit(codeAt(sc, s)) === 0 ? ZERO_EVENT.startingAt(sc.text, runEnd) : null;
	if (event === null) {
		return false;
	}
	// The words before it may be a quote mark or the item before in a list (零发生、零死亡): then the event names it.
	const label = labelOf(sc, s, false);
	const named = label !== null && /[\u4e00-\u9fff]{2}$/.test(label) ? label : event;
	push(sc, s, runEnd, 0, null, ZERO_EVENT_UNITS.get(event) ?? null, null, 'count', true, named, sc.labels);
	return true;
}

/**
 * A share in words, valued in percent (M/N × 100): 百分之九十五, 百分之百, 三分之一, 五分之四以上, 千分之三, 万分之五.
 * Never a number of 分 (100 分).
 */
function fraction(sc: Scan, s: number, runEnd: number): boolean {
	const base = chineseNumeralValue(sc.text, s, runEnd);
	const n = base !== null && base >= 2 ? readInt(sc.text, runEnd + 2) : null;
	if (base === null || !n) {
		return false;
	}
	const q = newQuantity(s, n.end);
	readPrefix(sc, q);
	q.end = n.end;
	let parts = n.value;
	// 百分之九十六点九: the decimals after 点, digit by digit
	if (sc.text.charCodeAt(q.end) === C.dian && chineseDigit(codeAt(sc, q.end + 1)) >= 0) {
		let scale = 0.1;
		for (q.end++; chineseDigit(codeAt(sc, q.end)) >= 0; q.end++, scale /= 10) {
			parts += chineseDigit(sc.text.charCodeAt(q.end)) * scale;
		}
	}
	q.value = Number(((parts * 100) / base).toPrecision(base === 100 ? 12 : 17));
	q.unit = PERCENT_UNIT;
	const suffix = q.qualifier === null ? SUFFIX_WORDS.startingAt(sc.text, q.end) : null;
	if (suffix !== null) {
		q.qualifier = suffix; // 百分之九十八以上
		q.end += suffix.length;
	}
	classify(sc, q, true);
	return true;
}

/**
 * 突破千亿元, 超百亿元: a round sum named by its magnitude alone. Only a compound magnitude before 元: a lone 万元 is
 * mostly the base of a rate (万元地区生产总值能耗).
 */
function roundAmount(sc: Scan, s: number, runEnd: number): void {
	const value = chineseNumeralValue(sc.text, s, runEnd);
	if (value !== null && (runEnd - s >= 2 ? codeAt(sc, runEnd) === C.yuan : approximateRound(sc, s, runEnd))) {
		classify(sc, readQuantity(sc, s, runEnd, value, 0, true), true);
	}
}

/** Verbs whose last character starts a word that says its 约 is no bound (折合约4490吨: 折合 + 约, not 合约). */
const CLAIMS_FIRST_CHARACTER = new Set(['折合', '综合']);

/** The bound ending at `s` ends a word instead (签约, 节约, 最近), unless a verb before claims that word's start. */
function notQualifier(src: string, s: number, low: number): boolean {
	const word = NOT_QUALIFIER.endingAt(src, s, low);
	const start = word === null ? s : s - word.length;
	return word !== null && !(start - 1 >= low && CLAIMS_FIRST_CHARACTER.has(src.slice(start - 1, start + 1)));
}

/**
 * 百余条, 千余人次, 近千名: a bare 百, 千 or 万 is a number when 余 or a bound (近, 逾, 超, 约) makes it approximate and a
 * unit follows; alone it is a word (千家万户, 百姓, 建党百年).
 */
function approximateRound(sc: Scan, s: number, runEnd: number): boolean {
	const src = sc.text;
	const more = codeAt(sc, runEnd) === C.yuMore;
	const low = Math.max(sc.floor, sc.consumed);
	// 签约亿元以上项目: 约 ends a word there, no bound
	const bound = (PREFIX_WORDS.endingAt(src, s, low) !== null && !notQualifier(src, s, low)) || (s - 1 >= low && src.charCodeAt(s - 1) === C.shang);
	return (more || bound) && unitEntry(src, more ? runEnd + 1 : runEnd, true, s) !== null;
}

/** 翻番 (翻了一番 and 翻两番 carry their numeral): doubled once, a change of one 番. */
function doubled(sc: Scan, at: number): void {
	if (codeAt(sc, at + 1) !== C.fanUnit || inQuote(sc, at) || inTitle(sc, at)) {
		return;
	}
	const q = newQuantity(at, at + 2);
	q.value = 1;
	q.unit = UNIT_BY_TEXT.get('番') as UnitEntry;
	claim(sc, q, 'rate_change');
}

/**
 * 三四个, 两三次, 二三十人, 二三百, 十五六个, 二十五六: two neighbouring digits give an approximate range, its ends the
 * numeral read with either digit (二十…三十, 十五…十六).
 */
function consecutivePair(src: string, s: number, runEnd: number): { low: number; high: number } | null {
	if (runEnd - s < 2 || runEnd - s > 4) {
		return null;
	}
	for (let p = s; p + 1 < runEnd; p++) {
		const a = chineseDigit(src.charCodeAt(p));
		if (a < 1 || chineseDigit(src.charCodeAt(p + 1)) !== a + 1) {
			continue;
		}
		const prefix = src.slice(s, p);
		const suffix = src.slice(p + 2, runEnd);
		// Before the pair only the tens it counts on (十, 二十); after it only its magnitude (十, 百, 千, 万).
		if ((prefix !== '' && (suffix !== '' || !prefix.endsWith('十'))) || (suffix !== '' && !PAIR_MAGNITUDE.test(suffix))) {
			return null;
		}
		const low = numeralOf(prefix + src[p] + suffix);
		const high = numeralOf(prefix + src[p + 1] + suffix);
		return low !== null && high !== null && high > low ? { low, high } : null;
	}
	return null;
}

const PAIR_MAGNITUDE = /^[十百千万]$/;

/**
 * Two or three numerals read one by one (五一, 八一, 三八, 九一八), with no 十 or 百 between them and no 〇 of a year: Chinese
 * writes no number so (51 is 五十一); such runs name days and the places and prizes named after them.
 */
function isDigitName(src: string, s: number, runEnd: number): boolean {
	if (runEnd - s < 2 || runEnd - s > 3) {
		return false;
	}
	for (let i = s; i < runEnd; i++) {
		const d = chineseDigit(src.charCodeAt(i));
		if (d < 1 || d > 9 || src.charCodeAt(i) === SHUANG) {
			return false;
		}
	}
	return true;
}

function numeralOf(text: string): number | null {
	return chineseNumeralValue(text, 0, text.length);
}

// ---------------------------------------------------------------------------------------------------------------
// Quantities: [prefix qualifier] number [multiplier] [余/多] [multiplier] [space] [unit] [suffix qualifier] [range].

interface Quantity {
	/** Span start, with a prefix qualifier or 第. */
	start: number;
	numStart: number;
	end: number;
	value: number;
	valueMax: number | null;
	multiplier: number;
	unit: UnitEntry | null;
	qualifier: string | null;
	ordinal: boolean;
	/** Start of 连续 before the number, or -1. */
	continuous: number;
	/** Written with a sign (+5.2%, -8.7%): a change. */
	signed: boolean;
}

function newQuantity(numStart: number, end: number): Quantity {
	return { start: numStart, numStart, end, value: 0, valueMax: null, multiplier: 1, unit: null, qualifier: null, ordinal: false, continuous: -1, signed: false };
}

function readQuantity(sc: Scan, s: number, numEnd: number, mantissa: number, decimals: number, isChinese: boolean): Quantity {
	const q = newQuantity(s, numEnd);
	readPrefix(sc, q);
	readTail(sc.text, q, numEnd, isChinese);
	q.value = (mantissa * q.multiplier) / pow10(decimals);
	readRange(sc, q, isChinese);
	return q;
}

/** 第, a prefix qualifier (约 近 超过 …) and 连续 before the number. */
function readPrefix(sc: Scan, q: Quantity): void {
	const src = sc.text;
	const low = Math.max(sc.consumed, sc.floor);
	// 约 12 万人次: one space between a qualifier and its figure.
	const space = src.charCodeAt(q.numStart - 1);
	const s = q.numStart - 1 > low && space !== 0x3000 && isInlineSpace(space) && isCjk(src.charCodeAt(q.numStart - 2)) ? q.numStart - 1 : q.numStart;
	if (s - 1 < low) {
		return;
	}
	const previous = src.charCodeAt(s - 1);
	if (previous === C.di) {
		q.ordinal = true;
		q.start = s - 1;
		return;
	}
	// 上万人次, 上千家: 上 before a bare magnitude bounds it from below, as 超 does; no qualifier the conventions list, it
	// stays in the span without being one (as earlier fixtures label 上千人次).
	if (previous === C.shang && MAGNITUDE_WORD.test(src.slice(q.numStart, q.end))) {
		q.start = s - 1;
		return;
	}
	// Without a qualifier, 连续 must end right before the number: one bitmap read rules out all three lookups.
	if ((LAST[previous] & (PREFIX_WORDS.bit | CONTINUOUS.bit)) === 0) {
		return;
	}
	const prefix = PREFIX_WORDS.endingAt(src, s, low);
	if (prefix !== null && !notQualifier(src, s, low)) {
		q.qualifier = prefix;
		q.start = s - prefix.length;
	}
	if (CONTINUOUS.endingAt(src, q.start, low) !== null) {
		q.continuous = q.start - 2;
	}
}

/** Multiplier, 余/多, unit and suffix qualifier after the number; sets `end`, `multiplier`, `unit`, `qualifier`. */
function readTail(src: string, q: Quantity, at: number, isChinese: boolean): void {
	const first = src.charCodeAt(at);
	const bits = FIRST[first] & TAIL_START;
	const space = isInlineSpace(first);
	if (bits === 0 && !space) {
		// Nothing after the number: the common case of a bare figure, settled by one bitmap read.
		q.unit = null;
		q.end = at;
		return;
	}
	let i = at;
	let qualifier = q.qualifier;
	let unit: UnitEntry | null;
	if (bits === UNIT_WORDS.bit && !space) {
		// Only a unit can start here (15件, 3.5%): no multiplier, 余/多, space or garbled noun to look for.
		unit = unitEntry(src, i, isChinese, q.numStart);
		if (unit !== null) {
			i += unit.text.length;
		}
	} else {
		// 67.8 万人: a stray space may stand before the multiplier too (text.space-in-quantity reports it).
		let k = i;
		while (k - i < 2 && isInlineSpace(src.charCodeAt(k))) {
			k++;
		}
		if (k > i && MULTIPLIER_WORDS.startingAt(src, k) !== null) {
			i = k;
		}
		const mult = MULTIPLIER_WORDS.startingAt(src, i);
		if (mult !== null) {
			q.multiplier = MULTIPLIER_BY_TEXT.get(mult) as number;
			i += mult.length;
		} else if (!isChinese && !q.ordinal) {
			const small = smallMultiplier(src, i, q.numStart);
			if (small > 1) {
				q.multiplier = small;
				i++;
			}
		}
		const innerAt = afterSpace(src, i);
		const inner = INNER_WORDS.startingAt(src, innerAt);
		if (inner !== null && continuesQuantity(src, innerAt + 1, isChinese)) {
			qualifier = qualifier ?? inner;
			i = innerAt + 1;
			// 1000余万元, and 2千多万元 after a small multiplier
			const after = q.multiplier < 1e4 ? MULTIPLIER_WORDS.startingAt(src, i) : null;
			if (after !== null) {
				q.multiplier *= MULTIPLIER_BY_TEXT.get(after) as number;
				i += after.length;
			}
		}
		let j = i;
		while (j - i < 2 && isInlineSpace(src.charCodeAt(j))) {
			j++;
		}
		const noun = garbledNoun(src, j, isChinese);
		unit = unitEntry(src, j + noun, isChinese, q.numStart);
		if (unit !== null) {
			i = j + noun + unit.text.length;
		}
	}
	const second = unit !== null && (src.charCodeAt(i) === 0x2f || src.charCodeAt(i) === 0xff0f) ? unitEntry(src, i + 1, isChinese, q.numStart) : null;
	if (unit !== null && second !== null && SLASH_UNIT_CLASSES.get(unit.cls)?.has(second.cls)) {
		unit = slashUnit(unit, src.slice(i, i + 1 + second.text.length), `/${second.unit}`);
		i += 1 + second.text.length;
		// 700元/人·年: and per a span of time
		const dot = src.charCodeAt(i);
		const per = dot === 0xb7 || dot === 0x30fb || dot === 0x2022 ? unitEntry(src, i + 1, isChinese, q.numStart) : null;
		if (per !== null && per.cls === 'duration' && per.text.length === 1) {
			unit = slashUnit(unit, src.slice(i, i + 2), `·${per.unit}`);
			i += 2;
		}
	}
	if (unit !== null && qualifier === null) {
		const inner = INNER_WORDS.startingAt(src, i);
		// 3个多月, 5个多百分点: 多 or 余 inside a unit that starts with 个
		const rest = inner !== null && unit.text === '个' ? unitEntry(src, i + 1, isChinese, q.numStart) : null;
		const joined = rest !== null ? UNIT_BY_TEXT.get(`个${rest.text}`) : undefined;
		if (rest !== null && joined !== undefined) {
			unit = joined;
			qualifier = inner;
			i += 1 + rest.text.length;
		} else {
			// 三年多, 一成多, 两倍多: 多 or 余 after a length, a tenth or a multiple
			const bound = SUFFIX_WORDS.startingAt(src, afterSpace(src, i));
			const suffix = bound ?? (unit.cls === 'duration' || unit.cls === 'times' || unit.text === '成' ? inner : null);
			if (suffix !== null) {
				qualifier = suffix;
				i = (bound !== null ? afterSpace(src, i) : i) + suffix.length;
			}
		}
	}
	q.unit = unit !== null && unit.text === '个' && sharesPoints(src, i) ? POINTS_UNIT : unit;
	q.qualifier = qualifier;
	q.end = i;
}

const POINTS_UNIT = UNIT_BY_TEXT.get('个百分点') as UnitEntry;

const GRADE_UNIT: UnitEntry = { text: '年级', unit: '年级', cls: 'tier', cn: true };

/**
 * The units a second one may follow after a slash, by class: 560人/次 and 3000余份/册 (a figure counted in two units at
 * once, as township reports write them), 126公里/次, 1200元/人, 8762元/人次, 300元/亩, 3000元/月.
 */
const SLASH_UNIT_CLASSES: ReadonlyMap<UnitClass, ReadonlySet<UnitClass>> = new Map([
	['count', new Set<UnitClass>(['count'])],
	['measure', new Set<UnitClass>(['count', 'duration'])],
	['money', new Set<UnitClass>(['count', 'measure', 'duration'])],
]);
const SLASH_UNITS = new Map<string, UnitEntry>();

/** `first` and what follows it (`written`, normalised `added`): a unit as written (with / for ／), of the first's class. */
function slashUnit(first: UnitEntry, written: string, added: string): UnitEntry {
	const text = first.text + written;
	let entry = SLASH_UNITS.get(text);
	if (!entry) {
		entry = { text, unit: first.unit + added, cls: first.cls, cn: first.cn };
		SLASH_UNITS.set(text, entry);
	}
	return entry;
}
/** What joins the items of a list of figures: 、 和 与 及. */
const FIGURE_JOINERS = new Set([...'和、与及'].map((c) => c.charCodeAt(0)));

/** 分别提高2.8个和1.9个百分点, 0.3个、1.2个和2.5个百分点: each 个 shares the 百分点 written after the last number. */
function sharesPoints(src: string, at: number): boolean {
	for (let k = 0; k < MAX_LIST_AHEAD && FIGURE_JOINERS.has(src.charCodeAt(at)); k++) {
		const from = signedFigureAt(src, at + 1);
		let j = from;
		while (arabicDigit(src.charCodeAt(j)) >= 0 || isDecimalPoint(src.charCodeAt(j))) {
			j++;
		}
		if (j === from || src.charCodeAt(j) !== C.ge) {
			return false;
		}
		if (occursAt(src, j, '个百分点')) {
			return true;
		}
		at = j + 1;
	}
	return false;
}

/** Where the digits of a list's next figure start: past a sign (0.21、-1.35、2.04个百分点). */
function signedFigureAt(src: string, at: number): number {
	const sign = src.charCodeAt(at);
	return (isMinus(sign) || sign === 0x2b || sign === 0xff0b) && arabicDigit(src.charCodeAt(at + 1)) >= 0 ? at + 1 : at;
}

/**
 * 千 or 百 after Arabic digits (3千余人, 5百余家, 2千多万元) as a multiplier: only when a unit or a bigger multiplier follows
 * it, past 余/多, and it does not start a unit itself (5千米, 3千瓦, 2个百分点); never after 第.
 */
function smallMultiplier(src: string, at: number, numStart: number): number {
	const code = src.charCodeAt(at);
	const value = code === C.qian ? 1000 : code === C.bai ? 100 : 0;
	// 百分 starts a word (百分位, 百分比, 百分之), not 100 分
	if (value === 0 || (value === 100 && src.charCodeAt(at + 1) === C.fen) || unitEntry(src, at, false, numStart) !== null) {
		return 0;
	}
	let j = at + 1;
	if (INNER_WORDS.startingAt(src, j) !== null) {
		j++;
	}
	return MULTIPLIER_WORDS.startingAt(src, j) !== null || unitEntry(src, j, false, numStart) !== null ? value : 0;
}

/** After 余/多: a multiplier, a unit, or the end of the quantity (20余次, 100多, but not 多证合一). */
function continuesQuantity(src: string, at: number, isChinese: boolean): boolean {
	return !isCjk(src.charCodeAt(at)) || MULTIPLIER_WORDS.startingAt(src, at) !== null || unitEntry(src, at, isChinese, at) !== null;
}

const CONGRESS_UNIT = UNIT_BY_TEXT.get('大') as UnitEntry;

/** The unit written at `at`, if it may follow this numeral (十分 has no unit; 番 needs 翻 before the number). */
function unitEntry(src: string, at: number, isChinese: boolean, numStart: number): UnitEntry | null {
	const code = src.charCodeAt(at);
	if ((FIRST[code] & UNIT_WORDS.bit) === 0) {
		return null;
	}
	const next = src.charCodeAt(at + 1);
	const units = UNITS_BY_FIRST[SLOT[code]];
	for (let u = 0; u < units.length; u++) {
		const { entry, second } = units[u];
		if (Number.isNaN(second) || (second === next && occursAt(src, at, entry.text))) {
			// 3个年度工作要点: 年度 describes the documents counted by 个, no span of years.
			if (entry === YEARS_UNIT && YEARLY_THING.test(src.slice(at + 3, at + 5))) {
				continue;
			}
			// A measure word that makes words with one numeral (一张网, 一部分) may follow a longer one (三百二十卷, 十二本).
			// 二十大 names a congress in words only: after figures (突破100亿大关) 大 is a word.
			const allowed = (!isChinese || entry.cn || at - numStart >= 2) && (entry.cls !== 'doubling' || afterDoublingVerb(src, numStart)) && (isChinese || entry !== CONGRESS_UNIT)
				&& NOT_UNIT.startingAt(src, at) === null;
			return allowed ? entry : null;
		}
	}
	return null;
}

const YEARS_UNIT = UNIT_BY_TEXT.get('个年度') as UnitEntry;
const YEARLY_THING = /^(?:工作|计划|要点|报告|任务|重点|考核|目标|预算|项目)/;

/** Whether 翻 stands before the number of 番 (翻一番, 翻了两番): 经过一番努力 counts nothing. */
function afterDoublingVerb(src: string, numStart: number): boolean {
	return src.charCodeAt(numStart - 1) === C.fan || (src.charCodeAt(numStart - 1) === C.le && src.charCodeAt(numStart - 2) === C.fan);
}

/** 1案件起 for 1起案件 (number, counted noun, measure word, end of the quantity): the noun's length, else 0. */
function garbledNoun(src: string, at: number, isChinese: boolean): number {
	const noun = isChinese ? null : COUNTED.startingAt(src, at);
	if (noun === null) {
		return 0;
	}
	const unit = unitEntry(src, at + noun.length, false, at);
	const ok = unit !== null && unit.cls === 'count' && unit.text.length === 1 && endsQuantity(src.charCodeAt(at + noun.length + 1));
	return ok ? noun.length : 0;
}

/** 10%-20%, 3—5个工作日, 3-5万元: one mention with `valueMax`. */
function readRange(sc: Scan, q: Quantity, isChinese: boolean): void {
	const src = sc.text;
	const sep = rangeSeparatorEnd(src, q.end);
	if (sep < 0) {
		return;
	}
	const code = src.charCodeAt(sep);
	const arabicNext = arabicDigit(code) >= 0;
	if (arabicNext === isChinese || !(arabicNext || isChineseNumeralChar(code))) {
		return;
	}
	const second = newQuantity(sep, sep);
	let mantissa: number;
	let decimals = 0;
	let numEnd: number;
	if (arabicNext) {
		const n = readArabic(src, sep);
		mantissa = n.mantissa;
		decimals = n.decimals;
		numEnd = n.end;
	} else {
		const n = readInt(src, sep);
		if (!n) {
			return;
		}
		mantissa = n.value;
		numEnd = n.end;
	}
	readTail(src, second, numEnd, isChinese);
	const unit = q.unit ?? second.unit;
	if (!unit || (second.unit && second.unit.unit !== unit.unit)) {
		return;
	}
	const low = q.multiplier === 1 && second.multiplier !== 1 ? q.value * second.multiplier : q.value;
	const high = (mantissa * second.multiplier) / pow10(decimals);
	if (high <= low) {
		return;
	}
	q.value = low;
	q.valueMax = high;
	q.unit = unit;
	q.end = second.end;
	q.qualifier = q.qualifier ?? second.qualifier;
}

// ---------------------------------------------------------------------------------------------------------------
// Classification: which kind of mention a quantity is, and whether it is a claim.

function classify(sc: Scan, q: Quantity, isChinese: boolean): void {
	const unit = q.unit;
	if (!Number.isFinite(q.value)) {
		nameOf(sc, q); // a digit string too long to be an amount
		return;
	}
	// 00417 (an index number's serial, …/2025-00417 组配分类): a figure written with a leading zero is a code, whatever
	// word follows it (a number's 号 stays with it).
	if (!isChinese && arabicDigit(sc.text.charCodeAt(q.numStart)) === 0 && arabicDigit(sc.text.charCodeAt(q.numStart + 1)) >= 0) {
		if (unit?.cls !== 'name') {
			q.unit = null;
			q.end = readArabic(sc.text, q.numStart).end;
		}
		nameOf(sc, q);
		return;
	}
	if (!unit) {
		bare(sc, q, isChinese);
		return;
	}
	switch (unit.cls) {
		case 'count':
			count(sc, q, isChinese);
			return;
		case 'money':
			claim(sc, q, 'money');
			return;
		case 'measure':
			if (unit.text === '分' && clockBefore(sc, q)) {
				nameOf(sc, q); // 十二点三十分, 9时30分: the minutes of a time of day, no score
				return;
			}
			claim(sc, q, 'measure');
			return;
		case 'percent': {
			if (SAMPLE_SURVEY.test(sc.text.slice(q.end, q.end + 8))) {
				nameOf(sc, q); // 1%人口抽样调查, 5‰人口变动抽样调查: the survey's name, its sample's size
				return;
			}
			const label = labelOf(sc, q.start, false, true);
			emitQuantity(sc, q, sc.change || q.signed || continuesChange(sc, q) ? 'rate_change' : 'percent', true, label, sc.labels);
			return;
		}
		case 'points':
			claim(sc, q, 'rate_change');
			return;
		case 'times':
			claim(sc, q, multipleOfBase(sc, q) ? 'ratio' : 'rate_change');
			return;
		case 'doubling':
			claim(sc, q, 'rate_change'); // 翻一番: the numeral and 番, as 提高一倍 is 一倍
			return;
		case 'duration':
			duration(sc, q);
			return;
		case 'session':
			if (isChinese && q.continuous < 0) {
				nameOf(sc, q); // 十九届; 连续三届 is a count
			} else {
				count(sc, q, isChinese);
			}
			return;
		case 'name':
			if (unit.text !== '大' || q.value >= 2 || !isChinese) {
				nameOf(sc, q); // 号, 周年, 十九大, 四大领域; 一大批 is a word
			}
			return;
		case 'tier':
		case 'structure':
			nameOf(sc, q);
			return;
	}
}

/** 点 or 时 right before the number, after an hour: the minutes of a clock time (十二点三十分, 9时30分). */
function clockBefore(sc: Scan, q: Quantity): boolean {
	const at = q.start - 1;
	const mark = at >= Math.max(sc.floor, 1) ? sc.text.charCodeAt(at) : NaN;
	const hour = sc.text.charCodeAt(at - 1);
	return (mark === C.dian || mark === C.shi4) && (arabicDigit(hour) >= 0 || chineseDigit(hour) >= 0 || hour === C.shi2);
}

/** 是2017年的1.4倍, 提高到原来的3倍: the level as a multiple of a base (a ratio), where 增长1.5倍 is a change. */
function multipleOfBase(sc: Scan, q: Quantity): boolean {
	return q.start - 1 >= Math.max(sc.floor, sc.consumed) && sc.text.charCodeAt(q.start - 1) === C.de;
}

/** A number with no unit: a name or code (page numbers, 11370, 5G), unless it is a rank or a multiplied amount. */
function bare(sc: Scan, q: Quantity, isChinese: boolean): void {
	if (!isChinese && q.multiplier === 1 && PAGE_COUNTER.test(sc.text.slice(Math.max(sc.floor, q.start - PAGE_COUNTER_SPAN), q.start))) {
		nameOf(sc, q); // 浏览次数：1386: a web page's view counter, no claim of the report
		return;
	}
	if (q.ordinal && (rankCue(sc, q.start) || regionRank(sc, q))) {
		claim(sc, q, 'rank');
	} else if (!isChinese && !q.ordinal && q.multiplier === 1 && topPlaces(sc, q) && rankCue(sc, q.start - 1)) {
		claim(sc, q, 'rank'); // 位居全国前15: the top places of a ranking, their word for place left out
	} else if (!isChinese && !q.ordinal && q.multiplier === 1 && q.qualifier === null && listUnitAhead(sc, q)) {
		classify(sc, q, false); // 分别拉动0.2、2.3和2.7个百分点: the list's unit, written once after its last figure
	} else if (!isChinese) {
		if ((q.multiplier !== 1 || q.qualifier !== null) && !q.ordinal) {
			if (q.multiplier !== 1 && countsPeople(sc.text, q.end)) {
				q.unit = PERSON_UNIT; // 186.4万农村贫困人口
			} else if (q.multiplier !== 1 && amountOfMoney(sc, q)) {
				q.unit = YUAN_UNIT; // 民生类支出1.21万亿, 争取资金2亿以上
				const bound = q.qualifier === null ? SUFFIX_WORDS.startingAt(sc.text, q.end) : null;
				if (bound !== null) {
					q.qualifier = bound;
					q.end += bound.length;
				}
				claim(sc, q, 'money');
				return;
			}
			claim(sc, q, 'count');
		} else if (!q.ordinal && (boundedFraction(sc, q) || ratioValue(sc, q))) {
			claim(sc, q, 'ratio');
		} else if (!q.ordinal && Number.isInteger(q.value) && countedBefore(sc, q)) {
			claim(sc, q, 'count');
		} else if (!q.ordinal && !Number.isInteger(q.value) && changedJustBefore(sc, q)) {
			claim(sc, q, 'rate_change'); // 灌溉水有效利用系数较上年提高0.006: a coefficient's change, in no unit
		} else {
			if ((codeAt(sc, q.end) === 0x29 || codeAt(sc, q.end) === 0xff09) && opensLine(sc, q.start)) {
				q.end++; // 1) 1）: an item's number, bracket and all, though no marker of a heading
			}
			nameOf(sc, q);
		}
	}
}

/**
 * A web page's counter of views right before a plain figure: 浏览次数：, 阅读量:, 点击数： (a colon, as a page sets it).
 * 网站全年访问量：1386万 is the report's own figure.
 */
const PAGE_COUNTER = /(?:浏览|阅读|点击|访问)(?:次数|量|数)?[：:][ \u3000]*$/;
const PAGE_COUNTER_SPAN = 8;
/** After a day of the month in a news item (2日上午, 2日电). */
const DAY_OF_NEWS = /^(?:上午|下午|晚上|凌晨|电)/;
/** Before the 五年 of a numbered five-year plan: 第八个, 第7个. */
const NUMBERED_PLAN = /第[一二三四五六七八九十0-9０-９]{1,2}个$/;
/** 3147 次浏览: the counter's word after its figure. */
const VIEWS_AFTER = /^(?:浏览|阅读|点击)/;

/** Nothing but blanks stands before `at` in the line (from where the scan may look). */
function opensLine(sc: Scan, at: number): boolean {
	let k = at - 1;
	while (k >= sc.floor && isBlankChar(sc.text.charCodeAt(k))) {
		k--;
	}
	return k < sc.floor;
}

/**
 * 三合村3组, 八一社区二组, and 5组 after 3组、: a group or team of a village, named by its number, right after the
 * village (or community) or after another such group.
 */
function villageGroup(sc: Scan, q: Quantity): boolean {
	const src = sc.text;
	const before = q.start - 1 >= sc.floor ? src.charCodeAt(q.start - 1) : NaN;
	if (before === C.cun || (before === C.qu && src.charCodeAt(q.start - 2) === C.she)) {
		return true;
	}
	const previous = sc.out[sc.out.length - 1];
	return before === C.dun && previous !== undefined && previous.kind === 'ordinal-or-name' && (previous.unit === '组' || previous.unit === '队') && previous.span.end - sc.base === q.start - 1;
}

/** How many figures a list that writes its unit once may hold before the one that carries it. */
const MAX_LIST_AHEAD = 6;
/** The units a list of figures shares (no years or dates: 2023、2024年 are two years). */
const SHARED_CLASSES: ReadonlySet<UnitClass> = new Set(['count', 'money', 'measure', 'percent', 'points']);

/**
 * 0.2、2.3和2.7个百分点, 1.2、3.4万元: a bare figure joined by 、 和 与 及 to further figures, the last of which has a unit,
 * takes that unit and its multiplier.
 */
function listUnitAhead(sc: Scan, q: Quantity): boolean {
	const src = sc.text;
	let at = q.end;
	for (let k = 0; k < MAX_LIST_AHEAD && at < sc.limit && FIGURE_JOINERS.has(src.charCodeAt(at)); k++) {
		const from = signedFigureAt(src, at + 1);
		if (arabicDigit(src.charCodeAt(from)) < 0) {
			return false;
		}
		const n = readArabic(src, from);
		const next = newQuantity(from, n.end);
		readTail(src, next, n.end, false);
		if (next.unit !== null) {
			if (!SHARED_CLASSES.has(next.unit.cls)) {
				return false;
			}
			q.unit = next.unit;
			q.value *= next.multiplier;
			return true;
		}
		if (next.multiplier !== 1) {
			return false;
		}
		at = n.end;
	}
	return false;
}

/** 跑动次数为0, 败诉件数：2, 参训人数达326: the noun before names what a bare whole figure counts (…次数 in 次). */
const COUNTED_BEFORE = new RegExp(`(${COUNTED_BY})数(?:为|是|达到|达|仅为|仅|只有|均为|共|[：:])?[ \u3000]*$`);
/** How far before the figure that noun may start. */
const MAX_COUNTED_BEFORE = 8;

/** Gives `q` the unit its counted noun names, if one stands right before it. */
function countedBefore(sc: Scan, q: Quantity): boolean {
	const m = COUNTED_BEFORE.exec(sc.text.slice(Math.max(sc.floor, sc.lastEnd, q.start - MAX_COUNTED_BEFORE), q.start));
	const unit = m ? UNIT_BY_TEXT.get(m[1]) : undefined;
	if (unit === undefined) {
		return false;
	}
	q.unit = unit;
	return true;
}

const PERSON_UNIT = UNIT_BY_TEXT.get('人') as UnitEntry;
const YUAN_UNIT = UNIT_BY_TEXT.get('元') as UnitEntry;

/**
 * 社零实现145.98亿, 民生类支出1.21万亿, 公益金1000万: an amount in 万 or 亿 whose clause names money before it is in 元,
 * which is left out (人口1.2亿 counts people).
 */
function amountOfMoney(sc: Scan, q: Quantity): boolean {
	const from = clauseStart(sc.text, q.start, Math.max(sc.floor, q.start - MAX_MONEY_CLAUSE));
	return MONEY_NAMED.test(sc.text.slice(from, q.start)) || afterAmount(sc, q);
}

/** 财政收入任务174万，完成198万: the amount right before it in the sentence, in 万 or 亿 too, was money. */
function afterAmount(sc: Scan, q: Quantity): boolean {
	const previous = sc.out[sc.out.length - 1];
	if (previous === undefined || previous.kind !== 'money' || !/[万亿]/.test(previous.text)) {
		return false;
	}
	const from = previous.span.end - sc.base;
	return from >= sc.floor && q.start - from <= MAX_MONEY_CLAUSE && !SENTENCE_BREAK.test(sc.text.slice(from, q.start));
}

const SENTENCE_BREAK = /[。；;！？!?]/;

const MAX_MONEY_CLAUSE = 20;
const MONEY_NAMED = /收入|支出|总额|产值|总值|增加值|投资|投入|资金|预算|税收|营收|销售额|营业额|利润|社零|零售额|公益金|债务|债券|贷款|存款|融资|金额|经费|补贴|补助|奖补|拨付|罚没|罚款|收费|成交额|交易额|进出口|保费|资产|GDP/;
/** How far after the number the noun of the people counted may end. */
const MAX_PEOPLE_NOUN = 8;

/**
 * 186.4万农村贫困人口, 30万新录用公务员, 52万行政执法人员: a multiplied number before a noun of people (a few words may
 * qualify it, none of money or of what is done for the people: 3亿资金用于农民工工资, 2.5亿改善学生营养) counts people.
 */
function countsPeople(src: string, at: number): boolean {
	let end = at;
	while (end < at + MAX_PEOPLE_NOUN && isCjk(src.charCodeAt(end))) {
		end++;
	}
	return end > at && PEOPLE_NOUN.test(src.slice(at, end));
}

const PEOPLE_NOUN = /^(?:[\u4e00-\u9fa5](?<![资金费款元于投改保安助补])){0,4}?(?:人口|人员|公务员|干部|群众|职工|员工|居民|农民|学生|党员|志愿者|人才|工人|律师|教师|医生|儿童|老人|妇女|青少年|青年|考生|游客|农民工|大学生|毕业生)/;

/**
 * 库款保障水平保持在0.8以上: a fraction in no unit, bounded by 以上/以下/左右, is the level of what the clause names (a
 * ratio), not a code; the bound becomes its qualifier. A version (Android 8.0以上) stands after a Latin word or a space.
 */
function boundedFraction(sc: Scan, q: Quantity): boolean {
	if (Number.isInteger(q.value) || q.start <= sc.floor || !isCjk(sc.text.charCodeAt(q.start - 1))) {
		return false;
	}
	const bound = SUFFIX_WORDS.startingAt(sc.text, q.end);
	if (bound === null) {
		return false;
	}
	q.qualifier = bound;
	q.end += bound.length;
	return true;
}

/** A change word right before the figure (提高0.006, 下降0.5). */
function changedJustBefore(sc: Scan, q: Quantity): boolean {
	const word = trailingWord(sc.text, q.start, Math.max(sc.floor, sc.consumed));
	return word !== null && CHANGE_SET.has(word);
}

/** How far back a ratio's word (指数, 系数) may stand from its figure, a bracketed base between them included. */
const RATIO_WINDOW = 24;

/**
 * A bare fraction that is the value of a ratio named just before it (收入比由2.36, 基尼系数为0.46), or that follows such
 * a value after a short link (由2.36缩小至2.18). Whole numbers stay names: 5G, 12345.
 */
function ratioValue(sc: Scan, q: Quantity): boolean {
	if (Number.isInteger(q.value)) {
		return false;
	}
	const src = sc.text;
	const previous = sc.out[sc.out.length - 1];
	const floor = Math.max(sc.floor, q.start - RATIO_WINDOW);
	for (let i = q.start; i > floor && !isClauseBoundary(src.charCodeAt(i - 1)); i--) {
		// 居民消费价格指数（上年=100）为100.3: past the bracketed base, to the index's name.
		const open = isCloseBracket(src.charCodeAt(i - 1)) ? asideStart(src, i - 1, floor) : -1;
		if (open >= 0) {
			i = open + 1;
			continue;
		}
		if (arabicDigit(src.charCodeAt(i - 1)) >= 0) {
			return previous !== undefined && previous.kind === 'ratio' && previous.span.end - sc.base === i && q.start - i <= 4;
		}
		if (RATIO.endingAt(src, i, floor) !== null) {
			return true;
		}
	}
	return false;
}

/**
 * 连续三年全市第一。, 全省第2, 位列12个区县第一: 第 and a number right after the area or field ranked, ending the clause, is a
 * place in a ranking.
 */
function regionRank(sc: Scan, q: Quantity): boolean {
	const after = codeAt(sc, q.end);
	return (Number.isNaN(after) || isClauseBoundary(after)) && RANKED_AREA.endingAt(sc.text, q.start, Math.max(sc.floor, sc.lastEnd)) !== null;
}

const RANKED_AREA = new WordList(['全国', '全省', '全市', '全区', '全县', '全州', '全盟', '全系统', '全行业', '区县', '县区', '县市区', '市州', '地市', '乡镇', '省份', '城市', '省区市']);

const COMPARED_RANK = /^[，,](?:较|比|由|从)/;

/** 排名全国第3位, 位居全省第一: a ranking word shortly before 第 in the same clause, or a rank it moves from (由第11位跃升至第6位). */
function rankCue(sc: Scan, at: number): boolean {
	const previous = sc.out[sc.out.length - 1];
	const from = previous?.kind === 'rank' ? previous.span.end - sc.base : -1;
	if (from >= 0) {
		const near = at - from <= 8 && clauseStart(sc.text, at, from) === from;
		// 排名第1位，较第一季度的第6位: the rank the last one is compared with, in the clause after it.
		const compared = at - from <= 12 && COMPARED_RANK.test(sc.text.slice(from, from + 2)) && sc.text.charCodeAt(at - 1) === C.de && clauseStart(sc.text, at, from + 1) === from + 1;
		if (near || compared) {
			return true;
		}
	}
	// 位列全市165个迎检乡镇中第四位: the field ranked (with its size, read already) between the cue and 中第.
	const floor = sc.text.charCodeAt(at - 1) === C.zhong ? Math.max(sc.floor, at - MAX_RANKED_FIELD) : Math.max(sc.floor, sc.lastEnd, at - 8);
	for (let i = at; i > floor && !isClauseBoundary(sc.text.charCodeAt(i - 1)); i--) {
		const cue = RANK.endingAt(sc.text, i, floor);
		if (cue !== null && !(cue.length === 1 && JU_WORD_ENDS.has(sc.text.charCodeAt(i)))) {
			return true;
		}
	}
	return false;
}

/**
 * 跃上了一个新的台阶, 交出了一份满意的答卷: one step, one sheet of answers, in a figure of speech for progress, no count.
 */
function figurative(src: string, q: Quantity, unitText: string): boolean {
	const pattern = unitText === '个' ? NEW_STAGE : unitText === '份' ? ANSWER_SHEET : null;
	return pattern !== null && pattern.test(src.slice(q.end, q.end + FIGURE_OF_SPEECH_SPAN));
}

const FIGURE_OF_SPEECH_SPAN = 18;
const NEW_STAGE = /^新的?(?:台阶|高度|阶段|水平|起点|局面|篇章|境界|天地)/;
const ANSWER_SHEET = /^[^，,。；;0-9０-９]{0,14}?(?:答卷|成绩单)/;

/** How far before 中第 a ranking word may stand: the field ranked names its places and their number. */
const MAX_RANKED_FIELD = 24;

/** After 居 these make a word (居民, 居住, 居家, 居委会, 居室, 居所, 居留): no ranking is named (居民阶梯电价第一档). */
const JU_WORD_ENDS = new Set([...'民住家委室所留'].map((c) => c.charCodeAt(0)));

/** 前 right before a count of places (前三名, 前10位), not ending a word (目前, 此前, 提前, 当前): the top places of a ranking. */
function topPlaces(sc: Scan, q: Quantity): boolean {
	const floor = Math.max(sc.floor, sc.consumed);
	return q.qualifier === null && q.start - 1 >= floor && sc.text.charCodeAt(q.start - 1) === C.qian2 && !(q.start - 2 >= floor && BEFORE_QIAN_IN_WORD.has(sc.text.charCodeAt(q.start - 2)));
}

const BEFORE_QIAN_IN_WORD = new Set([...'目此之以提当事会节年月日天周'].map((c) => c.charCodeAt(0)));

/** 从第15位提升至第8位: a place that moves to another is a rank, as the one it moves to. */
const RANK_MOVES_TO = /^(?:提升|上升|跃升|下降|下滑|前移|后移|升|降)?(?:至|到)第/;
/** Verbs that move a rank, before how many places (前移4位); 增加4位 counts people. */
const RANK_MOVE = /(?:前移|后移|前进|后退|上升|提升|跃升|下降|下滑)$/;

function count(sc: Scan, q: Quantity, isChinese: boolean): void {
	const unit = q.unit as UnitEntry;
	if (q.ordinal) {
		// 上升至全国第9位: a place right after the area ranked, ending the clause, is a rank as after 排名.
		if (unit.text === '名' || (unit.text === '位' && (rankCue(sc, q.start) || RANK_MOVES_TO.test(sc.text.slice(q.end, q.end + 5)) || regionRank(sc, q)))) {
			claim(sc, q, 'rank');
		} else {
			nameOf(sc, q); // 第二批, 第三次
		}
		return;
	}
	if ((unit.text === '组' || unit.text === '队') && villageGroup(sc, q)) {
		nameOf(sc, q); // 双河村3组、5组: the village's group of that number
		return;
	}
	// 访问量：12965次, 3147 次浏览: a web page's counter of views, no claim of the report.
	if (unit.text === '次' && !isChinese && (PAGE_COUNTER.test(sc.text.slice(Math.max(sc.floor, q.start - PAGE_COUNTER_SPAN), q.start)) || VIEWS_AFTER.test(sc.text.slice(q.end, q.end + 2)))) {
		nameOf(sc, q);
		return;
	}
	if ((unit.text === '名' || unit.text === '位') && topPlaces(sc, q)) {
		q.start--;
		claim(sc, q, 'rank'); // 进入前三名, 位列前10位
		return;
	}
	if (isChinese && q.value === 1 && (VAGUE_WITH_ONE.has(unit.text) || ARTICLE.endingAt(sc.text, q.start, Math.max(sc.floor, sc.consumed)) !== null || figurative(sc.text, q, unit.text))) {
		return;
	}
	if (tierBound(sc.text, q, unit.text) || zoneClass(sc.text, q, unit.text, isChinese)) {
		nameOf(sc, q); // 三类以上班线客车, 三级以上医院
		return;
	}
	const rateName = isChinese && q.value === 1 && unit.text === '次' ? rateNamedBy(sc.text, q.end) : -1;
	if (rateName >= 0) {
		q.end = rateName;
		nameOf(sc, q); // 一次办结率: the rate's name, no count of one time
		return;
	}
	if ((unit.unit === '位次' && changeRightBefore(sc, q)) || (unit.text === '位' && RANK_MOVE.test(sc.text.slice(Math.max(sc.floor, sc.consumed, q.start - 2), q.start)))) {
		claim(sc, q, 'rate_change'); // 提升3个位次, 前移4位: how far a rank moved
		return;
	}
	const structure = structuralEnd(sc, q, isChinese);
	if (structure >= 0) {
		q.end = structure;
		nameOf(sc, q);
	} else if (meeting(sc, q) || perBase(sc, q) || phase(sc, q)) {
		nameOf(sc, q);
	} else {
		claim(sc, q, perPopulation(sc, q) ? 'ratio' : 'count');
	}
}

/** The longest verb between 一次 and the 率 of a rate it names (一次办结率, 一次性通过率). */
const MAX_RATE_VERB = 4;

/** Where the rate that a 一次 ending at `end` opens the name of starts its 率 (一次办结|率), or -1. */
function rateNamedBy(src: string, end: number): number {
	for (let k = end + 1; k <= end + MAX_RATE_VERB && k < src.length && isCjk(src.charCodeAt(k - 1)); k++) {
		if (src.charCodeAt(k) === C.lv) {
			return k;
		}
	}
	return -1;
}

/**
 * 两个方面, 五个法定程序, 四个意识, and 政务公开和征地拆迁两个方面 (the numeral counts the items just listed): the end of
 * the name (with its noun), or -1 when the quantity counts real things.
 */
function structuralEnd(sc: Scan, q: Quantity, isChinese: boolean): number {
	const src = sc.text;
	// 5个方面28项重点任务: counted with the tasks it groups, a plan's own size, not the points of an outline.
	if (occursAt(src, q.end, '方面')) {
		const next = src.charCodeAt(q.end + 2);
		return arabicDigit(next) >= 0 || chineseDigit(next) > 0 ? -1 : q.end + 2;
	}
	if (q.valueMax !== null) {
		return -1;
	}
	if (!isChinese) {
		// 报告共6个部分: a count of an outline's parts, in figures right before the noun.
		const noun = q.value <= 10 && OUTLINE_MEASURES.has((q.unit as UnitEntry).text) ? STRUCTURE.startingAt(src, q.end) : null;
		if (noun !== null) {
			return q.end + noun.length;
		}
		// 核心、重要、一般3个级别: in figures too, a count of the three or more items just listed names them. Two items
		// and a count of two (代表建议、政协提案2件) are as often a total that happens to match.
		// Only in measure words of kinds, before the kind's noun: 清理4次 counts times, whatever was listed before it.
		return q.value >= MIN_LISTED_FIGURE && KIND_MEASURES.has((q.unit as UnitEntry).text) && isCjk(src.charCodeAt(q.end)) && enumerates(sc, q.numStart, q.value) ? q.end : -1;
	}
	if (q.value <= 10 && OUTLINE_MEASURES.has((q.unit as UnitEntry).text)) {
		for (let k = 0; k <= 2 && isCjk(src.charCodeAt(q.end + k)); k++) {
			const noun = STRUCTURE.startingAt(src, q.end + k);
			if (noun !== null) {
				return q.end + k + noun.length;
			}
		}
	}
	return quotedFormula(src, q) || enumerates(sc, q.numStart, q.value) || countsFiguresBefore(sc, q.numStart, q.value) || recaps(sc, q) || spelledOutAfter(sc, q) ? q.end : -1;
}

/** What a quoted watchword is followed by when a count names it: the clause ends, or a word for a doctrine follows. */
const AFTER_WATCHWORD = /^(?:[，,。；;、：:！!）)]|$|要求|原则|精神|理念|战略|部署|方针|目标|重要|的)/;
const MAX_WATCHWORD = 12;

/**
 * 坚持两个“毫不动摇”，…, 落实四个“最严”要求: 个 counted in words before a quoted watchword names the formula; 三名“法律明白人”
 * counts people.
 */
function quotedFormula(src: string, q: Quantity): boolean {
	const open = src.charCodeAt(q.end);
	if (q.value > 10 || (q.unit as UnitEntry).text !== '个' || (open !== 0x201c && open !== 0x300c)) {
		return false;
	}
	const close = src.indexOf(open === 0x201c ? '”' : '」', q.end + 1);
	return close > q.end && close - q.end <= MAX_WATCHWORD && AFTER_WATCHWORD.test(src.slice(close + 1, close + 3));
}

/**
 * 跨越4万亿元、5万亿元两个台阶: a count right after figures joined by 、 (or 和, 与, 及) that counts them, as many as it
 * says, names the list; 学法11次、专题讲座两场 has words before its count, which is one more item.
 */
function countsFiguresBefore(sc: Scan, s: number, n: number, listsYears = false): boolean {
	const base = sc.base;
	let k = sc.out.length - 1;
	const item = listsYears ? isYear : (m: NumericMention) => m.claim;
	if (n < 2 || k < 0 || sc.out[k].span.end - base !== s || !item(sc.out[k])) {
		return false;
	}
	let listed = 1;
	for (; k > 0 && listed < n; k--) {
		const gap = sc.out[k].span.start - base - (sc.out[k - 1].span.end - base);
		const joiner = sc.text.charCodeAt(sc.out[k].span.start - base - 1);
		if (gap !== 1 || !item(sc.out[k - 1]) || (!listsYears && sc.out[k - 1].unit !== sc.out[k].unit) || !FIGURE_JOINERS.has(joiner)) {
			return false;
		}
		listed++;
	}
	const before = k >= 0 ? sc.out[k].span.start - base - 1 : -1;
	return listed === n && (before < sc.floor || !FIGURE_JOINERS.has(sc.text.charCodeAt(before)));
}

/** A year named by its number (2023, 2023年), whether read as a date or a bare name. */
function isYear(m: NumericMention): boolean {
	return !m.claim && typeof m.value === 'number' && Number.isInteger(m.value) && m.value >= 1900 && m.value <= 2100;
}

/** 每千人口床位数6.8张, 每万人口全科医生3.2名, 万人拥有律师数2.8名: things per so many people, a density, not a count. */
const PER_POPULATION = /^每(?:十万|百万|[千万百十]|10万|1000|100)(?:人口|常住人口|人|户|名)/;
/** 万人拥有, 千人口拥有: the base before 拥有, where no 每 is written. */
const OWNED_PER_POPULATION = /(?:十万|百万|[千万])人口?$/;
const PER_POPULATION_WINDOW = 24;

function perPopulation(sc: Scan, q: Quantity): boolean {
	// 每千人口执业医师3.4人、注册护士4.1人: the next item of a list shares the base of the density just read.
	if (sc.densityEnd === sc.lastEnd && sc.text.charCodeAt(sc.lastEnd) === C.dun
		&& q.start - sc.lastEnd <= MAX_SHARED_BASE_GAP && clauseStart(sc.text, q.start, sc.lastEnd) === sc.lastEnd) {
		return true;
	}
	// Most counts have neither 每 nor 拥有 before them: one pass over the characters settles those without a string.
	const src = sc.text;
	const from = Math.max(sc.floor, sc.lastEnd, q.start - PER_POPULATION_WINDOW);
	for (let i = q.start - 1; i >= from; i--) {
		const c = src.charCodeAt(i);
		if (c === C.mei || (c === C.yong && src.charCodeAt(i + 1) === C.you)) {
			const density = c === C.mei ? PER_POPULATION.test(src.slice(i, q.start)) : OWNED_PER_POPULATION.test(src.slice(from, i));
			sc.densityEnd = density ? q.end : sc.densityEnd;
			return density;
		}
	}
	return false;
}

/** How far the next item of a list may stand from the last one and still share its base (、注册护士). */
const MAX_SHARED_BASE_GAP = 12;

/** The longest noun a count of items may have before its colon (三个环节：). */
const MAX_ITEM_NOUN = 6;
const RUN_IN_ORDINALS = '一二三四五六七八九十';

/**
 * 抓好三个环节：一是…二是…三是…: a Chinese count whose noun ends at a colon, followed at once by as many run-in items
 * (一是, 一要) as it says, counts those items.
 */
function spelledOutAfter(sc: Scan, q: Quantity): boolean {
	const src = sc.text;
	let i = q.end;
	while (i - q.end < MAX_ITEM_NOUN && isCjk(src.charCodeAt(i))) {
		i++;
	}
	const colon = src.charCodeAt(i);
	if ((colon !== 0xff1a && colon !== 0x3a) || q.value < 2 || q.value >= RUN_IN_ORDINALS.length) {
		return false;
	}
	const verb = src.charAt(i + 2);
	if (src.charCodeAt(i + 1) !== RUN_IN_ORDINALS.charCodeAt(0) || (verb !== '是' && verb !== '要')) {
		return false;
	}
	return src.includes(RUN_IN_ORDINALS[q.value - 1] + verb, i + 3) && !src.includes(RUN_IN_ORDINALS[q.value] + verb, i + 3);
}

/** After a recapping count and its noun: the words that say it covers every item (三项指标均优于…). */
const RECAP_CUE = /^[\u4e00-\u9fff]{0,4}(?:均|都|全部|皆)|^(?:合计|共计|总计)/;

/**
 * 婴儿死亡率3.12‰、…、孕产妇死亡率8.6/10万，三项指标均优于省定目标, 不予处罚137件、减轻处罚52件，两项合计189件: a Chinese
 * count that opens its clause, says it covers all (均, 都, 全部) or adds them up (合计), and equals the number of items
 * listed in the clause before counts those items, not new things.
 */
function recaps(sc: Scan, q: Quantity): boolean {
	const src = sc.text;
	const i = lastNonSpaceBefore(src, q.numStart, sc.floor);
	const joint = src.charCodeAt(i);
	if (i < sc.floor || (joint !== 0xff0c && joint !== 0x2c && joint !== 0xff1b) || q.value < 2 || !RECAP_CUE.test(src.slice(q.end, q.end + 8))) {
		return false;
	}
	let items = 1;
	for (let k = i - 1; k >= sc.floor && !isClauseBoundary(src.charCodeAt(k)); k--) {
		if (src.charCodeAt(k) === C.dun) {
			items++;
		}
	}
	return items === q.value || claimClausesBefore(sc, i) === q.value;
}

/**
 * How many clauses right before `end` (婴儿死亡率3.12‰，5岁以下儿童死亡率4.05‰，…) each hold a claim, back to the first
 * that holds none or the start of the sentence.
 */
function claimClausesBefore(sc: Scan, end: number): number {
	const src = sc.text;
	const base = sc.base;
	let count = 0;
	for (let to = end; to > sc.floor; ) {
		let from = to - 1;
		while (from >= sc.floor && !isClauseBoundary(src.charCodeAt(from))) {
			from--;
		}
		if (!sc.out.some((m) => m.claim && m.span.start - base > from && m.span.end - base <= to)) {
			break;
		}
		count++;
		const mark = src.charCodeAt(from);
		if (from < sc.floor || (mark !== 0xff0c && mark !== 0x2c)) {
			break;
		}
		to = from;
	}
	return count;
}

/** How far after its count the first item of a list of counts may end (学法11次、 or 案件5件（次）、). */
const MAX_ITEM_TAIL = 3;

function enumerates(sc: Scan, s: number, n: number): boolean {
	const src = sc.text;
	const floor = Math.max(sc.floor, sc.lastEnd, s - 60);
	// The last item may be quoted (“放心消费、公平竞争、质量安全”三条主线) or a letter (A、B、C、D四类).
	const previous = src.charCodeAt(s - 1);
	const last = LIST_CLOSERS.has(previous) ? src.charCodeAt(s - 2) : previous;
	if (n < 2 || n > 10 || s - 1 < floor || last === C.deng || !(isCjk(last) || isLatinLetter(last))) {
		return false;
	}
	let commas = 0;
	let conjunction = 0;
	let firstComma = -1;
	let i = s - 1;
	let name = sc.out.length - 1;
	const base = sc.base;
	for (; i >= floor && !isClauseBoundary(src.charCodeAt(i)); i--) {
		// A name read on this line is one item, whatever it holds: 双随机、一公开检查两次 lists nothing.
		while (name >= 0 && sc.out[name].span.start - base > i) {
			name--;
		}
		if (name >= 0 && sc.out[name].span.end - base > i) {
			i = sc.out[name].span.start - base;
			name--;
			continue;
		}
		if (src.charCodeAt(i) === C.deng) {
			return false; // 宪法、民法典等法律法规学习两轮: 等 leaves the list open, so the numeral counts something else
		}
		if (src.charCodeAt(i) === C.dun) {
			commas++;
			firstComma = i;
		} else if (commas === 0 && conjunction === 0 && isConjunction(src, i)) {
			conjunction = 1;
		}
	}
	// 会前学法11次、专题讲座两场: a list whose first item ends in a number just read is a list of counts, which names
	// nothing. A count further back (分散在19个部门的职责整合为市场监管、…五支队伍) is not in the list.
	const afterCount = i < floor && floor === sc.lastEnd && sc.lastEnd > sc.floor && (firstComma < 0 || firstComma - sc.lastEnd <= MAX_ITEM_TAIL);
	return !afterCount && commas + conjunction >= 1 && commas + conjunction + 1 === n;
}

/**
 * 附件：1.2023年度统计表: an item number run into the year after it, not the decimal 1.2023. The number is a name; the
 * year is read on its own next.
 */
function itemBeforeYear(sc: Scan, s: number, n: ArabicNumber, after: number): boolean {
	if (after !== C.nian || n.decimals !== 4 || n.intDigits > 2) {
		return false;
	}
	const year = n.mantissa % 10000;
	if (year < 1900 || year > 2100) {
		return false;
	}
	const point = s + n.intDigits;
	emitName(sc, s, point + 1, (n.mantissa - year) / 10000, null);
	return true;
}

/**
 * A code that letters open (PM2.5, PM10, G107, ISO14001, V2.0): a name from its first letter to the end of its
 * letters, digits and points, never a count (PM2.5年均浓度 holds no 2.5年).
 */
function code(sc: Scan, s: number): boolean {
	const src = sc.text;
	const floor = Math.max(sc.floor, sc.consumed);
	let start = s;
	while (start > floor && isLatinLetter(src.charCodeAt(start - 1))) {
		start--;
	}
	let end = s;
	for (;;) {
		while (end < src.length && (arabicDigit(src.charCodeAt(end)) >= 0 || isLatinLetter(src.charCodeAt(end)) || (isDecimalPoint(src.charCodeAt(end)) && arabicDigit(src.charCodeAt(end + 1)) >= 0))) {
			end++;
		}
		// K123+450: a road's milepost, kilometres and metres joined by +.
		if (src.charCodeAt(end) === 0x2b && arabicDigit(src.charCodeAt(end + 1)) >= 0 && arabicDigit(src.charCodeAt(end - 1)) >= 0) {
			end++;
			continue;
		}
		break;
	}
	emitName(sc, start, end, nameValue(src, s, end), null);
	return true;
}

/** After a duration, a service-radius name: one of the known circles, or up to six more words before one (公共法律服务圈). */
function circleAfter(src: string, at: number): boolean {
	for (let k = 0; k <= MAX_CIRCLE_PREFIX && isCjk(src.charCodeAt(at + k)); k++) {
		if (CIRCLE.startingAt(src, at + k) !== null) {
			return true;
		}
	}
	return false;
}

const MAX_CIRCLE_PREFIX = 6;

/** Closing quotes and brackets that may end the last item of a list. */
const LIST_CLOSERS = new Set([...'”’」』》〉）)'].map((c) => c.charCodeAt(0)));

function isLatinLetter(c: number): boolean {
	return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** 十三届全国人大一次会议, and each of 市委六届二次、三次、四次全会: a session's name. */
function meeting(sc: Scan, q: Quantity): boolean {
	if ((q.unit as UnitEntry).text !== '次' || MEETING.startingAt(sc.text, afterSessionList(sc.text, q.end)) === null) {
		return false;
	}
	return lastIndexIn(sc.text, C.jie, Math.max(sc.floor, q.start - MAX_SESSION_LIST), q.start) >= 0;
}

/** How far before a session's number its 届 may stand (十三届全国人大一次会议, 六届二次、三次、四次全会). */
const MAX_SESSION_LIST = 16;

/** Where a list of further sessions after one (、三次、四次) ends, or `at` when none follows. */
function afterSessionList(src: string, at: number): number {
	let end = at;
	while (src.charCodeAt(end) === C.dun && end - at < MAX_SESSION_LIST) {
		let k = end + 1;
		while (isChineseNumeralChar(src.charCodeAt(k)) || arabicDigit(src.charCodeAt(k)) >= 0) {
			k++;
		}
		if (k === end + 1 || src.charCodeAt(k) !== 0x6b21) { // 次
			return at;
		}
		end = k + 1;
	}
	return end;
}

/** 每10万人, 每万元: the base of a rate, not a count. */
function perBase(sc: Scan, q: Quantity): boolean {
	return q.start - 1 >= Math.max(sc.floor, sc.consumed) && sc.text.charCodeAt(q.start - 1) === C.mei;
}

/** 二期工程, 开发区二期, 科创走廊一期建成投用: a project phase, not a count of terms. */
function phase(sc: Scan, q: Quantity): boolean {
	if ((q.unit as UnitEntry).text !== '期') {
		return false;
	}
	return PHASE_WORKS.some((word) => occursAt(sc.text, q.end, word)) || (q.start - 1 >= Math.max(sc.floor, sc.consumed) && PHASED.has(sc.text.charCodeAt(q.start - 1)));
}

/**
 * Places built in phases (开发区, 产业园, 物流港, 新城, 走廊, 二号线): a number of 期 right after one names a phase, as
 * one in brackets after a project's name does (安置房项目（一期）).
 */
const PHASED = new Set([...'区园港城站馆厂廊线（('].map((c) => c.charCodeAt(0)));
/** What is said of a phase right after it: its works, or their start and end (二期开工, 一期建成投用). */
const PHASE_WORKS = ['工程', '项目', '开工', '建成', '投用', '投产', '竣工', '扩建', '主体', '安置', '小区'];

function duration(sc: Scan, q: Quantity): void {
	const src = sc.text;
	const unitText = (q.unit as UnitEntry).text;
	const programme = unitText === '年' || unitText === '日' || unitText === '天' ? PROGRAMME.startingAt(src, q.end) : null;
	if (programme !== null) {
		q.end += programme.length; // 三年行动, 百日攻坚
		nameOf(sc, q);
		return;
	}
	// 第八个五年法治宣传教育规划: the years of a numbered five-year plan name it.
	if (unitText === '年' && NUMBERED_PLAN.test(src.slice(Math.max(sc.floor, q.start - 4), q.start))) {
		nameOf(sc, q);
		return;
	}
	// 应勇8日上午, 某市3月2日电: the day of a month in a news item's dateline, no span of days.
	if (unitText === '日' && DAY_OF_NEWS.test(src.slice(q.end, q.end + 2))) {
		nameOf(sc, q);
		return;
	}
	// 20211228日, 2023115日, 20231月1日: a date whose 年 (and 月) were lost in conversion, no span of days or months; the
	// day after such a month is the date's.
	if ((unitText === '日' && (runTogetherDate(src, q, RUN_TOGETHER_DATE) || (q.start - 1 >= sc.floor && src.charCodeAt(q.start - 1) === C.yue))) || (unitText === '月' && runTogetherDate(src, q, RUN_TOGETHER_MONTH))) {
		nameOf(sc, q);
		return;
	}
	// 5 天前, 3小时前 alone on a line: a web page's time of posting, no claim of the report.
	if (src.charCodeAt(q.end) === 0x524d && opensLine(sc, q.start) && src.slice(q.end + 1, sc.limit).trim() === '') {
		nameOf(sc, q);
		return;
	}
	if (unitText === '年' && src.charCodeAt(q.end) === C.ji2) {
		q.end++; // 三年级, 四至九年级: a grade of school, named with its 级
		q.unit = GRADE_UNIT;
		nameOf(sc, q);
		return;
	}
	if ((unitText === '年' && countsFiguresBefore(sc, q.numStart, q.value, true)) || circleAfter(src, q.end) || (q.ordinal && q.continuous < 0) || ageBand(src, q) || averagingWindow(src, q.end) || roundTheClock(src, q, unitText)) {
		nameOf(sc, q); // 三年级, 2023、2024两年, 15分钟生活圈, 15分钟公共法律服务圈, 第三年, 5岁以下儿童, 8小时滑动平均值, 24小时城市书房
		return;
	}
	const framed = framing(sc, q);
	if (q.continuous >= 0) {
		q.start = q.continuous;
	}
	if (framed) {
		emitQuantity(sc, q, 'duration', false, null, null);
	} else {
		claim(sc, q, (unitText === '天' || unitText === '日') && countsDays(sc, q) ? 'count' : 'duration');
	}
}

/** 24小时城市书房, 24小时自助图书馆: a place open round the clock is named by it; 24小时内办结 is a time limit. */
const OPEN_ROUND_THE_CLOCK = /^[\u4e00-\u9fa5]{0,5}?(?:书房|书屋|图书馆|自助|服务区|服务站|服务厅|便利店|药房|药店|驿站|超市|营业厅)/;

function roundTheClock(src: string, q: Quantity, unitText: string): boolean {
	return unitText === '小时' && q.value === 24 && q.qualifier === null && OPEN_ROUND_THE_CLOCK.test(src.slice(q.end, q.end + 8));
}

/**
 * 日最大8小时滑动平均值, 24小时平均浓度: the window of a statistic's name, not a span of time anyone spent. 平均 before a
 * verb is an adverb (由20个工作日平均压缩至5个工作日: the limit was cut on average).
 */
function averagingWindow(src: string, at: number): boolean {
	return occursAt(src, at, '滑动') || (occursAt(src, at, '平均') && !AVERAGE_DOING.test(src.slice(at + 2, at + 4)));
}

const AVERAGE_DOING = /^(?:每|压缩|缩短|减少|下降|降低|提高|提升|增加|增长|办结|完成|用时|节约|节省|提速|受理|处理)/;

/** After a count of days (优良天数338天, 重污染天气1天): days that met a test are counted, not a span of time. */
const DAY_COUNT_BEFORE = /(?:[天日]数|天气)(?:由上年的|由|从|达到|达|为|共计|共|有|是)?$/;
/** 由上年的19天减少到14天: the level a count of days changed to is a count of days too. */
const CHANGED_TO = /^(?:[\u4e00-\u9fa5]{0,3}(?:到|至))$/;

function countsDays(sc: Scan, q: Quantity): boolean {
	const previous = sc.out[sc.out.length - 1];
	if (previous !== undefined && previous.kind === 'count' && (previous.unit === '天' || previous.unit === '日')) {
		const between = sc.text.slice(previous.span.end - sc.base, q.start);
		if (CHANGED_TO.test(between)) {
			return true;
		}
	}
	return DAY_COUNT_BEFORE.test(sc.text.slice(Math.max(sc.floor, sc.consumed, q.start - 9), q.start));
}

/**
 * 5岁以下儿童死亡率, 60岁以上老年人, 0—6岁儿童: an age bound or band written right before the people it bounds names
 * them, it claims no age; 平均年龄45岁以下 at the end of its clause, and 18—35岁之间, are claims.
 */
function ageBand(src: string, q: Quantity): boolean {
	if (q.unit?.unit !== '岁') {
		return false;
	}
	// 60岁及以上人口: the bound joined by 及, as statistics bulletins write it.
	const joined = AGE_BOUND_JOINED.exec(src.slice(q.end, q.end + 3));
	const next = src.charCodeAt(q.end + (joined === null ? 0 : 3));
	return (joined !== null || q.qualifier === '以下' || q.qualifier === '以上' || q.valueMax !== null) && isCjk(next) && next !== C.de && next !== C.zhi;
}

const AGE_BOUND_JOINED = /^及以[上下]/;

/** The digits of a year, a month and a day run together before 日 (2024120日), or of a year and a month before 月. */
function runTogetherDate(src: string, q: Quantity, digitsOf: RegExp): boolean {
	const digits = String(q.value);
	return q.multiplier === 1 && src.startsWith(digits, q.numStart) && digitsOf.test(digits);
}

const RUN_TOGETHER_DATE = /^(?:19|20)\d\d(?:1[0-2]|0?[1-9])(?:3[01]|[12]\d|0?[1-9])$/;
const RUN_TOGETHER_MONTH = /^(?:19|20)\d\d(?:1[0-2]|0?[1-9])$/;

function changeRightBefore(sc: Scan, q: Quantity): boolean {
	const word = TRAILING_WORDS.endingAt(sc.text, q.start, Math.max(sc.floor, sc.consumed));
	return word !== null && CHANGE_SET.has(word);
}

/** 1类区, 2类声环境功能区: a zone's class designation (Arabic, as standards write it), not a count of classes. */
const MAX_ZONE_CLASS = 5;
const MAX_ZONE_NOUN = 6;

function zoneClass(src: string, q: Quantity, unitText: string, isChinese: boolean): boolean {
	if (unitText !== '类' || isChinese || q.value > MAX_ZONE_CLASS || q.qualifier !== null) {
		return false;
	}
	for (let i = q.end; i < q.end + MAX_ZONE_NOUN && isCjk(src.charCodeAt(i)); i++) {
		if (src.charCodeAt(i) === C.qu) {
			return true;
		}
	}
	return false;
}

/** A class or grade bound right before the things it bounds names them (三类以上班线客车), as an age band does. */
function tierBound(src: string, q: Quantity, unitText: string): boolean {
	const next = src.charCodeAt(q.end);
	return (unitText === '类' || unitText === '级') && (q.qualifier === '以上' || q.qualifier === '以下') && isCjk(next) && next !== C.de;
}

/**
 * 时间跨度近5年, 历时近3年, 由平均近200个工作日压减至…, 平均近30天办结: a length something took (or takes on average), with
 * 近 before it, is claimed, not the recent years that frame a sentence.
 */
const SPAN_MEASURED = /(?:跨度|历时|用时|耗时|持续|长达|为期|时长|平均|由|从|仅需|需要|需|缩短至|压缩至|压减至|减至|降至)(?:达|为)?近?$/;

/** 过去五年, 新的一年, 三年来, 近3年, 每3年: a period that frames the sentence rather than a length claimed. */
function framing(sc: Scan, q: Quantity): boolean {
	if (q.continuous >= 0) {
		return false;
	}
	if ((q.qualifier === '近' && !SPAN_MEASURED.test(sc.text.slice(Math.max(sc.floor, sc.consumed, q.start - 5), q.start))) || perBase(sc, q) || framingYear(sc, q) || openingPeriod(sc, q)) {
		return true;
	}
	const before = FRAME_BEFORE.endingAt(sc.text, q.start, Math.max(sc.floor, sc.consumed));
	// 作出决定后7个工作日内, 受理后3日内: a time limit counted from an event, not the latter part of a period;
	// 提前约3个月: how much earlier, not the first months of a period
	const limit = (before === '后' || before === '前') && sc.text.charCodeAt(q.end) === C.nei;
	const earlier = before === '前' && q.start - 2 >= Math.max(sc.floor, sc.consumed) && sc.text.charCodeAt(q.start - 2) === C.ti;
	if (before !== null && !limit && !earlier) {
		return true;
	}
	return FRAME_AFTER.startingAt(sc.text, q.end) !== null;
}

/**
 * 2024年是…的关键一年。, 极不平凡的五年: years ending a clause after 是 or 的 name a period, they measure nothing. Other
 * lengths after 的 are claimed (由法定的60个工作日压缩至20个工作日).
 */
function framingYear(sc: Scan, q: Quantity): boolean {
	if ((q.unit as UnitEntry).text !== '年' || !endsQuantity(sc.text.charCodeAt(q.end))) {
		return false;
	}
	const floor = Math.max(sc.floor, sc.consumed, q.start - 6);
	for (let i = q.start - 1; i >= floor && !isClauseBoundary(sc.text.charCodeAt(i)); i--) {
		const code = sc.text.charCodeAt(i);
		if (code === C.de || code === C.shi) {
			return true;
		}
	}
	// 2025年是全县发展承上启下重要一年: a clause that says what a year is, however long its attributes.
	// The year before 是 is a mention of its own, read already: the clause is read from its start, not from there.
	return A_YEAR_IS.test(sc.text.slice(clauseStart(sc.text, q.start, Math.max(sc.floor, q.start - MAX_YEAR_CLAUSE)), q.start));
}

const MAX_YEAR_CLAUSE = 40;

const A_YEAR_IS = /^\s*(?:[12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3}|今|明|去)年度?是/;

/**
 * 各位代表！五年的成绩来之不易, 一年的工作, 五年奋斗历程极不平凡, 回顾五年历程: years that open their clause (maybe after a
 * verb of looking back) with 的 or a noun after them (in words, two or more) name the time the sentence looks back on; a length claimed stands inside its clause
 * (用三年的时间), or is a limit (三年内, 两年以上).
 */
const LIMIT_AFTER_YEARS = new Set([...'内以之后前多余半左'].map((c) => c.charCodeAt(0)));

function openingPeriod(sc: Scan, q: Quantity): boolean {
	const next = sc.text.charCodeAt(q.end);
	if ((q.unit as UnitEntry).text !== '年' || !(next === C.de || (q.value >= 2 && chineseDigit(codeAt(sc, q.numStart)) >= 0 && isCjk(next) && !LIMIT_AFTER_YEARS.has(next)))) {
		return false;
	}
	let i = lastNonSpaceBefore(sc.text, q.start, sc.floor);
	// 回顾五年历程: a verb of looking back may open the clause before the years.
	if (i - 1 >= sc.floor && LOOKING_BACK.has(sc.text.slice(i - 1, i + 1))) {
		i = lastNonSpaceBefore(sc.text, i - 1, sc.floor);
	}
	return i < sc.floor || isClauseBoundary(sc.text.charCodeAt(i));
}

const LOOKING_BACK = new Set(['回顾', '回首', '回望', '纵观', '盘点']);

/** The index of the last character before `at`, from `floor` on, that is no space (U+0020, U+3000, tab); else floor - 1. */
function lastNonSpaceBefore(src: string, at: number, floor: number): number {
	let i = at - 1;
	while (i >= floor && (isInlineSpace(src.charCodeAt(i)) || src.charCodeAt(i) === 0x09)) {
		i--;
	}
	return i;
}

/** 分别增长5.5%、4.3%: a figure listed right after a change is a change too. */
function continuesChange(sc: Scan, q: Quantity): boolean {
	const previous = sc.out[sc.out.length - 1];
	if (previous === undefined || previous.kind !== 'rate_change' || previous.span.end - sc.base !== q.start - 1) {
		return false;
	}
	const joiner = sc.text.charCodeAt(q.start - 1);
	return joiner === C.dun || joiner === C.he;
}

function nameOf(sc: Scan, q: Quantity): void {
	emitQuantity(sc, q, 'ordinal-or-name', false, null, null);
}

function claim(sc: Scan, q: Quantity, kind: MentionKind): void {
	const label = labelOf(sc, q.start, followedByNoun(sc, q));
	emitQuantity(sc, q, kind, true, label, sc.labels);
}

function emitQuantity(sc: Scan, q: Quantity, kind: MentionKind, isClaim: boolean, label: string | null, labels: string[] | null): void {
	push(sc, q.start, q.end, q.value, q.valueMax, q.unit?.unit ?? null, q.qualifier, kind, isClaim, label, labels);
}

/** 组织15名律师, 开展4次“法律明白人”培训会: the counted noun follows the unit (not a verb: 近500人参加了培训). */
function followedByNoun(sc: Scan, q: Quantity): boolean {
	const code = sc.text.charCodeAt(q.end);
	if (code === C.leftQuote || code === C.leftTitle) {
		return true;
	}
	// 120万元整, 壹佰贰拾万元整: 整 closes an amount written in full, no noun. 提高0.5个百分点至65.3%, 资金500万元到位: 至 and 到
	// link the figure to what follows, no noun starts with them.
	if ((code === C.zheng && !isCjk(sc.text.charCodeAt(q.end + 1))) || code === C.zhi4 || code === C.dao) {
		return false;
	}
	return isCjk(code) && !isConjunction(sc.text, q.end) && VERB_WORDS.startingAt(sc.text, q.end) === null;
}

// ---------------------------------------------------------------------------------------------------------------
// Labels: the phrase counted, from the words before the number within its clause.

const LABEL_WINDOW = 32;

/** The label of the figure starting at `start`; sets `sc.labels` (distributive claims) and `sc.change`. */
/** `level`: the figure is a share, which a change verb a few characters before makes a change (see changedBefore). */
function labelOf(sc: Scan, start: number, nounFollows: boolean, level = false): string | null {
	if (sc.cellLabel !== undefined) {
		sc.change = sc.cellSigned;
		sc.labels = null;
		return sc.cellLabel;
	}
	const src = sc.text;
	let floor = Math.max(sc.floor, sc.lastEnd, start - LABEL_WINDOW);
	if (floor === sc.lastEnd && floor > sc.floor) {
		// 贰万元整、…罚款壹万伍仟元: the 整 that closed the last amount is none of this one's words.
		floor += src.charCodeAt(floor) === C.zheng && !isCjk(src.charCodeAt(floor + 1)) ? 1 : AFTER_DATE.startingAt(src, floor, start)?.length ?? 0;
	}
	let end = start;
	let change = false;
	let reached = false;
	let distributive = false;
	let respectively = false;
	let modifier = false;
	for (let word = trailingWord(src, end, floor); word !== null; word = trailingWord(src, end, floor)) {
		if (CHANGE_SET.has(word)) {
			change = change || !reached;
		} else if (word === '到' || word === '至') {
			reached = true;
		} else if (DISTRIBUTIVE_SET.has(word)) {
			distributive = true;
		} else if (word === '分别') {
			respectively = true;
		}
		modifier = modifier || (word === '的' && end === start);
		end -= word.length;
	}
	sc.change = change || CHANGE_NOUN_WORDS.endingAt(src, end, floor) !== null;
	sc.labels = null;
	// 报备率、及时率、规范率达100%: rates listed before one figure each reach it, 均 or not (no rate is a sum of others);
	// 分别 gives each its own figure.
	const rates = !distributive && !respectively && end > floor && src.charCodeAt(end - 1) === C.lv && lastIndexIn(src, C.dun, clauseStart(src, end, floor), end) >= 0;
	if (distributive || rates) {
		const labels = listItems(src, clauseStart(src, end, floor), end);
		if (labels.length >= 2 && (distributive || labels.every((item) => item.endsWith('率')))) {
			sc.labels = labels;
			return labels.join('、');
		}
	}
	// 发现处罚程序明显不当的1家行政单位: the words before the number modify the noun after it.
	// 发案数（↓28.6%）, 立案1234起（同比-6.7%）: a bracket opened right before the figure is no part of its label; the words
	// before the bracket are, unless they end in another figure, whose change this one is.
	if (end > floor && isOpenParen(src.charCodeAt(end - 1))) {
		end--;
		if (end > floor && !isCjk(src.charCodeAt(end - 1))) {
			return null;
		}
		if (end > floor && (FIRST[src.charCodeAt(end - 1)] & UNIT_WORDS.bit) !== 0 && lastDigitBefore(src, end, floor)) {
			return null;
		}
	}
	// 纠错(含撤销、确认违法)29件: an aside saying what the noun takes in, right before the figure, is no part of the label.
	if (end === start && end > floor && isCloseBracket(src.charCodeAt(end - 1))) {
		const open = inclusionAside(src, end - 1, Math.max(sc.floor, start - LABEL_WINDOW));
		if (open > floor) {
			end = open;
		}
	}
	// 居民消费价格指数（上年=100）为100.3: a bracketed aside between the noun and the word that links it to its figure is no
	// part of the label (示范村（社区）74个, with no word between, keeps its bracket).
	if (end < start && end > floor && isCloseBracket(src.charCodeAt(end - 1))) {
		// A date in the aside (定基指数（2020年=100）) is no floor: the aside's words are not read, those before it are, back to
		// the figure before the aside.
		const lowest = Math.max(sc.floor, start - LABEL_WINDOW);
		const open = asideStart(src, end - 1, lowest);
		if (open > lowest && isCjk(src.charCodeAt(open - 1))) {
			end = open;
			floor = floor > open ? Math.max(lowest, endBefore(sc, open)) : floor;
		}
	}
	const label = modifier && nounFollows ? null : phraseBefore(src, floor, end, nounFollows);
	if (level && label !== null && !sc.change && !reached) {
		sc.change = changedBefore(src, end, floor);
	}
	if (label === null && reached && end <= floor && floor === sc.lastEnd) {
		// 城镇化率提高0.5个百分点至65.3%, 由63.2%提高到65.3%: the level the figure before changed to measures what that one did.
		return lastLabel(sc);
	}
	// 30万新录用公务员、52万行政执法人员: after 、 a figure opens the next item, its noun after it.
	if (label === null || PREPOSITION.startingAt(label, 0) === label || (nounFollows && label.endsWith('、'))) {
		return null;
	}
	return withoutFrom(label);
}

/** The label of the last figure read in this scan (names and dates aside). */
function lastLabel(sc: Scan): string | null {
	for (let k = sc.out.length - 1; k >= 0; k--) {
		if (sc.out[k].kind !== 'ordinal-or-name' && sc.out[k].kind !== 'date') {
			return sc.out[k].label;
		}
	}
	return null;
}

/** 城镇化率由63.2%: the 由 (or 从) that opens where a change starts from is no part of what is measured; 理由, 自由 are words. */
function withoutFrom(label: string | null): string | null {
	if (label === null || label.length < 3) {
		return label;
	}
	const last = label.charCodeAt(label.length - 1);
	return (last === 0x7531 || last === 0x4ece) && !FROM_WORD_STARTS.has(label.charCodeAt(label.length - 2)) ? label.slice(0, -1) : label; // 由 从
}

/** 理由 自由 事由 缘由 来由 经由 服从 随从 跟从 听从 盲从 主从 无从: words that end in 由 or 从. */
const FROM_WORD_STARTS = new Set([...'理自事缘来经服随跟听盲主无'].map((c) => c.charCodeAt(0)));

/** Whether a unit ending at `end` follows a figure (1234起): a digit stands right before its one or two characters. */
function lastDigitBefore(src: string, end: number, floor: number): boolean {
	return (end - 2 >= floor && arabicDigit(src.charCodeAt(end - 2)) >= 0) || (end - 3 >= floor && arabicDigit(src.charCodeAt(end - 3)) >= 0);
}

/** The longest thing a change verb may name before its figure (减少办事环节62%, 压减一般性支出5%以上). */
const MAX_CHANGED_NOUN = 8;

/**
 * Whether a change verb of two characters or more stands a few characters before `end`, in the same clause: the
 * figure is how much the thing named between changed (减少审批环节40%).
 */
function changedBefore(src: string, end: number, floor: number): boolean {
	for (let at = end - 1; at > floor && end - at <= MAX_CHANGED_NOUN && !isClauseBoundary(src.charCodeAt(at - 1)); at--) {
		const c = src.charCodeAt(at);
		if (c === C.dao || c === C.zhi4 || c === C.de) {
			return false; // 压缩至法定时限的40%: the level reached; 对经济增长的贡献率: the verb names what the noun is of
		}
		const verb = TRAILING_WORDS.endingAt(src, at, floor);
		if (verb !== null && verb.length >= 2 && CHANGE_SET.has(verb) && !CHANGE_NOUN_ENDS.has(src.charCodeAt(at))) {
			return true;
		}
	}
	return false;
}

/** After a change verb, these make it a noun (增加值, 降低率, 增长额): no change is said. */
const CHANGE_NOUN_ENDS = new Set([...'值率额量幅速度数'].map((c) => c.charCodeAt(0)));

function clauseStart(src: string, end: number, floor: number): number {
	let at = end;
	while (at > floor && !isClauseBoundary(src.charCodeAt(at - 1))) {
		at--;
	}
	return at;
}

/** What stops the backward read of `phraseBefore` at a character: one table read for the common character that stops nothing. */
const STOP_CLAUSE = 1;
const STOP_DENG = 2;
const STOP_VERB = 3;
const LABEL_STOPS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
	// A tag's closing > ends the words a label is read from (加强领导<br/>召开会议5次).
	LABEL_STOPS[c] = isClauseBoundary(c) || c === 0x3e ? STOP_CLAUSE : c === C.deng ? STOP_DENG : (LAST[c] & VERB_WORDS.bit) !== 0 ? STOP_VERB : 0;
}

/** Where the last figure other than a name that ends by `at` ends (as Scan.lastEnd would have been there), or -1. */
function endBefore(sc: Scan, at: number): number {
	for (let k = sc.out.length - 1; k >= 0; k--) {
		const m = sc.out[k];
		const end = m.span.end - sc.base;
		if (end <= at && m.kind !== 'ordinal-or-name') {
			return end + (AFTER_DATE.startingAt(sc.text, end, at)?.length ?? 0);
		}
	}
	return -1;
}

/** Where the bracket closed at `close` opened, in the same clause and after `floor`; -1 when it did not. */
function asideStart(src: string, close: number, floor: number): number {
	for (let i = close - 1; i >= floor; i--) {
		const c = src.charCodeAt(i);
		if (isOpenParen(c)) {
			return i;
		}
		if (isClauseBoundary(c) || isCloseBracket(c)) {
			return -1;
		}
	}
	return -1;
}

/** The opening bracket of an aside closed at `close` that opens with 含/包括/不含/其中 (what a total takes in), else -1. */
function inclusionAside(src: string, close: number, floor: number): number {
	for (let i = close - 1; i >= floor; i--) {
		const c = src.charCodeAt(i);
		if (isOpenParen(c)) {
			INCLUSION.lastIndex = i + 1;
			return INCLUSION.test(src) ? i : -1;
		}
		if (c === 0x3002 || c === 0xff1b || isCloseBracket(c)) {
			return -1;
		}
	}
	return -1;
}

const INCLUSION = /含|包括|不含|其中/y;

/** A link or change word ending at `at`, unless it closes a longer word (行为, 收到, 人均). */
function trailingWord(src: string, at: number, floor: number): string | null {
	const word = TRAILING_WORDS.endingAt(src, at, floor);
	if (word === null || word.length > 1) {
		return word;
	}
	return LINK_GUARD.endingAt(src, at, floor) === null ? word : null;
}

/** 审结率、备案率、及时率 → each rate. */
function listItems(src: string, begin: number, end: number): string[] {
	const items: string[] = [];
	let itemStart = begin;
	for (let i = begin; i <= end; i++) {
		if (i === end || src.charCodeAt(i) === C.dun || (isConjunction(src, i) && i > itemStart)) {
			const item = phraseBefore(src, itemStart, i, false);
			if (item !== null) {
				items.push(item);
			}
			itemStart = i + 1;
		}
	}
	return items;
}

/**
 * Whether the verb starting at `start` is one when the words are read from the left: verbs that share a character with
 * the one before them (审结 | 结案 | 案件, 核查 | 查办 | 办结) are read as the first, the third, …, so 审结案件 is 审结 with
 * its object 案件 and 核查办结 is 核查 then 办结.
 */
function readsAsVerb(src: string, start: number, floor: number): boolean {
	let overlapping = 0;
	for (let at = start + 1, word = VERB_WORDS.endingAt(src, at, floor); word !== null && word.length > 1; word = VERB_WORDS.endingAt(src, at, floor)) {
		overlapping++;
		at -= word.length - 1;
	}
	return overlapping % 2 === 0;
}

/**
 * The noun phrase before the number, read backwards from it in one pass: what follows the last verb
 * (依法处理|政府信息公开申请55件); the activity when a verb ends the clause (开展|行政执法大检查1次, 不予受理6件); the
 * head noun after 等; else the clause after its scope words.
 */
function phraseBefore(src: string, floor: number, to: number, nounFollows: boolean): string | null {
	let end = to;
	let activity = false;
	for (let at = end; ; at--) {
		const stop = at <= floor ? STOP_CLAUSE : LABEL_STOPS[src.charCodeAt(at - 1)];
		if (stop === 0) {
			continue;
		}
		if (stop === STOP_CLAUSE) {
			return nounFollows ? null : sliceAfterScope(src, at, end);
		}
		if (stop === STOP_DENG) {
			if (inDengWord(src, at - 1)) {
				continue; // 等待时长, 平等, 等级: 等 in a word, no end of a list
			}
			if (at !== end || activity) {
				return sliceAfterScope(src, at, end);
			}
			if (nounFollows) {
				return null;
			}
			end--; // 涉法涉诉案件、矛盾纠纷化解等20余件: the list itself is counted
			continue;
		}
		const verb = VERB_WORDS.endingAt(src, at, floor);
		if (verb === null || isNominalised(src, at) || !readsAsVerb(src, at - verb.length, floor)) {
			continue;
		}
		if (activity) {
			return sliceAfterScope(src, at, end);
		}
		const object = skipWords(COMPLEMENT, src, at, end);
		if (object < end) {
			return sliceAfterScope(src, nounFollows ? afterPreposition(src, object, end) : object, end);
		}
		if (nounFollows) {
			return null;
		}
		activity = true;
		at -= verb.length - 1;
	}
}

/**
 * 等 at `at` is part of a word (等待, 等候, 等级, 平等, 同等, 对等, 均等, 相等), not the 等 that ends a list. Not 中等, 高等:
 * 小学、初中、高中等各类学校 ends a list.
 */
function inDengWord(src: string, at: number): boolean {
	const next = src.charCodeAt(at + 1);
	const previous = src.charCodeAt(at - 1);
	return next === 0x5f85 || next === 0x5019 || next === 0x7ea7 || DENG_WORD_STARTS.has(previous); // 待 候 级
}

const DENG_WORD_STARTS = new Set([...'平同对均相'].map((c) => c.charCodeAt(0)));

function sliceAfterScope(src: string, start: number, end: number): string | null {
	const from = skipLeading(src, start, end);
	let to = end;
	while (to > from && isMarkup(src, to - 1)) {
		to--; // **办结率**达100%
	}
	return from < to ? src.slice(from, to) : null;
}

function isNominalised(src: string, at: number): boolean {
	if (NOMINAL.startingAt(src, at) !== null) {
		return true;
	}
	const complement = COMPLEMENT.startingAt(src, at);
	return complement !== null && NOMINAL.startingAt(src, at + complement.length) !== null;
}

/** Skips a run of `words` from `start`; returns the first index after them. */
function skipWords(words: WordList, src: string, start: number, end: number): number {
	let at = start;
	for (let word = words.startingAt(src, at, end); word !== null; word = words.startingAt(src, at, end)) {
		at += word.length;
	}
	return at;
}

/** Skips scope words and joining words (和 in 和全面清理1次, but not in 和谐) at the start of a phrase. */
/** A run-in item's number (三要, 二是) or a bracketed one ((3), （3）) opening a clause. */
const ITEM_OPENER = /[一二三四五六七八九十]{1,3}[是要](?![否为非求素点件])|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]/y;

function skipLeading(src: string, start: number, end: number): number {
	let at = start;
	for (;;) {
		if (at < end && (isBlankChar(src.charCodeAt(at)) || isMarkup(src, at) || src.charCodeAt(at) === 0xff09 || src.charCodeAt(at) === 0x29)) {
			at++; // the indent, list bullet or bold of a line whose first clause is the label; a bracket closed before it
			continue;
		}
		if (isTaskBox(src, at, end)) {
			at += 3; // - [x] 完成案卷评查12件: a Markdown task's box
			continue;
		}
		ITEM_OPENER.lastIndex = at;
		if (ITEM_OPENER.test(src) && ITEM_OPENER.lastIndex < end) {
			at = ITEM_OPENER.lastIndex; // 三要将…时限, （3）简易注销…时间: an item's number before its words
			continue;
		}
		let word = SCOPE.startingAt(src, at, end);
		// 共享数据, 共建平台: 共 starting a word is no scope word (全年共享 keeps 共享).
		if (word !== null && word.endsWith('共') && COMMON_WORD_ENDS.has(src.charCodeAt(at + word.length))) {
			word = word.length > 1 ? word.slice(0, -1) : null;
		}
		if (word !== null) {
			at += word.length;
		} else if (at < end && isConjunction(src, at)) {
			at++;
		} else {
			return at;
		}
	}
}

/** [ ], [x] or [X] at `at`: a Markdown task's box. */
function isTaskBox(src: string, at: number, end: number): boolean {
	const c = src.charCodeAt(at + 1);
	return at + 3 <= end && src.charCodeAt(at) === 0x5b && src.charCodeAt(at + 2) === 0x5d && (c === 0x20 || c === 0x78 || c === 0x58);
}

/** What makes a word of 共 (共享, 共建, 共同, 共治, 共商, 共用, 共担). */
const COMMON_WORD_ENDS = new Set([...'享建同治商用担'].map((c) => c.charCodeAt(0)));

/** Markdown around a label: `**` or `__`, or a list bullet (`- `, `+ `) before a space. */
function isMarkup(src: string, at: number): boolean {
	const c = src.charCodeAt(at);
	return c === 0x2a || c === 0x5f || ((c === 0x2d || c === 0x2b) && isBlankChar(src.charCodeAt(at + 1)));
}

function afterPreposition(src: string, start: number, end: number): number {
	for (let at = end - 1; at >= start; at--) {
		if (PREPOSITION.startingAt(src, at, at + 1) !== null && LINK_GUARD.endingAt(src, at + 1, start) === null) {
			return at + 1;
		}
	}
	return start;
}
