import type { Line } from './types';

const BOM = 0xfeff;
const LEADING_SPACE = /^[ \t\u3000\u00a0]*/;
const BLANK = /^[\s\u3000\u00a0\u200b\ufeff]*$/;
/** Inline control comments (`<!-- policy-report-disable … -->`, `// policy-report-disable …`) are not report text. */
const DIRECTIVE = /^[ \t\u3000]*(?:<!--\s*policy-report-(?:disable|enable)[\w-]*\b[^>]*-->|\/\/\s*policy-report-(?:disable|enable)[\w-]*\b.*)[ \t\u3000]*$/;

/** Splits on LF, CRLF or CR; a leading BOM is not text. A final line terminator does not open a new line. */
export function scanLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = text.charCodeAt(0) === BOM ? 1 : 0;
	const length = text.length;
	let number = 1;
	while (start <= length) {
		let end = start;
		while (end < length) {
			const c = text.charCodeAt(end);
			if (c === 10 || c === 13) {
				break;
			}
			end++;
		}
		if (end === length && start === length && number > 1) {
			break;
		}
		lines.push(makeLine(text, number, start, end));
		number++;
		if (end >= length) {
			break;
		}
		start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
	}
	return lines;
}

function makeLine(text: string, number: number, start: number, end: number): Line {
	const lineText = text.slice(start, end);
	const indent = LEADING_SPACE.exec(lineText)?.[0] ?? '';
	return {
		number,
		start,
		end,
		text: lineText,
		indent,
		blank: BLANK.test(lineText),
		directive: lineText.includes('policy-report-') && DIRECTIVE.test(lineText),
	};
}
