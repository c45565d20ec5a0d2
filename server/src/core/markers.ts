import { parseArabicNumber, parseChineseNumeral } from './numerals';
import type { Marker, MarkerStyle, MarkerWidth } from './types';

const CN = '[一二三四五六七八九十]';
const CN_ORDINAL = `(${CN}{1,3})`;
const AR_ORDINAL = '([0-9０-９]{1,2})';

interface MarkerPattern {
	style: MarkerStyle;
	regex: RegExp;
	width: (text: string) => MarkerWidth;
}

const fullIf = (full: string) => (text: string): MarkerWidth => (text.includes(full) ? 'full' : 'half');
const noWidth = (): MarkerWidth => 'none';

/**
 * Enumeration markers of Chinese official writing (GB/T 9704: 一、 （一） 1. （1）), plus the forms real reports
 * use. Sticky regexes so one call tests one position without slicing the line.
 * An Arabic marker is never followed by a digit, 年 or a unit sign, so 2020年， and 1.85亿元 are not markers.
 */
const PATTERNS: readonly MarkerPattern[] = [
	{ style: 'cn-dun', regex: new RegExp(`${CN_ORDINAL}[、]`, 'y'), width: noWidth },
	{ style: 'cn-paren', regex: new RegExp(`[（(]${CN_ORDINAL}[）)]`, 'y'), width: fullIf('（') },
	{ style: 'cn-shi', regex: new RegExp(`${CN_ORDINAL}是(?![否为非])`, 'y'), width: noWidth },
	{ style: 'cn-yao', regex: new RegExp(`${CN_ORDINAL}要(?=[^求素点件])`, 'y'), width: noWidth },
	{ style: 'part', regex: new RegExp(`第${CN_ORDINAL}(?:部分|章|节|篇)`, 'y'), width: noWidth },
	{ style: 'arabic-paren', regex: new RegExp(`[（(]${AR_ORDINAL}[）)]`, 'y'), width: fullIf('（') },
	{ style: 'arabic-dun', regex: new RegExp(`${AR_ORDINAL}、(?![0-9０-９])`, 'y'), width: noWidth },
	{ style: 'arabic-dot', regex: new RegExp(`${AR_ORDINAL}[.．](?![0-9０-９.．%％])`, 'y'), width: fullIf('．') },
	{ style: 'circled', regex: /([①-⑳])/y, width: noWidth },
	{ style: 'bullet', regex: /(——|［[0-9０-９]{1,2}］)/y, width: noWidth },
];

/** The characters a marker can start with: most lines start with none of them, and are rejected at once. */
const MARKER_START = new Set([...'一二三四五六七八九十（(第—［0123456789０１２３４５６７８９'].map((c) => c.charCodeAt(0)).concat(Array.from({ length: 20 }, (_, i) => 0x2460 + i)));

/** The enumeration marker that starts at `from` in `text`, if any. `base` turns the index into a document offset. */
export function matchMarker(text: string, from: number, base: number): Marker | undefined {
	if (!MARKER_START.has(text.charCodeAt(from))) {
		return undefined;
	}
	for (const pattern of PATTERNS) {
		pattern.regex.lastIndex = from;
		const m = pattern.regex.exec(text);
		if (!m) {
			continue;
		}
		const ordinal = ordinalOf(pattern.style, m[1]);
		if (ordinal === null) {
			continue;
		}
		return {
			text: m[0],
			style: pattern.style,
			width: pattern.width(m[0]),
			ordinal,
			span: { start: base + from, end: base + from + m[0].length },
		};
	}
	return undefined;
}

function ordinalOf(style: MarkerStyle, raw: string): number | null {
	switch (style) {
		case 'circled':
			return raw.charCodeAt(0) - 0x2460 + 1;
		case 'bullet':
			return raw.startsWith('［') ? parseArabicNumber(raw.slice(1, -1)) : 0;
		case 'arabic-paren':
		case 'arabic-dun':
		case 'arabic-dot': {
			const n = parseArabicNumber(raw);
			return n !== null && n > 0 ? n : null;
		}
		default: {
			const n = parseChineseNumeral(raw);
			return n !== null && n > 0 && n < 100 ? n : null;
		}
	}
}

/** The run-in markers (一是 二要 第三，) that may also appear inside a paragraph. */
export function isRunInStyle(style: MarkerStyle): boolean {
	return style === 'cn-shi' || style === 'cn-yao';
}
