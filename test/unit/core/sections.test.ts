import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { checkReport } from '../../../server/src/core/rules';
import type { ReportAnalysis } from '../../../server/src/core/types';
import { lines, readSeed } from '../helpers';

/** "line level marker title" for every heading, to compare trees at a glance. */
function outline(a: ReportAnalysis): string[] {
	return a.allSections.map((s) => `${s.line} ${s.level} ${s.marker?.text ?? '∅'}${s.title}`);
}

const TITLE = ['某区人民政府', '关于2023年度法治政府建设情况的报告'];

suite('sections: markers and levels', () => {
	test('levels come from nesting, not from the marker type', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要做法和成效', '（一）健全制度', '1.完善机制', '（1）细化规则', '2.强化考核', '（二）规范执法', '二、存在的不足', '三、2024年工作安排', '一是加强学习。', '二是强化监督。'));
		expect(outline(a)).toEqual([
			'3 1 一、主要做法和成效', '4 2 （一）健全制度', '5 3 1.完善机制', '6 4 （1）细化规则', '7 3 2.强化考核', '8 2 （二）规范执法',
			'9 1 二、存在的不足', '10 1 三、2024年工作安排', '11 2 一是加强学习', '12 2 二是强化监督',
		]);
	});

	test('headings led by signs: a title right above one led by another sign titles it; same sign, same level', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要做法和成效', '●推进严格规范公正文明执法', '　　◆落实行政执法“三项制度”', '　　全区27个单位全面公示。', '　　◆开展案卷评查',
			'　　评查案卷240卷。', '●加强监督', '（二）推进执法', '◆落实制度', '　　公示信息。', '二、存在的不足'));
		expect(outline(a)).toEqual([
			'3 1 一、主要做法和成效', '4 2 ∅●推进严格规范公正文明执法', '5 3 ∅◆落实行政执法“三项制度”', '7 3 ∅◆开展案卷评查', '9 2 ∅●加强监督',
			'10 3 （二）推进执法', '11 4 ∅◆落实制度', '13 1 二、存在的不足',
		]);
		// A sign typed before a line, or changed into another, changes what the lines around it are: read afresh.
		const plainLine = lines(...TITLE, '一、主要做法和成效', '●推进严格规范公正文明执法', '落实行政执法制度', '　　全区27个单位全面公示。', '二、存在的不足');
		const before = analyzeReport(plainLine);
		for (const edited of [plainLine.replace('落实行政', '◆落实行政'), plainLine.replace('●推进', '◆推进'), plainLine.replace('●推进', '推进')]) {
			expect(outline(analyzeReport(edited, { previous: before })), edited).toEqual(outline(analyzeReport(edited)));
		}
	});

	test('a title centred with spaces (Word\'s centring exported) above an indented body line is a title, not a wrapped first line', () => {
		const a = analyzeReport(lines(...TITLE, '               一、主要举措和成效', '　　（一）完善制度体系', '　　全年制定规范性文件3件。', '          强化生态环境执法监管',
			'　　全年立案查处案件58件。', '               二、存在的不足', '　　执法力量不足。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '4 2 （一）完善制度体系', '6 3 ∅强化生态环境执法监管', '8 1 二、存在的不足']);
	});

	test('Markdown: an ATX line naming a part right under the title is the first part, not a subtitle, though numbered ### lines follow', () => {
		const a = analyzeReport(lines('# 某市数据局2025年法治政府建设情况报告', '', '## 主要举措和成效', '', '### 1. 健全数据制度', '', '全年共享数据12.6亿条。', '', '## 存在的不足和原因', '', '数据质量不高。'), { format: 'markdown' });
		expect(a.title).toEqual(['某市数据局2025年法治政府建设情况报告']);
		expect(outline(a)).toEqual(['3 1 ∅主要举措和成效', '5 2 1.健全数据制度', '9 1 ∅存在的不足和原因']);
		// A subtitle is still one: ## ——2026年1月12日在…会议上
		const gov = analyzeReport(lines('# 政府工作报告', '## ——2026年1月12日在滨川市第十六届人民代表大会第五次会议上', '', '### 一、2025年工作回顾', '', '全市地区生产总值增长5.8%。'), { format: 'markdown' });
		expect(gov.title).toHaveLength(2);
	});

	test('notes under the signature (注：1.本报告数据截至…) end the report: no headings, no run of the report\'s 1. 2. 3.', () => {
		const body = ['一、主要做法和成效', '（一）健全制度', '1.完善机制。全年3件。', '2.强化考核。全年5件。', '二、存在的不足', '　　　　某区司法局', '　　　　2026年1月10日'];
		const a = analyzeReport(lines(...TITLE, ...body, '注：', '1.本报告数据截至2025年12月20日。', '2.部分数据为快报数。'));
		expect(outline(a)).toEqual(['3 1 一、主要做法和成效', '4 2 （一）健全制度', '5 3 1.完善机制', '6 3 2.强化考核', '7 1 二、存在的不足']);
		// Not under a date, 注： is a line of the text.
		const mid = analyzeReport(lines(...TITLE, '一、主要做法和成效', '注：', '1.完善机制。全年3件。'));
		expect(outline(mid)).toContain('5 2 1.完善机制');
	});

	test('an emoji before a marker (📌（二）, ✅一、) decorates it as ■ does', () => {
		const a = analyzeReport(lines('# 某局2025年法治政府建设情况报告', '', '## 一、主要举措和成效', '', '### （一）健全制度', '', '全年3件。', '', '### 📌（二）规范执法', '', '全年5件。'), { format: 'markdown' });
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '5 2 （一）健全制度', '9 2 （二）规范执法']);
		expect(analyzeReport(lines(...TITLE, '✅一、主要举措和成效', '全年3件。')).sections[0].marker?.text).toBe('一、');
	});

	test('an edit among the first paragraphs, or one that makes a heading a box caption, is read afresh', () => {
		const letter = lines('，市司法局：', '某县司法局2025年法治政府建设情况报告', '', '一、主要举措和成效', '全年办理案件55件。');
		const before = analyzeReport(letter);
		const edited = letter.replace('，市司法局：', '市司法局：');
		expect(analyzeReport(edited, { previous: before }).title).toEqual(analyzeReport(edited).title);
		const forwarded = lines('刘科长：', '年度报告转给您。', '', '-------- 转发邮件 --------', '', '某区司法局2025年法治政府建设情况报告', '', '一、主要举措和成效', '全年办理案件55件。', '二、存在的不足', '不足。', '三、2026年工作安排', '推进。');
		const plain = analyzeReport(forwarded);
		const header = forwarded.replace('转发邮件', '转发的邮件');
		expect(analyzeReport(header, { previous: plain }).title).toEqual(analyzeReport(header).title);
		const boxed = lines('政府工作报告', '一、2025年工作回顾', '全年经济平稳。', '就业稳定。', '物价平稳。', '收入增长。', '生态改善。', '（一）经济运行总体平稳。全年增长5%。', '主要指标完成情况', '1.地区生产总值增长5.3%。', '（二）改革开放不断深化');
		const was = analyzeReport(boxed);
		const now = boxed.replace('主要指标完成情况', '专栏1主要指标完成情况');
		expect(outline(analyzeReport(now, { previous: was }))).toEqual(outline(analyzeReport(now)));
	});

	test('a form feed where a page broke (\\f二、…) stands before the marker as an indent does', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要做法和成效', '全年办理案件55件。', '\f', '\f二、存在的不足和原因', '队伍力量不足。\f'));
		expect(outline(a)).toEqual(['3 1 一、主要做法和成效', '6 1 二、存在的不足和原因']);
	});

	test('a report quoted in a forwarded mail (> on every line): the quote marks are indent, the forward\'s header title block', () => {
		const a = analyzeReport(lines('-------- 转发的邮件 --------', '发件人：张三', '主题：报告', '', '> 某区司法局2025年法治政府建设情况报告', '>', '> 一、主要举措和成效',
			'> （一）健全制度', '> 全年审查文件12件。', '> 二、存在的不足和原因', '> 不足。'));
		expect(a.title).toEqual(['某区司法局2025年法治政府建设情况报告']);
		expect(outline(a)).toEqual(['7 1 一、主要举措和成效', '8 2 （一）健全制度', '10 1 二、存在的不足和原因']);
		expect(a.metrics.map((m) => m.text)).toEqual(['12件']);
		// A covering note may stand above the forward's header.
		const noted = analyzeReport(lines('刘科长：', '年度报告转给您，请参阅。', '', '-------- 转发的邮件 --------', '发件人：张三', '', '> 某区司法局2025年法治政府建设情况报告', '>', '> 一、主要举措和成效', '> 全年审查文件12件。'));
		expect(noted.title).toEqual(['某区司法局2025年法治政府建设情况报告']);
		expect(outline(noted)).toEqual(['9 1 一、主要举措和成效']);
	});

	test('a report set as a letter: the addressee above the title is no title, 此致 ⏎ 敬礼！ close it with the signature', () => {
		const a = analyzeReport(lines('尊敬的市司法局：', '', '某县司法局2025年法治政府建设情况报告', '', '一、主要举措和成效', '全年办理案件55件。', '二、存在的不足和原因', '不足。',
			'此致', '敬礼！', '某县司法局', '2026年1月10日'));
		expect(a.title).toEqual(['某县司法局2025年法治政府建设情况报告']);
		expect(outline(a)).toEqual(['5 1 一、主要举措和成效', '7 1 二、存在的不足和原因']);
	});

	test('a title that calls the report a 总结 or 汇报 ends the title block as 报告 does: the unmarked parts under it are parts', () => {
		const a = analyzeReport(lines('某区2025年法治政府建设工作总结暨2026年工作计划', '', 'Ⅰ、主要举措和成效', 'A. 加强组织领导', '全年召开常务会议12次。', 'Ⅱ、存在的不足', '队伍建设不足。'));
		expect(a.title).toEqual(['某区2025年法治政府建设工作总结暨2026年工作计划']);
		expect(outline(a)).toEqual(['3 1 ∅Ⅰ、主要举措和成效', '4 2 ∅A. 加强组织领导', '6 1 ∅Ⅱ、存在的不足']);
		const report = analyzeReport(lines('关于2025年度述法情况的汇报', '', '主要举措和成效', '全年召开常务会议12次。'));
		expect(report.title).toEqual(['关于2025年度述法情况的汇报']);
	});

	test('a box (专栏) set into a sub-part\'s text nests under it, its list below it, whether the sub-part runs on or not', () => {
		const box = ['专栏1　2025年主要指标完成情况', '1.地区生产总值增长5.3%。', '2.城镇新增就业6.8万人。'];
		const a = analyzeReport(lines('政府工作报告', '一、2025年工作回顾', '（一）经济运行总体平稳。全年主要指标完成情况见专栏1。', ...box, '（二）改革开放不断深化', '　　全年新增经营主体12万户。', ...box));
		expect(outline(a)).toEqual([
			'2 1 一、2025年工作回顾', '3 2 （一）经济运行总体平稳', '4 3 ∅专栏1　2025年主要指标完成情况', '5 4 1.地区生产总值增长5.3%', '6 4 2.城镇新增就业6.8万人',
			'7 2 （二）改革开放不断深化', '9 3 ∅专栏1　2025年主要指标完成情况', '10 4 1.地区生产总值增长5.3%', '11 4 2.城镇新增就业6.8万人',
		]);
	});

	test('a box after the bullets (——) of a part is the part\'s, its list below it; a marked heading written otherwise after the list is outside the box', () => {
		const a = analyzeReport(lines('政府工作报告', '', '一、2025年工作回顾', '　　——经济运行稳中有进。地区生产总值增长6%。', '', '专栏1　2025年主要指标完成情况',
			'1．地区生产总值：预期增长6.5%左右', '2．一般公共预算收入：预期增长5%', '', '　　（一）聚焦扩投资促消费。全年投资增长8%。', '　　（二）聚焦产业升级。全年增长5%。'));
		expect(outline(a)).toEqual(['3 1 一、2025年工作回顾', '4 2 ——经济运行稳中有进', '6 2 ∅专栏1　2025年主要指标完成情况', '7 3 1．地区生产总值：预期增长6.5%左右',
			'8 3 2．一般公共预算收入：预期增长5%', '10 2 （一）聚焦扩投资促消费', '11 2 （二）聚焦产业升级']);
	});

	test('circled notes at the end, each referred to by a figure above (增长5.4%①), are footnotes, no headings; ①② items of a part stay', () => {
		const a = analyzeReport(lines('政府工作报告', '', '一、2025年工作回顾', '　　全省地区生产总值增长5.4%①，居民人均可支配收入增长5.8%②。', '二、2026年工作安排', '　　增长5%左右。',
			'①加强学习。', '②加强监督。', '三、加强政府自身建设', '　　各位代表！让我们团结奋斗。', '', '①按可比价格计算。', '②扣除价格因素。'));
		expect(outline(a)).toEqual(['3 1 一、2025年工作回顾', '5 1 二、2026年工作安排', '7 2 ①加强学习', '8 2 ②加强监督', '9 1 三、加强政府自身建设']);
		// With no sign in the text, the last part's ①② are its items.
		const items = analyzeReport(lines('政府工作报告', '', '一、2025年工作回顾', '　　增长5.4%。', '二、2026年工作安排', '　　增长5%左右。', '①加强学习。', '②加强监督。'));
		expect(outline(items)).toEqual(['3 1 一、2025年工作回顾', '5 1 二、2026年工作安排', '7 2 ①加强学习', '8 2 ②加强监督']);
	});

	test('a decimal outline nests by its number: 1 › 1.1 › 1.1.1, a skipped depth still below its prefix, 2 back at the top', () => {
		const a = analyzeReport(lines(...TITLE, '1　主要举措和成效', '1.1 健全制度体系', '1.1.1 推动地方立法', '　　全年审核文件46件。', '1.1.2 完善配套制度', '（1）细化规则', '1.2 深化数字政府建设', '1.2.1 推进一网通办。全年办件4.8万件。', '1.3.1 规范数据共享', '2　存在的不足和原因', '2.1 存在的不足'));
		expect(outline(a)).toEqual([
			'3 1 1主要举措和成效', '4 2 1.1健全制度体系', '5 3 1.1.1推动地方立法', '7 3 1.1.2完善配套制度', '8 4 （1）细化规则', '9 2 1.2深化数字政府建设',
			'10 3 1.2.1推进一网通办', '11 3 1.3.1规范数据共享', '12 1 2存在的不足和原因', '13 2 2.1存在的不足',
		]);
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'shortcomings']);
		// Word's list numbering, a point after every number: 1. › 1.1. › 1.1.1.
		const pointed = analyzeReport(lines(...TITLE, '1. 主要举措和成效', '1.1. 健全制度体系', '1.1.1. 推动地方立法', '1.2. 深化数字政府建设', '2. 存在的不足和原因', '2.1. 存在的不足'));
		expect(outline(pointed)).toEqual(['3 1 1.主要举措和成效', '4 2 1.1.健全制度体系', '5 3 1.1.1.推动地方立法', '6 2 1.2.深化数字政府建设', '7 1 2.存在的不足和原因', '8 2 2.1.存在的不足']);
	});

	test('a marker swapped for its kin counts on from the heading it follows, however deep below it (1. … ② then 2、)', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '（一）强化监管', '1.规范检查', '（1）细化清单', '①建立台账', '②分类管理', '2、规范涉企检查', '3.推进信用监管'));
		expect(outline(a)).toEqual(['3 1 一、主要工作', '4 2 （一）强化监管', '5 3 1.规范检查', '6 4 （1）细化清单', '7 5 ①建立台账', '8 5 ②分类管理', '9 3 2、规范涉企检查', '10 3 3.推进信用监管']);
	});

	test('a marker never nests under one the standard ranks below it: 二、 after an unmarked 一．part takes its place', () => {
		const a = analyzeReport(lines(...TITLE, '一．主要举措和成效', '（一）加强领导', '1.完善机制', '2.强化考核', '二、存在的不足', '（一）队伍不强', '三.2023年工作安排', '继续推进。'));
		expect(outline(a)).toEqual(['3 1 ∅一．主要举措和成效', '4 2 （一）加强领导', '5 3 1.完善机制', '6 3 2.强化考核', '7 1 二、存在的不足', '8 2 （一）队伍不强', '9 1 ∅三.2023年工作安排']);
		// Under an unmarked part with nothing open below it, a numbered heading is its child, as in a work report.
		const b = analyzeReport(lines('政府工作报告', '', '过去一年的工作回顾', '一、经济运行稳中向好', '二、改革开放持续深化'));
		expect(outline(b)).toEqual(['3 1 ∅过去一年的工作回顾', '4 2 一、经济运行稳中向好', '5 2 二、改革开放持续深化']);
	});

	test('with no markers at all, short lines indented like the body under a flush part are its sub-parts', () => {
		const body = (n: number) => `\u3000\u3000全年召开专题会议${n}次，研究解决法治建设中的重点难点问题，审查规范性文件${n + 10}件，全部按规定报送备案。`;
		const a = analyzeReport(lines(...TITLE, '', '\u3000\u30002024年，我局坚持以法治思维推进各项工作，现将有关情况报告如下：', '', '主要举措和成效', body(0), '\u3000\u3000坚持党的领导，压实法治责任', body(1),
			'\u3000\u3000推进依法行政，规范统计执法', body(2), '', '存在的不足和原因', body(3), '', '2025年工作打算', body(5), '\u3000\u3000加强执法监督', body(4)));
		expect(outline(a)).toEqual(['6 1 ∅主要举措和成效', '8 2 ∅坚持党的领导，压实法治责任', '10 2 ∅推进依法行政，规范统计执法', '13 1 ∅存在的不足和原因', '16 1 ∅2025年工作打算', '18 2 ∅加强执法监督']);
	});

	test('a part’s name right above an unmarked sub-title is a heading too, with the sub-title its child', () => {
		const body = (n: number) => `全年召开专题会议${n}次，研究解决法治建设中的重点难点问题，审查规范性文件${n + 10}件，全部按规定报送备案。`;
		const a = analyzeReport(lines(...TITLE, '', '2024年，我局坚持以法治思维推进各项工作，现将有关情况报告如下：', '主要举措和成效', '坚持党的领导，压实法治责任', body(1),
			'推进依法行政，规范统计执法', body(2), '存在的不足和原因', body(3), '2025年工作打算', '加强执法监督', body(4)));
		expect(outline(a)).toEqual(['5 1 ∅主要举措和成效', '6 2 ∅坚持党的领导，压实法治责任', '8 2 ∅推进依法行政，规范统计执法', '10 1 ∅存在的不足和原因', '12 1 ∅2025年工作打算', '13 2 ∅加强执法监督']);
		// A short line that names no part, above a sub-title, titles nothing.
		const b = analyzeReport(lines(...TITLE, '', '2024年，我局坚持以法治思维推进各项工作，现将有关情况报告如下：', '一、主要举措和成效', '统计执法', '坚持党的领导，压实法治责任', body(1)));
		expect(outline(b).some((h) => h.includes('统计执法'))).toBe(false);
	});

	test('a title line above a lead-in to a list (…以下工作：) is a heading', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '全年审查规范性文件12件，全部报送备案，备案审查率达到100%，纠正不当文件2件。', '2026年工作打算', '2026年，街道将重点抓好以下工作：', '📌深化法治宣传，开展普法活动20场。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '5 1 ∅2026年工作打算']);
	});

	test('a bracketed title after a heading is its own heading; a part’s name inside that part is no new part', () => {
		const body = (n: number) => `\u3000\u3000全年召开专题会议${n}次，研究解决法治建设中的重点难点问题。`;
		const a = analyzeReport(lines(...TITLE, '', '第一部分　主要举措和成效', '\u3000\u3000一、坚持高位推动，压紧压实法治建设责任', '\u3000\u3000【加强组织领导】', body(1), '\u3000\u3000【完善制度机制】', body(2),
			'第二部分　存在的不足和原因', '\u3000\u3000【存在的不足】', body(3), '\u3000\u3000【原因分析】', body(4), '第三部分　2024年工作安排', body(5)));
		expect(outline(a)).toEqual(['4 1 第一部分主要举措和成效', '5 2 一、坚持高位推动，压紧压实法治建设责任', '6 3 ∅【加强组织领导】', '8 3 ∅【完善制度机制】',
			'10 1 第二部分存在的不足和原因', '11 2 ∅【存在的不足】', '13 2 ∅【原因分析】', '15 1 第三部分2024年工作安排']);
	});

	test('a table’s caption (表1　…) stands between headings without being one', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '（一）规范行政执法', '全年办理行政处罚案件947件，详见表1。', '表1　2022年行政执法案件统计',
			'单位          立案（件）    结案（件）', '县市场监管局    120           118', '（二）强化执法监督', '开展执法检查3次。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '4 2 （一）规范行政执法', '9 2 （二）强化执法监督']);
	});

	test('a problem item titled 关于“…”的问题 covers the shortcomings, as a rectification report lists them', () => {
		const a = analyzeReport(lines(...TITLE, '一、整改工作开展情况', '成立整改工作专班。', '二、反馈问题整改落实情况', '（一）关于“重大行政决策程序执行不够严格”的问题', '整改措施：修订决策规则。',
			'三、下一步工作打算', '持续巩固整改成果。'));
		expect(a.requiredSections.shortcomings).toMatchObject({ present: true, line: 6 });
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'measures_results', 'next_year_plan']);
	});

	test('a table of contents lists the headings but holds none', () => {
		const a = analyzeReport(lines(...TITLE, '', '目  录', '一、主要举措和成效……………………2', '（一）加强组织领导…………2', '二、存在的不足和原因··········5', '三、2024年工作安排---------6', '',
			'一、主要举措和成效', '（一）加强组织领导', '全年召开会议5次。', '二、存在的不足和原因', '队伍力量不足。', '三、2024年工作安排', '继续推进。'));
		expect(outline(a)).toEqual(['10 1 一、主要举措和成效', '11 2 （一）加强组织领导', '13 1 二、存在的不足和原因', '15 1 三、2024年工作安排']);
		expect(a.requiredSections.shortcomings.line).toBe(13);
		expect(a.requiredSections.next_year_plan.mentionedInBody).toEqual([]);
		expect(a.title).toEqual(TITLE);
	});

	test('a hard-wrapped paragraph (a PDF copy) has no headings among its lines', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '（一）依法全面履行政府职能',
			'\u3000\u3000持续深化“放管服”改革，动态调整权责清单，全县',
			'38个部门共保留行政权力事项4126项。县政务服务中心进驻事',
			'项1873项，企业开办时间压缩至0.5个工作日，全年新增经营主',
			'体建设取得新进展，连续两年获评优秀等次',
			'\u3000\u3000（二）推进依法决策', '全年审查重大决策12件。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '4 2 （一）依法全面履行政府职能', '9 2 （二）推进依法决策']);
	});

	test('a PDF copy: the flush line under an indented heading that runs on into its body, and a line after a page break, are text', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '\u3000\u3000（一）规范执法行为，提升执法质效',
			'\u3000\u30001.强化执法监督。全县行政执法人员1126名，执法',
			'证件持证率达到98.2%，人员持证率较上年同期提高',
			'3.5个百分点。组织执法人员资格考试2场，参考438人。',
			'\u3000\u30002.深化“三项制度”落实。全年开展法治宣传活动',
			'86场，发放宣传资料4.3万份，受众约12万人次。新培育',
			'— 2 —',
			'“法律明白人”2856名，新创建省级民主法治示范村',
			'（社区）3个、市级11个。',
			'二、存在的不足', '队伍力量不足。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '4 2 （一）规范执法行为，提升执法质效', '5 3 1.强化执法监督', '8 3 2.深化“三项制度”落实', '13 1 二、存在的不足']);
	});

	test('a line that breaks off on a word needing what follows (…调解成功率为) is no title, whatever stands around it', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '（一）深化矛盾纠纷化解',
			'新组建医疗、婚姻家庭、物业等行业性专业性调解委员会9个。',
			'全年排查调处矛盾纠纷3415件，调解成功3296件，调解成功率为',
			'- 3 -',
			'98.6%，涉及金额4860余万元。',
			'（二）规范行政执法行为', '全年办理案件12件。', '二、存在的不足', '队伍力量不足。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '4 2 （一）深化矛盾纠纷化解', '9 2 （二）规范行政执法行为', '11 1 二、存在的不足']);
	});

	test('a wrapped line of a PDF copy is text, though a sentence starts on it: it reaches as far as the wrapped line above', () => {
		const wrapped = ['\u3000\u3000乡党委书记、乡长作为推进全乡法治建设的第一责任人，做到重要工',
			'作亲自安排、重大问题亲自研究、关键环节亲自过问、重点任务亲自督导。',
			'全年主持召开乡党委理论学习中心组法治专题学习3次、乡政府常务会议',
			'会前学法12次，带头旁听县人民法院庭审1次。'];
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', ...wrapped, '二、存在的不足', '队伍力量不足。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '8 1 二、存在的不足']);
		// A title after a paragraph that ended at the wrap is shorter than the wrap: still a heading.
		const titled = analyzeReport(lines(...TITLE, '一、主要举措和成效', ...wrapped.slice(0, 2), '强化法治督察', '全年开展督察3次。', '二、存在的不足', '队伍力量不足。'));
		expect(outline(titled)).toEqual(['3 1 一、主要举措和成效', '6 2 ∅强化法治督察', '8 1 二、存在的不足']);
	});

	test('a PDF copy: the wrapped line below an indented first line that ended a sentence, and a first line before a page break, are text', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '（一）坚持城乡融合，人居环境明显改善',
			'\u3000\u3000完成城市更新项目46个，改造城镇老旧小区127个、惠及居民3.9万户。',
			'新改建农村公路412公里，建成高标准农田13.5万亩，粮食总产量连续四年',
			'稳定在30亿斤以上。中心城区空气质量优良天数比率达到90.4%。',
			'（二）坚持创新驱动，产业结构持续优化',
			'\u3000\u3000规模以上工业增加值增长7.6%，高技术制造业增加值占规上工业比重',
			'— 1 —',
			'达到21.8%、提高1.6个百分点。新能源装备产业集群产值突破500亿元。',
			'二、存在的不足', '队伍力量不足。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '4 2 （一）坚持城乡融合，人居环境明显改善', '8 2 （二）坚持创新驱动，产业结构持续优化', '12 1 二、存在的不足']);
		expect(a.pageNumberLines).toEqual([10]);
		// A title right below such a paragraph: its body below it is indented, so it is no wrapped line.
		const titled = analyzeReport(lines(...TITLE, '一、主要举措和成效',
			'\u3000\u3000完成城市更新项目46个，改造城镇老旧小区127个、惠及居民3.9万户。',
			'坚持城乡融合发展，持续改善城乡人居环境，推动公共服务均等化',
			'\u3000\u3000新改建农村公路412公里。', '二、存在的不足', '队伍力量不足。'));
		expect(outline(titled)).toEqual(['3 1 一、主要举措和成效', '5 2 ∅坚持城乡融合发展，持续改善城乡人居环境，推动公共服务均等化', '7 1 二、存在的不足']);
		// A blank line before the page number is a paragraph break: the short line above it stands as a title.
		const broken = analyzeReport(lines(...TITLE, '一、主要举措和成效', '全年办理案件55件。', '\u3000\u3000强化组织领导压实责任', '', '— 1 —', '召开会议5次。', '二、存在的不足', '队伍力量不足。'));
		expect(outline(broken)).toEqual(['3 1 一、主要举措和成效', '5 2 ∅强化组织领导压实责任', '9 1 二、存在的不足']);
		// A full line before a page plainly a page's (第 3 页 共 12 页, ·5·, a running header), blank lines around them: the
		// sentence goes on on the next page, and its figure reads the words before the break.
		const header = '某市交通运输局2025年法治政府建设情况报告';
		const paged = analyzeReport(lines(header, '', '一、主要举措和成效', '　　全年办理行政许可案件1236件，同比增长12%，行政处罚案件', '', '第 3 页 共 12 页', '', header, '',
			'386件。', '　　（一）加强领导。全年召开会议4次。', '', '·5·', '', header, '', '　　（二）推进执法。执法人员120名。'));
		expect(outline(paged)).toEqual(['3 1 一、主要举措和成效', '11 2 （一）加强领导', '17 2 （二）推进执法']);
		expect(paged.pageNumberLines).toEqual([6, 13]);
		expect(paged.metrics.find((m) => m.text === '386件')?.label).toBe('行政处罚案件');
		// An article's 02 above its next title is no page: the title stands.
		const article = analyzeReport(lines(header, '', '一、主要举措和成效', '　　全年办理行政许可案件1236件，同比增长12%，行政处罚案件', '', '02',
			'党政主要负责人履行推进法治建设第一责任人职责情况', '', '　　主要负责人带头学法4次。'));
		expect(outline(article).at(-1)).toBe('7 1 ∅党政主要负责人履行推进法治建设第一责任人职责情况');
	});

	test('a table a web page’s copy set one cell per line: its bare numbers are cells, not page numbers; counts take the header’s unit', () => {
		const table = ['表1　2024年行政复议案件情况', '序号', '类别', '数量（件）', '1', '行政复议', '148', '2', '行政应诉', '84', '合计', '232'];
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '（一）化解行政争议', ...table, '（二）规范执法', '办理案件5件。', '— 2 —', '二、存在的不足', '队伍不足。'));
		expect(a.pageNumberLines).toEqual([19]);
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '4 2 （一）化解行政争议', '17 2 （二）规范执法', '20 1 二、存在的不足']);
		expect(a.mentions.filter((m) => m.line >= 6 && m.line <= 16).map((m) => `${m.text}${m.unit ?? ''} ${m.claim}`)).toEqual(['1 false', '148件 true', '2 false', '84件 true', '232件 true']);
		// A PDF's page number between lines of text stays one.
		const pdf = analyzeReport(lines(...TITLE, '一、主要举措和成效', '　　全年办理行政复议案件148件，同比增长18.4%，其中', '12', '维持原行政行为96件。', '二、存在的不足', '队伍不足。'));
		expect(pdf.pageNumberLines).toEqual([5]);
	});

	test('a document number right under the title is part of the title block, not a heading or the title', () => {
		const a = analyzeReport(lines(...TITLE, '某府报〔2025〕3号', '', '市人民政府：', '2024年，区政府坚持依法行政。现报告如下：', '一、主要举措和成效', '召开会议3次。'));
		expect(a.title).toEqual(TITLE);
		expect(outline(a)).toEqual(['7 1 一、主要举措和成效']);
	});

	test('a web page’s source pasted as text: tags are no text, a heading wrapped in them keeps its marker and title', () => {
		const a = analyzeReport(lines(...TITLE, '<p>', '<p><strong>一、主要举措和成效</strong></p>', '<p style="text-indent:2em;">全年办理案件55件。</p>', '</p>',
			'（一）加强领导<br/>召开会议5次。', '<p><strong>二、存在的不足和原因</strong></p>', '队伍力量不足。'));
		expect(outline(a)).toEqual(['4 1 一、主要举措和成效', '7 2 （一）加强领导', '8 1 二、存在的不足和原因']);
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'shortcomings']);
		// The digits of a tag's attributes are no figures; a label stops at a tag.
		expect(a.mentions.map((m) => `${m.text} ${m.label ?? ''}`)).toEqual(['2023年 ', '55件 办理案件', '5次 召开会议']);
	});

	test('more of a page\'s frame above the title: share and language links, a region picker, font size, a disclosure row', () => {
		const frames = [['• 微信', '  • 微博', '  • 繁体字'], ['选择语言'], ['详细介绍'], ['文件编号: 有效性: 有效'], ['• EN', '打开 · 手机版', '关注 · 政务微信'], ['选择区域:>>'],
			['加入收藏 | 会员中心', '站内搜索: 高级搜索'], ['推荐阅读', '图片'], ['字体大小:【大】 【中】 【小】'], ['公开责任部门 | 公开形式: | 主动公开 | |'], ['• |', '• 打印']];
		for (const frame of frames) {
			const a = analyzeReport(lines(...frame, '关于2023年度县本级预算执行和其他财政收支的审计工作报告', '一、县级财政管理审计情况', '查出问题金额1.2亿元。'));
			expect([a.title, outline(a)], frame.join(' / ')).toEqual([['关于2023年度县本级预算执行和其他财政收支的审计工作报告'], [`${frame.length + 2} 1 一、县级财政管理审计情况`]]);
		}
	});

	test('a sharing site\'s headline with the year first and a tag over the report\'s own title; 您的当前位置 is a breadcrumb', () => {
		const tagged = analyzeReport(lines('2023年青禾县统计局工作总结及2024年工作安排【推荐】', '', '青禾县统计局2023年工作总结及2024年工作安排', '', '现将有关情况报告如下：', '一、2023年工作总结', '完成调查12项。'));
		expect([tagged.title, outline(tagged)]).toEqual([['青禾县统计局2023年工作总结及2024年工作安排'], ['6 1 一、2023年工作总结']]);
		const crumb = analyzeReport(lines('您的当前位置:青禾网 > 工作总结 >', '', '青禾县统计局2023年工作总结及2024年工作思路', '', '一、2023年工作总结', '完成调查12项。'));
		expect([crumb.title, outline(crumb)]).toEqual([['青禾县统计局2023年工作总结及2024年工作思路'], ['5 1 一、2023年工作总结']]);
	});

	test('a cover notice that sends the report on (关于印发…的通知, its addressee, text, signer and date) stands above the report\'s own title block', () => {
		const a = analyzeReport(lines('[ 索引号 ] | 115001130093083510/2024-00007 |', '青禾镇人民政府关于印发2025年政府工作报告的通知', '各村（居）民委员会：', '现将2025年《政府工作报告》印发给你们，请认真贯彻执行。',
			'青禾镇人民政府', '2025年2月10日', '（此件公开发布）', '青禾镇人民政府', '2025年政府工作报告', '——2025年1月15日在青禾镇第九届', '人民代表大会第三次会议上', '各位代表：', '一、2024年工作回顾', '全年新建道路12公里。', '二、2025年工作安排', '新建道路15公里。'));
		expect([a.title, a.profile, a.reportYear, outline(a)]).toEqual([['青禾镇人民政府', '2025年政府工作报告', '——2025年1月15日在青禾镇第九届', '人民代表大会第三次会议上'], 'gov-work-report', 2025, ['13 1 一、2024年工作回顾', '15 1 二、2025年工作安排']]);
		expect(checkReport(a).filter((f) => f.rule.startsWith('year') || f.rule.startsWith('numbering'))).toEqual([]);
	});

	test('what a bracket says of a line item names no part; a row label with a bracketed note is a stacked table\'s cell', () => {
		const a = analyzeReport(lines('关于2023年度县本级预算执行情况的审计报告', '一、2024年全县财政预算执行情况', '（一）当年一般公共预算支出31.52亿元（其中：科学技术及其它支出3.56亿元）。', '二、其他事项', '无。'));
		expect(a.allSections.map((s) => s.role)).toEqual(['measures_results', null, 'other']);
		const table = analyzeReport(lines('青禾镇2024年政府信息公开工作年度报告', '一、本年度办理结果', '（一）予以公开', '0', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '0', '（三）', '不予公开', '0',
			'1.其他法律行政法规禁止公开', '0', '二、存在的主要问题及改进情况', '无。'));
		expect(outline(table)).toEqual(['2 1 一、本年度办理结果', '12 1 二、存在的主要问题及改进情况']);
		// 其他 before an ordinary noun (其他法律) names no other matters.
		const rows = analyzeReport(lines('一、总体情况', '二、本年度办理结果', '（一）不予公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '三、其他需要报告的事项', '四、荣誉及其他'));
		expect(rows.allSections.map((s) => s.role)).toEqual(['measures_results', 'measures_results', null, null, null, 'other', 'other']);
	});

	test('a site\'s menu bar, a search page\'s controls and a summary line (导读：) are its frame; an untitled excerpt that opens with its first part takes that part\'s year', () => {
		for (const frame of [['首   页 政务资讯 政府信息公开 政务服务 互动交流'], ['搜索位置', '匹配度', '排序'], ['年度索引: 2023 2022 2021 2020 2019 2018 2017'], ['文库 实用文档 报告/总结'], ['导读: 某县林草局2024年法治政府建设年度报告2024年以来，我局认真贯彻']]) {
			const a = analyzeReport(lines(...frame, '某县林草局2024年法治政府建设年度报告', '2024年，我局扎实推进法治建设。', '一、主要举措和成效', '办结12件。'));
			expect([a.title, outline(a)], frame.join(' / ')).toEqual([['某县林草局2024年法治政府建设年度报告'], [`${frame.length + 3} 1 一、主要举措和成效`]]);
		}
		expect(analyzeReport(lines('一、2024年推进法治政府建设的主要举措和成效', '（一）加强组织领导。局党组专题研究法治工作3次。')).reportYear).toBe(2024);
		expect(analyzeReport(lines('二、2024年工作安排', '（一）加强组织领导。')).reportYear).toBeNull();
	});

	test('a disclosure catalogue set with spaces (发布机构 某局 组配分类 …年报, 有效性) is a frame; an office under a title that opens with its year is the title\'s', () => {
		const a = analyzeReport(lines('索  引  号 000000000000000000/2026-00011 公开方式 主动公开', '发布机构 青禾区司法局 组配分类 法治政府建设年报', '成文日期 2026-01-20 废止日期', '有效性',
			'青禾区司法局2025年度法治政府建设情况的报告', '一、2025年推进法治政府建设的主要举措和成效', '全年办理行政复议案件25件。'));
		expect([a.title, a.reportYear]).toEqual([['青禾区司法局2025年度法治政府建设情况的报告'], 2025]);
		const under = analyzeReport(lines('2025年度法治政府建设工作报告', '', '青禾区卫生健康局', '', '一、主要举措和成效', '办结12件。'));
		expect([under.title, outline(under)]).toEqual([['2025年度法治政府建设工作报告', '青禾区卫生健康局'], ['5 1 一、主要举措和成效']]);
		// Signed and dated under the title: a signature, not the title.
		const signed = analyzeReport(lines('2025年度法治政府建设工作报告', '青禾区卫生健康局', '2026年1月15日', '一、主要举措和成效', '办结12件。'));
		expect(signed.title).toEqual(['2025年度法治政府建设工作报告']);
	});

	test('a document site\'s preview notice is its frame, and the title repeated under it no plan, whatever year it names', () => {
		const a = analyzeReport(lines('文库 实用文档 报告/总结', '2024年青柳市人民政府工作报告(全文)', '温馨提示:当前文档最多只能预览 2 页。', '2024年青柳市人民政府工作报告(全文)', '各位代表:', '一、2023年工作回顾', '全年新建道路12公里。'));
		expect([a.title, a.reportYear, outline(a), a.requiredSections.annual_plan.present]).toEqual([['2024年青柳市人民政府工作报告(全文)'], 2024, ['6 1 一、2023年工作回顾'], false]);
	});

	test('a report to a congress whose title block a copy ran into its opening: 向大会作政府工作报告 and the session\'s date in brackets', () => {
		const a = analyzeReport(lines('某乡第十届人民代表大会第二次会议政府工作报告 （2023年2月22日） 乡人民政府乡长 张某 各位代表、同志们：现在，我代表乡人民政府向大会作政府工作报告，请予审议。', '二0二二年工作回顾', '全乡生产总值完成48193万元。', '二0二三年工作安排', '持续推进。'));
		expect([a.profile, a.reportYear, a.sections.map((s) => s.role)]).toEqual(['gov-work-report', 2023, ['review', 'annual_plan']]);
	});

	test('a field and its value (电子邮箱：…, 会议时间：…) titles nothing', () => {
		const a = analyzeReport(lines('根据《中华人民共和国政府信息公开条例》要求，特向社会公布2023年政府信息公开工作年度报告。', '地址：青禾县档案馆3楼；', '电话：0000-1234567；', '电子邮箱：qhxx@example.cn', '会议时间：2024年3月5日',
			'一、总体情况', '2023年，我县主动公开信息300条。'));
		expect(outline(a)).toEqual(['6 1 一、总体情况']);
		// A sentence typed with a half-width full stop is a sentence.
		const typed = analyzeReport(lines('青禾县审计局2022年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开情况', '2022年，我局公开信息18条。', '（二）依申请公开情况', '2022年，未收到依申请公开事项.', '（三）政府信息管理情况', '我局严格执行信息发布审核制度。'));
		expect(outline(typed)).toEqual(['2 1 一、总体情况', '3 2 （一）主动公开情况', '5 2 （二）依申请公开情况', '7 2 （三）政府信息管理情况']);
	});

	test('a converter\'s numbered list of tags (1. <span id="q7"></span>) is no heading', () => {
		const a = analyzeReport(lines('  1. <span id="q7"></span>', '  2. <em id="q7"></em>', '', '青禾县统计局2022年工作总结', '', '一、强化统计调查', '（一）完成年报。全年完成调查12项。'));
		expect([a.title, outline(a)]).toEqual([['青禾县统计局2022年工作总结'], ['6 1 一、强化统计调查', '7 2 （一）完成年报']]);
	});

	test('a work summary\'s heading for the year\'s account and the plan together names both', () => {
		const a = analyzeReport(lines('青禾县林业局2023年工作总结和2024年工作思路', '一、2023年工作总结和2024年工作打算', '新建苗圃2个。', '二、存在的问题', '力量不足。'));
		expect(a.sections.map((s) => [s.role, s.roles])).toEqual([['mixed', ['measures_results', 'next_year_plan']], ['shortcomings', ['shortcomings']]]);
		// A heading that runs on into its text names only what its own title says.
		const runOn = analyzeReport(lines('某局2024年度法治政府建设情况报告', '一、主要工作：2024年，我局对照纲要，将年度工作要点逐项分解落实。', '办结12件。'));
		expect(runOn.sections[0].roles).toEqual(['measures_results']);
	});

	test('level-1 parts whose titles name no part: the year after the report names the plan, the ones before the others are the results', () => {
		const a = analyzeReport(lines(...TITLE, '一、坚持高位推动，法治建设取得新进展', '全年办理案件55件。', '二、聚焦关键环节，依法行政水平实现新提升', '审查文件12件。',
			'三、存在的不足', '队伍力量不足。', '四、锚定良好开局，扎实做好2024年法治政府建设', '继续推进。'));
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'measures_results', 'shortcomings', 'next_year_plan']);
		expect(a.requiredSections.measures_results.line).toBe(3);
		expect(a.requiredSections.next_year_plan.line).toBe(9);
		// A 政府工作报告 plans the year it is delivered in: 2026年主要工作 is its plan, 2025年主要工作 its review.
		const work = (year: string) => analyzeReport(lines('政府工作报告', '——2026年1月16日在某市第十五届人民代表大会第五次会议上', `一、${year}年主要工作`, '全年办理案件55件。', '二、加强政府自身建设', '继续推进。'));
		expect(work('2026').sections.map((s) => s.role)).toEqual(['annual_plan', 'gov_self_building']);
		expect(work('2025').sections.map((s) => s.role)).toEqual(['review', 'gov_self_building']);
		// With no other part named, the themes are the year's work (every level-1 heading has a role): the results are there.
		const alone = analyzeReport(lines(...TITLE, '一、坚持高位推动', '全年办理案件55件。', '二、聚焦关键环节', '审查文件12件。'));
		expect(alone.sections.map((s) => s.role)).toEqual(['measures_results', 'measures_results']);
		expect(alone.requiredSections.measures_results.line).toBe(3);
	});

	test('a web page’s frame around a copied report: above the title it is no title, below the signature no heading', () => {
		const a = analyzeReport(lines('当前位置：首页 > 政务公开 > 法治政府建设年度报告', '发布时间：2025-03-20 10:15　　来源：某县司法局　　浏览次数：1286', '【字体：大 中 小】　　打印本页　　关闭窗口', '',
			'某县司法局2024年度法治政府建设情况报告', '', '一、主要举措和成效', '全年办理案件55件。', '', '某县司法局', '2025年2月18日', '', '上一篇：某县2024年度行政执法统计年报', '相关链接',
			'扫一扫在手机打开当前页', '', '主办单位：某县司法局　　承办单位：某县人民政府办公室　　联系电话：028-86231109'));
		expect(a.title).toEqual(['某县司法局2024年度法治政府建设情况报告']);
		expect(a.titleLines).toEqual([5]);
		expect(a.reportYear).toBe(2024);
		expect(outline(a)).toEqual(['7 1 一、主要举措和成效']);
	});

	test('a site’s header above the breadcrumb (today’s date, 无障碍, the section’s name) is no title; the title the page repeats is one title', () => {
		const a = analyzeReport(lines('今天是：2026年3月2日 星期一 农历正月十四', '某区人民政府　无障碍　简体|繁体', '工作报告', '', '您所在的位置：政务公开 > 工作报告', '',
			'某区2025年度法治政府建设情况报告', '文章来源：区司法局　更新时间：2026/03/02 11:30:01', '', '某区2025年度法治政府建设情况报告', '',
			'2025年，区政府坚持依法行政。', '一、主要举措和成效', '全年办理案件55件。'));
		expect(a.title).toEqual(['某区2025年度法治政府建设情况报告']);
		expect(a.titleLines).toEqual([7]);
		// A disclosure page's listing between the breadcrumb and the title (- 有 效 性：有效 among it).
		const listed = analyzeReport(lines('政府信息公开', '您所在的位置：首页 > 政务公开 > 某镇', '', '- 索 引 号: 1134/2026-00004', '- 发布机构: 某镇人民政府', '- 公文生成日期: 2026-01-20',
			'- 主题分类: 综合政务', '- 文　　号: 某政〔2026〕3号', '- 有 效 性: 有效', '', '某镇人民政府关于2025年法治政府建设情况的报告', '', '2025年，某镇推进依法行政。', '一、主要举措和成效', '全年办理案件55件。'));
		expect(listed.title).toEqual(['某镇人民政府关于2025年法治政府建设情况的报告']);
		// A news site's headline over its frame, then the report's own title block: the title is the report's.
		const news = analyzeReport(lines('当前位置：首页 > 要闻 > 两会专题', '', '某区2026年政府工作报告（全文）', '来源：区融媒体中心　编辑：某某　2026-01-22 10:31', '【字体：大 中 小】', '',
			'政府工作报告', '——2026年1月20日在某区第九届人民代表大会第五次会议上', '某区人民政府区长　某某', '', '各位代表：', '一、2025年工作回顾', '全区经济平稳。'));
		expect([news.title, outline(news)]).toEqual([['政府工作报告', '——2026年1月20日在某区第九届人民代表大会第五次会议上', '某区人民政府区长　某某'], ['12 1 一、2025年工作回顾']]);
		// A news site's repost: its name above the breadcrumb, the source it reposts from under the title.
		const repost = analyzeReport(lines('某某资讯网', '', '当前位置: 首页 » 前沿资讯 »', '', '某部2024年法治政府建设年度报告', '', '转自:某部', '', '2024年，某部推进法治政府建设。', '', '一、坚持党的全面领导', '全年办理案件55件。'));
		expect([repost.title, outline(repost)]).toEqual([['某部2024年法治政府建设年度报告'], ['11 1 一、坚持党的全面领导']]);
		expect(a.reportYear).toBe(2025);
		expect(outline(a)).toEqual(['13 1 一、主要举措和成效']);
	});

	test('a WeChat article: its frame under the title is no title or heading; a heading set with another sign under a part is a sub-part', () => {
		const a = analyzeReport(lines('枫溪街道办事处2025年法治政府建设情况报告', '原创 枫溪融媒 枫溪发布 2026年1月20日 18:05 浙江', '', '👆点击蓝字关注我们', '',
			'⏱️全文共3420字，预计阅读9分钟', '', '2025年，街道统筹推进依法行政。现将有关情况报告如下：', '',
			'1️⃣主要举措和成效', '', '全年专题研究法治工作8次。', '',
			'2️⃣主要负责人履行第一责任人职责', '', '街道党工委书记把推进法治建设摆在全局工作的重要位置。', '',
			'▎带头尊法学法', '全年主持专题学法6次。', '', '▎带头依法决策', '全年审议议题38项。', '',
			'3️⃣存在的不足及原因', '', '基层执法力量不足。'));
		expect(a.title).toEqual(['枫溪街道办事处2025年法治政府建设情况报告']);
		expect(outline(a)).toEqual(['10 1 ∅1️⃣主要举措和成效', '14 1 ∅2️⃣主要负责人履行第一责任人职责', '18 2 ∅▎带头尊法学法', '21 2 ∅▎带头依法决策', '24 1 ∅3️⃣存在的不足及原因']);
	});

	test('an autonomous area\'s lines in its own script are part of the title block, not the title; above a part they are no heading', () => {
		const a = analyzeReport(lines('ᠡᠷᠡᠨ ᠭᠣᠣᠯ ᠤᠨ ᠮᠣᠩᠭᠣᠯ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠵᠡᠦ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠪᠠᠶᠢᠭᠤᠯᠬᠤ', '额仁高勒蒙古族自治州人民政府',
			'2025 ᠣᠨ ᠤ ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠪᠠᠶᠢᠭᠤᠯᠬᠤ ᠠᠵᠢᠯ ᠤᠨ ᠪᠠᠶᠢᠳᠠᠯ ᠤᠨ ᠲᠤᠬᠠᠢ ᠮᠡᠳᠡᠭᠦᠯᠦᠯᠲᠡ', '关于2025年度法治政府建设情况的报告', '',
			'　　2025年，州人民政府统筹推进法治政府建设。', '', 'ᠨᠢᠭᠡᠳᠦᠭᠡᠷ 2025 ᠣᠨ ᠳᠤ ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠵᠠᠰᠠᠭ', '一、2025年法治政府建设主要举措和成效', '　　全年审议条例草案3件。'));
		expect(a.title).toEqual(['额仁高勒蒙古族自治州人民政府', '关于2025年度法治政府建设情况的报告']);
		expect(a.reportYear).toBe(2025);
		expect(outline(a)).toEqual(['9 1 一、2025年法治政府建设主要举措和成效']);
	});

	test('a report for foreign investors: an English line under the title or a heading is no title and no heading', () => {
		const a = analyzeReport(lines('澄湾综合保税区管理委员会', '关于2025年度法治政府建设情况的报告', 'Report on Building a Law-based Government in 2025', '',
			'一、主要举措和成效（Main Measures and Results）', '　　全年办理案件55件。', '二、存在的不足及原因', 'Ⅱ. Shortcomings and Causes', '　　执法力量不足。',
			'五、还有哪些情况需要报告？', '　　无。'));
		expect(a.title).toEqual(['澄湾综合保税区管理委员会', '关于2025年度法治政府建设情况的报告']);
		expect(outline(a)).toEqual(['5 1 一、主要举措和成效（Main Measures and Results）', '7 1 二、存在的不足及原因', '10 1 五、还有哪些情况需要报告']);
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'shortcomings', 'other']);
	});

	test('spaces a web export left as HTML entities (&nbsp; &#12288;) before a marker are indent: the marker is read', () => {
		const a = analyzeReport(lines(...TITLE, '&nbsp;&nbsp;&nbsp;&nbsp;一、主要举措和成效', '&nbsp;&nbsp;推行&ldquo;一网通办&rdquo;。', '&#12288;&#12288;（一）加强领导', '&nbsp;', '二、存在的不足'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '5 2 （一）加强领导', '7 1 二、存在的不足']);
		expect(a.allSections[0].indent).toBe('&nbsp;&nbsp;&nbsp;&nbsp;');
		expect(a.lines[5].blank).toBe(true);
	});

	test('an infographic: a figure over its caption takes the caption\'s unit and is no page number; the block\'s title is a part beside the others', () => {
		const a = analyzeReport(lines(...TITLE, '', '数说2025', '1268', '件 办理行政复议案件', '', '486', '件 办理法律援助案件', '', '3.2万', '人次 接受法治宣传', '',
			'一、主要举措和成效', '　　全年办理行政复议案件1268件。', '二、存在的不足', '　　队伍不强。', '三、2026年工作安排', '五、2025年工作大事记', '　　1月8日，召开会议。'));
		expect(outline(a)).toEqual(['4 1 ∅数说2025', '14 1 一、主要举措和成效', '16 1 二、存在的不足', '18 1 三、2026年工作安排', '19 1 五、2025年工作大事记']);
		expect(a.sections.map((s) => s.role)).toEqual(['other', 'measures_results', 'shortcomings', 'next_year_plan', 'other']);
		expect(a.pageNumberLines).toEqual([]);
		expect(a.metrics.filter((m) => m.line < 14).map((m) => [m.text, m.value, m.unit])).toEqual([['1268', 1268, '件'], ['486', 486, '件'], ['3.2万', 32_000, '人次']]);
		// Numbered parts before the one that names the year's work are that work under themes, not other matters.
		const themed = analyzeReport(lines(...TITLE, '一、案件办理情况', '全年受理151件。', '二、发挥行政复议主渠道作用', '纠错29件。', '三、行政应诉工作情况', '出庭应诉42件。', '四、存在的问题', '队伍不强。', '五、2024年工作打算', '继续努力。'));
		expect(themed.sections.map((s) => s.role)).toEqual(['measures_results', 'measures_results', 'measures_results', 'shortcomings', 'next_year_plan']);
	});

	test('pandoc\'s Markdown: the attributes after an ATX heading are no part of its title; a point escaped after a number (1\\.) is a marker', () => {
		const a = analyzeReport(lines('# 某市住建局2025年法治政府建设情况报告', '', '## 一、主要举措和成效 {#一主要举措和成效 .unnumbered}', '', '### （一）强化执法 {-}', '',
			'1\\. 深化审批制度改革。全年办理许可412件。', '', '2\\. 规范涉企行政检查。', '', '## 二、存在的问题 {.unnumbered}', ''), { format: 'markdown' });
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '5 2 （一）强化执法', '7 3 1\\.深化审批制度改革', '9 3 2\\.规范涉企行政检查', '11 1 二、存在的问题']);
		expect(a.mentions.filter((m) => m.line === 7).map((m) => m.text)).toEqual(['1\\.', '412件']);
	});

	test('a copy with every line\'s own number before it (12\\t一、…): the number is no text, the marker after it is read', () => {
		const a = analyzeReport(lines('1\t某县人民政府', '2\t关于2025年度法治政府建设情况的报告', '3', '4\t一、主要举措和成效', '5\t　　全年办理案件55件。', '6  （一）加强领导', '7\t二、存在的不足'));
		expect(a.title).toEqual(['某县人民政府', '关于2025年度法治政府建设情况的报告']);
		expect(outline(a)).toEqual(['4 1 一、主要举措和成效', '6 2 （一）加强领导', '7 1 二、存在的不足']);
		expect(a.lines[2].blank).toBe(true);
		expect(a.metrics.map((m) => m.text)).toEqual(['55件']);
		// Another number is text: a table row that opens with a figure, or a number that is not the line's.
		expect(analyzeReport(lines('标题报告', '12\t主要举措')).lines[1].indent).toBe('');
	});

	test('bullets typed in plain text (· ・ • -) lead sub-headings as drawn signs do, the first one right under its heading too', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '（一）健全工作机制，压实法治建设责任', '· 强化组织领导', '　　镇政府调整充实领导小组。', '· 抓实学法用法',
			'　　全年组织学法11次。', '（二）推进依法治理', '- 矛盾纠纷多元化解', '　　全年调处矛盾纠纷412件。', '- 公共法律服务', '　　受理法律援助申请37件。', '二、存在的不足'));
		expect(outline(a)).toEqual([
			'3 1 一、主要举措和成效', '4 2 （一）健全工作机制，压实法治建设责任', '5 3 ∅· 强化组织领导', '7 3 ∅· 抓实学法用法',
			'9 2 （二）推进依法治理', '10 3 ∅- 矛盾纠纷多元化解', '12 3 ∅- 公共法律服务', '14 1 二、存在的不足',
		]);
	});

	test('Roman and letter numbering, outside the markers, nests as signs do: letters under a part are its sub-parts wherever they stand', () => {
		const a = analyzeReport(lines('某区2025年法治政府建设工作总结', '', 'I. 主要举措和成效', 'A. 加强组织领导', '全年召开常务会议12次。', 'B. 推进依法行政', '办理复议案件45件。',
			'II. 存在的不足', '队伍建设不足。', 'III. 2026年工作计划', '明年将继续努力。', '（A）加强学习', '学习10次。', '（B）加强监督', '监督5次。'));
		expect(outline(a)).toEqual([
			'3 1 ∅I. 主要举措和成效', '4 2 ∅A. 加强组织领导', '6 2 ∅B. 推进依法行政', '8 1 ∅II. 存在的不足', '10 1 ∅III. 2026年工作计划', '12 2 ∅（A）加强学习', '14 2 ∅（B）加强监督',
		]);
	});

	test('a title over a paragraph whose short first line goes on in the line below titles it', () => {
		const a = analyzeReport(lines('某区2025年法治政府建设工作总结', '', '主要举措和成效', '加强组织领导', '全年召开常务会议12次，启动防汛应急响应3次，其中', '四级应急响应2次。', '存在的不足', '队伍建设不足。'));
		expect(outline(a)).toEqual(['3 1 ∅主要举措和成效', '4 2 ∅加强组织领导', '7 1 ∅存在的不足']);
		// Ⅳ级 opening the line below is its words, not a Roman number leading an item.
		const roman = analyzeReport(lines('某区2025年法治政府建设工作总结', '', 'Ⅰ、主要举措和成效', 'A. 加强组织领导', '全年启动防汛应急响应3次，其中', 'Ⅳ级应急响应2次。', 'Ⅱ、存在的不足', '队伍建设不足。'));
		expect(outline(roman)).toEqual(['3 1 ∅Ⅰ、主要举措和成效', '4 2 ∅A. 加强组织领导', '7 1 ∅Ⅱ、存在的不足']);
	});

	test('a short line that trails off in an ellipsis is text, not a title', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '全年接处警12.3万起。', '推行“2+2+N”模式，安全生产成效明显……', '二、存在的不足', '队伍不足。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '6 1 二、存在的不足']);
	});

	test('a page’s clutter above the title (注册 | 登录, a sentence, 0/0) is no title; the line naming the report is', () => {
		const text = lines('注册 | 登录', '', '为了更好的阅读体验,请用电脑查看。', '', '点此筛选地域', '一级目录', '0/0', '请登录后继续阅读全文', '', '2025年某市政府工作报告', '',
			'2025年2月11日在某市第九届人民代表大会第五次会议上', '', '各位代表:', '', '现在,我代表市人民政府向大会报告工作。', '', '一、2024年工作回顾', '', '过去一年,经济平稳。');
		const a = analyzeReport(text);
		expect([a.title, a.reportYear, a.profile]).toEqual([['2025年某市政府工作报告', '2025年2月11日在某市第九届人民代表大会第五次会议上'], 2025, 'gov-work-report']);
		expect(outline(a)).toEqual(['18 1 一、2024年工作回顾']);
		// An edit in the clutter may change where the title starts: read afresh.
		const edited = text.replace('2025年某市政府工作报告', '2025年某市政府工作');
		expect(analyzeReport(edited, { previous: a }).title).toEqual(analyzeReport(edited).title);
		// A short heading naming a report under the opening sentence is no title.
		expect(analyzeReport(lines('某区2025年法治政府建设情况', '', '全年工作平稳。', '工作报告', '一、主要举措和成效', '全年办理案件55件。')).title).toEqual(['某区2025年法治政府建设情况']);
	});

	test('a disclosure catalogue’s listing above an untitled report is no title; the year is read under its addressee', () => {
		const text = lines('- 索 引 号: sm0990-2025-00003', '- 主题分类: 其他', '- 备注/文号: 某委〔2025〕5号', '- 发布机构: 某镇人民政府', '- 成文日期: 2025-02-07', '- 公文生成日期: 2025-02-07', '中共某县委员会,某县人民政府:',
			'2024年,某镇法治政府建设稳步推进。现总结如下:', '一、2024年度推进法治政府建设的主要举措和成效', '(一)坚持学习重要思想,提升思想素质。', '全年学习13次。');
		const a = analyzeReport(text);
		expect([a.title, a.reportYear]).toEqual([[], 2024]);
		expect(outline(a)).toEqual(['9 1 一、2024年度推进法治政府建设的主要举措和成效', '10 2 (一)坚持学习重要思想,提升思想素质']);
		// The year there may change in an edit: read afresh, not carried.
		const edited = text.replace('2024年,某镇', '2023年,某镇');
		expect(analyzeReport(edited, { previous: a }).reportYear).toBe(2023);
		// A stray character before 首页 (7首页 > …) and 【打印】 are the page's frame too.
		const page = analyzeReport(lines('7首页 > 政务公开 > 年度法治政府建设情况报告', '某镇2024年法治政府建设年度报告', '来源:本网  发布日期:2025-01-07 15:15:56', '【打印】 【字体:', '', '  2024年,我镇推进法治建设。', '  一、主要工作', '  全年学习13次。'));
		expect([page.title, outline(page)]).toEqual([['某镇2024年法治政府建设年度报告'], ['7 1 一、主要工作']]);
	});

	test('a PDF viewer’s page header (Page 2 - 政府工作报告, P. 2) is page furniture; a line of four clauses broken at the wrap is text', () => {
		const a = analyzeReport(lines('Page 2 - 政府工作报告', 'P. 2', '政府工作报告', '——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上', '国务院总理 李某', '各位代表:',
			'现在,我代表国务院,向大会报告政府工作,请予审议,并请全', '国政协委员提出意见。', '一、2024 年工作回顾', '过去一年,经济运行总体平稳。'));
		expect(a.title).toEqual(['政府工作报告', '——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上', '国务院总理 李某']);
		expect(a.pageNumberLines).toEqual([1, 2]);
		expect(outline(a)).toEqual(['9 1 一、2024 年工作回顾']);
		// Three phrases still make a title.
		expect(outline(analyzeReport(lines(...TITLE, '一、主要举措和成效', '坚持党的领导，压实责任，强化考核', '全年召开会议12次。')))).toEqual(['3 1 一、主要举措和成效', '4 2 ∅坚持党的领导，压实责任，强化考核']);
	});

	test('a PDF text layer: the title the page header repeats stays the title; lines of a flush-wrapped paragraph are no titles', () => {
		const text = lines('Page 1 - 政府工作报告', '政府工作报告', '——2026 年 1 月 13 日在某市第十七届人民代表大会第五次会议上', '某市市长 韩某', '各位代表：',
			'三、2026 年重点工作', '（一）全力扩大有效需求，推动经济持续回升向好', '实施市重点项目 500 个左右、年度计划投资 1400 亿元以上，力争', '民间投资增长 4% 以上。深入实施提振消费专项行动，培育城市便民',
			'生活圈 30 个，新增限额以上商贸企业 300 家。', '在肯定成绩的同时，我们也清醒看到，发展中还面临不少困难和挑战：', '有效需求不足，部分企业生产经营困难；科技创新对产业转型的支撑',
			'还不够强；财政收支平衡压力较大，防范化解风险任务较重。', '（四）统筹新型城镇化和乡村全面振兴', '稳定粮食播种面积 268 万亩以上，新建改造高标准农田 16 万亩；',
			'新开工城市更新项目 85 个，改造城镇老旧小区 210 个，新改建农', '村公路 600 公里。', '（五）加快培育新质生产力，建设现代化产业体系', '全市各级政府要坚持依法行政，自觉接受市人大及其常委会的法律监',
			'督和工作监督，自觉接受市政协的民主监督。2025 年共办理市人大代', '表建议 312 件。', 'P. 1', '政府工作报告', '继续办好 10 件民生实事。');
		const a = analyzeReport(text);
		expect(a.title).toEqual(['政府工作报告', '——2026 年 1 月 13 日在某市第十七届人民代表大会第五次会议上', '某市市长 韩某']);
		expect([a.pageNumberLines, a.runningHeaderLines]).toEqual([[1, 22], [23]]);
		expect(outline(a)).toEqual(['6 1 三、2026 年重点工作', '7 2 （一）全力扩大有效需求，推动经济持续回升向好', '14 2 （四）统筹新型城镇化和乡村全面振兴', '18 2 （五）加快培育新质生产力，建设现代化产业体系']);
		// An edit that narrows the line under a full one may make that one a title's width again: read afresh.
		const edited = text.replace('自觉接受市政协的民主监督', '自觉接受民主监督');
		expect(outline(analyzeReport(edited, { previous: a }))).toEqual(outline(analyzeReport(edited)));
	});

	test('a 目录 without page numbers lists its entries, no headings; a 表一 caption is no heading; a statistics report’s parts', () => {
		const a = analyzeReport(lines('某县2025年度行政执法数据年报', '', '2025年，县司法局汇总了执法数据。', '', '目录', '第一部分　2025年度行政执法数据统计表', '　　一、行政处罚实施情况统计表',
			'第二部分　2025年度行政执法总体情况', '', '第一部分　2025年度行政执法数据统计表', '表一　某县行政处罚实施情况统计表', '警告 | 罚款 | 合计(宗) |', '12175 | 94929 | 107104 |', '说明：',
			'1.本表按主要处罚种类统计。', '第二部分　2025年度行政执法总体情况', '全县共有行政执法主体46个。'));
		expect(outline(a)).toEqual(['10 1 第一部分2025年度行政执法数据统计表', '15 2 1.本表按主要处罚种类统计', '16 1 第二部分2025年度行政执法总体情况']);
		expect(a.sections.map((s) => s.role)).toEqual(['other', 'measures_results']);
		expect(analyzeReport(lines(...TITLE, '一、2024年法治政府建设基本情况', '全年办理案件55件。')).sections[0].role).toBe('measures_results');
	});

	test('a white paper: its title names the report; 典型案例 is another matter; a case’s title over its long paragraph is a title', () => {
		const a = analyzeReport(lines('某省2025年度行政复议白皮书', '某省司法厅', '2026年3月', '', '前言', '　　行政复议是政府系统自我纠错的监督制度。', '一、基本情况', '　　全年收案1.2万件。',
			'二、典型案例', '　　案例一：某食品公司不服某县市场监督管理局行政处罚案', '　　【基本案情】2025年4月，某县市场监督管理局以某食品公司销售的预包装食品标签不符合食品安全标准为由，对其作出罚款8万元的行政处罚决定。',
			'三、存在的问题及下一步工作', '　　队伍力量不足。'));
		expect([a.title, a.reportYear]).toEqual([['某省2025年度行政复议白皮书'], 2025]);
		expect(outline(a)).toEqual(['5 1 ∅前言', '7 1 一、基本情况', '9 1 二、典型案例', '10 2 ∅案例一：某食品公司不服某县市场监督管理局行政处罚案', '12 1 三、存在的问题及下一步工作']);
		expect(a.sections.map((s) => s.role)).toEqual(['other', 'measures_results', 'other', 'mixed']);
	});

	test('review of the day’s rules: a 目录 with page numbers, wrapped lines naming a report, lead-ins ending in a colon, short titles with figures', () => {
		// Entries with page numbers are read one by one: the report's own headings after them stay headings.
		const contents = lines('2025年政府工作报告', '', '目录', '一、2025年工作回顾……1', '二、2026年工作安排……5', '一、2025年工作回顾', '（一）经济运行稳中有进', '全市生产总值增长5%。',
			'二、2026年工作安排', '推进。');
		const a = analyzeReport(contents);
		expect(outline(a)).toEqual(['6 1 一、2025年工作回顾', '7 2 （一）经济运行稳中有进', '9 1 二、2026年工作安排']);
		// Without page numbers, the entries end where the report repeats an entry's marker; an edit of that heading is read afresh.
		const plain = lines('某县2025年度行政执法数据年报', '', '目录', '一、行政处罚', '二、行政许可', '一、行政处罚情况', '全年处罚55宗。', '二、行政许可情况', '全年许可30件。');
		const b = analyzeReport(plain);
		expect(outline(b)).toEqual(['6 1 一、行政处罚情况', '8 1 二、行政许可情况']);
		const edited = plain.replace('一、行政处罚情况', '一、行政处罚');
		expect(outline(analyzeReport(edited, { previous: b }))).toEqual(outline(analyzeReport(edited)));
		// A wrapped line of the opening that names the report is no title; an opening that ends in a colon still gives the year.
		const wrapped = analyzeReport(lines('某县2024年度法治政府建设工作情况', '', '2024年，我县坚持依法行政，深入学习贯彻习近平法治思想，为指', '导全县工作，按照督',
			'察工作规定要求现将我县2024年度法治政府建设情况报告', '如下：', '一、主要举措和成效', '全年办理案件55件。'));
		expect([wrapped.title, wrapped.reportYear]).toEqual([['某县2024年度法治政府建设工作情况'], 2024]);
		expect(analyzeReport(lines('某县法治政府建设情况报告', '2024年，我县法治政府建设工作情况报告如下：', '一、主要做法和成效', '全年办理案件55件。')).reportYear).toBe(2024);
		// Short titles standing where （二） is missing keep their figures and their semicolon.
		for (const title of ['推动12345热线与110高效联动', '落实“谁执法谁普法”；强化普法责任']) {
			const c = analyzeReport(lines(...TITLE, '一、主要举措和成效', '（一）健全制度', '全年制定文件3件。', title, '全年受理诉求1.2万件。', '（三）强化监督', '全年监督5次。'));
			expect(outline(c).map((o) => o.split(' ').slice(0, 2).join(' ')), title).toEqual(['3 1', '4 2', '6 2', '8 2']);
		}
		// A long title over a one-line paragraph as wide as it is that paragraph's title.
		const long = analyzeReport(lines(...TITLE, '一、主要举措和成效', '（一）健全制度', '全年制定文件3件。', '坚持依法科学民主决策全面提升政府决策公信力和执行力',
			'全年共审查重大行政决策事项12件，合法性审查率达到100%。', '（三）强化监督', '全年监督5次。'));
		expect(outline(long)).toContain('6 2 ∅坚持依法科学民主决策全面提升政府决策公信力和执行力');
		// The plan report's draft may be bracketed; a 法治 report that names a plan is no plan report.
		expect(analyzeReport(lines('关于某县2025年国民经济和社会发展计划执行情况与2026年计划（草案）的报告', '', '一、2025年计划执行情况', '增长5%。')).profile).toBe('gov-work-report');
		expect(analyzeReport(lines('关于法治政府建设实施纲要执行情况和2026年工作计划的报告', '', '一、主要举措和成效', '办结55件。')).profile).toBe('fazhi-annual');
	});

	test('a short line naming a report (a copy’s title repeated over its text) is no heading', () => {
		const a = analyzeReport(lines('2023年某区法治政府建设工作情况报告', '', '下面是为大家整理的报告，供大家参考。', '', '某区法治政府建设工作情况的报告', '',
			'2023年，我区全面推进依法行政，现报告如下：', '一、主要举措和成效', '全年办理案件55件。', '二、存在的不足', '队伍不足。'));
		expect(outline(a)).toEqual(['8 1 一、主要举措和成效', '10 1 二、存在的不足']);
	});

	test('前言 before the parts and 结束语 after them are parts of their own, other matters, beside the numbered ones', () => {
		const a = analyzeReport(lines('某区2025年法治政府建设情况报告', '', '前言', '　　2025年，区政府坚持依法行政。', '一、主要举措和成效', '　　全年办理案件55件。',
			'二、存在的不足和原因', '　　队伍不足。', '三、2026年工作安排', '　　继续努力。', '结束语', '　　新的一年，我们将再接再厉。'));
		expect(outline(a)).toEqual(['3 1 ∅前言', '5 1 一、主要举措和成效', '7 1 二、存在的不足和原因', '9 1 三、2026年工作安排', '11 1 ∅结束语']);
		expect(a.sections.map((s) => s.role)).toEqual(['other', 'measures_results', 'shortcomings', 'next_year_plan', 'other']);
	});

	test('the speaker under a 政府工作报告\'s title is part of its title block, whatever the office (省长, 主任, 总理, 主席)', () => {
		for (const speaker of ['国务院总理　宋砚秋', '自治区主席　王明', '代省长　李华', '州长　叶尔森·哈布德克']) {
			const a = analyzeReport(lines('政府工作报告', '——2026年3月5日在第十四届全国人民代表大会第四次会议上', speaker, '', '各位代表：', '', '一、2025年工作回顾', '　　经济增长5%。'));
			expect(a.title, speaker).toEqual(['政府工作报告', '——2026年3月5日在第十四届全国人民代表大会第四次会议上', speaker]);
			expect(outline(a)).toEqual(['7 1 一、2025年工作回顾']);
		}
	});

	test('a WeChat account\'s name above the article\'s byline is no title; the article\'s title there is', () => {
		const a = analyzeReport(lines('黎岚司法', '原创 县司法局 2026年01月15日 09:30 贵州', '点击蓝字 关注我们', '', '黎岚县司法局', '2025年度法治政府建设工作情况报告', '',
			'一、主要举措和成效', '全年办理案件55件。'));
		expect(a.title).toEqual(['黎岚县司法局', '2025年度法治政府建设工作情况报告']);
		expect(outline(a)).toEqual(['8 1 一、主要举措和成效']);
	});

	test('Markdown front matter (---, title: …, ---) is no title, heading or text; an edit that opens or closes it is read afresh', () => {
		const text = lines('---', 'title: 滨川市2026年政府工作报告', 'date: 2026-01-12', 'tags: [政府工作报告, 2026]', '---', '', '# 政府工作报告', '',
			'## 一、2025年工作回顾', '', '全市地区生产总值增长5.8%。', '', '## 二、2026年工作安排', '', '预期目标增长5.5%左右。', '');
		const a = analyzeReport(text, { format: 'markdown' });
		expect(a.title).toEqual(['政府工作报告']);
		expect(a.profile).toBe('gov-work-report');
		expect(outline(a)).toEqual(['9 1 一、2025年工作回顾', '13 1 二、2026年工作安排']);
		expect(a.mentions.filter((m) => m.line <= 5)).toEqual([]);
		// Without its closing fence the block is text: the carry from the last version must not keep it as metadata.
		const open = text.replace('---\n\n# 政府', '--\n\n# 政府');
		expect(outline(analyzeReport(open, { format: 'markdown', previous: a }))).toEqual(outline(analyzeReport(open, { format: 'markdown' })));
		expect(analyzeReport(open, { format: 'markdown', previous: a }).title).toEqual(analyzeReport(open, { format: 'markdown' }).title);
		// A text line that becomes the closing fence makes the lines above it metadata.
		const draft = lines('---', 'title: 某县报告草稿', 'date: 2026-01-12', 'note: 草稿版本', '', '某县2025年法治政府建设情况报告', '', '一、主要举措和成效', '全年办理案件55件。');
		const before = analyzeReport(draft);
		void before.mentions;
		const closed = draft.replace('note: 草稿版本', '---');
		expect(analyzeReport(closed, { previous: before }).title).toEqual(['某县2025年法治政府建设情况报告']);
	});

	test('plain text whose parts stand between lines of ==== or ----: the lines are separators, the parts headings', () => {
		const text = lines('某区城市管理局', '2024年法治政府建设情况报告', '==========', '', '==========', '【一】2024年主要工作举措和成效', '==========', '',
			'（一）强化学法用法', '全年学法11次。', '----------', '（二）规范行政执法', '全年立案1286件。', '', '==========', '【二】存在的不足和原因', '==========', '执法力量不足。');
		const a = analyzeReport(text);
		expect(a.title).toEqual(['某区城市管理局', '2024年法治政府建设情况报告']);
		expect(outline(a)).toEqual(['6 1 ∅【一】2024年主要工作举措和成效', '9 2 （一）强化学法用法', '12 2 （二）规范行政执法', '16 1 ∅【二】存在的不足和原因']);
		// A short line edited into a separator: read afresh, not taken over from the last version.
		const short = text.replace('全年学法11次。', '全年学法11次');
		const before = analyzeReport(short);
		void before.mentions;
		const edited = short.replace('全年学法11次', '==========');
		expect(outline(analyzeReport(edited, { previous: before }))).toEqual(outline(analyzeReport(edited)));
	});

	test('a .docx converted with its residue: a contents entry with a short ellipsis leader, an image placeholder and a bare page field are no headings', () => {
		const a = analyzeReport(lines('某市生态环境局', '2025年法治政府建设情况报告', '', '目 录', '一、主要举措和成效………………1', '二、主要负责人履行第一责任人职责情况………4', '',
			'2025年，我局全面推进依法行政。现将有关情况报告如下：', '一、主要举措和成效', '（一）严格规范执法', '全年立案查处环境违法案件186件。', '[image: image1.png]',
			'（二）推进政务公开', '全年主动公开信息312条。', 'PAGE \\* MERGEFORMAT 3', '二、主要负责人履行第一责任人职责情况', '带头学法12次。'));
		expect(outline(a)).toEqual(['9 1 一、主要举措和成效', '10 2 （一）严格规范执法', '13 2 （二）推进政务公开', '16 1 二、主要负责人履行第一责任人职责情况']);
	});

	test('a report pasted from an e-mail: the mail\'s header and covering note above the title are no title, its 附件 line no appendix', () => {
		const a = analyzeReport(lines('发件人：某区司法局办公室 <sfj@example.gov.cn>', '发送时间：2026年1月20日 10:32', '主题：报送某区司法局2025年法治政府建设情况报告',
			'附件：2025年法治政府建设情况报告.docx (48.6KB)', '', '李科长：', '　　您好！现将我局报告正文粘贴如下，请审阅。', '',
			'某区司法局', '关于2025年法治政府建设情况的报告', '', '一、主要举措和成效', '全年办理案件55件。', '二、存在的不足和原因', '执法队伍仍有短板。'));
		expect(a.title).toEqual(['某区司法局', '关于2025年法治政府建设情况的报告']);
		expect(a.titleLines).toEqual([9, 10]);
		expect(a.reportYear).toBe(2025);
		expect(outline(a)).toEqual(['12 1 一、主要举措和成效', '14 1 二、存在的不足和原因']);
	});

	test('a title line set in bold is the words inside', () => {
		const a = analyzeReport(lines('**政府工作报告**', '', '——2024年1月23日在某省第十四届人民代表大会第二次会议上', '', '**一、2023年工作回顾**', '全年地区生产总值增长5.2%。'), { format: 'markdown' });
		expect(a.title).toEqual(['政府工作报告', '——2024年1月23日在某省第十四届人民代表大会第二次会议上']);
		expect(a.profile).toBe('gov-work-report');
	});

	test('Markdown setext underlines and thematic breaks are markup, not text', () => {
		const a = analyzeReport(lines('某区人民政府关于2023年度法治政府建设情况的报告', '===========', '', '一、主要举措和成效', '-----------', '全年办理案件55件。', '', '***', '', '二、存在的不足', '---', '队伍力量不足。'), { format: 'markdown' });
		expect(a.title).toEqual(['某区人民政府关于2023年度法治政府建设情况的报告']);
		expect(outline(a)).toEqual(['4 1 一、主要举措和成效', '10 1 二、存在的不足']);
	});

	test('the tail of a heading a converter broke over two lines is not a heading', () => {
		const a = analyzeReport(lines(...TITLE, '一、2021年全面推进法治政府建设主要举措和', '取得的成效', '　　（一）坚持依法全面履行政府职能', '　　全年办理案件55件。',
			'二、县政府主要负责人履行推进法治建设第一责任人', '职责情况', '　　（一）带头学法', '　　全年学法12次。'));
		expect(outline(a)).toEqual(['3 1 一、2021年全面推进法治政府建设主要举措和', '5 2 （一）坚持依法全面履行政府职能', '7 1 二、县政府主要负责人履行推进法治建设第一责任人', '9 2 （一）带头学法']);
		// A title-only heading followed by a line as long as a title keeps it a heading of its own.
		const b = analyzeReport(lines(...TITLE, '一、主要举措和成效', '坚持依法全面履行政府职能', '　　全年办理案件55件。'));
		expect(outline(b).map((h) => h.split(' ')[0])).toEqual(['3', '4']);
		// A short line standing where the next sibling is missing is that sibling, not a tail.
		const c = analyzeReport(lines(...TITLE, '一、主要举措和成效', '全年办理案件55件。', '二、党政主要负责人履行推进法治建设第一责任人职责情况', '存在的不足及原因', '队伍力量不足。', '四、2024年工作安排', '继续推进。'));
		expect(outline(c)).toEqual(['3 1 一、主要举措和成效', '5 1 二、党政主要负责人履行推进法治建设第一责任人职责情况', '6 1 ∅存在的不足及原因', '8 1 四、2024年工作安排']);
	});

	test('the leaders\' duty named without 第一责任人 (主要负责同志履行法治建设职责情况)', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '全年办理案件55件。', '二、主要负责同志履行法治建设职责情况', '带头学法12次。', '三、存在的不足', '队伍力量不足。', '四、2024年工作安排', '继续推进。'));
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'first_responsibility', 'shortcomings', 'next_year_plan']);
	});

	test('a heading letter-spaced to fill its line names its part all the same (存 在 的 不 足); its title keeps the spaces', () => {
		const a = analyzeReport(lines(...TITLE, '一、主 要 工 作 和 成 效', '全年办理案件55件。', '二、履 行 第 一 责 任 人 职 责', '带头学法12次。', '三、存 在 的 不 足', '队伍力量不足。', '四、下 一 步 工 作 打 算', '继续推进。'));
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'first_responsibility', 'shortcomings', 'next_year_plan']);
		expect(a.sections[2].title).toBe('存 在 的 不 足');
	});

	test('the leaders\' duty named by the leading cadres\' term (“关键少数”示范引领作用有效发挥); 抓牢“关键少数” alone names no part', () => {
		const a = analyzeReport(lines(...TITLE, '一、聚焦主责主业，法治政府建设扎实推进', '全年办理案件55件。', '二、“关键少数”示范引领作用有效发挥', '带头学法12次。', '三、工作中的短板弱项', '队伍力量不足。', '四、下步工作思路', '继续推进。'));
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'first_responsibility', 'shortcomings', 'next_year_plan']);
		const item = analyzeReport(lines(...TITLE, '一、主要举措和成效', '抓牢学法用法“关键少数”', '全年学法12次。', '二、存在的不足', '队伍力量不足。'));
		expect(item.sections.map((s) => s.role)).toEqual(['measures_results', 'shortcomings']);
	});

	test('the leaders\' duty named as the leader taking the lead: “一把手”带头抓法治建设情况', () => {
		const a = analyzeReport(lines(...TITLE, '一、法治政府建设工作开展情况及成效', '全年办理案件55件。', '二、工作中存在的困难和短板弱项', '队伍力量不足。', '三、“一把手”带头抓法治建设情况', '县长带头学法。', '四、2026年度推进法治政府建设的工作思路', '继续推进。'));
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'shortcomings', 'first_responsibility', 'next_year_plan']);
	});

	test('the shortcomings named as 短板弱项, and the leaders\' part as 党政主要负责人履职情况', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措及成效：', '全年办理案件55件。', '二、党政主要负责人履职情况', '带头学法12次。', '三、工作中的短板弱项', '队伍力量不足。', '四、2023年工作安排。', '继续推进。'));
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'first_responsibility', 'shortcomings', 'next_year_plan']);
	});

	test('a decoration symbol before a marker is not part of the heading; a photo caption (▲) is no heading', () => {
		const a = analyzeReport(lines(...TITLE, '■一、主要举措和成效', '（一）健全制度。全年办理案件55件。', '▲镇综合行政执法队开展燃气安全联合检查', '（二）规范执法。全年检查企业12家。', '■二、存在的不足', '队伍力量不足。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '4 2 （一）健全制度', '6 2 （二）规范执法', '7 1 二、存在的不足']);
		expect(a.sections[0].marker?.span.start).toBe(a.lines[2].start + 1);
	});

	test('a glossary (名词解释) after the report ends it: its numbered entries are no sections', () => {
		const a = analyzeReport(lines('政府工作报告', '一、2025年工作回顾', '地区生产总值增长5%。', '二、2026年工作安排', '（一）扩大内需。新建项目12个。', '名词解释', '1.“两重”建设：指重大战略实施和重点领域安全能力建设', '2.“15分钟生活圈”：指步行15分钟可达的社区生活单元'));
		expect(outline(a)).toEqual(['2 1 一、2025年工作回顾', '4 1 二、2026年工作安排', '5 2 （一）扩大内需']);
	});

	test('Markdown setext parts (--- under 一、) hold the ### headings below them, as ## would', () => {
		const text = lines('某局2023年法治政府建设情况报告', '===', '', '一、主要举措和成效', '---', '', '### （一）健全制度', '', '全年审查文件12件。', '', '二、存在的不足', '---', '', '队伍力量不足。', '', '---', '', '特此报告。');
		const a = analyzeReport(text, { format: 'markdown' });
		expect(outline(a)).toEqual(['4 1 一、主要举措和成效', '7 2 （一）健全制度', '11 1 二、存在的不足']);
	});

	test('an item number run into the figure its title opens with (1.2个平台…) is a marker; a decimal (2.4万人次, 1.5个百分点) is not', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '1.2个平台集成涉企法律服务。全年服务企业860家。', '2.3项机制护航企业合规经营。', '3.12345热线诉求按期办结3047件。', '2.4万人次参加培训。', '1.5个百分点的提升。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '4 2 1.2个平台集成涉企法律服务', '5 2 2.3项机制护航企业合规经营', '6 2 3.12345热线诉求按期办结3047件']);
		expect(a.metrics.filter((m) => m.line === 4).map((m) => m.text)).toEqual(['2个', '860家']);
	});

	test('a 政府工作报告\'s goals and its 人民满意政府 part are named', () => {
		const a = analyzeReport(lines('政府工作报告', '——2022年2月16日在某市第十六届人民代表大会第一次会议上', '一、过去五年和2021年工作回顾', '地区生产总值增长6.5%。',
			'二、今后五年的奋斗目标', '到2026年，地区生产总值突破5000亿元。', '三、2022年工作安排', '预期增长6%左右。', '四、建设人民满意政府', '坚持依法行政。'));
		expect(a.sections.map((s) => s.role)).toEqual(['review', 'annual_plan', 'annual_plan', 'gov_self_building']);
	});

	test('a line held in brackets is a note, not an unmarked heading', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '1.规范信访秩序', '全年受理信访事项872件。', '（数据截至2023年11月30日）', '2.化解矛盾纠纷', '全年化解纠纷55件。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '4 2 1.规范信访秩序', '7 2 2.化解矛盾纠纷']);
	});

	test('a short line after a sentence that ended is still a heading', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要举措和成效', '全年办理案件55件。', '存在的问题及下步工作打算', '队伍力量不足，下一步加强培训。'));
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '5 1 ∅存在的问题及下步工作打算']);
	});

	test('a wrongly written sibling (（1） among （二）（三）) stays a sibling', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '（1） 强化组织领导', '（二）强化学习', '（三）强化保障'));
		expect(outline(a)).toEqual(['3 1 一、主要工作', '4 2 （1）强化组织领导', '5 2 （二）强化学习', '6 2 （三）强化保障']);
	});

	test('indent is recorded and is not part of the marker', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '（一）甲', '1、乙', '\u3000  2、丙', ' 3、丁'));
		expect(a.allSections.map((s) => [s.indent, s.marker?.text, s.level])).toEqual([['', '一、', 1], ['', '（一）', 2], ['', '1、', 3], ['\u3000  ', '2、', 3], [' ', '3、', 3]]);
	});

	test('years and decimals at the start of a line are not markers', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '2020年，全区受理案件55件。', '1.85亿元用于法治建设。'));
		expect(outline(a)).toEqual(['3 1 一、主要工作']);
	});

	test('a paragraph that starts with 一是 and carries 二是 is a run-in list, not a heading', () => {
		const a = analyzeReport(lines(...TITLE, '一、下步打算', '一是加强学习；二是强化监督；三是完善考核。'));
		expect(outline(a)).toEqual(['3 1 一、下步打算']);
		expect(a.items.map((i) => [i.marker.text, i.text, i.sectionId])).toEqual([['一是', '加强学习', 0], ['二是', '强化监督', 0], ['三是', '完善考核', 0]]);
	});

	test('full-width and half-width brackets, circled numbers, 一要, 第一部分 and bullets are markers', () => {
		const a = analyzeReport(lines(...TITLE, '第一部分 主要成效', '(一)甲', '①子项', '②子项', '（二）乙', '一要抓落实', '二要抓监督', '——目标一。', '——目标二。'));
		expect(a.allSections.map((s) => `${s.level}${s.marker?.style}`)).toEqual(['1part', '2cn-paren', '3circled', '3circled', '2cn-paren', '3cn-yao', '3cn-yao', '4bullet', '4bullet']);
		expect(a.allSections[1].marker?.width).toBe('half');
		expect(a.allSections[4].marker?.width).toBe('full');
	});

	test('title cut at the first 。！？ with a trailing colon stripped; body text after it stays out', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作：', '（一）强化组织领导，明确责任。一是坚持高标准部署。'));
		expect(a.allSections.map((s) => s.title)).toEqual(['主要工作', '强化组织领导，明确责任']);
	});
});

suite('sections: unmarked headings', () => {
	test('a short standalone line that names a part is a level-1 heading', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要做法和成效', '（一）健全制度', '全年受理案件55件，办结55件。', '二、第一责任人职责履行情况', '区长带头学法。', '存在的问题及下步工作打算', '2023年，我区法治建设仍有短板。'));
		const last = a.allSections.at(-1);
		expect(last?.level).toBe(1);
		expect(last?.role).toBe('mixed');
		expect(last?.roles).toEqual(['shortcomings', 'next_year_plan']);
	});

	test('a part naming the year’s measures and the leaders’ duty covers both; other pairs go by the first named', () => {
		const a = analyzeReport(lines(...TITLE, '一、2024年法治政府建设主要举措、成效及党政主要负责人履职情况', '全年办理案件55件。', '二、存在的问题及原因分析', '队伍力量不足。', '三、2025年工作打算', '继续推进。'));
		expect(a.sections.map((s) => [s.role, s.roles])).toEqual([['mixed', ['measures_results', 'first_responsibility']], ['shortcomings', ['shortcomings']], ['next_year_plan', ['next_year_plan']]]);
		expect(a.requiredSections.first_responsibility).toMatchObject({ present: true, line: 3 });
	});

	test('a marker written another way that counts on in a run is a sibling, and the run goes on past it', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '（一）深化改革', '（二）严格审查', '3.提升执法质量', '（四）健全服务', '二、存在问题'));
		expect(outline(a)).toEqual(['3 1 一、主要工作', '4 2 （一）深化改革', '5 2 （二）严格审查', '6 2 3.提升执法质量', '7 2 （四）健全服务', '8 1 二、存在问题']);
		// Without the run going on, a new style below a heading opens its children.
		const b = analyzeReport(lines(...TITLE, '一、主要工作', '（一）深化改革', '（二）严格审查', '3.提升执法质量', '二、存在问题'));
		expect(outline(b)).toContain('6 3 3.提升执法质量');
	});

	test('an unmarked line in a numbered slot is that slot\'s sibling; its children follow it', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '（一）甲', '1、子', '（二）乙', '1、子', '强化监督制约', '1、子', '2、子', '（四）丁'));
		expect(outline(a)).toEqual(['3 1 一、主要工作', '4 2 （一）甲', '5 3 1、子', '6 2 （二）乙', '7 3 1、子', '8 2 ∅强化监督制约', '9 3 1、子', '10 3 2、子', '11 2 （四）丁']);
	});

	test('a title line after run-on items stands beside the nearest heading that is a title line too', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '（一）甲', '1.子项。正文。', '（二）乙', '1.子项。正文。', '2.子项。正文。', '全面加强法治宣传教育', '深入实施“八五”普法规划，全年开展活动12场。', '二、存在问题'));
		expect(outline(a)).toEqual(['3 1 一、主要工作', '4 2 （一）甲', '5 3 1.子项', '6 2 （二）乙', '7 3 1.子项', '8 3 2.子项', '9 2 ∅全面加强法治宣传教育', '11 1 二、存在问题']);
	});

	test('directly below a top-level part, such a line stands among the part\'s run-on items', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '1.子项。正文。', '2.子项。正文。', '全面加强法治宣传教育', '深入实施“八五”普法规划，全年开展活动12场。', '二、存在问题'));
		expect(outline(a)).toEqual(['3 1 一、主要工作', '4 2 1.子项', '5 2 2.子项', '6 2 ∅全面加强法治宣传教育', '8 1 二、存在问题']);
	});

	test('a lead-sentence paragraph in a gap is promoted as an optional sibling', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '（一）强化组织领导，健全机制。区政府主要负责人始终带头。', '强化制度执行，推动落地落实。严格落实会前学法制度，全年学法12次。', '（三）强化跟进落实，督导督察持续发力。'));
		expect(outline(a)).toEqual(['3 1 一、主要工作', '4 2 （一）强化组织领导，健全机制', '5 2 ∅强化制度执行，推动落地落实', '6 2 （三）强化跟进落实，督导督察持续发力']);
		expect(a.allSections[2].leadSentence).toBe(true);
	});

	test('the opening paragraph of a title-only heading is its body, not a lead sentence in the next slot', () => {
		const a = analyzeReport(lines(...TITLE, '一、过去五年工作回顾', '过去五年，是极不平凡的五年。全县上下砥砺奋进，取得新成就。', '——综合实力实现新跨越。全县生产总值增长6%。', '今后五年目标和2022年主要目标', '今后五年，是关键五年。', '三、2022年重点工作'));
		expect(outline(a)).toEqual(['3 1 一、过去五年工作回顾', '5 2 ——综合实力实现新跨越', '6 1 ∅今后五年目标和2022年主要目标', '8 1 三、2022年重点工作']);
	});

	test('a one-sentence body line that titles nothing, signatures and dates are not headings', () => {
		const a = analyzeReport(lines(...TITLE, '一、其他情况', '基地获评全省优秀法治宣传教育基地。', '', '某区人民政府', '2024年1月20日'));
		expect(outline(a)).toEqual(['3 1 一、其他情况']);
	});

	test('a marker split from its title by conversion: the heading sits on the title\'s line (H9)', () => {
		const a = analyzeReport(lines(...TITLE, '二、', '主要举措和成效', '（一）', '强化组织领导。全年召开会议6次。', '1.', '健全制度', '（二）推进依法决策', '三、存在问题'));
		expect(outline(a)).toEqual(['4 1 二、主要举措和成效', '6 2 （一）强化组织领导', '8 3 1.健全制度', '9 2 （二）推进依法决策', '10 1 三、存在问题']);
		const split = a.allSections[0];
		expect(a.text.slice(split.marker?.span.start, split.marker?.span.end)).toBe('二、');
		expect(a.text.slice(split.titleSpan.start, split.titleSpan.end)).toBe('主要举措和成效');
		// The marker 1. keeps its own mention on its line; the sentence after the split title is read from its start.
		expect(a.mentions.map((m) => `${m.line} ${m.text} ${m.kind}`)).toEqual(['2 2023年 date', '6 6次 count', '7 1. ordinal-or-name']);
		// The section before a split marker ends before the marker's line.
		const b = analyzeReport(lines(...TITLE, '一、主要工作', '正文。', '二、', '存在问题', '正文二。'));
		expect(outline(b)).toEqual(['3 1 一、主要工作', '6 1 二、存在问题']);
		expect(b.text.slice(b.allSections[0].span.start, b.allSections[0].span.end)).toBe('一、主要工作\n正文。');
	});

	test('rows of a converted table are not headings', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '主要指标如下：', '序号\t指标\t2019年\t2020年', '1\t受理案件（件）\t41\t50', '2\t人民调解案件（件）\t2716\t3058', '注：数据来源于区人民法院。', '二、存在问题'));
		expect(outline(a)).toEqual(['3 1 一、主要工作', '9 1 二、存在问题']);
	});

	test('a running header repeated after page numbers is not text', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '全年受理案件55件。', '— 1 —', '', '某区2023年法治政府建设报告', '（一）健全制度', '全年制定文件3件。', '- 2 -', '某区2023年法治政府建设报告', '二、存在问题'));
		expect(a.runningHeaderLines).toEqual([7, 11]);
		expect(outline(a)).toEqual(['3 1 一、主要工作', '8 2 （一）健全制度', '12 1 二、存在问题']);
		expect(a.mentions.map((m) => m.line)).not.toContain(7);
	});

	test('the closing matter after the signature is not a heading', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '全年受理案件55件。', '', '某区人民政府', '2024年1月20日', '', '（此件公开发布）', '', '抄送：区委依法治区办，市司法局。', '某区人民政府办公室　　2024年1月20日印发'));
		expect(outline(a)).toEqual(['3 1 一、主要工作']);
	});

	test('page-number lines are not text', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '全年受理案件55件。', '— 12 —', '- 4 -', '二、存在问题'));
		expect(a.pageNumberLines).toEqual([5, 6]);
		expect(outline(a)).toEqual(['3 1 一、主要工作', '7 1 二、存在问题']);
	});

	test('attachments after the body are not sections', () => {
		const a = analyzeReport(lines(...TITLE, '一、主要工作', '全年受理案件55件。', '附件：1.行政执法统计表', '2.示范项目清单', '附件1', '行政执法统计表', '1.行政许可：受理4312件。'));
		expect(outline(a)).toEqual(['3 1 一、主要工作']);
	});
});

suite('sections: title block, year, profile', () => {
	test('title block with a conversion residue; report year from the title', () => {
		const a = analyzeReport(lines('某县人民政府', '[bookmark: _GoBack]关于2020年度法治政府建设情况的报告', '', '2020年，我县认真贯彻落实……现将有关情况报告如下：', '一、2020年主要工作'));
		expect(a.title).toEqual(['某县人民政府', '关于2020年度法治政府建设情况的报告']);
		expect(a.reportYear).toBe(2020);
		expect(a.profile).toBe('fazhi-annual');
	});

	test('a letter-spaced title (政 府 工 作 报 告) is a title; a year in Chinese numerals is a year', () => {
		const a = analyzeReport(lines('政 府 工 作 报 告', '——2024年1月10日在某县第十八届人民代表大会第四次会议上', '县长　王某某', '一、 2023年工作回顾', '全年增长5%。', '二、 2024年工作安排', '目标。'));
		expect(a.profile).toBe('gov-work-report');
		expect(a.title).toHaveLength(3);
		expect(outline(a)).toEqual(['4 1 一、2023年工作回顾', '6 1 二、2024年工作安排']);
		const b = analyzeReport(lines('某县人民政府', '关于二〇二三年度法治政府建设情况的报告', '一、主要举措和成效', '全年受理案件55件。'));
		expect(b.reportYear).toBe(2023);
	});

	test('the header of an official document (letterhead, document number, signer) is not the title', () => {
		const a = analyzeReport(lines('某区人民政府文件', '', '某区政〔2025〕3号', '签发人：张三', '', '某区人民政府关于2024年度法治政府建设情况的报告', '', '市人民政府：', '一、主要举措和成效', '全年受理案件55件。'));
		expect(a.title).toEqual(['某区人民政府关于2024年度法治政府建设情况的报告']);
		expect(a.reportYear).toBe(2024);
		expect(outline(a)).toEqual(['9 1 一、主要举措和成效']);
	});

	test('a 政府工作报告 with a subtitle and speaker selects the gov-work-report profile', () => {
		const a = analyzeReport(lines('政府工作报告', '——2024年1月22日在某省第十四届人民代表大会第二次会议上', '某省省长　陈立新', '各位代表：', '一、2023年工作回顾', '过去一年，全省经济回升向好。', '二、2024年工作安排', '——经济运行稳中向好。', '（一）扩大国内需求', '三、全面加强政府自身建设'));
		expect(a.profile).toBe('gov-work-report');
		expect(a.title).toHaveLength(3);
		expect(outline(a)).toEqual(['5 1 一、2023年工作回顾', '7 1 二、2024年工作安排', '8 2 ——经济运行稳中向好', '9 2 （一）扩大国内需求', '10 1 三、全面加强政府自身建设']);
		expect(a.requiredSections.review.present).toBe(true);
		expect(a.requiredSections.annual_plan.line).toBe(7);
		expect(a.requiredSections.gov_self_building.line).toBe(10);
		// 今年以来 dates the review, it plans nothing.
		const postponed = analyzeReport(lines('政府工作报告', '——2020年5月28日在某省第十三届人民代表大会第三次会议上', '2019年和今年以来工作回顾', '过去一年，全省经济稳中有进。', '2020年工作安排', '今年是全面建成小康社会之年。'));
		expect(postponed.allSections.map((s) => s.role)).toEqual(['review', 'annual_plan']);
	});

	test('a plan or budget execution report to a congress reads as a 政府工作报告, for the year it plans', () => {
		const plan = analyzeReport(lines('关于某县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告', '', '一、2025年国民经济和社会发展计划执行情况', '全县生产总值增长6.2%。', '二、2026年经济社会发展主要目标和重点任务', '生产总值增长5.5%左右。'));
		expect([plan.profile, plan.reportYear]).toEqual(['gov-work-report', 2026]);
		expect(plan.sections.map((s) => s.role)).toEqual(['review', 'annual_plan']);
		const budget = analyzeReport(lines('关于某市2025年预算执行情况和2026年预算草案的报告', '', '一、2025年预算执行情况', '收入18.6亿元。', '二、2026年预算草案', '收入19.2亿元。'));
		expect([budget.profile, budget.reportYear]).toEqual(['gov-work-report', 2026]);
		expect(budget.sections.map((s) => s.role)).toEqual(['review', 'annual_plan']);
		// So do the court's, the procuratorate's and the standing committee's reports to the congress; the speaker's office
		// may be long (某省人民代表大会常务委员会主任).
		for (const [title, speaker] of [['某市中级人民法院工作报告', '某市中级人民法院院长　王某'], ['某县人民检察院工作报告', '某县人民检察院检察长　李某'], ['某省人民代表大会常务委员会工作报告', '某省人民代表大会常务委员会主任　贺某某']]) {
			const a = analyzeReport(lines(title, '——2026年1月15日在某市第十七届人民代表大会第五次会议上', speaker, '', '一、2025年主要工作', '受理案件12.36万件。', '二、2026年工作安排', '继续努力。'));
			expect([a.profile, a.reportYear, a.title.length, ...a.sections.map((s) => s.role)], title).toEqual(['gov-work-report', 2026, 3, 'review', 'annual_plan']);
		}
		// A 述法 report's title block may carry the date it was written: the year it reports on is the one its text opens with.
		const shufa = analyzeReport(lines('某区关于履行推进法治建设第一责任人职责情况的报告', '某区党委副书记、管委会主任 叶某', '2025年2月', '2024年,我切实履行第一责任人职责。', '一、履职情况', '排查矛盾纠纷141次。'));
		expect([shufa.title.length, shufa.reportYear]).toEqual([3, 2024]);
		// Its 履职情况 is both the year's work and the duty.
		expect(shufa.sections[0].roles).toEqual(['measures_results', 'first_responsibility']);
		// A 法治 report's year is still the first in its title.
		expect(analyzeReport(lines('某区2025年法治政府建设情况和2026年工作计划', '', '一、主要举措和成效', '全年办结案件55件。')).reportYear).toBe(2025);
	});

	test('the report year: a plan\'s year first in the title is not it; an opening that publishes the report, or says 本年度 of a year it named, gives it', () => {
		expect(analyzeReport(lines('青禾县民政局2025年工作计划和2024年工作总结', '一、2024年工作开展情况', '办结12件。')).reportYear).toBe(2024);
		expect(analyzeReport(lines('青禾县2025年法治政府建设工作计划', '一、总体要求', '持续推进。')).reportYear).toBe(2025);
		expect(analyzeReport(lines('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，现公布青禾镇2024年政府信息公开工作年度报告。', '一、总体情况', '全年公开信息65条。')).reportYear).toBe(2024);
		expect(analyzeReport(lines('按照上级要求，现发布《青禾县教育局2023年政府信息公开工作年度报告》。', '一、总体情况', '全年公开信息65条。')).reportYear).toBe(2023);
		expect(analyzeReport(lines('为深入贯彻落实上级关于普法工作的决策部署，我单位在2024年度积极开展普法宣传教育工作，现将本年度普法工作情况总结如下：', '一、主要做法', '举办讲座12场。')).reportYear).toBe(2024);
	});

	test('a report to a standing committee is on the year its opening names, not the year of the session it was delivered at', () => {
		const tail = ['主任、各位副主任、各位委员：', '我受区人民政府委托，向区人大常委会报告2022年度区本级预算执行和其他财政收支的审计情况，请予审议。', '一、财政管理审计情况', '查出问题金额1.2亿元。'];
		expect(analyzeReport(lines('——2023年4月20日在青禾区第五届人大常委会第九次会议上', '区审计局局长 林某', ...tail)).reportYear).toBe(2022);
		expect(analyzeReport(lines('2023年6月10日在青禾市人大常委会第八次会议上', '市审计局局长 林某', ...tail)).reportYear).toBe(2022);
		// With no year in the opening, the session's date is all there is.
		expect(analyzeReport(lines('2023年6月10日在青禾市人大常委会第八次会议上', '市审计局局长 林某', '主任、各位副主任、各位委员：', '一、财政管理审计情况', '查出问题金额1.2亿元。')).reportYear).toBe(2023);
	});

	test('评估工作开展情况 in an evaluation report is how the evaluation was done: another matter', () => {
		const a = analyzeReport(lines('某区关于法治政府建设实施纲要（2021—2025年）实施情况的总结评估报告', '', '一、评估工作开展情况', '区政府成立评估专班。', '二、主要举措和成效', '五年来办结案件386件。'));
		expect(a.sections.map((s) => s.role)).toEqual(['other', 'measures_results']);
	});

	test('part titles in other words: 主要情况, 任务进展及成效, 工作总结, 第一责任 without 人; the government\'s own duties are no leader\'s', () => {
		// After the leaders' part, where no place makes a part the year's work: the title alone must say it.
		for (const title of ['二、2023年度法治政府建设主要情况', '二、任务进展及成效', '二、2023年度法治政府工作总结']) {
			const a = analyzeReport(lines(...TITLE, '一、党政主要负责人履行推进法治建设第一责任人职责情况', '带头学法。', title, '办结案件12件。', '三、存在的问题', '力量不足。'));
			expect(a.sections[1].role, title).toBe('measures_results');
		}
		const duty = analyzeReport(lines(...TITLE, '一、2023年主要工作情况', '（一）全面履行法治政府建设职责', '办结案件12件。', '（二）全面落实主要负责人履行推进法治建设第一责任人职责', '带头学法。'));
		expect(duty.requiredSections.first_responsibility.line).toBe(6);
		const bare = analyzeReport(lines(...TITLE, '一、2023年主要举措和成效', '（一）强化组织领导，压实法治建设第一责任', '带头学法。'));
		expect(bare.requiredSections.first_responsibility.line).toBe(4);
	});

	test('主要工作安排 is a plan; an account of what was carried out in the plan\'s year (预算执行情况) is no plan', () => {
		const plan = analyzeReport(lines('青禾县2024年度法治政府建设情况报告', '一、主要举措和成效', '办结案件12件。', '二、存在的不足和原因', '力量不足。', '三、2025年主要工作安排', '继续推进。'));
		expect(plan.sections.map((s) => s.role)).toEqual(['measures_results', 'shortcomings', 'next_year_plan']);
		const done = analyzeReport(lines('青禾县2023年度县本级预算执行和其他财政收支的审计工作报告', '一、2024年全县财政预算执行情况', '收入增长3%。', '二、审计发现的主要问题', '管理不规范。'));
		expect(done.sections.map((s) => s.role)).toEqual(['measures_results', 'shortcomings']);
		const ahead = analyzeReport(lines('青禾县2024年度法治政府建设情况报告', '一、坚持党的领导', '办结案件12件。', '二、扎实做好2025年法治政府建设', '继续推进。'));
		expect(ahead.sections.map((s) => s.role)).toEqual(['measures_results', 'next_year_plan']);
	});

	test('a body line names the plan by its year only when that is the plan\'s: 2024年是关键之年 in a report on 2024 does not', () => {
		const a = analyzeReport(lines('某镇2024年法治政府建设情况报告', '2024年是关键之年，我镇扎实推进法治建设。', '一、主要举措和成效', '办结案件12件。', '二、存在的问题', '力量不足。2025年将持续推进。'));
		expect(a.requiredSections.next_year_plan.mentionedInBody).toEqual([6]);
		const edited = lines('某镇2024年法治政府建设情况报告', '2025年是关键之年，我镇扎实推进法治建设。', '一、主要举措和成效', '办结案件12件。', '二、存在的问题', '力量不足。2025年将持续推进。');
		expect(analyzeReport(edited, { previous: a }).requiredSections.next_year_plan.mentionedInBody).toEqual(analyzeReport(edited).requiredSections.next_year_plan.mentionedInBody);
	});

	test('a page\'s time stamp and a damaged document header title nothing', () => {
		for (const line of ['21.03.2017  13:07', '青政〔20195                       签发人：林远舟']) {
			const a = analyzeReport(lines('青禾市人民政府2018年度法治政府建设工作报告', line, '省人民政府：', '2018年，我市深入推进法治政府建设。', '一、加强组织领导', '（一）健全领导体制。'));
			expect(outline(a), line).toEqual(['5 1 一、加强组织领导', '6 2 （一）健全领导体制']);
		}
	});

	test('a table\'s figures set one to a line title nothing; a page\'s 语音播报, 正文复制 and a newspaper\'s dateline are its frame', () => {
		const a = analyzeReport(lines('正文复制', '江南日报/2024 年/1 月/25 日/第 003 版要闻', '关于某县2023年预算执行情况和2024年预算草案的报告', '语音播报', '一、2023年预算执行情况', '1.全县一般公共预算', '单位:万元', '本级收入', '120400', '转移性收入', '402700', '2.全县政府性基金预算', '二、2024年预算草案', '持续推进。'));
		expect([a.title, outline(a)]).toEqual([['关于某县2023年预算执行情况和2024年预算草案的报告'], ['5 1 一、2023年预算执行情况', '6 2 1.全县一般公共预算', '12 2 2.全县政府性基金预算', '13 1 二、2024年预算草案']]);
	});

	test('a web table\'s cells on lines of their own (一、本级收入 |) and its unit line are no headings; 1﹒ is a marker, ——— one bullet', () => {
		const a = analyzeReport(lines('青禾区2024年预算执行情况和2025年预算草案的报告', '一、2024年预算执行情况', '（一）全区预算执行情况', '1﹒全区一般公共预算',
			'单位:亿元', '一、本级收入 |', '30.09 |', '二、转移性收入 |', '12.5 |', '———全区一般公共预算收入增长3%。', '二、2025年预算草案', '持续推进。'));
		expect(outline(a)).toEqual(['2 1 一、2024年预算执行情况', '3 2 （一）全区预算执行情况', '4 3 1﹒全区一般公共预算', '10 4 ———全区一般公共预算收入增长3%', '11 1 二、2025年预算草案']);
	});

	test('a page\'s headline over the report\'s own title: with the site\'s name after it, or the title wrapped under it; the title is the report\'s own', () => {
		const suffixed = analyzeReport(lines('云岭省2023年度法治政府建设情况-某某资讯网', '', '云岭省2023年度法治政府建设情况', '2023年，我省持续推进法治政府建设。', '一、坚持党的领导', '办结案件12件。'));
		expect([suffixed.title, outline(suffixed)]).toEqual([['云岭省2023年度法治政府建设情况'], ['5 1 一、坚持党的领导']]);
		const wrapped = analyzeReport(lines('某市体育局关于2023年法治政府建设工作情况的报告-某某网', '朗读', '某市体育局关于2023年法治政府', '建设工作情况的报告', '2023年，我局扎实推进法治政府建设。', '一、主要举措和成效', '办结案件8次。'));
		expect([wrapped.title, outline(wrapped)]).toEqual([['某市体育局关于2023年法治政府', '建设工作情况的报告'], ['6 1 一、主要举措和成效']]);
	});

	test('more of a page\'s frame: a listing\'s values after bullets, 点击数 with its date, a row of empty cells, a site\'s name, a breadcrumb with arrows, a sharing site\'s note', () => {
		const a = analyzeReport(lines('文档资料网', '您现在的位置是：首页→ 网站公告', '- 113310810026792569/2022-00223', '- 主动公开', '- 青建〔2021〕3号', '- 2022-01-10', '点击数:   更新日期:2022年04月05日', '| | | |',
			'下面是小编整理的文章，供大家参考。', '青禾县住房和城乡建设局2021年度法治政府建设工作报告', '2021年，我局认真履行法定职责。', '一、主要举措和成效', '办结案件12件。'));
		expect([a.title, a.reportYear, outline(a)]).toEqual([['青禾县住房和城乡建设局2021年度法治政府建设工作报告'], 2021, ['12 1 一、主要举措和成效']]);
	});

	test('a speaker named with no space, a note of what was left out, a time of posting in the text: no headings', () => {
		const speaker = analyzeReport(lines('省人民政府关于2019年依法行政工作的报告', '——2020年4月2日在省人大常委会第十次会议上', '青山省人民政府秘书长王明远', '主任、各位委员：', '一、全面推进依法行政', '办结案件120件。', '二、存在的问题', '力量不足。'));
		expect(outline(speaker)).toEqual(['5 1 一、全面推进依法行政', '7 1 二、存在的问题']);
		const elided = analyzeReport(lines('某镇2021年上半年法治政府建设工作情况报告', '……(开头部分已省略500字)', '(三)规范执法行为。全镇执法人员全部持证上岗。', '二、存在的问题', '力量不足。'));
		expect(elided.allSections.map((s) => s.line)).toEqual([3, 4]);
		const posted = analyzeReport(lines('某县2024年法治政府建设情况报告', '一、主要举措和成效', '办结案件12件。', '    5 天前', '二、存在的问题', '力量不足。'));
		expect(outline(posted)).toEqual(['2 1 一、主要举措和成效', '5 1 二、存在的问题']);
	});

	test('a congress\'s title block: the speaker by office and name with no space or by name alone, the date on a line of its own, the title set letter-spaced under a page\'s frame', () => {
		const procurator = analyzeReport(lines('某省人民检察院工作报告', '——2022年1月18日在某省第十三届人民代表大会第六次会议上', '某省人民检察院检察长王明', '各位代表：', '2021年工作回顾', '办结案件420件。'));
		expect([procurator.reportYear, outline(procurator)]).toEqual([2022, ['5 1 ∅2021年工作回顾']]);
		const named = analyzeReport(lines('政府工作报告', '2021年12月15日', '在某县第十七届人民代表大会第一次会议上', '刘建华', '各位代表：', '过去五年工作回顾', '增长6.9%。'));
		expect([named.reportYear, named.title.length, outline(named)]).toEqual([2022, 4, ['6 1 ∅过去五年工作回顾']]);
		const framed = analyzeReport(lines('2024年政府工作报告', '来源：某旗 发布时间：2024-03-20', '分享', '下载本页 打印', ' 政 府 工 作 报 告', '——在某旗第十八届人民代表大会第三次会议上', '（2024年3月12日）', '刘 海 涛', '各位代表：', '一、2023年工作回顾', '增长5%。'));
		expect([framed.reportYear, outline(framed)]).toEqual([2024, ['10 1 一、2023年工作回顾']]);
	});

	test('a report to a congress whose title a copy lost is known by its opening (各位代表：, 我代表…向大会报告工作); an edit there is read afresh', () => {
		const text = lines('各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议。', '一、2023年工作回顾', '全市地区生产总值增长5.2%。', '二、2024年重点工作', '增长5%左右。');
		const a = analyzeReport(text);
		expect([a.profile, a.sections.map((s) => s.role)]).toEqual(['gov-work-report', ['review', 'annual_plan']]);
		// One line at a time: the addressee, then the sentence that speaks to the congress.
		const first = text.replace('各位代表：', '各位同志：');
		const edited = first.replace('我代表市人民政府，向大会报告工作', '我代表市人民政府，报告法治政府建设情况');
		const carried = analyzeReport(first, { previous: a });
		expect(JSON.parse(JSON.stringify(carried))).toEqual(JSON.parse(JSON.stringify(analyzeReport(first))));
		expect(JSON.parse(JSON.stringify(analyzeReport(edited, { previous: carried })))).toEqual(JSON.parse(JSON.stringify(analyzeReport(edited))));
		expect(analyzeReport(edited).profile).toBe('fazhi-annual');
	});

	test('a level-1 part that names none after the other parts is another matter; controls for older readers and a catalogue in cells are the frame', () => {
		const a = analyzeReport(lines('某县2025年度法治政府建设情况报告', '一、主要举措和成效', '办结案件12件。', '二、存在的不足', '力量不足。', '三、2026年工作安排', '持续推进。', '四、加强政府自身建设', '转变作风。'));
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'shortcomings', 'next_year_plan', 'other']);
		// The leaders' duty standing first: the themes after it are still the year's work.
		const duty = analyzeReport(lines('某局2020年法治政府建设情况报告', '一、落实法治建设第一责任人职责', '带头学法。', '二、依法履行部门职能', '办结案件12件。', '三、存在的不足', '力量不足。', '四、2021年工作打算', '持续推进。'));
		expect(duty.sections.map((s) => s.role)).toEqual(['first_responsibility', 'measures_results', 'shortcomings', 'next_year_plan']);
		const framed = analyzeReport(lines('• 设为首页', '  • 加入收藏', '  • 长者版', '| [ 索引号 ] | 11500000MB00000000/2026-00011 | [ 发文字号 ] | 无 |', '某县2025年法治政府建设年度报告', '一、主要举措和成效', '办结案件12件。'));
		expect(framed.title).toEqual(['某县2025年法治政府建设年度报告']);
	});

	test('under a page\'s headline and its frame, the report\'s own title block starts at its issuer; a breadcrumb may run with slashes', () => {
		const a = analyzeReport(lines('首页/ 公开 / 区政府文件 / 正文', '', '关于2025年法治政府建设情况的报告', '', '来源:青禾区人民政府 发布时间:2026-03-02 10:00', '', '青禾区人民政府', '',
			'关于2025年法治政府建设情况的报告', '', '区人大常委会:', '', '2025年,区政府坚持依法行政。', '', '一、主要举措和成效', '办结案件12件。'));
		expect([a.title, a.reportYear, outline(a)]).toEqual([['青禾区人民政府', '关于2025年法治政府建设情况的报告'], 2025, ['15 1 一、主要举措和成效']]);
	});

	test('a congress report\'s session line and speaker are never headings, even when a page\'s summary leaves them out of the title block', () => {
		const a = analyzeReport(lines('青禾省2024年政府工作报告(全文)', '2024年1月20日,青禾省省长张某代表省人民政府向大会报告工作。', '政府工作报告', '——2024年1月20日在青禾省第五届人民代表大会第二次会议上', '青禾省省长 张某', '各位代表:', '一、2023年工作回顾', '增长5%。'));
		expect([a.profile, a.reportYear, outline(a), a.sections.map((s) => s.role)]).toEqual(['gov-work-report', 2024, ['7 1 一、2023年工作回顾'], ['review']]);
		// The outline above the title, the session line right under it.
		const outlined = analyzeReport(lines('一、2023年工作回顾', '(一)稳住经济大盘', '二、2024年工作安排', '(一)扩大有效需求', '2024年青禾省政府工作报告', '——2024年1月20日在青禾省第五届人民代表大会第二次会议上', '省长 张某', '各位代表：', '一、2023年工作回顾', '增长5%。'));
		expect([outlined.profile, outlined.reportYear, outline(outlined)]).toEqual(['gov-work-report', 2024, ['9 1 一、2023年工作回顾']]);
		// An excerpt that opens with the session's line broken over two lines, the speaker, then the sentence to the congress.
		const opened = analyzeReport(lines('——2024年12月27日在某市某区第五届人民代表大会', '第四次会议上', '某区人民检察院检察长 张某', '现在，我代表区人民检察院向大会报告工作，请予审议。', '2024年主要工作', '办结案件120件。'));
		expect([opened.profile, opened.reportYear, opened.sections.map((s) => s.role)]).toEqual(['gov-work-report', 2025, ['review']]);
	});

	test('an edit of a session\'s date a page\'s summary left under the title block gives the year a fresh analysis gives', () => {
		const text = lines('青禾省2024年政府工作报告(全文)', '青禾省省长张某代表省人民政府向大会报告工作。', '政府工作报告', '——2024年1月20日在青禾省第五届人民代表大会第二次会议上', '青禾省省长 张某', '各位代表:', '一、2023年工作回顾', '增长5%。');
		const edited = text.replace('——2024年1月20日', '——2025年1月20日');
		expect(analyzeReport(edited, { previous: analyzeReport(text) }).reportYear).toBe(2025);
		expect(analyzeReport(edited).reportYear).toBe(2025);
	});

	test('the report\'s outline set above its title is no part of it; one marked line above a title is its first part', () => {
		const outlined = analyzeReport(lines('一、2025年工作回顾', '二、2026年主要任务', '三、政府自身建设', '2026年青禾县政府工作报告', '各位代表：', '一、2025年工作回顾', '增长5%。', '二、2026年主要任务', '持续推进。'));
		expect([outlined.title, outlined.profile, outline(outlined)]).toEqual([['2026年青禾县政府工作报告'], 'gov-work-report', ['6 1 一、2025年工作回顾', '8 1 二、2026年主要任务']]);
		const first = analyzeReport(lines('一、主要举措', '某县2025年度法治政府建设情况报告', '办结案件12件。'));
		expect(outline(first)[0]).toBe('1 1 一、主要举措');
	});

	test('a plan made or joined this year is no plan of the next: 制定年度普法计划, 列入年度工作计划', () => {
		const a = analyzeReport(lines('某镇2019年法治政府建设工作总结', '一、加强组织领导 今年以来，我镇健全领导机制。', '二、加强普法宣传 年初，我镇制定年度普法宣传教育计划，明确目标。', '三、存在的问题', '力量不足。', '四、下一步工作计划', '持续推进。'));
		expect(a.sections.map((s) => s.role)).toEqual(['measures_results', 'measures_results', 'shortcomings', 'next_year_plan']);
		const carried = analyzeReport(lines('某县司法局2024年度法治政府建设情况报告', '一、主要举措和成效', '（一）统筹抓好部署安排，压实工作责任。全年学法12次。', '二、存在的不足', '力量不足。'));
		expect(carried.requiredSections.next_year_plan.present).toBe(false);
	});

	test('the year of a congress\'s session is the report\'s, the next one for a session in December; the year reviewed comes first in the sentence that hands a report over', () => {
		const december = analyzeReport(lines('2023年某区政府工作报告', '政 府 工 作 报 告', '——2022年12月27日在某区第十届人民代表大会第二次会议上', '各位代表：', '一、2022年工作回顾', '增长5.2%。', '二、2023年工作安排', '增长5%左右。'));
		expect([december.reportYear, december.sections.map((s) => s.role)]).toEqual([2023, ['review', 'annual_plan']]);
		const statement = analyzeReport(lines('2019年，青禾县林业局坚持依法行政。现将本局2019年法治政府建设情况和2020年主要安排报告如下。', '一、2019年法治政府建设情况', '办结案件12件。'));
		expect(statement.reportYear).toBe(2019);
		// With no date, the year a report to a congress opens with is the one it reviews: it is for the next.
		const undated = analyzeReport(lines('青禾市中级人民法院工作报告', '各位代表：', '2024年主要工作', '全市法院受理案件8000件。', '2025年工作安排', '持续推进。'));
		expect([undated.reportYear, undated.sections.map((s) => s.role)]).toEqual([2025, ['review', 'annual_plan']]);
	});

	test('an edit that makes a marked line a web table\'s cell or a time of posting is read afresh', () => {
		const text = lines('某县2024年法治政府建设情况报告', '一、主要举措和成效', '办结案件12件。', '二、本级收入', '三、存在的问题', '力量不足。');
		const before = analyzeReport(text);
		for (const edited of [text.replace('二、本级收入', '二、本级收入 |'), text.replace('二、本级收入', '5 天前')]) {
			expect(outline(analyzeReport(edited, { previous: before })), edited).toEqual(outline(analyzeReport(edited)));
		}
		// A marked first line of a Markdown copy, its last character typed over with a cell's rule.
		const md = lines('三要# 某省人民政府关于2023年度法治政府建设情况的报\t告', '', '## 一、主要举措和成效', '', '全年办结案件12件。');
		const edited = md.replace('\t告', '\t|');
		expect(outline(analyzeReport(edited, { format: 'markdown', previous: analyzeReport(md, { format: 'markdown' }) }))).toEqual(outline(analyzeReport(edited, { format: 'markdown' })));
	});

	test('a disclosure catalogue\'s rows in brackets or cells and a breadcrumb with spaces are the page\'s frame, not the title', () => {
		const catalogue = analyzeReport(lines('[ 索引号 ] 000123/2025-00007 [ 发文字号 ]', '[ 主题分类 ] 司法 [ 体裁分类 ] 工作报告', '| 发文机关: | 某县司法局 |', '| 文号 : | |||', '',
			'某县档案局关于2024年度法治政府建设情况的报告', '2024年，我局扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。'));
		expect([catalogue.title, catalogue.reportYear, outline(catalogue)]).toEqual([['某县档案局关于2024年度法治政府建设情况的报告'], 2024, ['8 1 一、主要举措和成效']]);
		const breadcrumb = analyzeReport(lines('当前位置 : 首页', '> 青禾动态 > 政务公告', '2024年青禾县法治政府建设情况', '一、主要举措和成效', '全年办理案件12件。'));
		expect([breadcrumb.title, outline(breadcrumb)]).toEqual([['2024年青禾县法治政府建设情况'], ['4 1 一、主要举措和成效']]);
		// A site's column of 法治 reports (法治政府工作报告) names no 政府工作报告.
		const column = analyzeReport(lines('当前位置：首页', '>>县政府办 >>信息公开 >>法治政府工作报告', '', '青禾县2023年度法治政府建设工作情况报告', '一、2023年法治政府建设主要举措', '全年办理案件12件。'));
		expect([column.profile, column.title, column.sections[0].role]).toEqual(['fazhi-annual', ['青禾县2023年度法治政府建设工作情况报告'], 'measures_results']);
	});

	test('the page\'s controls and dates under the title are no headings: 字号 大 中 小, 日期：…来源：…, 扫一扫, 5 天前, a bare date', () => {
		for (const chrome of [['字号:', '大 中 小'], ['日期:2025-01-10   来源:  某县司法局'], ['  • 扫一扫在手机打开当前页'], ['5 天前'], ['2025-06-12'], ['朗读'], ['青禾日报第01版 2025-01-20 本版其他文章：春运首日客流平稳 上一版 下一版 查看PDF版']]) {
			const a = analyzeReport(lines('某县人民政府2024年法治政府建设工作报告', ...chrome, '', '2024年，县政府扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。'));
			expect(outline(a), chrome.join('|')).toEqual([`${chrome.length + 4} 1 一、主要举措和成效`]);
		}
	});

	test('the reports to a congress: a procuratorate\'s title with its year, a speaker named letter-spaced, a page\'s headline over the title set letter-spaced', () => {
		const procuratorate = analyzeReport(lines('青禾市人民检察院2024年工作报告', '——2025年1月10日在青禾市第八届人民代表大会第三次会议上', '各位代表：', '2024年工作回顾', '全市检察机关共办理各类案件5100件。', '2025年工作安排', '持续推进。'));
		expect([procuratorate.profile, procuratorate.reportYear, procuratorate.sections.map((s) => s.role)]).toEqual(['gov-work-report', 2025, ['review', 'annual_plan']]);
		const speaker = analyzeReport(lines('政 府 工 作 报 告', '——2025年1月8日在青禾县第九届人民代表大会第四次会议上', '县长 林 远 舟', '各位代表：', '一、2024年工作回顾', '增长5.2%。', '二、2025年工作安排', '增长5%左右。'));
		expect([speaker.title.length, outline(speaker)]).toEqual([3, ['5 1 一、2024年工作回顾', '7 1 二、2025年工作安排']]);
		const headline = analyzeReport(lines('2025年青禾县政府工作报告', '政 府 工 作 报 告', '——2025年1月8日在青禾县第九届人民代表大会第四次会议上', '各位代表：', '一、2024年工作回顾', '增长5.2%。'));
		expect(outline(headline)).toEqual(['5 1 一、2024年工作回顾']);
	});

	test('the report year from the sentence that hands the report over, however late in the opening; never the end of a cited plan\'s period', () => {
		const late = analyzeReport(lines('区委全面依法治区委员会：', '在新时代新征程上，青石街道办事处坚持以习近平法治思想为根本遵循，深入贯彻全面依法治国战略部署，紧紧围绕服务发展大局，系统推进法治政府建设。现将2025年工作情况总结如下：', '一、全年工作完成情况', '办结案件12件。'));
		expect(late.reportYear).toBe(2025);
		const cited = analyzeReport(lines('根据《某省法治建设规划（2023—2027年）》要求，云溪街道扎实推进法治建设。现对2023年所做工作总结如下：', '一、主要举措和成效', '办结案件12件。'));
		expect(cited.reportYear).toBe(2023);
		expect(analyzeReport(lines('根据《某省法治建设规划（2023—2027年）》要求，云溪街道扎实推进法治建设。', '一、主要举措和成效', '办结案件12件。')).reportYear).toBeNull();
	});
});

suite('sections: Markdown', () => {
	test('# title block; ## markers nest by marker, not by #; continuation lines are not headings; bullets are body', () => {
		const a = analyzeReport(lines('# 某区2022年法治政府建设情况报告', '', '2022年，我区认真贯彻落实党中央决策部署。', '', '## 一、主要举措和成效', '', '### （一）健全制度', '', '全年制定规范性文件', '1、件数见附表。', '', '- 开展培训12期', '- （二）不是标题吗？是的，列表项后跟标记', '', '#### 创新联合执法机制', '', '正文。', '', '## 二、存在的不足和原因'), { format: 'markdown' });
		expect(a.title).toEqual(['某区2022年法治政府建设情况报告']);
		expect(outline(a)).toEqual(['5 1 一、主要举措和成效', '7 2 （一）健全制度', '13 2 （二）不是标题吗', '15 3 ∅创新联合执法机制', '19 1 二、存在的不足和原因']);
	});

	test('an unmarked ## line after the # title, above ### parts, is a subtitle; one at the parts\' depth is a heading', () => {
		const sub = analyzeReport(lines('# 某县交通运输局2022年法治政府建设工作报告', '', '## 以法治建设护航农村公路发展', '', '2022年，我局认真贯彻落实上级部署。', '', '### 一、主要举措和成效', '', '全年查处案件26起。'), { format: 'markdown' });
		expect(sub.title).toEqual(['某县交通运输局2022年法治政府建设工作报告', '以法治建设护航农村公路发展']);
		expect(outline(sub)).toEqual(['7 1 一、主要举措和成效']);
		const same = analyzeReport(lines('# 某县交通运输局2022年法治政府建设工作报告', '', '## 总体情况', '', '2022年，我局认真贯彻落实上级部署。', '', '## 一、主要举措和成效', '', '全年查处案件26起。'), { format: 'markdown' });
		expect(same.title).toEqual(['某县交通运输局2022年法治政府建设工作报告']);
		expect(outline(same)[0]).toBe('3 1 ∅总体情况');
	});

	test('a marker set in bold is the paragraph\'s marker', () => {
		const a = analyzeReport(lines('# 某局2022年法治政府建设年度报告', '', '## 一、主要举措和成效', '', '**（一）深化审批改革。** 全年办理许可12560件。', '', '**（二）强化执法监督**', '', '查处案件413起。', '', '**坚持依法行政。** 全年制定文件3件。'), { format: 'markdown' });
		expect(outline(a)).toEqual(['3 1 一、主要举措和成效', '5 2 （一）深化审批改革', '7 2 （二）强化执法监督']);
		const b = analyzeReport(lines('# 某市2024年法治政府建设年度报告', '', '## 一、主要举措和成效', '', '**一是**政务服务更加便捷。全年办件12万件。', '', '**二是**执法更加规范。'), { format: 'markdown' });
		expect(outline(b)).toEqual(['3 1 一、主要举措和成效', '5 2 一是政务服务更加便捷', '7 2 二是执法更加规范']);
	});

	test('numbered list items are paragraphs of their own, as in CommonMark; a number inside body text is not', () => {
		const a = analyzeReport(lines('# 某厅2021年法治政府建设情况报告', '', '## 一、下一步工作', '', '重点抓好以下工作：', '', '1. 深入学习。全年学法4次。', '2. 推进立法。出台规章2部。', '3. 规范执法。', '', '全年办理复议案件', '2. 这一行接着上一段，不是列表项。'), { format: 'markdown' });
		expect(outline(a)).toEqual(['3 1 一、下一步工作', '7 2 1.深入学习', '8 2 2.推进立法', '9 2 3.规范执法']);
	});
});

suite('sections: seeds', () => {
	test('seed 003: （三） missing under 一、; unmarked 存在的问题及下步工作打算 at level 1', () => {
		const a = analyzeReport(readSeed('003'));
		const first = a.sections[0];
		expect(first.children.map((c) => c.marker?.text)).toEqual(['（一）', '（二）', '（四）', '（五）', '（六）', '（七）']);
		expect(a.sections.map((s) => s.line)).toEqual([7, 15, 25]);
		expect(a.requiredSections.first_responsibility.line).toBe(15);
	});

	test('seed 004: （一）…（八） under 一、 with the unmarked heading in the （六） slot', () => {
		const a = analyzeReport(readSeed('004'));
		const children = a.sections[0].children;
		expect(children.map((c) => c.marker?.text ?? '')).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '', '（七）', '（八）']);
		expect(children[5].title).toBe('强化行政权力制约和监督，高水准增强政府公信力执行力');
		expect(children[5].children.map((c) => c.marker?.text)).toEqual(['1、', '2、']);
		expect(a.requiredSections.first_responsibility.line).toBe(11);
	});

	test('seed 000: first responsibility only mentioned in body (lines 10 and 37)', () => {
		const part = analyzeReport(readSeed('000')).requiredSections.first_responsibility;
		expect(part.present).toBe(false);
		expect(part.mentionedInBody).toEqual([10, 37]);
	});
});
