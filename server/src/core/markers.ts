import { isBlankChar, isCjk } from './lines';
import { arabicDigit, chineseNumeralValue } from './numerals';
import type { Marker, MarkerStyle, MarkerWidth } from './types';

/**
 * Enumeration markers of Chinese official writing (GB/T 9704: 一、 （一） 1. （1）), plus the forms real reports
 * use. Read by hand from the first character rather than by a list of regular expressions: nearly every paragraph
 * starts with a candidate character (一, a digit, a bracket), and trying the expressions one by one cost a call and a
 * match array each.
 *
 * | style        | form                                  |
 * | ------------ | ------------------------------------- |
 * | cn-dun       | 一、 (one to three of 一…十), not 一、二季度 |
 * | cn-paren     | （一） (一)                            |
 * | cn-shi       | 一是, not before 否 为 非               |
 * | cn-yao       | 一要, before a character other than 求 素 点 件 |
 * | part         | 第一部分 第一章 第一节 第一篇            |
 * | arabic-paren | （1） (1) (one or two digits)          |
 * | arabic-dun   | 1、 not before a digit                 |
 * | arabic-dot   | 1. 1． 1﹒ not before a digit, dot or % |
 * | arabic-decimal | 1.1 1.2.3 1．3 (an outline's number), and a bare 1 before a title line's text |
 * | circled      | ① … ⑳ (and ❶ ➀ ➊ ⓵)                   |
 * | bullet       | —— ［1］                               |
 *
 * ㈠ ⑴ ⒈, numbers set as one character, count as （一） （1） 1. do (see ENCLOSED).
 *
 * An Arabic marker is never followed by a digit, 年 or a unit sign, so 2020年， and 1.85亿元 are not markers.
 */

/** The enumeration marker that starts at `from` in `text`, if any. `base` turns the index into a document offset. */
export function matchMarker(text: string, from: number, base: number): Marker | undefined {
	return readMarker(text, from, base) ?? spacedMarker(text, from, base);
}

/** A space, half or full width, that a PDF's text extraction puts inside a marker. */
function isSpace(c: number): boolean {
	return c === 0x20 || c === 0x3000;
}

const SPACED_DUN = /([一二三四五六七八九十]{1,3})[ \u3000]、/y;
const SPACED_PAREN = /([（(])[ \u3000]?([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[ \u3000]?([）)])/y;
const SPACED_DOT = /([0-9０-９]{1,2})[ \u3000]([.．])(?=[ \u3000]*[\u4e00-\u9fff“《])/y;

/**
 * 一 、, （ 一 ）, ( 二 ), 1 . 完善…, ２ ． 加强…: a marker a PDF's text extraction spaced out, recorded as written. Only
 * tried where the plain reading found none and a space follows the first character or the bracket.
 */
function spacedMarker(text: string, from: number, base: number): Marker | undefined {
	const first = text.charCodeAt(from);
	const paren = first === 0xff08 || first === 0x28;
	if (!isSpace(text.charCodeAt(from + 1)) && !(paren || isSpace(text.charCodeAt(from + 2)) || isSpace(text.charCodeAt(from + 3)))) {
		return undefined;
	}
	if (paren) {
		SPACED_PAREN.lastIndex = from;
		const m = SPACED_PAREN.exec(text);
		if (!m || !m[0].slice(1, -1).match(/[ \u3000]/)) {
			return undefined;
		}
		const cn = isMarkerNumeral(m[2].charCodeAt(0));
		const ordinal = cn ? cnOrdinal(m[2], 0, m[2].length) : arabicInt(m[2], 0, m[2].length);
		const width = bracketWidth(first === 0xff08 ? 'full' : 'half', m[3].charCodeAt(0));
		return ordinal !== null && ordinal > 0 ? marker(text, from, from + m[0].length, base, cn ? 'cn-paren' : 'arabic-paren', width, ordinal) : undefined;
	}
	if (isMarkerNumeral(first)) {
		SPACED_DUN.lastIndex = from;
		const m = SPACED_DUN.exec(text);
		const ordinal = m ? cnOrdinal(m[1], 0, m[1].length) : null;
		return m && ordinal !== null && !pairsWithNext(text, from + m[0].length, ordinal) ? marker(text, from, from + m[0].length, base, 'cn-dun', 'none', ordinal) : undefined;
	}
	if (isArabicDigit(first)) {
		SPACED_DOT.lastIndex = from;
		const m = SPACED_DOT.exec(text);
		const ordinal = m ? arabicInt(m[1], 0, m[1].length) : 0;
		return m && ordinal > 0 ? marker(text, from, from + m[0].length, base, 'arabic-dot', m[2] === '．' ? 'full' : 'half', ordinal) : undefined;
	}
	return undefined;
}

function readMarker(text: string, from: number, base: number): Marker | undefined {
	const first = text.charCodeAt(from);
	if (isMarkerNumeral(first)) {
		return cnMarker(text, from, base);
	}
	if (arabicDigit(first) >= 0) {
		return arabicMarker(text, from, base);
	}
	switch (first) {
		case 0xff08: // （
		case 0x28: // (
			return parenMarker(text, from, base, first === 0xff08 ? 'full' : 'half');
		case 0x7b2c: // 第
			return partMarker(text, from, base);
		case 0x2014: { // —, two or more (———主要指标…: a bullet typed with three)
			const dashes = runOf(text, from, MAX_BULLET_DASHES, (c) => c === 0x2014);
			return dashes >= 2 ? marker(text, from, from + dashes, base, 'bullet', 'none', 0) : undefined;
		}
		case 0xff3b: { // ［
			const digits = runOf(text, from + 1, MAX_ARABIC, isArabicDigit);
			return digits > 0 && text.charCodeAt(from + 1 + digits) === 0xff3d ? marker(text, from, from + digits + 2, base, 'bullet', 'none', arabicInt(text, from + 1, from + 1 + digits)) : undefined;
		}
		default: {
			const block = enclosedBlock(first);
			return block ? marker(text, from, from + 1, base, block.style, 'none', first - block.first + 1) : undefined;
		}
	}
}

/** A run of numbers each set as one character, counting up from `first`. */
interface EnclosedBlock {
	first: number;
	count: number;
	style: MarkerStyle;
}

/**
 * Numbers set as one character, as input methods' symbol tables and Word give them: ㈠ for （一）, ⑴ for （1）, ⒈ for 1.,
 * and beside ① the circled forms of web and WeChat articles (❶ ➀ ➊ ⓵). Each counts in the style of the form it stands
 * for; its width is none, as it has no brackets or point of its own to be full or half.
 */
const ENCLOSED: readonly EnclosedBlock[] = [
	{ first: 0x2460, count: 20, style: 'circled' }, // ① … ⑳
	{ first: 0x2474, count: 20, style: 'arabic-paren' }, // ⑴ … ⒇
	{ first: 0x2488, count: 20, style: 'arabic-dot' }, // ⒈ … ⒛
	{ first: 0x24f5, count: 10, style: 'circled' }, // ⓵ … ⓾
	{ first: 0x2776, count: 10, style: 'circled' }, // ❶ … ❿
	{ first: 0x2780, count: 10, style: 'circled' }, // ➀ … ➉
	{ first: 0x278a, count: 10, style: 'circled' }, // ➊ … ➓
	{ first: 0x3220, count: 10, style: 'cn-paren' }, // ㈠ … ㈩
];

function enclosedBlock(code: number): EnclosedBlock | undefined {
	// Outside ① … ㈩ no character is one of them: the common case (a CJK character) costs two comparisons.
	if (code < 0x2460 || code > 0x3229) {
		return undefined;
	}
	for (const block of ENCLOSED) {
		if (code >= block.first && code < block.first + block.count) {
			return block;
		}
	}
	return undefined;
}

/** ① ⑴ ⒈ ㈠ …: a number set as one character, with no digit in it. */
export function isEnclosed(marker: Marker): boolean {
	return marker.text.length === 1 && enclosedBlock(marker.text.charCodeAt(0)) !== undefined;
}

/**
 * A one-character marker (① ⑴ ⒈ ㈠ …) rewritten with another ordinal in its own set: ③ from ①, ㈢ from ㈠. Null when
 * the set has no character for it (㉑ is no ㈠ form); undefined when `sample` is no such marker.
 */
export function enclosedWithOrdinal(sample: string, ordinal: number): string | null | undefined {
	const block = sample.length === 1 ? enclosedBlock(sample.charCodeAt(0)) : undefined;
	if (!block) {
		return undefined;
	}
	return ordinal >= 1 && ordinal <= block.count ? String.fromCharCode(block.first + ordinal - 1) : null;
}
/** Marker numerals are one to three of 一…十, and Arabic ones one or two digits. */
const MAX_CN = 3;
const MAX_ARABIC = 2;

/** 一、 一是 一要. */
function cnMarker(text: string, from: number, base: number): Marker | undefined {
	const n = runOf(text, from, MAX_CN, isMarkerNumeral);
	const next = text.charCodeAt(from + n);
	const after = text.charCodeAt(from + n + 1);
	let style: MarkerStyle;
	if (next === 0x3001) { // 、
		style = 'cn-dun';
	} else if (next === 0x662f && after !== 0x5426 && after !== 0x4e3a && after !== 0x975e) { // 是, not 是否 是为 是非
		style = 'cn-shi';
	} else if (next === 0x8981 && from + n + 1 < text.length && after !== 0x6c42 && after !== 0x7d20 && after !== 0x70b9 && after !== 0x4ef6) {
		style = 'cn-yao'; // 要 needs a character after it, and not one that makes a word (要求 要素 要点 要件)
	} else {
		return undefined;
	}
	const ordinal = cnOrdinal(text, from, from + n);
	if (n === 0 || ordinal === null || (style === 'cn-dun' && pairsWithNext(text, from + n + 1, ordinal))) {
		return undefined;
	}
	return marker(text, from, from + n + 1, base, style, 'none', ordinal);
}

/** What two numerals in a row count or name (一、二季度, 二、三审, 三、四年级, 一、二线城市, 一、二等奖). */
const PAIRED_NOUNS = new Set([...'季月审级类产线星档批期轮号代等个项次年胎'].map((c) => c.charCodeAt(0)));

/**
 * 一、二季度，全区…: the numeral after 、 is the next one, and a noun both count follows it: a pair of numerals opening
 * the sentence, not a marker. (一、二〇二四年工作回顾 and 三、四风问题 stay markers.)
 */
function pairsWithNext(text: string, at: number, ordinal: number): boolean {
	return isMarkerNumeral(text.charCodeAt(at)) && cnOrdinal(text, at, at + 1) === ordinal + 1 && PAIRED_NOUNS.has(text.charCodeAt(at + 1));
}

/** （一） (一) （1） (1): full width when both brackets are, so a mistyped （三) stands out among （一）（二）. */
function parenMarker(text: string, from: number, base: number, opening: MarkerWidth): Marker | undefined {
	const cn = runOf(text, from + 1, MAX_CN, isMarkerNumeral);
	if (cn > 0) {
		const ordinal = cnOrdinal(text, from + 1, from + 1 + cn);
		const close = text.charCodeAt(from + 1 + cn);
		return ordinal !== null && isCloseParen(close) ? marker(text, from, from + cn + 2, base, 'cn-paren', bracketWidth(opening, close), ordinal) : undefined;
	}
	const digits = runOf(text, from + 1, MAX_ARABIC, isArabicDigit);
	const close = text.charCodeAt(from + 1 + digits);
	if (digits === 0 || !isCloseParen(close)) {
		return undefined;
	}
	const ordinal = arabicInt(text, from + 1, from + 1 + digits);
	return ordinal > 0 ? marker(text, from, from + digits + 2, base, 'arabic-paren', bracketWidth(opening, close), ordinal) : undefined;
}

function bracketWidth(opening: MarkerWidth, close: number): MarkerWidth {
	return opening === 'full' && close === 0xff09 ? 'full' : 'half';
}

/** 第一部分 第一章 第一节 第一篇. */
function partMarker(text: string, from: number, base: number): Marker | undefined {
	const n = runOf(text, from + 1, MAX_CN, isMarkerNumeral);
	const ordinal = cnOrdinal(text, from + 1, from + 1 + n);
	if (n === 0 || ordinal === null) {
		return undefined;
	}
	const at = from + 1 + n;
	const noun = text.charCodeAt(at);
	const length = noun === 0x90e8 && text.charCodeAt(at + 1) === 0x5206 ? 2 : noun === 0x7ae0 || noun === 0x8282 || noun === 0x7bc7 ? 1 : 0; // 部分 章 节 篇
	return length > 0 ? marker(text, from, at + length, base, 'part', 'none', ordinal) : undefined;
}

/** A bullet of dashes holds no more than this many. */
const MAX_BULLET_DASHES = 4;

/** 1、 1. 1．, never before what would make the digits a decimal, a list of figures or a share. */
function arabicMarker(text: string, from: number, base: number): Marker | undefined {
	const n = runOf(text, from, MAX_ARABIC, isArabicDigit);
	const ordinal = n > 0 ? arabicInt(text, from, from + n) : 0;
	if (ordinal === 0) {
		return undefined;
	}
	const sign = text.charCodeAt(from + n);
	const after = text.charCodeAt(from + n + 1);
	if ((sign === 0x2e || sign === 0xff0e || sign === 0xfe52) && isArabicDigit(after)) {
		const outline = decimalMarker(text, from, base);
		if (outline) {
			return outline;
		}
	}
	// 01 存在的不足 (a web page's big number before its title) is set in no outline's way.
	if ((sign === 0x20 || sign === 0x3000) && arabicDigit(text.charCodeAt(from)) !== 0) {
		return bareNumberMarker(text, from, from + n, base, ordinal);
	}
	if (sign === 0x3001 && !isArabicDigit(after)) { // 、
		return marker(text, from, from + n + 1, base, 'arabic-dun', 'none', ordinal);
	}
	// 1\. 深化改革: the point escaped, as pandoc writes a numbered paragraph it keeps from being read as a Markdown list.
	if (sign === 0x5c && after === 0x2e && !isArabicDigit(text.charCodeAt(from + n + 2))) {
		return marker(text, from, from + n + 2, base, 'arabic-dot', 'half', ordinal);
	}
	// 1﹒: the small full stop of a CJK font, as some IMEs type the point.
	const fullDot = sign === 0xff0e || sign === 0xfe52;
	if ((sign === 0x2e || fullDot) && !isArabicDigit(after) && after !== 0x2e && after !== 0xff0e && after !== 0x25 && after !== 0xff05) {
		return marker(text, from, from + n + 1, base, 'arabic-dot', fullDot ? 'full' : 'half', ordinal);
	}
	if ((sign === 0x2e || fullDot) && isArabicDigit(after) && (opensWithWholeCount(text, from + n + 1) || opensWithYear(text, from + n + 1))) {
		return marker(text, from, from + n + 1, base, 'arabic-dot', fullDot ? 'full' : 'half', ordinal);
	}
	return undefined;
}

/** An outline number has at most this many parts (1.2.3.4). */
const MAX_DECIMAL_PARTS = 4;
/** After a blank, what makes a number with one point a spaced-out decimal (1.2 万件, 98.6 %) rather than 1.2's title. */
const DECIMAL_FOLLOWERS = new Set([...'万亿千百倍个%％‰'].map((c) => c.charCodeAt(0)));

/**
 * 1.1 健全制度体系, 1.2.3推进…, 1．3 强化监督, 1.1.完善…: a decimal outline's number, whose depth is its number of parts and whose
 * ordinal is the last part. One point then a blank and a title, or two points or more: 1.85亿元 and 98.6% are decimals,
 * and no decimal has two points. A point after the last part (Word's list numbering) is the number's.
 */
function decimalMarker(text: string, from: number, base: number): Marker | undefined {
	let at = from;
	let parts = 0;
	let last = 0;
	let full = false;
	for (;;) {
		const n = runOf(text, at, MAX_ARABIC, isArabicDigit);
		last = n > 0 ? arabicInt(text, at, at + n) : 0;
		if (last === 0) {
			return undefined;
		}
		parts++;
		at += n;
		const sign = text.charCodeAt(at);
		if ((sign !== 0x2e && sign !== 0xff0e) || !isArabicDigit(text.charCodeAt(at + 1)) || parts === MAX_DECIMAL_PARTS) {
			break;
		}
		full ||= sign === 0xff0e;
		at++;
	}
	// 1.1. 完善制度: a point after the last part, as Word's list numbering writes it, belongs to the number.
	const end = text.charCodeAt(at);
	const pointed = (end === 0x2e || end === 0xff0e) && !isArabicDigit(text.charCodeAt(at + 1));
	if (pointed) {
		full ||= end === 0xff0e;
		at++;
	}
	const next = text.charCodeAt(at);
	const blank = next === 0x20 || next === 0x3000;
	let word = at;
	while (text.charCodeAt(word) === 0x20 || text.charCodeAt(word) === 0x3000) {
		word++;
	}
	const first = text.charCodeAt(word);
	const opensTitle = isCjk(first) || first === 0x201c || first === 0x300a; // “ 《
	if (parts < 2 || !opensTitle || DECIMAL_FOLLOWERS.has(first) || (parts === 2 && !blank && !pointed)) {
		return undefined;
	}
	return marker(text, from, at, base, 'arabic-decimal', full ? 'full' : 'half', last);
}

/** A title after a bare number is no longer than an unmarked heading. */
const MAX_BARE_TITLE = 40;

/**
 * 1 主要举措和成效 (a full-width space after the 1): the top of a decimal outline (1, then 1.1, 1.1.1) writes its number bare, a blank before the title.
 * Only a title line: the rest of the line is one short run of text with no blank in it and no mark that ends a
 * sentence or clause, and holds a CJK character. A row of a table laid out with spaces (1  行政许可  23) has more blanks.
 */
function bareNumberMarker(text: string, from: number, end: number, base: number, ordinal: number): Marker | undefined {
	let at = end;
	while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x3000) {
		at++;
	}
	let stop = text.length;
	while (stop > at && isBlankChar(text.charCodeAt(stop - 1))) {
		stop--;
	}
	if (stop - at < 2 || stop - at > MAX_BARE_TITLE) {
		return undefined;
	}
	let cjk = false;
	for (let i = at; i < stop; i++) {
		const c = text.charCodeAt(i);
		if (isBlankChar(c) || TITLE_BREAKS.has(c)) {
			return undefined;
		}
		cjk ||= isCjk(c);
	}
	return cjk && (isCjk(text.charCodeAt(at)) || isArabicDigit(text.charCodeAt(at))) ? marker(text, from, end, base, 'arabic-decimal', 'none', ordinal) : undefined;
}

/** Marks that end a sentence or clause: none stands in a title after a bare number. */
const TITLE_BREAKS = new Set([...'。！？；;，,：:!?'].map((c) => c.charCodeAt(0)));

/** How many parts an outline number has: 1 for a bare 1, 3 for 1.2.3; 0 for markers of other styles. */
export function decimalDepth(marker: Marker): number {
	if (marker.style !== 'arabic-decimal') {
		return 0;
	}
	// The points between parts: 1.2.3 and 1.2.3. both have three parts.
	let parts = 1;
	for (let i = 0; i + 1 < marker.text.length; i++) {
		const c = marker.text.charCodeAt(i);
		parts += (c === 0x2e || c === 0xff0e) && isArabicDigit(marker.text.charCodeAt(i + 1)) ? 1 : 0;
	}
	return parts;
}

/** Two markers count in one run: the same style, and for outline numbers the same depth (1.2 and 1.3, not 1.2.1). */
export function sameRun(a: Marker, b: Marker): boolean {
	return a.style === b.style && decimalDepth(a) === decimalDepth(b);
}

/** Measure words of things that come whole (个 of platforms, not of months or points): no decimal counts them. */
const WHOLE_COUNT = /^(?:个(?!百分点|工作日|月|小时|季度|年)|项(?!次)|类|家|件|条|名|所|场|批|宗|起|套)/;
/** A run of digits this long after a point is a code (12345热线), never a report's decimals. */
const CODE_DIGITS = 5;

/**
 * 1.2个平台集成…, 3.12345热线…: an item number run into the figure its title opens with. Read as a decimal it would count
 * whole things in tenths (1.2个), or have the digits of a code; 2.4万人次 and 1.5个百分点 stay decimals.
 */
function opensWithWholeCount(text: string, at: number): boolean {
	let end = at;
	while (isArabicDigit(text.charCodeAt(end))) {
		end++;
	}
	const next = text.charCodeAt(end);
	if (next === 0x2e || next === 0xff0e) {
		return false;
	}
	if (end - at >= CODE_DIGITS) {
		return next >= 0x4e00 && next <= 0x9fff && next !== 0x4e07 && next !== 0x4ebf; // not 万 or 亿
	}
	return WHOLE_COUNT.test(text.slice(end, end + 4));
}

/**
 * 4.2025年工作安排: an item number run into the year its title opens with. No report writes a decimal with four places
 * before 年.
 */
function opensWithYear(text: string, at: number): boolean {
	const century = arabicInt(text, at, at + 2);
	return (century === 19 || century === 20) && isArabicDigit(text.charCodeAt(at + 2)) && isArabicDigit(text.charCodeAt(at + 3)) && text.charCodeAt(at + 4) === 0x5e74; // 年
}

function marker(text: string, start: number, end: number, base: number, style: MarkerStyle, width: MarkerWidth, ordinal: number): Marker {
	return { text: text.slice(start, end), style, width, ordinal, span: { start: base + start, end: base + end } };
}

/**
 * How many characters from `at` pass `test`: 0 when more than `max` do, as a marker's numeral is then part of a longer
 * number (2020年, 一二三四).
 */
function runOf(text: string, at: number, max: number, test: (code: number) => boolean): number {
	let n = 0;
	while (n <= max && test(text.charCodeAt(at + n))) {
		n++;
	}
	return n > max ? 0 : n;
}

/** The value of a Chinese marker numeral, 1 to 99; null for a run that is no numeral (十十). */
function cnOrdinal(text: string, start: number, end: number): number | null {
	const n = end > start ? chineseNumeralValue(text, start, end) : null;
	return n !== null && n > 0 && n < 100 ? n : null;
}

/** The value of one or two Arabic digits. */
function arabicInt(text: string, start: number, end: number): number {
	let value = 0;
	for (let i = start; i < end; i++) {
		value = value * 10 + arabicDigit(text.charCodeAt(i));
	}
	return value;
}

/** 一 … 十: the numerals of Chinese markers, written or run in (一、 一是). */
export function isMarkerNumeral(c: number): boolean {
	return c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

function isArabicDigit(c: number): boolean {
	return arabicDigit(c) >= 0;
}

function isCloseParen(c: number): boolean {
	return c === 0xff09 || c === 0x29;
}

/** The run-in markers (一是 二要 第三，) that may also appear inside a paragraph. */
export function isRunInStyle(style: MarkerStyle): boolean {
	return style === 'cn-shi' || style === 'cn-yao';
}

/** GB/T 9704-2012 7.3.3 orders the levels 一、 → （一） → 1. → （1）; 第一部分 stands above them, ① below. */
const RANK: Partial<Record<MarkerStyle, number>> = {
	'part': 0,
	'cn-dun': 1,
	'cn-paren': 2,
	'arabic-dun': 3,
	'arabic-dot': 3,
	'arabic-paren': 4,
	'circled': 5,
};

/** A style's place in the standard order of levels (lower is higher), or undefined for run-in items and bullets. */
export function styleRank(style: MarkerStyle): number | undefined {
	return RANK[style];
}
