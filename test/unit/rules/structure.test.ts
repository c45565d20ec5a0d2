import { expect, suite, test } from 'vitest';
import { lines } from '../helpers';
import { findingsOf, HEAD, PARTS, report } from './helpers';

suite('structure.missing-section', () => {
	test('a required part no heading covers: a whole-document warning naming the part', () => {
		const found = findingsOf(report(...PARTS.measures, '二、存在的不足及原因', PARTS.shortcomings[1], '三、2024年工作安排', PARTS.plan[1]), 'structure.missing-section');
		expect(found.map((f) => [f.section, f.severity, f.line, f.evidence, f.span])).toEqual([['first_responsibility', 'warning', null, null, null]]);
		expect(found[0].message).toContain('第一责任人');
	});

	test('a part only named in body text: information, with the lines that name it', () => {
		const text = report('一、2023年主要工作及成效', '县政府主要负责人认真履行推进法治建设第一责任人职责，主持召开常务会议专题研究法治政府建设3次。', '二、存在的不足及原因', PARTS.shortcomings[1], '三、2024年工作安排', PARTS.plan[1]);
		const found = findingsOf(text, 'structure.missing-section');
		expect(found.map((f) => [f.section, f.severity])).toEqual([['first_responsibility', 'information']]);
		expect(found[0].message).toContain('5');
	});

	test('near miss: all four parts present, one of them below the top level', () => {
		const text = report(PARTS.measures[0], '（一）严格落实第一责任人职责', '县政府主要负责人带头尊法学法守法用法。', '二、存在的不足及原因', PARTS.shortcomings[1], '三、2024年工作安排', PARTS.plan[1]);
		expect(findingsOf(text, 'structure.missing-section')).toEqual([]);
	});

	test('a 政府工作报告 needs a review and a plan for the year, not a 第一责任人 part', () => {
		const head = ['政府工作报告', '——2024年1月22日在某市第十七届人民代表大会第四次会议上'];
		const complete = lines(...head, '一、2023年工作回顾', '全年地区生产总值增长5.2%。', '二、2024年工作安排', '持续扩大有效需求。');
		expect(findingsOf(complete, 'structure.missing-section')).toEqual([]);
		const noPlan = lines(...head, '一、2023年工作回顾', '全年地区生产总值增长5.2%。');
		expect(findingsOf(noPlan, 'structure.missing-section').map((f) => f.section)).toEqual(['annual_plan']);
	});
});

suite('structure.no-causes', () => {
	test('a shortcomings part that never gives causes (information)', () => {
		const text = report(...PARTS.measures, ...PARTS.duty, '三、存在的不足', '个别部门依法决策意识不强，执法规范化水平有待提升。', ...PARTS.plan);
		const found = findingsOf(text, 'structure.no-causes');
		expect(found.map((f) => [f.line, f.severity, f.section])).toEqual([[8, 'information', 'shortcomings']]);
	});

	test('near miss: causes given in the body (究其原因), or in a part of their own', () => {
		const inBody = report(...PARTS.measures, ...PARTS.duty, '三、存在的不足', '个别部门依法决策意识不强。究其原因，主要是学习培训不够。', ...PARTS.plan);
		expect(findingsOf(inBody, 'structure.no-causes')).toEqual([]);
		const ownPart = report(...PARTS.measures, ...PARTS.duty, '三、存在的不足', '个别部门依法决策意识不强。', '四、问题产生的原因', '学习培训针对性不强。', '五、2024年工作安排', PARTS.plan[1]);
		expect(findingsOf(ownPart, 'structure.no-causes')).toEqual([]);
	});

	test('near miss: reports before the 2019 regulation', () => {
		const text = lines(HEAD[0], '关于2018年度法治政府建设情况的报告', '一、2018年主要工作', '全年审查文件12件。', '二、存在的不足', '个别部门依法决策意识不强。', '三、2019年工作安排', '持续深化依法行政。');
		expect(findingsOf(text, 'structure.no-causes')).toEqual([]);
	});
});
