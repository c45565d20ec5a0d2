import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { expect, suite, test } from 'vitest';
import { matchMarker } from '../../../server/src/core/markers';
import { parseArabicNumber, parseChineseNumeral } from '../../../server/src/core/numerals';
import type { Marker, MarkerStyle, MarkerWidth } from '../../../server/src/core/types';

const ROOT = resolve(__dirname, '../../..');

/**
 * What a marker is, written as the regular expressions the hand-written reader replaced: the first that matches at
 * the position and yields an ordinal wins. The reader must agree with them everywhere.
 */
const CN = '([一二三四五六七八九十]{1,3})';
const AR = '([0-9０-９]{1,2})';
const SPEC: readonly { style: MarkerStyle; regex: RegExp; full: string | null }[] = [
	{ style: 'cn-dun', regex: new RegExp(`${CN}、`, 'y'), full: null },
	{ style: 'cn-paren', regex: new RegExp(`[（(]${CN}[）)]`, 'y'), full: '（' },
	{ style: 'cn-shi', regex: new RegExp(`${CN}是(?![否为非])`, 'y'), full: null },
	{ style: 'cn-yao', regex: new RegExp(`${CN}要(?=[^求素点件])`, 'y'), full: null },
	{ style: 'part', regex: new RegExp(`第${CN}(?:部分|章|节|篇)`, 'y'), full: null },
	{ style: 'arabic-paren', regex: new RegExp(`[（(]${AR}[）)]`, 'y'), full: '（' },
	// 1.1 健全…, 1.2.3推进…: an outline number, with a blank before its title when it has one point.
	{ style: 'arabic-decimal', regex: new RegExp(`(${AR}(?![0-9０-９])[.．]${AR}(?![0-9０-９]))(?=[ \u3000]+(?![万亿千百倍个])[\\u4e00-\\u9fff“《])`, 'y'), full: '．' },
	{ style: 'arabic-decimal', regex: new RegExp(`(${AR}(?![0-9０-９])[.．]${AR}(?![0-9０-９])[.．](?![0-9０-９]))(?=[ \u3000]*(?![万亿千百倍个])[\\u4e00-\\u9fff“《])`, 'y'), full: '．' },
	{ style: 'arabic-decimal', regex: new RegExp(`(${AR}(?![0-9０-９])(?:[.．]${AR}(?![0-9０-９])){2,3}(?:[.．](?![0-9０-９]))?)(?=[ \u3000]*(?![万亿千百倍个])[\\u4e00-\\u9fff“《])`, 'y'), full: '．' },
	// 1 主要举措和成效 (a full-width space after the 1): a bare number before a title line's text (no blank inside, no mark ending a clause).
	{ style: 'arabic-decimal', regex: /([1-9１-９][0-9０-９]?)(?![0-9０-９])(?=[ \u3000]+[\u4e00-\u9fff0-9０-９][^\s\u200b\x85。！？；;，,：:!?]{1,39}[\s\u200b\x85]*$)(?=[ \u3000]+[^\s\u200b\x85]*[\u4e00-\u9fff])/y, full: null },
	{ style: 'arabic-dun', regex: new RegExp(`${AR}、(?![0-9０-９])`, 'y'), full: null },
	{ style: 'arabic-dot', regex: new RegExp(`${AR}[.．](?![0-9０-９.．%％])`, 'y'), full: '．' },
	// Pandoc's escaped point (1\. 深化…).
	{ style: 'arabic-dot', regex: new RegExp(`${AR}\\\\\\.(?![0-9０-９])`, 'y'), full: '．' },
	// 1.2个平台, 3.12345热线, 4.2025年工作安排: the number run into the title's first figure (a whole count, a code of five
	// digits or more, or a year).
	{ style: 'arabic-dot', regex: new RegExp(`${AR}[.．](?=[0-9０-９]+(?:个(?!百分点|工作日|月|小时|季度|年)|项(?!次)|类|家|件|条|名|所|场|批|宗|起|套)|[0-9０-９]{5,}[\u4e00-\u4e06\u4e08-\u4ebe\u4ec0-\u9fff]|(?:[1１][9９]|[2２][0０])[0-9０-９]{2}年)`, 'y'), full: '．' },
	{ style: 'circled', regex: /([①-⑳⓵-⓾❶-❿➀-➉➊-➓])/y, full: null },
	// Numbers set as one character: ⑴ stands for （1）, ⒈ for 1., ㈠ for （一）.
	{ style: 'arabic-paren', regex: /([⑴-⒇])/y, full: null },
	{ style: 'arabic-dot', regex: /([⒈-⒛])/y, full: null },
	{ style: 'cn-paren', regex: /([㈠-㈩])/y, full: null },
	{ style: 'bullet', regex: /(——|［[0-9０-９]{1,2}］)/y, full: null },
	// Spaced out by a PDF's text extraction, tried after every plain form: 一 、, （ 一 ）, 1 . 完善….
	{ style: 'cn-dun', regex: new RegExp(`${CN}[ \u3000]、`, 'y'), full: null },
	{ style: 'cn-paren', regex: new RegExp(`[（(][ \u3000]?${CN}[ \u3000]?[）)]`, 'y'), full: '（' },
	{ style: 'arabic-paren', regex: new RegExp(`[（(][ \u3000]?${AR}[ \u3000]?[）)]`, 'y'), full: '（' },
	{ style: 'arabic-dot', regex: new RegExp(`${AR}[ \u3000][.．](?=[ \u3000]*[\u4e00-\u9fff“《])`, 'y'), full: '．' },
];

/** The first character of each set of numbers written as one character. */
const ONE_CHARACTER_SETS = ['①', '⑴', '⒈', '⓵', '❶', '➀', '➊', '㈠'].map((c) => c.charCodeAt(0));

function specOrdinal(style: MarkerStyle, raw: string): number | null {
	if (/^[①-⒛⓵-⓾❶-➓㈠-㈩]$/.test(raw)) {
		const first = Math.max(...ONE_CHARACTER_SETS.filter((c) => c <= raw.charCodeAt(0)));
		return raw.charCodeAt(0) - first + 1;
	}
	if (style === 'bullet') {
		return raw.startsWith('［') ? parseArabicNumber(raw.slice(1, -1)) : 0;
	}
	if (style === 'arabic-decimal') {
		// Every part is a number from 1; the ordinal is the last. One point needs a blank after it (1.2 健全…).
		const parts = raw.replace(/[.．]$/, '').split(/[.．]/).map((p) => parseArabicNumber(p) ?? 0);
		return parts.every((p) => p > 0) ? parts[parts.length - 1] : null;
	}
	if (style.startsWith('arabic')) {
		const n = parseArabicNumber(raw);
		return n !== null && n > 0 ? n : null;
	}
	const n = parseChineseNumeral(raw);
	return n !== null && n > 0 && n < 100 ? n : null;
}

/** 一、二季度, 二、三审: the next numeral and a noun both count, right after 、, make a pair of numerals, not a marker. */
const PAIRED = /^([一二三四五六七八九十])[季月审级类产线星档批期轮号代等个项次年胎]/;

function pairsWithNext(style: MarkerStyle, text: string, end: number, ordinal: number): boolean {
	const m = style === 'cn-dun' ? PAIRED.exec(text.slice(end)) : null;
	return m !== null && parseChineseNumeral(m[1]) === ordinal + 1;
}

function specMarker(text: string, from: number, base: number): Marker | undefined {
	for (const { style, regex, full } of SPEC) {
		regex.lastIndex = from;
		const m = regex.exec(text);
		const ordinal = m ? specOrdinal(style, m[1]) : null;
		if (m && ordinal !== null && pairsWithNext(style, text, from + m[0].length, ordinal)) {
			return undefined;
		}
		if (m && ordinal !== null) {
			// A bracketed marker is full width when both its brackets are.
			const width: MarkerWidth = full === null ? 'none' : m[0].includes(full) && (full !== '（' || m[0].includes('）')) ? 'full' : 'half';
			return { text: m[0], style, width, ordinal, span: { start: base + from, end: base + from + m[0].length } };
		}
	}
	return undefined;
}

/** Every character a SPEC expression can start with. */
const MAY_START = /[一二三四五六七八九十0-9０-９（(第—［①-⒛⓵-⓾❶-➓㈠-㈩]/;

const PIECES = [...'一二三四五六七八九十零两百、是要否为非求素点件个项次类月万亿热（()）第部分章节篇0123456789０１２３４５６７８９.．\\%％①⑩⑳⑴⒇⒈⒛㈠㈩❶❿➀➊⓵—－［］年 　x季审级《“，。\t倍千'];

suite('matchMarker', () => {
	test('agrees with the regular expressions at every position of the seeds and fixtures', () => {
		let matched = 0;
		const disagreements: string[] = [];
		for (const dir of ['seeds', 'test/fixtures']) {
			for (const file of readdirSync(join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f))) {
				for (const line of readFileSync(join(ROOT, dir, file), 'utf8').split(/\r\n|\r|\n/)) {
					for (let i = 0; i <= line.length; i++) {
						// Where no expression can start, the reader must find nothing: checked without running them all.
						const expected = MAY_START.test(line[i] ?? '') ? specMarker(line, i, 10) : undefined;
						const got = matchMarker(line, i, 10);
						// Compared as JSON, one expect at the end: an expect per position (a million) took seconds.
						if (JSON.stringify(got) !== JSON.stringify(expected)) {
							disagreements.push(`${file}: ${line.slice(i, i + 8)}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
						}
						matched += expected ? 1 : 0;
					}
				}
			}
		}
		expect(disagreements.slice(0, 10)).toEqual([]);
		expect(matched).toBeGreaterThan(200);
	});

	test('a bracketed marker is full width only when both its brackets are: （三) is half among （一）（二）', () => {
		expect(matchMarker('（三)强化卫生监督执法', 0, 0)).toMatchObject({ text: '（三)', width: 'half', style: 'cn-paren' });
		expect(matchMarker('(四）加强队伍建设', 0, 0)).toMatchObject({ width: 'half' });
		expect(matchMarker('（二）推进依法行政', 0, 0)).toMatchObject({ width: 'full' });
	});

	test('a pair of numerals opening a sentence is no marker: 一、二季度, 二、三审; 一、二〇二四年 and 三、四风 are', () => {
		expect(matchMarker('一、二季度，全区开展督察', 0, 0)).toBeUndefined();
		expect(matchMarker('二、三审环节共退回文件14件', 0, 0)).toBeUndefined();
		expect(matchMarker('一、二〇二四年工作回顾', 0, 0)?.text).toBe('一、');
		expect(matchMarker('三、四风问题整治', 0, 0)?.text).toBe('三、');
		expect(matchMarker('二、四季度工作', 0, 0)?.text).toBe('二、');
	});

	test('a decimal outline: 1.1 and 1.2.3 before a title, a bare 1 before a title line; decimals, spaced tables and 01 are not', () => {
		expect(matchMarker('1.1 健全数据管理制度体系', 0, 0)).toMatchObject({ text: '1.1', style: 'arabic-decimal', width: 'half', ordinal: 1 });
		expect(matchMarker('1.2.4强化数据安全监管。开展检查2轮', 0, 0)).toMatchObject({ text: '1.2.4', style: 'arabic-decimal', ordinal: 4 });
		expect(matchMarker('1．3　强化行政权力制约和监督', 0, 0)).toMatchObject({ text: '1．3', width: 'full', ordinal: 3 });
		expect(matchMarker('4　2025年推进法治政府建设主要安排', 0, 0)).toMatchObject({ text: '4', style: 'arabic-decimal', width: 'none', ordinal: 4 });
		expect(matchMarker('1.85亿元用于', 0, 0)).toBeUndefined();
		expect(matchMarker('98.6%的事项', 0, 0)).toBeUndefined();
		expect(matchMarker('1.2 万件诉求', 0, 0)).toBeUndefined();
		expect(matchMarker('1.2个平台集成', 0, 0)?.style).toBe('arabic-dot');
		expect(matchMarker('1    行政许可    23', 0, 0)).toBeUndefined();
		expect(matchMarker('1 全年办结案件23件，结案率98%', 0, 0)).toBeUndefined();
		expect(matchMarker('03 存在的不足和原因', 0, 0)).toBeUndefined();
		expect(matchMarker('4.2025年工作安排', 0, 0)).toMatchObject({ text: '4.', style: 'arabic-dot' });
		expect(matchMarker('1.1. 完善制度体系', 0, 0)).toMatchObject({ text: '1.1.', style: 'arabic-decimal', ordinal: 1 });
		expect(matchMarker('1.2.3.推进依法行政', 0, 0)).toMatchObject({ text: '1.2.3.', ordinal: 3 });
		expect(matchMarker('4.2025亿元', 0, 0)).toBeUndefined();
	});

	test('a number set as one character counts in the style it stands for: ㈠ as （一）, ⑴ as （1）, ⒈ as 1., ❶ as ①', () => {
		expect(matchMarker('㈢推进严格规范公正文明执法', 0, 0)).toMatchObject({ text: '㈢', style: 'cn-paren', width: 'none', ordinal: 3 });
		expect(matchMarker('⑿加强队伍建设', 0, 0)).toMatchObject({ text: '⑿', style: 'arabic-paren', ordinal: 12 });
		expect(matchMarker('⒋规范执法程序', 0, 0)).toMatchObject({ text: '⒋', style: 'arabic-dot', ordinal: 4 });
		expect(matchMarker('❷现场办理', 0, 0)).toMatchObject({ style: 'circled', ordinal: 2 });
		expect(matchMarker('➓其他事项', 0, 0)).toMatchObject({ style: 'circled', ordinal: 10 });
		expect(matchMarker('㉑不是一组', 0, 0)).toBeUndefined();
	});

	test('a marker a PDF extraction spaced out is read as written: 一 、, （ 一 ）, ( 二 ), 1 . 完善, ２ ． 加强', () => {
		expect(matchMarker('一 、主要举措和成效', 0, 0)).toMatchObject({ text: '一 、', style: 'cn-dun', ordinal: 1 });
		expect(matchMarker('（ 一 ）健全制度', 0, 0)).toMatchObject({ text: '（ 一 ）', style: 'cn-paren', width: 'full', ordinal: 1 });
		expect(matchMarker('( 二 )规范执法', 0, 0)).toMatchObject({ text: '( 二 )', width: 'half', ordinal: 2 });
		expect(matchMarker('1 . 完善合法性审查', 0, 0)).toMatchObject({ text: '1 .', style: 'arabic-dot', ordinal: 1 });
		expect(matchMarker('２ ． 加强备案审查', 0, 0)).toMatchObject({ text: '２ ．', width: 'full', ordinal: 2 });
		expect(matchMarker('1 . 5万元', 0, 0)).toBeUndefined();
		expect(matchMarker('一 、二季度', 0, 0)).toBeUndefined();
	});

	test('agrees with the regular expressions on any string of marker characters', () => {
		const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
		fc.assert(fc.property(text, fc.nat(3), (s, from) => {
			expect(matchMarker(s, from, 3)).toEqual(specMarker(s, from, 3));
		}), { numRuns: 20_000 });
	});
});
