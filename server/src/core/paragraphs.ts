import { afterTags, beforeTags } from './html';
import { matchMarker } from './markers';
import { isBlankChar } from './lines';
import { UNIT_BY_TEXT } from './lexicon';
import { arabicDigit } from './numerals';
import type { Line, Marker, ReportFormat } from './types';

/** A unit of text: one line in plain text; in Markdown, consecutive non-blank lines (or one ATX heading or list item). */
export interface Paragraph {
	index: number;
	lines: Line[];
	/** Index in the first line's text where the content starts (after indent, `#`s or a list bullet). */
	contentStart: number;
	/** Markdown ATX depth (`##` = 2); 0 elsewhere. */
	atxDepth: number;
	/** A Markdown list item (`- `, `* `, `1. `): body text unless a marker follows the bullet or is its number. */
	listItem: boolean;
	/** The enumeration marker at the content start, if any. */
	marker: Marker | undefined;
	/** The content of the first line, from `contentStart`, right-trimmed. */
	content: string;
	/**
	 * Between the text line above and this one stands only page furniture (a page number), no blank line: a PDF copy's
	 * page break, which may fall inside a paragraph.
	 */
	afterPageBreak: boolean;
}

const ATX = /^[ ]{0,3}(#{1,6})(?:[ \t]+|$)/;
/** A Markdown setext underline or thematic break: a row of one of = - * _ (spaces between allowed), nothing else. */
const RULE_LINE = /^[ ]{0,3}(?:={2,}|-{2,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$/;
/** A setext underline: = or - only, no spaces between. */
const SETEXT = /^[ ]{0,3}(=+|-+)[ \t]*$/;

/** 1 for a === underline, 2 for ---, 0 for a thematic break that underlines nothing (***, - - -). */
function setextDepth(text: string): number {
	const m = SETEXT.exec(text);
	return m === null ? 0 : m[1].startsWith('=') ? 1 : 2;
}
const LIST_BULLET = /^[ \t]*[-*+][ \t]+/;
/** A Markdown ordered list item (`1. `, `2) `); `1.` is also a heading marker, `2)` is not. Group 1 is the number. */
const ORDERED_ITEM = /^[ ]{0,3}([0-9]{1,9})[.)](?:[ \t]|$)/;
const PAGE_NUMBER = /^[\s\u3000]*(?:[—–\-－―]{1,2}[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[—–\-－―]{1,2}|[·•][\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[·•]|第[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页(?:[\s\u3000]*[,，/／]?[\s\u3000]*共[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页)?|[0-9０-９]{1,3}|[0-9０-９]{1,4}[\s\u3000]*[/／][\s\u3000]*[0-9０-９]{1,4}|(?:[Pp]\.|[Pp]age)[\s\u3000]*[0-9０-９]{1,4}(?:[\s\u3000]*(?:of|\/)[\s\u3000]*[0-9０-９]{1,4}|[\s\u3000]+[-–—][\s\u3000]+\S.*)?)[\s\u3000]*$/;

/** A line drawn with one sign repeated (====, ----, ────, ＊＊＊): a plain-text writer's separator between parts. */
const SEPARATOR_LINE = /^[ \t\u3000]*([=\-_*~─━═—·＝－＊])(?:[ \t\u3000]*\1){2,}[ \t\u3000]*$/;
const SEPARATOR_SIGNS = new Set([...'=-_*~─━═—·＝－＊'].map((c) => c.charCodeAt(0)));

/** In plain text, a separator line (SEPARATOR_LINE) is no text: no title, heading or paragraph. */
export function isSeparatorLine(text: string): boolean {
	let i = 0;
	while (i < text.length && isBlankChar(text.charCodeAt(i))) {
		i++;
	}
	return SEPARATOR_SIGNS.has(text.charCodeAt(i)) && SEPARATOR_LINE.test(text);
}

/** A stray page number left by conversion (— 12 —, - 4 -, 第3页): not report text. */
export function isPageNumberLine(line: Line): boolean {
	return !line.blank && line.text.length < 40 && mayBePageNumber(line.text) && PAGE_NUMBER.test(line.text);
}

/** Whether the first character after leading blanks can start a page number: most short lines (headings) fail without the regex. */
function mayBePageNumber(text: string): boolean {
	let i = 0;
	while (i < text.length && isBlankChar(text.charCodeAt(i))) {
		i++;
	}
	const c = text.charCodeAt(i);
	// 第 — – - － ― · •, and P (P. 2, Page 2 - 政府工作报告: a PDF viewer's page header)
	return arabicDigit(c) >= 0 || c === 0x7b2c || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0xff0d || c === 0x2015 || c === 0xb7 || c === 0x2022 || (c | 0x20) === 0x70;
}

/**
 * What a report's title calls it: 报告, and the names of the same document in other offices (2025年法治政府建设工作总结暨
 * 2026年工作计划, 述法情况汇报, 行政复议白皮书, 行政执法数据年报). Short lines after the line that names the report are its
 * subtitle or nothing of the title.
 */
export const REPORT_WORD = /报告|总结|汇报|工作计划|工作要点|白皮书|年报/;

/**
 * Page furniture a PDF leaves in the text: page numbers, and running headers or footers (the report's short title at
 * the top of every page). A running header is a short line next to a page number (blank lines between) whose text
 * stands next to another page number too: the title block or a heading that happens to follow a page break is not
 * repeated so. Returns the two lists of line numbers.
 */
export function findPageFurniture(lines: readonly Line[]): { pageNumbers: number[]; runningHeaders: number[] } {
	const pageNumbers = lines.filter((l, i) => isPageNumberLine(l) && !ZERO_LINE.test(l.text) && !isTableCellNumber(lines, i) && !figureOverCaption(l, lines[i + 1]) && !splitQuantity(lines, i)).map((l) => l.number);
	if (pageNumbers.length < 2) {
		return { pageNumbers, runningHeaders: [] };
	}
	const isPageNumber = new Uint8Array(lines.length + 2);
	for (const n of pageNumbers) {
		isPageNumber[n] = 1;
	}
	const byText = new Map<string, number[]>();
	for (const n of pageNumbers) {
		for (const step of [-1, 1]) {
			let k = n + step;
			while (k >= 1 && k <= lines.length && lines[k - 1].blank) {
				k += step;
			}
			const line = lines[k - 1];
			if (k < 1 || k > lines.length || isPageNumber[k] === 1 || line.directive) {
				continue;
			}
			if (shortAsRunningHeader(line)) {
				const text = line.text.trim();
				const seen = byText.get(text);
				if (seen === undefined) {
					byText.set(text, [k]);
				} else if (!seen.includes(k)) {
					seen.push(k);
				}
			}
		}
	}
	// The first line of text is the report's title when it names one, though the page header repeats it (政府工作报告
	// under Page 1): it counts toward the repetition but stays text. A gazette's name heading every page does not.
	const firstLine = lines.find((l) => !l.blank && isPageNumber[l.number] !== 1);
	const first = firstLine && REPORT_WORD.test(firstLine.text) ? firstLine.number : undefined;
	const runningHeaders = [...byText.values()].filter((at) => at.length >= 2).flat().filter((k) => k !== first).sort((a, b) => a - b);
	return { pageNumbers, runningHeaders };
}

/**
 * 全年新建村级公共法律服务站 ⏎ 12 ⏎ 个，覆盖率…: a figure a conversion broke off its sentence, between words that run on
 * into it and the unit it counts in, is no page's number.
 */
function splitQuantity(lines: readonly Line[], i: number): boolean {
	const above = lines[i - 1];
	const below = lines[i + 1];
	if (above === undefined || below === undefined || above.blank || below.blank) {
		return false;
	}
	const last = above.text.trimEnd();
	const c = last.charCodeAt(last.length - 1);
	return c >= 0x4e00 && c <= 0x9fff && opensWithUnitWord(below);
}

/** The line starts with a unit, whatever follows it (个，覆盖率…, 斤，增长60%). */
function opensWithUnitWord(line: Line): boolean {
	const from = line.indent.length;
	for (let n = Math.min(MAX_UNIT_LENGTH, line.text.length - from); n >= 1; n--) {
		if (UNIT_BY_TEXT.has(line.text.slice(from, from + n))) {
			return true;
		}
	}
	return false;
}

/** 0 alone on a line: no page is numbered 0, a table's cell is. */
const ZERO_LINE = /^[\s\u3000]*[0０]+[\s\u3000]*$/;

/** A cell of a table whose cells each stand on a line of their own is short. */
const MAX_CELL = 16;
/** The most cells a row of such a table has: two figures of it stand no further apart. */
export const MAX_ROW_CELLS = 6;
const BARE_NUMBER = /^[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*$/;
const SENTENCE_MARK = /[。；;！？!?，,：:]/;

/** A short line with no mark of a sentence: what a table's cell copied from a web page, one per line, looks like. */
export function isCellLine(line: Line | undefined): boolean {
	return line !== undefined && !line.blank && visibleLength(line.text.trim()) <= MAX_CELL && !SENTENCE_MARK.test(line.text);
}

/** Room for the indent of a line that holds only a number: longer lines are ruled out before the expression. */
const MAX_BARE_NUMBER_LINE = 24;

/** A figure alone on its line, maybe signed, with its % and a bound (5.8, 3000以上, -2.1%): a table's value cell. */
const VALUE_CELL = /^[\s\u3000]*[+\-＋－]?[0-9０-９][0-9０-９.．,，]*[%％]?(?:左右|以上|以下|以内)?[\s\u3000]*$/;

export function isValueCellLine(line: Line | undefined): boolean {
	return line !== undefined && line.text.length <= MAX_BARE_NUMBER_LINE && VALUE_CELL.test(line.text);
}

/** A figure alone on its line, as an infographic sets it (1268, 98.6%, 3.2万). */
const FIGURE_LINE = /^[\s\u3000]*[0-9０-９][0-9０-９.．,，]*(?:万|亿)?[%％]?[\s\u3000]*$/;
/** The longest unit a figure's caption may open with. */
const MAX_UNIT_LENGTH = Math.max(...[...UNIT_BY_TEXT.keys()].map((u) => u.length));

/**
 * An infographic's figure with its caption on the line below, which opens with the figure's unit (1268 ⏎ 件 办理行政复议
 * 案件, 3.2万 ⏎ 人次 接受法治宣传): the unit is the figure's, and the figure no page number.
 */
export function figureOverCaption(figure: Line, caption: Line | undefined): boolean {
	return caption !== undefined && caption.number === figure.number + 1 && isFigureLine(figure) && opensWithUnit(caption);
}

export function isFigureLine(line: Line): boolean {
	return line.text.length <= MAX_BARE_NUMBER_LINE && FIGURE_LINE.test(line.text);
}

/** A caption under a figure: its unit, then a space or nothing (件 办理行政复议案件). */
export function opensWithUnit(line: Line): boolean {
	// A unit is a few characters: where no blank or end follows within them, no unit stands alone at the start.
	const from = line.indent.length;
	let end = from;
	while (end < line.text.length && end - from <= MAX_UNIT_LENGTH && !isBlankChar(line.text.charCodeAt(end))) {
		end++;
	}
	return end > from && end - from <= MAX_UNIT_LENGTH && UNIT_BY_TEXT.has(line.text.slice(from, end));
}

/** A line that holds only a number of up to four digits. */
export function isBareNumberLine(line: Line | undefined): boolean {
	return line !== undefined && line.text.length <= MAX_BARE_NUMBER_LINE && BARE_NUMBER.test(line.text);
}

/**
 * A bare number among the cells of a table that a web page's copy set one per line (序号 / 类别 / 数量（件） / 1 / 行政复议
 * / 148 / 增长18.4% …): a cell, no page number. Cells stand right above and below it, and another bare number within a
 * row's width, with only cells between. A page of a PDF is longer than a row, and its text lines are not cells.
 */
function isTableCellNumber(lines: readonly Line[], i: number): boolean {
	const above = lines[cellStep(lines, i, -1)];
	const below = lines[cellStep(lines, i, 1)];
	// Two figures one right after the other (3 ⏎ 3, 0 ⏎ 0) are cells of a row: a page number has text around it.
	if (isBareNumberLine(above) || isBareNumberLine(below)) {
		return true;
	}
	return isCellLine(above) && isCellLine(below) && bareNumberInRow(lines, i, 2);
}

/**
 * The index of the line next to index `i` in the direction `step`, past one blank line: a web page's copy may set a
 * blank line between its cells as between its paragraphs.
 */
function cellStep(lines: readonly Line[], i: number, step: number): number {
	const k = i + step;
	return lines[k]?.blank === true ? k + step : k;
}

/**
 * Whether a bare number stands `nearest` to MAX_ROW_CELLS cells above or below line index `i`, with only cells between
 * (and single blank lines): a figure of the same table set one cell per line.
 */
export function bareNumberInRow(lines: readonly Line[], i: number, nearest: number): boolean {
	for (const step of [-1, 1]) {
		let k = i;
		for (let n = 0; n < nearest; n++) {
			k = cellStep(lines, k, step);
		}
		// A bare number is a cell line too, so the walk stops at the first line that is neither.
		for (let cells = nearest; cells <= MAX_ROW_CELLS && isCellLine(lines[k]); cells++, k = cellStep(lines, k, step)) {
			if (isBareNumberLine(lines[k])) {
				return true;
			}
		}
	}
	return false;
}

const MAX_RUNNING_HEADER = 40;

/** Short enough to be a running header (findPageFurniture). */
export function shortAsRunningHeader(line: Line): boolean {
	return visibleLength(line.text.trim()) <= MAX_RUNNING_HEADER;
}

/**
 * Whether the nearest non-blank line above or below line index `i` is a page number, as findPageFurniture looks for
 * them: only such a line can be a running header.
 */
export function besidePageNumber(lines: readonly Line[], i: number): boolean {
	for (const step of [-1, 1]) {
		let k = i + step;
		while (k >= 0 && k < lines.length && lines[k].blank) {
			k += step;
		}
		if (k >= 0 && k < lines.length && isPageNumberLine(lines[k])) {
			return true;
		}
	}
	return false;
}

/** `notText`: by line number, 1 for page furniture and 2 for a line of HTML tags only, neither of them a paragraph's text. */
export function scanParagraphs(lines: readonly Line[], format: ReportFormat, notText: Uint8Array): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let open: Paragraph | undefined;
	// The lines since the last text line: page furniture only (and some), blank lines among it, and furniture that says it
	// is a page's (第 3 页 共 12 页, ·5·, a running header) rather than a bare number, which may be an article's 02.
	let onlyFurniture = true;
	let furniture = false;
	let blanks = false;
	let explicit = false;
	for (const line of lines) {
		if (line.blank || line.directive || notText[line.number] !== 0) {
			blanks ||= line.blank;
			onlyFurniture &&= line.blank || notText[line.number] === 1;
			furniture ||= notText[line.number] === 1;
			explicit ||= notText[line.number] === 1 && !isBareNumberLine(line);
			open = undefined;
			continue;
		}
		// Blank lines around a page's furniture are part of the break only when the furniture is plainly a page's and the
		// last line before it is a full one, as a page's last line is (a short one, 强化组织领导, stands as a title).
		const last = paragraphs.at(-1)?.lines.at(-1);
		const afterPageBreak = last !== undefined && onlyFurniture && furniture && (!blanks || (explicit && visibleLength(last.text.trim()) >= MIN_FULL_LINE));
		onlyFurniture = true;
		furniture = false;
		blanks = false;
		explicit = false;
		if (format === 'markdown') {
			// A setext underline (=== or --- under a line) or a thematic break (***) is markup: it ends the paragraph above,
			// and an underline makes a one-line paragraph a heading of depth 1 (===) or 2 (---), as # and ## would.
			if (RULE_LINE.test(line.text)) {
				const depth = setextDepth(line.text);
				if (open && depth > 0 && open.lines.length === 1 && open.atxDepth === 0 && !open.listItem) {
					open.atxDepth = depth;
				}
				open = undefined;
				continue;
			}
			const opening = markdownOpening(line);
			const { atx, bullet, ordered } = opening;
			// As in CommonMark, a numbered item ends a list item's paragraph, but starts a list after body text only at 1.
			const item = ordered !== null && (open === undefined || open.listItem || Number(ordered[1]) === 1);
			if (open && !atx && !bullet && !item && open.atxDepth === 0) {
				open.lines.push(line);
				continue;
			}
			open = makeParagraph(paragraphs.length, line, afterDecoration(line, markdownContentStart(line, opening)), atx ? atx[1].length : 0, bullet !== null || item);
			open.afterPageBreak = afterPageBreak;
			paragraphs.push(open);
			if (atx) {
				open = undefined;
			}
			continue;
		}
		const p = makeParagraph(paragraphs.length, line, afterDecoration(line, line.indent.length), 0, false);
		p.afterPageBreak = afterPageBreak;
		paragraphs.push(p);
	}
	return paragraphs;
}

interface MarkdownOpening {
	atx: RegExpExecArray | null;
	bullet: RegExpExecArray | null;
	ordered: RegExpExecArray | null;
}

/** How a Markdown line opens a block: an ATX heading, a list bullet or a numbered list item (at most one of them). */
function markdownOpening(line: Line): MarkdownOpening {
	const atx = ATX.exec(line.text);
	const bullet = atx ? null : LIST_BULLET.exec(line.text);
	const ordered = atx || bullet ? null : ORDERED_ITEM.exec(line.text);
	return { atx, bullet, ordered };
}

/**
 * What decides how a line joins the paragraphs around it, as a string: in Markdown the block it opens (`## `, `- `,
 * `3. `) or whether it is markup (a setext underline or a thematic break), in plain text nothing. Two lines with the same opening, in the same place, make the same paragraph breaks.
 */
export function lineOpening(line: Line, format: ReportFormat): string {
	if (format !== 'markdown') {
		return '';
	}
	if (RULE_LINE.test(line.text)) {
		return `=${setextDepth(line.text)}`;
	}
	const { atx, bullet, ordered } = markdownOpening(line);
	return atx ? `#${atx[0]}` : bullet ? `-${bullet[0]}` : ordered ? `1${ordered[0]}` : '';
}

/** Where the content of a paragraph that starts on `line` starts: after the indent, or the Markdown `#`s or bullet, and a bold opening a marker. */
export function contentStart(line: Line, format: ReportFormat): number {
	return afterDecoration(line, format === 'markdown' ? markdownContentStart(line, markdownOpening(line)) : line.indent.length);
}

/** Symbols that reports copied from web pages and slides set before a heading (■一、, ◆（一）); emoji are read too. */
const DECORATION = new Set([...'■□▪▫◆◇●○◎◉★☆▲△▶►▷❖➤✦✧'].map((c) => c.charCodeAt(0)));

/**
 * `■一、…`: a decoration symbol before a marker is not part of it, so the content starts at the marker. HTML tags a web
 * page's source left in front (<p><strong>二、…) are no content either.
 */
function afterDecoration(line: Line, from: number): number {
	const text = line.text;
	const at = afterTags(text, from);
	const c = text.charCodeAt(at);
	// 📌（二）, ✅一、: an emoji set before a marker by an online editor's users decorates it as ■ does.
	let end = DECORATION.has(c) || (c >= 0x2600 && c <= 0x27bf) ? at + 1 : c >= 0xd800 && c <= 0xdbff ? at + 2 : -1;
	if (end < 0) {
		return at;
	}
	if (text.charCodeAt(end) === 0xfe0f) {
		end++; // the variation selector that asks for the emoji form
	}
	const inner = skipSpaces(text, end);
	return matchMarker(text, inner, line.start) ? inner : at;
}

function markdownContentStart(line: Line, { atx, bullet }: MarkdownOpening): number {
	const start = atx ? atx[0].length : bullet ? bullet[0].length : line.indent.length;
	return afterEmphasis(line, skipSpaces(line.text, start));
}

/** `**（一）…**`: a marker set in bold is still the paragraph's marker, so its content starts after the `**` or `__`. */
function afterEmphasis(line: Line, at: number): number {
	const text = line.text;
	if (!(text.startsWith('**', at) || text.startsWith('__', at))) {
		return at;
	}
	const inner = skipSpaces(text, at + 2);
	return matchMarker(text, inner, line.start) ? inner : at;
}

function skipSpaces(text: string, from: number): number {
	let i = from;
	while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) {
		i++;
	}
	return i;
}

export function makeParagraph(index: number, line: Line, start: number, atxDepth: number, listItem: boolean): Paragraph {
	return {
		index,
		lines: [line],
		contentStart: start,
		atxDepth,
		listItem,
		marker: matchMarker(line.text, start, line.start),
		content: line.text.slice(start, atxDepth > 0 ? beforeAttributes(line.text, trimmedEnd(line.text)) : trimmedEnd(line.text)),
		afterPageBreak: false,
	};
}

/** Where an ATX heading's text ends before the attributes pandoc writes after it (## 一、主要举措 {#一主要举措 .unnumbered}). */
function beforeAttributes(text: string, end: number): number {
	if (text.charCodeAt(end - 1) !== 0x7d) {
		return end;
	}
	const m = ATTRIBUTES.exec(text.slice(0, end));
	return m ? m.index : end;
}

const ATTRIBUTES = /\s+\{[#.-][^{}]*\}$/;

/** Where a line's content ends: before trailing blanks, and before HTML tags that close it (…原因</strong></p>). */
function trimmedEnd(text: string): number {
	let end = text.length;
	while (end > 0 && isBlankChar(text.charCodeAt(end - 1))) {
		end--;
	}
	return text.charCodeAt(end - 1) === 0x3e ? beforeTags(text, end) : end;
}

/** A line this long or longer may be a page's last, broken off where the page ended (公文 set 28 characters a line). */
const MIN_FULL_LINE = 24;

/** Length in characters of `text`, or of its first `end` code units, counting a surrogate pair once. */
export function visibleLength(text: string, end = text.length): number {
	let n = 0;
	for (let i = 0; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c < 0xdc00 || c > 0xdfff) {
			n++;
		}
	}
	return n;
}
