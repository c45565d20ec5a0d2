import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { matchAnalyses } from '../../../server/src/core/lineMatch';
import { rescanned } from '../../../server/src/core/mentionReuse';
import type { ReportAnalysis } from '../../../server/src/core/types';
import { lines } from '../helpers';

/** A PDF copy: each paragraph's first line indented, the lines after it flush, broken wherever the page width fell. */
const WRAPPED = lines(
	'某县2024年法治政府建设情况报告',
	'一、主要工作',
	'　　2024年，全县共办理行政复议案件86件，同比增长',
	'12.5%，其中维持58件。全县行政执法人员持证率达到',
	'98.5%，企业开办时间由上年的5个工作日压缩至',
	'2.5个工作日。',
	'二、存在的不足',
	'　　执法队伍建设仍有短板。',
	'三、下一步工作安排',
	'　　持续推进法治政府建设。',
);

/** The parts after the first that a report needs, the same in each test text. */
const CLOSING = ['二、存在的不足', '\u3000\u3000执法队伍建设仍有短板。', '三、下一步工作安排', '\u3000\u3000持续推进法治政府建设。'];

/** The mentions of lines `from` … `to`, each as the fields `show` gives. */
function mentionsOf(a: ReportAnalysis, from: number, to: number, show: (m: ReportAnalysis['mentions'][number]) => string): string[] {
	return a.mentions.filter((m) => m.line >= from && m.line <= to).map((m) => `${m.line} ${show(m)}`);
}

/** `text` with `from` replaced by `to`, analysed from its last version (whose numbers were read) and afresh. */
function edit(text: string, from: string, to: string): { first: ReportAnalysis; carried: ReportAnalysis; fresh: ReportAnalysis } {
	const first = analyzeReport(text);
	void first.mentions;
	const edited = text.replace(from, to);
	return { first, carried: analyzeReport(edited, { previous: first }), fresh: analyzeReport(edited) };
}

/** Each figure of lines 4–6 with its place, kind and label: `line:column text kind label`. */
function figures(analysis: ReportAnalysis): string[] {
	return analysis.mentions.filter((m) => m.line >= 4 && m.line <= 6)
		.map((m) => `${m.line}:${m.span.start - analysis.lines[m.line - 1].start} ${m.text} ${m.kind} ${m.label}`);
}

suite('a line that carries on the sentence of the line above (a hard-wrapped paragraph)', () => {
	test('reads the words the line above ends with: the change word and the label before the break', () => {
		expect(figures(analyzeReport(WRAPPED))).toEqual([
			'4:0 12.5% rate_change null',
			'4:10 58件 count 维持',
			'5:0 98.5% percent 行政执法人员持证率',
			// Words right after a figure of the line above are its unit and what it did: no label comes from them.
			'5:16 5个工作日 duration null',
			'6:0 2.5个工作日 duration null',
		]);
	});

	test('no figure starts in the line above, and each keeps its own line and exact text', () => {
		const analysis = analyzeReport(WRAPPED);
		for (const m of analysis.mentions) {
			const line = analysis.lines[m.line - 1];
			expect(m.span.start, `${m.text} starts on line ${m.line}`).toBeGreaterThanOrEqual(line.start);
			expect(analysis.text.slice(m.span.start, m.span.end)).toBe(m.text);
		}
	});

	test('takes nothing from a line that ends a sentence, a heading, a short line or across an indent', () => {
		const kindsOf = (text: string) => analyzeReport(text).mentions.filter((m) => m.text === '12.5%').map((m) => `${m.kind} ${m.label}`);
		const body = (above: string, below: string) => lines('某县2024年法治政府建设情况报告', '一、主要工作', above, below, '二、存在的不足', '　　仍有短板。');
		expect(kindsOf(body('　　2024年，全县共办理行政复议案件86件。同比增长', '12.5%，其中维持58件。'))).toEqual(['rate_change null']);
		expect(kindsOf(body('　　2024年，全县共办理行政复议案件86件。', '12.5%的案件经调解结案。'))).toEqual(['percent null']);
		expect(kindsOf(body('　　2024年，全县共办理行政复议案件86件，同比增长', '　　12.5%的案件经调解结案。'))).toEqual(['percent null']);
		expect(kindsOf(body('　　全县复议案件同比增长', '12.5%的案件经调解结案。'))).toEqual(['percent null']);
		expect(kindsOf(lines('某县2024年法治政府建设情况报告', '一、主要工作', '（一）行政复议案件办理数量同比增长', '12.5%的案件经调解结案。', '二、存在的不足', '　　仍有短板。'))).toEqual(['percent null']);
	});

	test('an edit of the line above reaches the line below when the numbers are taken over from the last version', () => {
		// The same length of words after the comma: only the line above changed, and the line below reads it.
		const { first, carried, fresh } = edit(WRAPPED, '同比增长', '结案比例');
		expect(figures(carried)).toEqual(figures(fresh));
		expect(figures(carried)[0]).toBe('4:0 12.5% percent 结案比例');
		const reread = rescanned(first, carried, matchAnalyses(first, carried));
		expect([2, 3, 4, 5].map(reread), 'lines 3–6 read anew').toEqual([true, true, false, false]);
	});
});

suite('a figure at the end of a line whose unit opens the line below (a wrap between them)', () => {
	const SPLIT = lines(
		'某县2024年法治政府建设情况报告',
		'一、主要工作',
		'　　全年共办理各类法律援助案件1236',
		'件，依法为困难群众挽回经济损失共计2860',
		'万元。开展主题宣传活动326场。',
		...CLOSING,
	);
	const split = (a: ReportAnalysis) => mentionsOf(a, 3, 5, (m) => `${m.text} ${m.kind} ${m.value} ${m.unit}`);

	test('takes that unit, multiplier included, and ends with its own line', () => {
		expect(split(analyzeReport(SPLIT))).toEqual(['3 1236 count 1236 件', '4 2860 money 28600000 元', '5 326场 count 326 场']);
	});

	test('an edit of the line below reaches the figure above it when the numbers are taken over from the last version', () => {
		const { carried, fresh } = edit(SPLIT, '件，依法', '宗，依法');
		expect(split(carried)).toEqual(split(fresh));
		expect(split(carried)[0]).toBe('3 1236 count 1236 宗');
	});
});

suite('what a wrapped line reads of the line above, and a heading line that runs on', () => {
	test('a rank after the area ranked, and the unit below a heading line\'s last figure', () => {
		const text = lines(
			'某省2026年政府工作报告',
			'一、2025年工作回顾',
			'　　全省地区生产总值由4.56万亿元增加到6.08万亿元，经济总量上升至全国',
			'第9位；一般公共预算收入累计完成1.93万亿元。',
			'　　（三）深化改革扩大开放。“高效办成一件事”重点事项清单26',
			'项全部落地，新设经营主体138.7万户。',
			'二、2026年工作安排',
			'　　持续推进。',
		);
		const a = analyzeReport(text);
		expect(a.mentions.filter((m) => m.line === 4 || m.line === 5).map((m) => `${m.line} ${m.text} ${m.kind} ${m.unit}`))
			.toEqual(['4 第9位 rank 位', '4 1.93万亿元 money 元', '5 高效办成一件事 ordinal-or-name null', '5 26 count 项']);
	});
});

suite('a sentence broken by a page break (a page number between its lines)', () => {
	const PAGES = lines(
		'某县司法局2025年法治政府建设情况报告',
		'一、主要工作',
		'　　全年共办理公证事项1368件，受理人民调解案件812件，调解成功率为',
		'- 2 -',
		'98.6%，全年共为群众办理各类公证事项1368',
		'- 3 -',
		'件，涉及金额约3.2亿元，公证业务量同比增',
		'- 4 -',
		'长12.4%。',
		...CLOSING,
	);
	const read = (a: ReportAnalysis) => mentionsOf(a, 3, 9, (m) => `${m.text} ${m.kind} ${m.unit} ${m.label}`);

	test('reads across the page number as across a wrap', () => {
		const a = analyzeReport(PAGES);
		expect(a.pageNumberLines).toEqual([4, 6, 8]);
		expect(read(a)).toEqual([
			'3 1368件 count 件 公证事项',
			'3 812件 count 件 人民调解案件',
			'5 98.6% percent % 调解成功率',
			'5 1368 count 件 各类公证事项',
			'7 约3.2亿元 money 元 涉及金额',
			'9 12.4% rate_change % 公证业务量',
		]);
	});

	test('an edit of a page number between the lines reaches both when the numbers are taken over from the last version', () => {
		const { carried, fresh } = edit(PAGES, '- 3 -', '- 3 -页');
		expect(read(carried)).toEqual(read(fresh));
		expect(read(carried)[3]).toBe('5 1368 ordinal-or-name null null');
	});
});
