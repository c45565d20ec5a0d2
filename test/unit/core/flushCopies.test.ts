import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import type { Line, ReportAnalysis } from '../../../server/src/core/types';
import { countWrapWidths, flushWidth } from '../../../server/src/core/wrapping';
import { lines } from '../helpers';

/** "line level marker title" for every heading. */
function outline(a: ReportAnalysis): string[] {
	return a.allSections.map((s) => `${s.line} ${s.level} ${s.marker?.text ?? '∅'}${s.title}`);
}

/** `text` broken every `width` characters, as a PDF's text layer breaks a paragraph set flush (no indent). */
function wrapAt(width: number, text: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < text.length; i += width) {
		out.push(text.slice(i, i + width));
	}
	return out;
}

/** Each non-blank line as a paragraph of its own, as a plain-text copy's paragraphs are. */
function paragraphsOf(text: string[]): { lines: Line[] }[] {
	return text.map((t, i) => ({ lines: [{ number: i + 1, start: 0, end: t.length, text: t, indent: '', blank: false, directive: false }] })).filter((_, i) => text[i] !== '');
}

const W = 30;
/** Paragraphs of a report set flush at 30 characters a line (60 columns). */
const MEASURES = wrapAt(W, '县政府坚持把法治政府建设摆在全局工作的突出位置，全年召开县政府常务会议专题研究法治政府建设工作，审议涉法议题，印发年度工作要点，细化重点任务并已全部完成，将法治建设成效纳入全县高质量发展综合绩效考核。');
const DECISIONS = wrapAt(W, '严格落实重大行政决策程序暂行条例，全年作出重大行政决策九项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，县司法局审核规范性文件和合同协议，提出的法律意见绝大多数被采纳。');
/** A paragraph of two lines whose first, alone, reads like a title over a line of text. */
const TWO_LINES = ['严格执行重大行政决策目录管理制度，重大行政决策合法性审查率保', '持全覆盖。'];
/** A run-in list whose 二是 falls at the start of a line, after a full line that ends a clause, not a sentence. */
const DUTY = [
	'县政府主要负责同志认真履行推进法治建设第一责任人职责，做到重要工',
	'作亲自部署、重大问题亲自过问。一是带头尊法学法，全年主持县政府常',
	'务会议会前学法十二次，组织科级以上领导干部参加年度学法考试，参考',
	'率、合格率均达到百分之百，带头讲授法治专题党课两次并旁听庭审一次；',
	'二是带头依法决策，对重大行政决策逐项听取合法性审查意见，坚持未经',
	'合法性审查的不提交会议讨论；三是带头督促整改，问题已全部整改到位。',
];

const FLUSH = lines(
	'某县人民政府关于2025年度法治政府建设情况的报告',
	'一、2025年法治政府建设主要举措和成效',
	'（一）强化组织领导',
	...MEASURES,
	'（二）坚持依法决策',
	...DECISIONS,
	...TWO_LINES,
	'二、党政主要负责人履行推进法治建设第一责任人职责情况',
	...DUTY,
	'三、存在的不足和原因',
	...wrapAt(W, '对照上级要求和人民群众期待，仍存在一些不足：部分乡镇合法性审查力量薄弱，行政执法人员专业化水平有待提升，法治宣传教育针对性和实效性还需增强。'),
	'四、2026年法治政府建设工作打算',
	...wrapAt(W, '县政府将深入贯彻落实习近平法治思想，健全领导干部学法用法制度，严格执行重大行政决策程序，持续深化行政执法体制改革，加快推进法治社会建设。'),
);

suite('copies set flush: a PDF text layer, every paragraph wrapped at one width with no indent', () => {
	test('the wrap width is read from the lines that break off mid-sentence', () => {
		const text = FLUSH.split('\n');
		expect(flushWidth(countWrapWidths(paragraphsOf(text)))).toBe(2 * W);
		// A report set one paragraph to a line has few lines of one width: no flush width.
		const perLine = lines('某县2025年法治政府建设情况报告', '一、主要举措', MEASURES.join(''), DECISIONS.join(''), TWO_LINES.join(''), '二、存在的不足', '执法力量不足。').split('\n');
		expect(flushWidth(countWrapWidths(paragraphsOf(perLine)))).toBe(0);
	});

	test('a full line over a short last line is wrapped text, not a title over its body; a run-in 二是 at a line start goes on with its list', () => {
		expect(outline(analyzeReport(FLUSH))).toEqual([
			'2 1 一、2025年法治政府建设主要举措和成效', '3 2 （一）强化组织领导', '8 2 （二）坚持依法决策',
			'15 1 二、党政主要负责人履行推进法治建设第一责任人职责情况', '22 1 三、存在的不足和原因', '26 1 四、2026年法治政府建设工作打算',
		]);
	});

	test('the same two lines among paragraphs set one to a line read as a title and its text: the width is the copy\'s, not the line\'s', () => {
		const a = analyzeReport(lines('某县人民政府关于2025年度法治政府建设情况的报告', '一、主要举措和成效', MEASURES.join(''), ...TWO_LINES, '二、存在的不足', '执法力量不足。'));
		expect(outline(a)).toContain('4 2 ∅严格执行重大行政决策目录管理制度，重大行政决策合法性审查率保');
	});

	test('a run-in marker opening a line after a wrapped line that breaks off mid-sentence goes on with the list of the line above', () => {
		const a = analyzeReport(lines('某县2025年法治政府建设情况报告', '一、主要举措',
			'　　县政府主要负责同志认真履行第一责任人职责。一是带头尊法学法，主持',
			'常务会议会前学法十二次，组织领导干部参加年度学法考试并全部合格，',
			'二是带头依法决策，逐项听取合法性审查意见。', '二、存在的不足', '执法力量不足。'));
		expect(outline(a)).toEqual(['2 1 一、主要举措', '6 1 二、存在的不足']);
	});

	test('a list written one item to a line stays headings: its 一要 opens its own line', () => {
		const a = analyzeReport(lines('某县2025年法治政府建设情况报告', '一、下步打算', '一要抓落实', '二要抓监督'));
		expect(outline(a)).toEqual(['2 1 一、下步打算', '3 2 一要抓落实', '4 2 二要抓监督']);
	});

	test('an edit that changes what a flush copy\'s widths make of a line is read afresh', () => {
		const before = analyzeReport(FLUSH);
		const edits: [string, string][] = [
			[TWO_LINES[0], TWO_LINES[0].slice(0, 12)], // no longer full: a title over its text
			[DUTY[3], DUTY[3].replace('；', '。')], // ends a sentence: 二是 opens a paragraph of its own
			[DUTY[1], DUTY[1].replace('一是', '一')], // the list's first marker gone
			[DUTY[3], DUTY[3].slice(0, 10)], // no longer full
			[MEASURES[1], `${MEASURES[1]}。`],
		];
		for (const [from, to] of edits) {
			const edited = FLUSH.replace(from, to);
			expect(outline(analyzeReport(edited, { previous: before })), to).toEqual(outline(analyzeReport(edited)));
		}
		expect(outline(analyzeReport(FLUSH.replace(TWO_LINES[0], TWO_LINES[0].slice(0, 12))))).toContain(`13 3 ∅${TWO_LINES[0].slice(0, 12)}`);
		expect(outline(analyzeReport(FLUSH.replace(DUTY[3], DUTY[3].replace('；', '。'))))).toContain('20 2 二是带头依法决策，对重大行政决策逐项听取合法性审查意见，坚持未经');
	});
});

suite('hard-wrapped headings and titles that break off', () => {
	test('a heading that runs on into its body and breaks off mid-sentence goes on in that body on the next line', () => {
		const a = analyzeReport(lines('某县2025年法治政府建设情况报告', '一、主要举措', '1. 深化普法宣传教育。深入实施普法规划，落实“谁执法谁',
			'普法”责任制，开展宪法宣传周等主题活动', '四百余场。', '2. 完善公共法律服务体系。', '二、存在的不足', '执法力量不足。'));
		expect(outline(a)).toEqual(['2 1 一、主要举措', '3 2 1.深化普法宣传教育', '6 2 2.完善公共法律服务体系', '7 1 二、存在的不足']);
	});

	test('a short line that breaks off after an opening bracket or quote is no title', () => {
		const a = analyzeReport(lines('某县2025年法治政府建设情况报告', '一、主要举措', '推进综合行政执法规范化建设，年内实现十四个镇（', '街道）法制审核人员全覆盖。', '二、存在的不足', '执法力量不足。'));
		expect(outline(a)).toEqual(['2 1 一、主要举措', '5 1 二、存在的不足']);
	});
});
