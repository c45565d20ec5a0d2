import { MemoKey } from '../../memo';
import type { Line } from '../../types';
import type { RawFinding, Rule } from '../types';

const MEASURES = '起件个次人名项家份场';
/**
 * number + two-character noun + measure word: 1案件起 for 1起案件. The measure word must not start a word of its own
 * (起诉, 人员, 项目), and the number is a whole run of digits, not after a decimal point (1.5案件起 is not one).
 * Found by the number's last digit: one search of the line for this plain pattern, the rest checked by hand, is
 * faster than a search with lookarounds tried at every character. Nothing in it crosses a line break.
 */
const SITE = new RegExp(`[0-9０-９][\\u4e00-\\u9fa5]{2}[${MEASURES}]`, 'g');
const DIGIT = /[0-9０-９]/;
const DECIMAL_POINT = /[.．]/;
const STARTS_A_WORD = /[诉草来点步始数员民目单庭额所称长口工体性次]/;
/** What follows a number without being a noun: a qualifier, a multiplier or a time unit (20余家次, 5万元件). */
const NOT_A_NOUN_START = /^[余多万亿千百十年月日天号届期]/;

const CANDIDATES = new MemoKey<(Garbled[] | null)[]>('garbled units by line');

/**
 * A measure word that landed after its noun (1案件起). Only reported when the same report uses that measure word for
 * that noun the regular way (案件 18 起, 2起案件), so a word that merely ends in 起 or 件 is never taken for one.
 */
export const textGarbledUnit: Rule = {
	id: 'text.garbled-unit',
	defaultSeverity: 'warning',
	check(analysis, context) {
		// The candidates are found line by line, so after an edit only the edited line is searched again.
		const byLine = context.perLine(CANDIDATES, candidatesIn);
		if (byLine.every((found) => found === null)) {
			return [];
		}
		const nouns = new Set<string>();
		for (const found of byLine) {
			for (const c of found ?? []) {
				nouns.add(c.noun);
			}
		}
		const regular = regularPairs(analysis.text, nouns);
		const findings: RawFinding[] = [];
		byLine.forEach((found, i) => {
			for (const { at, whole, digits, noun, measure } of found ?? []) {
				if (!regular.has(noun + measure)) {
					continue;
				}
				const start = analysis.lines[i].start + at;
				findings.push({ span: { start, end: start + whole.length }, evidence: whole, message: context.message('text.garbled-unit', { text: whole, fixed: `${digits}${measure}${noun}` }) });
			}
		});
		return findings;
	},
};

/** The garbled units of a text line, with their places in it; null for none. */
function candidatesIn(line: Line): Garbled[] | null {
	if (line.blank || line.directive) {
		return null;
	}
	const text = line.text;
	let found: Garbled[] | null = null;
	SITE.lastIndex = 0;
	for (let site = SITE.exec(text); site; site = SITE.exec(text)) {
		const end = site.index + site[0].length;
		let start = site.index;
		while (start > 0 && DIGIT.test(text[start - 1])) {
			start--;
		}
		if ((start > 0 && DECIMAL_POINT.test(text[start - 1])) || (end < text.length && STARTS_A_WORD.test(text[end]))) {
			continue;
		}
		const noun = text.slice(site.index + 1, end - 1);
		if (!NOT_A_NOUN_START.test(noun)) {
			(found ??= []).push({ at: start, whole: text.slice(start, end), digits: text.slice(start, site.index + 1), noun, measure: text[end - 1] });
		}
	}
	return found;
}

interface Garbled {
	/** Where it starts in its line. */
	at: number;
	whole: string;
	digits: string;
	noun: string;
	measure: string;
}

const SPACE = 1;
const NUMERAL = 2;
const QUALIFIER = 4;
/**
 * By UTF-16 code unit, the classes the regular forms are made of: \s (U+3000 included), the numerals, and 余 or 多.
 * A table, since every occurrence of a noun reads a few characters around it.
 */
const KIND = new Uint8Array(0x10000);
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) {
	KIND[code] = SPACE;
}
for (let code = 0x2000; code <= 0x200a; code++) {
	KIND[code] = SPACE;
}
for (const c of '0123456789０１２３４５６７８９一二三四五六七八九十两百千万') {
	KIND[c.charCodeAt(0)] = NUMERAL;
}
for (const c of '余多') {
	KIND[c.charCodeAt(0)] = QUALIFIER;
}

function is(text: string, i: number, kind: number): boolean {
	return KIND[text.charCodeAt(i)] === kind;
}
/** Up to this many nouns, a native search per noun beats one pass over the text by hand. */
const MAX_SEARCHES = 4;

/**
 * Every noun + measure word pair that the text writes the regular way, among the nouns asked for: the noun, a number
 * and the measure word (案件 18 起, 案件3余起), or a number, the measure word and the noun (18起案件, 3余 起案件).
 * Every such use holds the noun, so only the noun's occurrences are read, each in a few characters around it.
 */
function regularPairs(text: string, nouns: ReadonlySet<string>): Set<string> {
	const found = new Set<string>();
	if (nouns.size <= MAX_SEARCHES) {
		for (const noun of nouns) {
			const after = new Measures(text);
			for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
				visit(text, at, after, found);
			}
		}
		return found;
	}
	const first = new Uint8Array(0x10000);
	for (const noun of nouns) {
		first[noun.charCodeAt(0)] = 1;
	}
	const after = new Measures(text);
	for (let at = 0; at + 2 <= text.length; at++) {
		if (first[text.charCodeAt(at)] === 1 && nouns.has(text.slice(at, at + 2))) {
			visit(text, at, after, found);
		}
	}
	return found;
}

function visit(text: string, at: number, after: Measures, found: Set<string>): void {
	const noun = text.slice(at, at + 2);
	const following = after.measureAt(at + 2);
	if (following !== undefined) {
		found.add(noun + following);
	}
	const preceding = measureBefore(text, at);
	if (preceding !== undefined) {
		found.add(noun + preceding);
	}
}

/**
 * The character that stands where a measure word would after a noun: past spaces, a number, spaces and 余 or 多
 * (案件 18 起 → 起). A noun made of numerals (一二) can recur inside the number of an earlier occurrence, so the end of
 * the last number read is kept and the same digits are never read twice: the occurrences come in text order.
 */
class Measures {
	private numberStart = -1;
	private numberEnd = -1;

	constructor(private readonly text: string) {}

	measureAt(from: number): string | undefined {
		const text = this.text;
		let i = from;
		while (i < text.length && is(text, i, SPACE)) {
			i++;
		}
		let j: number;
		if (i > this.numberStart && i < this.numberEnd) {
			j = this.numberEnd;
		} else {
			j = i;
			while (j < text.length && is(text, j, NUMERAL)) {
				j++;
			}
			this.numberStart = i;
			this.numberEnd = j;
		}
		if (j === i) {
			return undefined;
		}
		while (j < text.length && is(text, j, SPACE)) {
			j++;
		}
		if (j < text.length && is(text, j, QUALIFIER)) {
			j++;
		}
		return text[j];
	}
}

/** The measure word right before a noun when a number precedes it, with 余 or 多 and spaces between (18起案件 → 起). */
function measureBefore(text: string, at: number): string | undefined {
	let i = at - 2;
	while (i >= 0 && is(text, i, SPACE)) {
		i--;
	}
	if (i >= 0 && is(text, i, QUALIFIER)) {
		i--;
	}
	return i >= 0 && is(text, i, NUMERAL) ? text[at - 1] : undefined;
}
