import { isBlankChar } from './lines';

/**
 * HTML tags that a report pasted from a web page's source keeps (<p>, <br/>, <strong>…</strong>, Word's <o:p>): markup,
 * not the report's words. The tags of text and its layout are known with any attributes; other names (the <rp id="x">
 * <wbr> a scraped page strews) only with quoted attributes, so a comparison (PM2.5<35) or a bracket of Latin text is
 * never one. Written by hand as one sticky expression: tags are rare, and each is tried only at a '<'.
 */
const TAG = /<\/?(?:(?:p|br|div|span|strong|b|i|em|u|s|font|section|article|header|footer|h[1-6]|ul|ol|li|dl|dt|dd|table|tbody|thead|tfoot|tr|td|th|img|a|sup|sub|center|hr|blockquote|pre|o:p)(?:[\s/][^<>]{0,300})?|[a-z][a-z0-9]{0,11}(?:\s+[a-z][a-z-]{0,15}="[^"<>]{0,60}")*\s*\/?)>/iy;

/** The end of the HTML tag that starts at `at`, or -1. */
export function tagEndAt(text: string, at: number): number {
	if (text.charCodeAt(at) !== 0x3c) {
		return -1;
	}
	TAG.lastIndex = at;
	return TAG.test(text) ? TAG.lastIndex : -1;
}

/** Whether an HTML tag ends just before `end` (…<td>|148). */
export function tagEndsAt(text: string, end: number): boolean {
	const open = text.lastIndexOf('<', end - 1);
	return open >= 0 && tagEndAt(text, open) === end;
}

/** The end of the run of tags (and blanks between them) that starts at `at`, or `at` when no tag starts there. */
export function afterTags(text: string, at: number): number {
	let end = at;
	for (let next = tagEndAt(text, end); next > 0; next = tagEndAt(text, end)) {
		end = next;
		while (end < text.length && isBlankChar(text.charCodeAt(end))) {
			end++;
		}
	}
	return end;
}

/** Where the text before `end` stops when tags (and blanks) close it (…和原因</strong></p>): the start of that run. */
export function beforeTags(text: string, end: number): number {
	let stop = end;
	for (;;) {
		while (stop > 0 && isBlankChar(text.charCodeAt(stop - 1))) {
			stop--;
		}
		if (text.charCodeAt(stop - 1) !== 0x3e || !tagEndsAt(text, stop)) { // > first: most lines end otherwise
			return stop;
		}
		stop = text.lastIndexOf('<', stop - 1);
	}
}

/**
 * A line that holds HTML tags and nothing else (<p>, </p>, <br/>): no text of the report. A converter that numbered a list
 * of such tags (1. <span id="q7"></span>) left no text either.
 */
export function isMarkupLine(text: string): boolean {
	let at = 0;
	while (at < text.length && isBlankChar(text.charCodeAt(at))) {
		at++;
	}
	const c = text.charCodeAt(at);
	const listed = c >= 0x30 && c <= 0x39 ? LIST_NUMBER.exec(text.slice(at, at + LIST_NUMBER_SPAN)) : null;
	if (listed !== null) {
		at += listed[0].length;
	}
	return text.charCodeAt(at) === 0x3c && afterTags(text, at) === text.length;
}

const LIST_NUMBER = /^[0-9]{1,3}\.[ \t]+(?=<)/;
const LIST_NUMBER_SPAN = 8;
