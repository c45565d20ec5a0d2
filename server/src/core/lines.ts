import type { Line } from './types';

const BOM = 0xfeff;
/** Inline control comments (`<!-- policy-report-disable … -->`, `// policy-report-disable …`) are not report text. */
const DIRECTIVE = /^[ \t\u3000]*(?:<!--\s*policy-report-(?:disable|enable)[\w-]*\b[^>]*-->|\/\/\s*policy-report-(?:disable|enable)[\w-]*\b.*)[ \t\u3000]*$/;

/** Splits on LF, CRLF or CR; a leading BOM is not text. A final line terminator does not open a new line. */
export function scanLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = text.charCodeAt(0) === BOM ? 1 : 0;
	const length = text.length;
	// The native indexOf finds line ends; each search result is kept until the scan passes it, so the work stays linear.
	let nextLf = -1;
	let nextCr = -1;
	let number = 1;
	const numbered = carriesLineNumbers(text, start);
	while (start <= length) {
		if (nextLf < start) {
			nextLf = indexOrLength(text.indexOf('\n', start), length);
		}
		if (nextCr < start) {
			nextCr = indexOrLength(text.indexOf('\r', start), length);
		}
		const end = Math.min(nextLf, nextCr);
		if (end === length && start === length && number > 1) {
			break;
		}
		lines.push(makeLine(text, number, start, end, numbered));
		number++;
		if (end >= length) {
			break;
		}
		start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
	}
	return lines;
}

function indexOrLength(index: number, length: number): number {
	return index < 0 ? length : index;
}

function makeLine(text: string, number: number, start: number, end: number, numbered: boolean): Line {
	let i = numbered ? lineNumberEnd(text, number, start, end) : start;
	for (;;) {
		while (i < end && isIndentChar(text.charCodeAt(i))) {
			i++;
		}
		// > 一、主要举措和成效: a report quoted in a forwarded mail; the quote marks are indent, as deep as the quoting.
		const next = text.charCodeAt(i + 1);
		if (i < end && text.charCodeAt(i) === 0x3e && (i + 1 === end || next === 0x20 || next === 0x3e || next === 0x3000)) {
			i++;
			continue;
		}
		// &nbsp;&nbsp;一、…: a web page's spaces written as HTML entities its export left unescaped.
		if (i < end && text.charCodeAt(i) === 0x26) {
			SPACE_ENTITY.lastIndex = i;
			if (SPACE_ENTITY.test(text) && SPACE_ENTITY.lastIndex <= end) {
				i = SPACE_ENTITY.lastIndex;
				continue;
			}
		}
		break;
	}
	const indentEnd = i;
	while (i < end && isBlankChar(text.charCodeAt(i))) {
		i++;
	}
	const lineText = text.slice(start, end);
	const first = text.charCodeAt(indentEnd);
	return {
		number,
		start,
		end,
		text: lineText,
		indent: indentEnd > start ? text.slice(start, indentEnd) : '',
		blank: i === end,
		directive: (first === 0x3c || first === 0x2f) && DIRECTIVE.test(lineText),
	};
}

/** How many first lines must each carry their own number for the text to be a numbered copy. */
const NUMBERED_LINES = 3;

/**
 * A copy whose every line starts with its own number (1\t某县人民政府 ⏎ 2\t关于…), as a drafting system or an editor
 * prints it: told from its first lines, so a line of another text that happens to open with its number is left alone.
 */
function carriesLineNumbers(text: string, from: number): boolean {
	let at = from;
	for (let number = 1; number <= NUMBERED_LINES; number++) {
		const lf = text.indexOf('\n', at);
		if (lf < 0) {
			return false;
		}
		const end = text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
		if (lineNumberEnd(text, number, at, end) === at) {
			return false;
		}
		at = lf + 1;
	}
	return true;
}

/**
 * Past the line's own number and the tab or two spaces after it (12\t一、主要举措和成效) in a numbered copy: no text of
 * the line, but its indent. A line that holds its number only is blank.
 */
function lineNumberEnd(text: string, number: number, start: number, end: number): number {
	let i = start;
	let value = 0;
	while (i < end && i - start < 6) {
		const c = text.charCodeAt(i);
		if (c < 0x30 || c > 0x39) {
			break;
		}
		value = value * 10 + c - 0x30;
		i++;
	}
	if (i === start || value !== number) {
		return start;
	}
	if (i === end) {
		return i;
	}
	const c = text.charCodeAt(i);
	return c === 0x09 || (c === 0x20 && text.charCodeAt(i + 1) === 0x20) ? i + 1 : start;
}

const SPACE_ENTITY = /&(?:nbsp|ensp|emsp|thinsp|#160|#32|#12288|#x[aA]0|#x3000);/y;

/**
 * What may stand before a line's text: spaces, tabs, and the form feed an office suite writes where a page broke (\f二、…)
 * or the zero-width characters a web copy leaves.
 */
function isIndentChar(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0c || c === 0x0b || c === 0x200b || c === 0xfeff;
}

/** A character of the CJK Unified Ideographs block, where the words of a report are. */
export function isCjk(c: number): boolean {
	return c >= 0x4e00 && c <= 0x9fff;
}

/** Whether `text` holds a CJK character: words, not only figures and signs. */
export function holdsCjk(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		if (isCjk(text.charCodeAt(i))) {
			return true;
		}
	}
	return false;
}

/**
 * A space that may stand inside a line between words, or between a number and its unit: ASCII, full-width, and the
 * no-break, thin and narrow no-break spaces that Word and web pages put there.
 */
export function isInlineSpace(c: number): boolean {
	return c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Whitespace, and the invisible characters (zero-width space, BOM) that converters leave on empty lines. */
export function isBlankChar(c: number): boolean {
	return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0x85;
}
