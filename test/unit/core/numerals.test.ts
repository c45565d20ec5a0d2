import { suite, test, expect } from 'vitest';
import { capitalNumeralValue, chineseNumeralValue, parseArabicNumber, parseChineseNumeral, readArabic } from '../../../server/src/core/numerals';

suite('parseChineseNumeral', () => {
	test.each([
		['零', 0],
		['〇', 0],
		['一', 1],
		['两', 2],
		['十', 10],
		['十二', 12],
		['二十', 20],
		['九十九', 99],
		['一百', 100],
		['百', 100],
		['一百零五', 105],
		['三百零五', 305],
		['一百一十', 110],
		['一百二', 120],
		['两千', 2000],
		['三千五', 3500],
		['一千零一', 1001],
		['一万', 10000],
		['一万二', 12000],
		['两万五千', 25000],
		['一万零二', 10002],
		['十万', 100000],
		['一千万', 1e7],
		['一亿', 1e8],
		['一亿二千万', 1.2e8],
		['一亿二', 1.2e8],
		['三万亿', 3e12],
		['二〇二一', 2021],
		['二零二零', 2020],
		['一九九八', 1998],
	])('%s → %d', (text, value) => {
		expect(parseChineseNumeral(text)).toBe(value);
	});

	test.each(['', '十十', '百千', '二三十', '一二十', '两〇', '十四五', '三个', 'abc', '双'])('%j is not one numeral', (text) => {
		expect(parseChineseNumeral(text)).toBeNull();
	});

	test('reads a slice of a longer text without copying it', () => {
		expect(chineseNumeralValue('共三百零五件', 1, 5)).toBe(305);
	});

	test('a run longer than any numeral is none', () => {
		expect(chineseNumeralValue('十'.repeat(100_000), 0, 100_000)).toBeNull();
	});
});

suite('capitalNumeralValue', () => {
	test.each([
		['壹佰贰拾万', 1_200_000],
		['叁仟伍佰', 3500],
		['壹佰零伍万', 1_050_000],
		['贰万', 20_000],
		['壹拾', 10],
		['貳佰', 200],
		['玖亿捌仟万', 980_000_000],
	])('%s = %d', (text, value) => {
		expect(capitalNumeralValue(text, 0, text.length)).toBe(value);
	});

	// A capital digit alone is a word's character (队伍, 陆续); a place alone (拾, 收拾) is none either.
	test.each(['伍', '陆', '拾', '佰仟', '伍一'])('%j is no amount in capitals', (text) => {
		expect(capitalNumeralValue(text, 0, text.length)).toBeNull();
	});
});

suite('parseArabicNumber', () => {
	test.each([
		['0', 0],
		['55', 55],
		['6546.22', 6546.22],
		['0.5', 0.5],
		['１２３', 123],
		['１２．５', 12.5],
		['1,234', 1234],
		['1，234', 1234],
		['12,345,678', 12345678],
		['1,234.5', 1234.5],
		['1 200', 1200],
		['13 000 000', 13000000],
	])('%s → %d', (text, value) => {
		expect(parseArabicNumber(text)).toBe(value);
	});

	test.each(['', '1,23', '1234,567', '12,3456', '1.', '.5', '1.2.3', '十', '1 2', '-1'])('%j is not one number', (text) => {
		expect(parseArabicNumber(text)).toBeNull();
	});

	test('thousands groups only when grouped by three', () => {
		expect(readArabic('分别为12，34件', 3).end).toBe(5);
		expect(readArabic('共1，234件', 1).end).toBe(6);
		// One space between groups of three is the thousands spacing GB/T 15835 allows; other spaces part numbers.
		expect(readArabic('受理1 200件', 2).end).toBe(7);
		expect(readArabic('1 2345', 0).end).toBe(1);
		expect(readArabic('12  345', 0).end).toBe(2);
	});

	test('keeps the mantissa exact so multipliers do not drift', () => {
		const n = readArabic('6546.22', 0);
		expect((n.mantissa * 1e4) / 10 ** n.decimals).toBe(65462200);
	});
});
