import { isBlankChar } from './lines';
import type { Line } from './types';

/*
 * Hard-wrapped copies: a PDF's text, copied out, keeps the page's line breaks, so one paragraph spans several lines.
 * Which lines carry on the one above is read from their widths and indents, never from a fixed number of characters:
 * each copy was wrapped at its own width.
 */

/** Whether a line ends a clause (。！？；：…, maybe inside closing quotes or brackets); one that does not breaks off mid-sentence. */
export function lineEndsClause(text: string): boolean {
	const last = lastSign(text);
	return last < 0 || CLAUSE_ENDS.has(last);
}

/** The last character of a line before its blanks and closing quotes or brackets, or -1 when there is none. */
function lastSign(text: string): number {
	let end = text.length;
	while (end > 0 && (isBlankChar(text.charCodeAt(end - 1)) || CLOSERS.has(text.charCodeAt(end - 1)))) {
		end--;
	}
	return end > 0 ? text.charCodeAt(end - 1) : -1;
}

const CLOSERS = new Set([...'”’）)」』】》〉]'].map((c) => c.charCodeAt(0)));
const CLAUSE_ENDS = new Set([...'。！？!?；;：:…'].map((c) => c.charCodeAt(0)));

/** A hard-wrapped copy (a PDF's) is wrapped at this many columns or more, a CJK character taking two. */
export const MIN_WRAP_WIDTH = 50;
/** How much wider than a wrapped line the line under it may be and still be wrapped at the same width. */
const MAX_WRAP_SPREAD = 1.25;
/** How many columns short of the wrapped line above a line may end and still be wrapped at the same width. */
const WRAP_SLACK = 4;

/**
 * `line` is wrapped text of a hard-wrapped copy, though a sentence starts on it (the one above ended just at the wrap):
 * the line above carries on a line that broke off mid-sentence, and `line`, set no further right than either, reaches
 * about as far as the shorter of the two. A title is shorter than the width its text was wrapped at. Reads the three
 * lines only, so an edit elsewhere cannot change it.
 */
export function continuesWrap(twoAbove: Line, above: Line, line: Line): boolean {
	if (twoAbove.number + 1 !== above.number || above.number + 1 !== line.number || twoAbove.blank || above.blank || lineEndsClause(twoAbove.text)) {
		return false;
	}
	// The wrap width, from the two wrapped lines above: half-width digits make a full line a few columns shorter.
	const width = Math.min(displayWidth(above.text), displayWidth(twoAbove.text));
	return width >= MIN_WRAP_WIDTH && displayWidth(line.text) >= width - WRAP_SLACK
		&& indentWidth(above.indent) <= indentWidth(twoAbove.indent) && indentWidth(line.indent) <= indentWidth(above.indent);
}

/**
 * `line` is the second line of a hard-wrapped paragraph whose indented first line ended a sentence just at the wrap:
 * set further left than that line, it reaches about as far, and the line right below it, set no further right, carries
 * the text on (a title has its body below it, indented as a paragraph's first line). Reads the three lines only.
 */
export function wrapsBelowOpening(above: Line, line: Line, below: Line | undefined): boolean {
	// The indents first: they settle most lines (a report's body lines share one indent) before a width is counted.
	if (below === undefined || above.number + 1 !== line.number || line.number + 1 !== below.number || above.blank || below.blank
		|| indentWidth(line.indent) >= indentWidth(above.indent) || indentWidth(below.indent) > indentWidth(line.indent)) {
		return false;
	}
	const width = displayWidth(above.text);
	return width >= MIN_WRAP_WIDTH && displayWidth(line.text) >= width - WRAP_SLACK;
}

/**
 * `line` opens a hard-wrapped paragraph set flush, as a PDF's text layer gives it: it takes a full line, and so does the
 * line right below, as wide, set no further right and running on. A title is seldom as wide as the text under it.
 */
export function wrapsIntoBelow(line: Line, below: Line | undefined): boolean {
	// A line below that ends a clause may end its paragraph: a one-line paragraph as wide as the title above it is that
	// title's text.
	if (below === undefined || below.number !== line.number + 1 || below.blank || indentWidth(below.indent) > indentWidth(line.indent) || lineEndsClause(below.text)) {
		return false;
	}
	// Wrapped at one width, the two lines are about as wide (figures and spaces make one a few columns wider): a paragraph
	// set on one line of its own runs far past a title.
	const width = displayWidth(line.text);
	const next = displayWidth(below.text);
	return width >= MIN_WRAP_WIDTH && next >= width - WRAP_SLACK && next <= width * MAX_WRAP_SPREAD;
}

/** Columns a line takes: two for a CJK or full-width character, one for the rest. */
export function displayWidth(text: string): number {
	let width = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		width += c >= 0x2e80 && (c < 0xd800 || c > 0xdfff) && (c < 0xff61 || c > 0xffdc) ? 2 : c >= 0xdc00 && c <= 0xdfff ? 0 : 1;
	}
	return width;
}

/** How far a line is indented, a full-width space counting as two. */
export function indentWidth(indent: string): number {
	let width = 0;
	for (let i = 0; i < indent.length; i++) {
		width += indent.charCodeAt(i) === 0x3000 ? 2 : 1;
	}
	return width;
}

/** A sentence ends on the line (。！？…, maybe inside closing quotes or brackets); a clause end (；：) does not end one. */
export function lineEndsSentence(text: string): boolean {
	return SENTENCE_ENDS.has(lastSign(text));
}

const SENTENCE_ENDS = new Set([...'。！？!?…'].map((c) => c.charCodeAt(0)));

/**
 * The longest line, in UTF-16 units, a copy's wrapped line is taken to be (an A4 page holds about 30 characters of a
 * report's type, a landscape or small-type page some 60): a longer line is a paragraph of its own.
 */
const MAX_WRAPPED_LINE = 90;
/** A flush copy shows at least this many lines at its wrap width… */
const MIN_FLUSH_LINES = 8;
/** …and they make at least this share of its text lines: a copy set one paragraph to a line has few lines of one width. */
const MIN_FLUSH_SHARE = 0.3;

/**
 * The lines of a plain-text copy that break off mid-sentence, counted by their width in columns (see wrapClass), and all
 * its text lines. Kept with an analysis, so that an edit of one line updates the counts instead of measuring every line.
 */
export interface WrapCounts {
	byWidth: Int32Array;
	textLines: number;
}

/** The width slot of a line for WrapCounts: its width when it breaks off mid-sentence and may be a wrapped line, else -1. */
export function wrapClass(line: Line): number {
	const text = line.text;
	return text.length > MAX_WRAPPED_LINE || text.length * 2 < MIN_WRAP_WIDTH - WRAP_SLACK || lineEndsClause(text) ? -1 : displayWidth(text);
}

/** The counts of the lines of the paragraphs given (of a plain-text copy, one line each). */
export function countWrapWidths(paragraphs: readonly { lines: readonly Line[] }[]): WrapCounts {
	const byWidth = new Int32Array(2 * MAX_WRAPPED_LINE + 1);
	for (const p of paragraphs) {
		const width = wrapClass(p.lines[0]);
		if (width >= 0) {
			byWidth[width]++;
		}
	}
	return { byWidth, textLines: paragraphs.length };
}

/**
 * How much wider than the narrowest full line a full line may be: figures, Latin letters and the spaces around them take
 * less room on the page than a column each, so a line holding them holds more characters (a page set 30 characters
 * wide gives lines of 60 columns without figures and up to about 70 with them).
 */
const FULL_LINE_SPREAD = 1.2;

/**
 * The width a copy set flush was wrapped at, in columns (its full lines without figures), or 0 when it shows none: the
 * width from which the most lines breaking off mid-sentence reach up to FULL_LINE_SPREAD times as far, when they are
 * many and a good share of the text. A PDF's text layer copied out has no indents and no blank lines: every paragraph's
 * lines but its last take the full width, and a line that does is wrapped text, whatever its words, as a title seldom
 * fills the width its page's text was set at.
 */
export function flushWidth(counts: WrapCounts): number {
	const { byWidth } = counts;
	// From the widest down, the lines from each width up to FULL_LINE_SPREAD times it, as a running sum.
	let best = 0;
	let bestCount = 0;
	let count = 0;
	let top = byWidth.length - 1;
	for (let width = byWidth.length - 1; width >= MIN_WRAP_WIDTH; width--) {
		count += byWidth[width];
		while (top > width * FULL_LINE_SPREAD) {
			count -= byWidth[top--];
		}
		if (count > bestCount) {
			best = width;
			bestCount = count;
		}
	}
	return bestCount >= MIN_FLUSH_LINES && bestCount >= MIN_FLUSH_SHARE * counts.textLines ? best : 0;
}

/** In a copy set flush at `flush` columns (not 0), `line` takes the full width: wrapped text, unless its paragraph ends on it. */
export function fillsWidth(line: Line, flush: number): boolean {
	return flush > 0 && line.text.length * 2 >= flush - WRAP_SLACK && displayWidth(line.text) >= flush - WRAP_SLACK;
}
