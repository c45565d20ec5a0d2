import { expect, suite, test } from 'vitest';
import { lines } from '../helpers';
import { findingsOf, PARTS, report, where } from './helpers';

suite('year.plan-year', () => {
	test('an annual report whose plan heading names its own year instead of the next', () => {
		const found = findingsOf(report(...PARTS.measures, ...PARTS.duty, ...PARTS.shortcomings, '四、2023年工作打算', PARTS.plan[1]), 'year.plan-year');
		expect(where(found)).toEqual(['10 2023年工作打算']);
		expect(found[0].message).toContain('2024');
	});

	test('a report on the first half of a year plans the rest of that year', () => {
		const text = lines('某区人民政府', '2024年上半年法治政府建设工作总结', '一、主要举措和成效', '上半年受理案件55件。', '二、存在的不足', '队伍力量不足。', '三、2024年下半年工作打算', '持续深化依法行政。');
		expect(findingsOf(text, 'year.plan-year')).toEqual([]);
		expect(where(findingsOf(text.replace('2024年下半年工作打算', '2025年工作打算'), 'year.plan-year'))).toEqual(['7 2025年工作打算']);
	});

	test('years in Chinese numerals are read as years', () => {
		const text = lines('某县人民政府', '关于二〇二三年度法治政府建设情况的报告', '一、主要举措和成效', '全年受理案件55件。', '二、二〇二三年工作打算', '持续深化依法行政。');
		expect(where(findingsOf(text, 'year.plan-year'))).toEqual(['5 二〇二三年工作打算']);
	});

	test('years in full-width digits (exported from WPS) are read as years', () => {
		const text = lines('某市公安局', '关于２０２２年度法治政府建设情况的报告', '一、主要举措和成效', '全年受理案件５５件。', '二、２０２２年工作打算', '持续深化依法行政。');
		expect(where(findingsOf(text, 'year.plan-year'))).toEqual(['5 ２０２２年工作打算']);
		expect(findingsOf(text, 'year.plan-year')[0].message).toContain('2023');
	});

	test('near misses: the next year, no year, or the year of the shortcomings in a mixed heading', () => {
		for (const plan of ['四、2024年工作安排', '四、下步工作打算', '四、2024—2025年工作打算']) {
			expect(findingsOf(report(...PARTS.measures, ...PARTS.duty, ...PARTS.shortcomings, plan, PARTS.plan[1]), 'year.plan-year'), plan).toEqual([]);
		}
		const mixed = report(...PARTS.measures, ...PARTS.duty, '三、2023年存在的问题及下步工作打算', '个别部门依法决策意识不强，主要原因是学习不够。下一步，我们将持续深化依法行政。');
		expect(findingsOf(mixed, 'year.plan-year')).toEqual([]);
	});

	test('a heading inside the plan part that names a plan for the wrong year; other headings there are left alone', () => {
		const body = [...PARTS.measures, ...PARTS.duty, ...PARTS.shortcomings, '四、2024年工作安排', '（一）总体思路', '持续深化依法行政。', '（二）2023年重点工作安排', '推进严格规范公正文明执法。', '（三）巩固2023年工作成果', '做好总结。'];
		expect(where(findingsOf(report(...body), 'year.plan-year'))).toEqual(['13 2023年重点工作安排']);
		const right = body.map((l) => l.replace('（二）2023年重点工作安排', '（二）2024年重点工作安排'));
		expect(findingsOf(report(...right), 'year.plan-year')).toEqual([]);
	});

	test('a 政府工作报告 plans its own year', () => {
		const head = ['政府工作报告', '——2024年1月22日在某市第十七届人民代表大会第四次会议上'];
		const ok = lines(...head, '一、2023年工作回顾', '全年地区生产总值增长5.2%。', '二、2024年工作安排', '持续扩大有效需求。');
		expect(findingsOf(ok, 'year.plan-year')).toEqual([]);
		const wrong = lines(...head, '一、2023年工作回顾', '全年地区生产总值增长5.2%。', '二、2025年工作安排', '持续扩大有效需求。');
		expect(where(findingsOf(wrong, 'year.plan-year'))).toEqual(['5 2025年工作安排']);
	});
});

suite('year.period', () => {
	test('a five-year plan\'s first year given wrongly (information)', () => {
		const found = findingsOf(report(...PARTS.measures, ...PARTS.plan.slice(0, 1), '2022年是实施“十四五”规划的开局之年，我们将持续深化依法行政。'), 'year.period');
		expect(found.map((f) => [f.line, f.severity])).toEqual([[7, 'information']]);
		expect(found[0].message).toContain('2021');
	});

	test('near misses: the right years, and 开局之年 of something else', () => {
		for (const sentence of [
			'2021年是实施“十四五”规划的开局之年。',
			'2020年是全面建成小康社会和“十三五”规划收官之年。',
			'2023年是全面贯彻落实党的二十大精神的开局之年。',
		]) {
			expect(findingsOf(report(...PARTS.measures, PARTS.plan[0], sentence), 'year.period'), sentence).toEqual([]);
		}
	});
});
