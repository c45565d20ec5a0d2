import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { applyEdits } from '../../../server/src/core/fixes/apply';
import { checkReport } from '../../../server/src/core/rules';
import { findingsOf, PARTS, report, where } from './helpers';

const NUMBERING = ['numbering.gap', 'numbering.duplicate', 'numbering.order', 'numbering.mixed-style', 'numbering.width-mix', 'numbering.unmarked-heading', 'numbering.level-order'];

/** "line rule evidence" of every numbering finding. */
function numbering(text: string): string[] {
	return checkReport(analyzeReport(text)).filter((f) => NUMBERING.includes(f.rule)).map((f) => `${f.line} ${f.rule} ${f.evidence}`);
}

suite('numbering.gap', () => {
	test('a skipped sibling number, on the first out-of-sequence marker', () => {
		const text = report(PARTS.measures[0], '（一）健全制度体系', '（二）规范行政执法', '（四）化解矛盾纠纷', ...PARTS.duty, ...PARTS.shortcomings, ...PARTS.plan);
		const found = findingsOf(text, 'numbering.gap');
		expect(where(found)).toEqual(['7 （四）']);
		expect(found[0].message).toContain('（三）');
		expect(found[0].severity).toBe('warning');
	});

	test('near miss: items numbered straight through consecutive parts are not a gap', () => {
		const text = report(PARTS.measures[0], '（一）健全制度体系', '1.完善决策机制', '2.规范文件管理', '（二）规范行政执法', '3.落实三项制度', '4.加强执法监督');
		expect(numbering(text)).toEqual([]);
	});

	test('near miss: numbers that run in inside a paragraph fill the gap between headings', () => {
		const text = report(PARTS.plan[0].replace('四、', '一、'), '一是加强学习。把习近平法治思想纳入县政府常务会议学法内容。', '二是强化监督，开展行政执法案卷评查；三是完善考核，将法治建设纳入绩效考核。', '四是优化服务。深化“高效办成一件事”改革。');
		expect(numbering(text)).toEqual([]);
	});

	test('near miss: the first run-in item ends its heading\'s line, the others open lines of their own', () => {
		const text = report(PARTS.measures[0], '（一）聚焦高位推进，压实工作责任。一是强化领导压实责任。', '县政府主要领导定期听取汇报。', '二是示范引领提升能力。', '县政府领导班子带头学法。', '三是强化考评落实责任。', '坚持将法治政府建设成效纳入考核。');
		expect(numbering(text)).toEqual([]);
		const skipped = report(PARTS.measures[0], '（一）聚焦高位推进，压实工作责任。', '县政府主要领导定期听取汇报。', '二是示范引领提升能力。', '县政府领导班子带头学法。', '三是强化考评落实责任。', '坚持将法治政府建设成效纳入考核。');
		expect(numbering(skipped)).toEqual([expect.stringMatching(/ numbering\.gap 二是$/)]);
	});

	test('near miss: a complete run has no finding', () => {
		expect(numbering(report(...PARTS.measures, ...PARTS.duty, ...PARTS.shortcomings, ...PARTS.plan))).toEqual([]);
	});
});

suite('numbering.duplicate', () => {
	test('a repeated number, only where it repeats', () => {
		const text = report(PARTS.measures[0], '（一）健全制度体系', '1、严格决策程序。全年作出重大行政决策6项。', '2、加强合法性审查。', '2、规范文件管理。', '3、深化政务公开。');
		expect(numbering(text)).toEqual(['8 numbering.duplicate 2、']);
	});

	test('near miss: a second list under the same parent starts again at 1', () => {
		const text = report(PARTS.measures[0], '一是加强学习。把习近平法治思想纳入学法内容。', '二是强化监督。开展行政执法案卷评查。', '三是完善考核。将法治建设纳入绩效考核。', '一是优化服务。深化“高效办成一件事”改革。', '二是化解纠纷。全年调解纠纷2856件。');
		expect(numbering(text)).toEqual([]);
	});

	test('near miss: a Markdown ordered list written 1. 1. 1. (Markdown numbers it)', () => {
		const text = ['# 某区2023年法治政府建设情况报告', '', '## 一、主要举措和成效', '', '1. 健全制度体系。全年审查文件12件。', '', '1. 规范行政执法。全年评查案卷320卷。', '', '1. 化解矛盾纠纷。全年调解纠纷2856件。'].join('\n');
		expect(checkReport(analyzeReport(text, { format: 'markdown' })).filter((f) => f.rule === 'numbering.duplicate')).toEqual([]);
		expect(numbering(text.replace('# 某区', '某区'))).toContain('9 numbering.duplicate 1.');
	});

	test('near miss: the same number under different parents', () => {
		const text = report(PARTS.measures[0], '（一）健全制度体系', '1、严格决策程序。', '（二）规范行政执法', '1、落实三项制度。');
		expect(findingsOf(text, 'numbering.duplicate')).toEqual([]);
	});
});

suite('numbering.order', () => {
	test('numbers out of order: a gap and a number that comes back below, as the gold\'s sequence rule has it, and the order as an observation', () => {
		const text = report(PARTS.measures[0], '（一）健全制度体系', '（二）规范行政执法', '（三）化解矛盾纠纷', '（五）加强普法宣传', '（四）强化队伍建设');
		expect(numbering(text)).toEqual(['8 numbering.gap （五）', '8 numbering.order （五）', '9 numbering.duplicate （四）']);
		const found = checkReport(analyzeReport(text)).filter((f) => f.rule.startsWith('numbering.'));
		expect(found.map((f) => `${f.rule} ${f.severity}`)).toEqual(['numbering.gap warning', 'numbering.order information', 'numbering.duplicate warning']);
		// The duplicate here repeats nothing: its message says where the run had got to.
		expect(found[2].message).toBe('序号顺序错乱：此处应为“（六）”，却是“（四）”');
	});

	test('a swap inside the run: the number after it is a gap back to where the run was, worded as an order problem', () => {
		const text = report(PARTS.measures[0], '（一）健全制度体系', '（三）化解矛盾纠纷', '（二）规范行政执法', '（四）加强普法宣传');
		expect(numbering(text)).toEqual(['6 numbering.gap （三）', '6 numbering.order （三）', '7 numbering.duplicate （二）', '8 numbering.gap （四）']);
		expect(findingsOf(text, 'numbering.gap')[1].message).toBe('序号顺序错乱：此处应为“（三）”，却是“（四）”');
	});

	test('near miss: ascending numbers', () => {
		const text = report(PARTS.measures[0], '（一）健全制度体系', '（二）规范行政执法', '（三）化解矛盾纠纷');
		expect(findingsOf(text, 'numbering.order')).toEqual([]);
	});
});

suite('numbering.mixed-style', () => {
	test('（1） among （二）（三）: the odd one out, which is not also a gap or a repeat', () => {
		const text = report(PARTS.measures[0], '（1） 强化组织领导', '（二）强化理论学习', '（三）强化制度保障');
		expect(numbering(text)).toEqual(['5 numbering.mixed-style （1）']);
	});

	test('near miss: a consistent half-width run, and a child level in its own style', () => {
		const text = report(PARTS.measures[0], '(一)完善行政决策机制', '1.严格决策程序', '2.发挥法律顾问作用', '(二)发挥府院联动作用', '(三)落实行政执法责任');
		expect(numbering(text)).toEqual([]);
	});
});

suite('numbering.width-mix', () => {
	test('half-width (二) among full-width （一）（三）', () => {
		const text = report(PARTS.plan[0], '（一）深入学习贯彻习近平法治思想。', '(二)持续推进严格规范公正文明执法。', '（三）加强法治保障队伍建设。');
		expect(where(findingsOf(text, 'numbering.width-mix'))).toEqual(['6 (二)']);
		expect(findingsOf(text, 'numbering.mixed-style')).toEqual([]);
	});

	test('near miss: half-width used for every sibling', () => {
		const text = report(PARTS.plan[0], '(一)深入学习贯彻习近平法治思想。', '(二)持续推进严格规范公正文明执法。', '(三)加强法治保障队伍建设。');
		expect(findingsOf(text, 'numbering.width-mix')).toEqual([]);
	});
});

suite('decimal outline numbers (1.1, 1.2.3)', () => {
	const outline = (...body: string[]) => report('1　主要举措和成效', '1.1 健全制度体系', '1.1.1 推动地方立法', '1.1.2 完善配套制度', ...body, '2　存在的不足和原因', '3　主要负责人履行推进法治建设第一责任人职责情况', '4　2024年工作安排');

	test('a gap counts in the last part, among the siblings under one parent: 1.2.1 1.2.2 1.2.4', () => {
		const text = outline('1.2 深化数字政府建设', '1.2.1 推进一网通办', '1.2.2 规范数据共享', '1.2.4 强化数据安全');
		expect(numbering(text)).toEqual(['11 numbering.gap 1.2.4']);
		const fix = findingsOf(text, 'numbering.gap')[0].fix;
		expect(applyEdits(text, fix?.edits ?? []).split('\n')[10]).toBe('1.2.3 强化数据安全');
	});

	test('width is judged within the siblings: 1．3 among 1.1 1.2 is a mix, and its fix writes 1.3; 3．1 3．2 under 3 are not', () => {
		const text = outline('1.2 深化数字政府建设', '1．3 强化权力监督').replace('3　主要负责人履行推进法治建设第一责任人职责情况', '3　主要负责人履行推进法治建设第一责任人职责情况\n3．1　强化组织领导\n3．2　带头学法');
		expect(numbering(text)).toEqual(['9 numbering.width-mix 1．3']);
		const fix = findingsOf(text, 'numbering.width-mix')[0].fix;
		expect(applyEdits(text, fix?.edits ?? []).split('\n')[8]).toBe('1.3 强化权力监督');
	});

	test('near miss: a complete outline, with 1.2 万件 and 98.6% opening body lines, has no finding', () => {
		expect(numbering(outline('　　全年办件1.2万件。', '98.6%的事项实现网上办理。', '1.2 深化数字政府建设', '1.2.1 推进一网通办'))).toEqual([]);
	});
});

suite('numbering.unmarked-heading', () => {
	test('the last slot of a run: reported as unmarked, with the number it should have', () => {
		const text = report(...PARTS.measures, ...PARTS.duty, '存在的问题及下步工作打算', '个别部门依法决策意识不强。下一步，我们将持续深化依法行政。');
		const found = findingsOf(text, 'numbering.unmarked-heading');
		expect(where(found)).toEqual(['8 存在的问题及下步工作打算']);
		expect(found[0].message).toContain('三、');
	});

	test('a slot inside the run: the unmarked heading, never also the gap after it', () => {
		const text = report(PARTS.measures[0], '（一）健全制度体系', '全年审查县政府行政规范性文件12件，提出修改意见84条，均在规定时限内报送备案。', '规范行政执法', '全面落实行政执法公示、全过程记录和重大执法决定法制审核制度，全年公示执法信息5326条。', '（三）化解矛盾纠纷', '全年调解各类矛盾纠纷2856件，调解成功2791件，调解成功率97.7%。');
		expect(numbering(text)).toEqual(['7 numbering.unmarked-heading 规范行政执法']);
	});

	test('near miss: unmarked headings whose siblings carry no marker either', () => {
		const text = report(PARTS.measures[0], '着力扩大有效需求', '全年完成投资6328亿元。', '着力推动科技创新', '新增高新技术企业86家。');
		expect(findingsOf(text, 'numbering.unmarked-heading')).toEqual([]);
	});

	test('near miss: a closing (结束语) after the last part is no slot of the run', () => {
		const text = report(...PARTS.measures, ...PARTS.duty, '结束语', '新的一年，我们将再接再厉。');
		expect(findingsOf(text, 'numbering.unmarked-heading')).toEqual([]);
	});

	test('near miss: bullets (——) number nothing and do not break the run after them', () => {
		const text = report(PARTS.measures[0], '——经济运行稳中向好。地区生产总值增长5%左右。', '——民生保障更加有力。城镇新增就业60万人以上。', '（一）坚定不移扩大国内需求', '（二）坚定不移推进科技创新');
		expect(numbering(text)).toEqual([]);
	});
});

suite('numbering.level-order', () => {
	test('（一） under 1.: the child ranks above its parent (information)', () => {
		const text = report(PARTS.measures[0], '1.健全制度体系', '（一）严格决策程序', '（二）规范文件管理');
		const found = findingsOf(text, 'numbering.level-order');
		expect(where(found)).toEqual(['6 （一）']);
		expect(found[0].severity).toBe('information');
	});

	test('near miss: a skipped level (1、 straight under 一、) keeps the order', () => {
		const text = report(PARTS.measures[0], '1、健全制度体系', '2、规范行政执法');
		expect(findingsOf(text, 'numbering.level-order')).toEqual([]);
	});
});
