import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, suite, test } from 'vitest';
import { HEAD_LINES, looksLikeReport } from '../../../client/src/autoDetect';
import { lines, ROOT } from '../helpers';

const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

suite('autoDetect: looksLikeReport', () => {
	test.each(readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')))('seed %s is a report', (file) => {
		expect(looksLikeReport(read('seeds', file))).toBe(true);
	});

	test.each(['dept-2023.txt', 'province-gov-work-2024.txt', 'district-2022.md'])('fixture %s is a report', (file) => {
		expect(looksLikeReport(read('test', 'fixtures', file))).toBe(true);
	});

	test('a Markdown report: hashes, bold and a BOM do not hide the title or the markers', () => {
		expect(looksLikeReport(lines('\ufeff# 某区2022年法治政府建设情况报告', '', '正文。', '## **一、主要做法**'))).toBe(true);
		expect(looksLikeReport(lines('# 政府工作报告', '', '### （一）稳增长'))).toBe(true);
	});

	test('CRLF, CR and full-width indentation are all line breaks and blanks', () => {
		expect(looksLikeReport('某局\r\n2023年法治政府建设年度报告\r\n\r\n\u3000\u3000一、主要做法')).toBe(true);
		expect(looksLikeReport('某局\r2023年法治政府建设年度报告\r第一部分 总体情况')).toBe(true);
	});

	test('a section marker without a title line before it is not enough', () => {
		expect(looksLikeReport(lines('会议纪要', '一、参会人员', '二、议定事项'))).toBe(false);
		expect(looksLikeReport(lines('一、主要做法', '关于2023年度法治政府建设情况的报告'))).toBe(false);
	});

	test('a title without any section marker is not enough', () => {
		expect(looksLikeReport(lines('关于2023年度法治政府建设情况的报告', '', '2023年，我县……'))).toBe(false);
	});

	test('报告 in a body sentence or a lead-in is not a title', () => {
		expect(looksLikeReport(lines('各部门要定期向区委报告工作。', '一、工作要求'))).toBe(false);
		expect(looksLikeReport(lines('现将有关情况报告如下：', '（一）基本情况'))).toBe(false);
		expect(looksLikeReport(lines(`${'根据工作安排，'.repeat(10)}形成本报告`, '一、总体情况'))).toBe(false);
	});

	test('Markdown notes, READMEs and empty text are left alone', () => {
		expect(looksLikeReport(lines('# README', '', '1. install', '2. run'))).toBe(false);
		expect(looksLikeReport(lines('# 周报告模板', '', '- 本周完成', '- 下周计划'))).toBe(false);
		expect(looksLikeReport('')).toBe(false);
	});

	test(`only the first ${HEAD_LINES} non-blank lines count, however many blank lines separate them`, () => {
		const filler = Array.from({ length: HEAD_LINES }, (_, i) => `第${i + 1}段正文。`);
		expect(looksLikeReport(lines('关于2023年度法治政府建设情况的报告', ...filler, '一、主要做法'))).toBe(false);
		expect(looksLikeReport(lines('关于2023年度法治政府建设情况的报告', ...filler.slice(2), '一、主要做法'))).toBe(true);
		expect(looksLikeReport(lines('关于2023年度法治政府建设情况的报告', ...Array<string>(100).fill(''), '一、主要做法'))).toBe(true);
	});
});
