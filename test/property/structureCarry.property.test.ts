import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, expect, suite, test } from 'vitest';
import { analyzeReport } from '../../server/src/core/analyze';
import { checkReport, RULES, type Rule } from '../../server/src/core/rules';
import { carriedLine, structureId, structureKept } from '../../server/src/core/structureCarry';
import type { ReportAnalysis, ReportFormat } from '../../server/src/core/types';
import { ROOT } from '../unit/helpers';
import { withWrappedChecks } from '../unit/rules/helpers';

/** The seeds and every fixture, each in its own format: every form of report the structure knows. */
const REPORTS: { name: string; text: string; format: ReportFormat }[] = [
	...readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
		.map((f) => ({ name: f, text: readFileSync(join(ROOT, 'seeds', f), 'utf8'), format: 'text' as const })),
	...readdirSync(join(ROOT, 'test', 'fixtures')).filter((f) => /\.(txt|md)$/.test(f)).sort()
		.map((f) => ({ name: f, text: readFileSync(join(ROOT, 'test', 'fixtures', f), 'utf8'), format: f.endsWith('.md') ? 'markdown' as const : 'text' as const })),
];

/**
 * What a keystroke inside a line may insert: plain words, and everything the structure reads in a line: sentence and
 * clause marks, markers, run-in markers, part names, years, residue, table cells, Markdown openings, page numbers.
 */
const INSERTS = ['的', '和', '。', '，', '：', '；', '、', '5', '１', '件', '%', '是', '一是', '二是', '三要', '一', '二、', '（三）', '1.', '①', ' ', '\u3000',
	'[bookmark: _GoBack]', '第二部分', '附件', '附件1', '存在的问题', '第一责任人', '下一步', '2025年', '报告', '此件公开发布', '——', '|', '\t', '**', '# ', '- ', '— 3 —', '2024年1月',
	'●', '◆', '㈡', '⑶', '⒉', '专栏2', '发件人：', '-- 转发的邮件 --', '> ', '注：', '\f', '一 、', ''];

// Every test here is synchronous and the file runs for over a minute: without a turn of the event loop between tests,
// the worker's progress messages wait for an answer all that time and vitest reports a timeout (an unhandled error
// that fails the run) although every test passed.
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));

/** An edit of one line that leaves its line break alone: `remove` characters at a place in it, then `insert`. */
const lineEdit = fc.record({
	line: fc.double({ min: 0, max: 1, noNaN: true }),
	at: fc.double({ min: 0, max: 1, noNaN: true }),
	remove: fc.nat({ max: 4 }),
	insert: fc.constantFrom(...INSERTS),
});

function applyToLine(text: string, e: { line: number; at: number; remove: number; insert: string }): string {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
		starts.push(i + 1);
	}
	const start = starts[Math.min(starts.length - 1, Math.floor(e.line * starts.length))];
	let end = text.indexOf('\n', start);
	end = end < 0 ? text.length : end;
	if (text[end - 1] === '\r') {
		end--;
	}
	const at = start + Math.floor(e.at * (end - start));
	return text.slice(0, at) + e.insert + text.slice(Math.min(end, at + e.remove));
}

/** Everything an analysis holds, numbers included, as plain data. */
function plain(a: ReportAnalysis): unknown {
	return JSON.parse(JSON.stringify(a));
}

suite('an analysis that takes the previous version’s sections equals a fresh one', () => {
	test.each(REPORTS)('$name: chains of edits inside one line, each analyzed from the one before', ({ name, text, format }) => {
		// Plain-text reports are also read as Markdown, where lines join into paragraphs and a heading may span lines.
		const formats = format === 'text' ? ['text', 'markdown'] as const : [format];
		fc.assert(fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom(...formats), (edits, readNumbers, format) => {
			let current = text;
			let previous = analyzeReport(current, { format });
			for (const e of edits) {
				current = applyToLine(current, e);
				if (readNumbers) {
					void previous.metrics;
				}
				const reused = analyzeReport(current, { format, previous });
				expect(plain(reused), `${name} after ${JSON.stringify(e)}`).toEqual(plain(analyzeReport(current, { format })));
				previous = reused;
			}
		}), { numRuns: 25 });
	});
});

suite('a check after an edit inside one line, carrying the last findings, equals a fresh one', () => {
	test.each(REPORTS)('$name: chains of one-line edits, each checked against the one before', ({ name, text, format }) => {
		fc.assert(fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 5 }), (edits) => {
			let current = text;
			let previous = analyzeReport(current, { format });
			checkReport(previous);
			for (const e of edits) {
				current = applyToLine(current, e);
				const analysis = analyzeReport(current, { format, previous });
				expect(checkReport(analysis, { previous }), `${name} after ${JSON.stringify(e)}`).toEqual(checkReport(analyzeReport(current, { format })));
				previous = analysis;
			}
		}), { numRuns: 15 });
	});

	test('numbering findings are carried when the sections are kept, and found again when they are not', () => {
		const text = ['某县司法局', '关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '（一）加强领导', '全年召开会议5次。', '（三）推进依法行政', '审查文件12件。',
			'二、存在的问题', '队伍力量不足。', '三、下一步打算', '继续推进。', ''].join('\n');
		const first = analyzeReport(text);
		const gaps = (findings: ReturnType<typeof checkReport>) => findings.filter((f) => f.rule === 'numbering.gap').map((f) => [f.line, f.evidence]);
		expect(gaps(checkReport(first))).toEqual([[6, '（三）']]);
		const typed = analyzeReport(text.replace('召开会议', '召开专题会议'), { previous: first });
		expect(structureKept(typed, first)).toBe(5);
		// The structural rules are not asked again: their findings are the last ones, moved.
		const structural = RULES.filter((rule) => rule.structural);
		let asked = 0;
		const counting = (_: Rule, check: Rule['check']): Rule['check'] => (analysis, context) => {
			asked++;
			return check(analysis, context);
		};
		const carried = withWrappedChecks(structural, counting, () => checkReport(typed, { previous: first }));
		expect(structural.length).toBeGreaterThanOrEqual(5);
		expect(asked).toBe(0);
		expect(carried).toEqual(checkReport(analyzeReport(text.replace('召开会议', '召开专题会议'))));
		// A new title on a heading with a finding: the markers are kept, but the finding sits on the edited line, so the
		// rules are asked again.
		const renamedText = text.replace('（三）推进依法行政', '（三）推进依法治理');
		const renamed = analyzeReport(renamedText, { previous: first });
		expect(structureKept(renamed, first)).toBe(6);
		const again = withWrappedChecks(structural, counting, () => checkReport(renamed, { previous: first }));
		expect(asked).toBeGreaterThan(0);
		expect(gaps(again)).toEqual([[6, '（三）']]);
		expect(again).toEqual(checkReport(analyzeReport(renamedText)));
	});

	test('a word typed in a heading’s title or the text after it keeps the sections; a run-in marker typed there does not', () => {
		const text = ['某县司法局', '关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '（一）加强领导。全年召开会议5次。', '（三）推进依法行政。审查文件12件。',
			'二、存在的问题', '队伍力量不足。', '三、下一步打算', '继续推进。', ''].join('\n');
		const first = analyzeReport(text);
		checkReport(first);
		const inText = text.replace('审查文件', '审查规范性文件');
		const typed = analyzeReport(inText, { previous: first });
		expect(structureKept(typed, first)).toBe(5);
		expect(checkReport(typed, { previous: first })).toEqual(checkReport(analyzeReport(inText)));
		const inTitle = text.replace('推进依法行政。', '推进依法治理。');
		const retitled = analyzeReport(inTitle, { previous: first });
		expect(structureKept(retitled, first)).toBe(5);
		expect(checkReport(retitled, { previous: first })).toEqual(checkReport(analyzeReport(inTitle)));
		const withItems = text.replace('审查文件12件。', '一是审查文件12件，二是清理文件3件。');
		const itemized = analyzeReport(withItems, { previous: first });
		expect(itemized.items.filter((item) => item.line === 5)).toHaveLength(2);
		expect(structureKept(itemized, first)).toBeNull();
		expect(checkReport(itemized, { previous: first })).toEqual(checkReport(analyzeReport(withItems)));
	});
});

suite('which edits take the sections over', () => {
	const text = ['某县司法局', '关于2023年度法治政府建设情况的报告', '', '一、主要举措和成效', '（一）加强组织领导。全年召开会议5次，一是学法，二是用法。', '办理行政复议案件55件。',
		'（二）推进依法行政', '审查规范性文件12件。', '二、存在的问题', '队伍力量不足。', '三、下一步打算', '2024年继续推进。', ''].join('\n');

	test('a word typed in body text: sections before the line are the previous version’s own objects from the second edit on', () => {
		const first = analyzeReport(text);
		const second = analyzeReport(text.replace('审查规范性', '审查各类规范性'), { previous: first });
		const third = analyzeReport(text.replace('审查规范性', '审查各类的规范性'), { previous: second });
		expect(plain(third)).toEqual(plain(analyzeReport(text.replace('审查规范性', '审查各类的规范性'))));
		// （一） ends before the edited line: kept. 一、 and （二） hold it: new objects, ending one character later.
		const [part, one, two] = [0, 1, 2].map((id) => third.allSections[id]);
		expect(one).toBe(second.allSections[1]);
		expect(part).not.toBe(second.allSections[0]);
		expect(two.span.end - second.allSections[2].span.end).toBe(1);
		expect(third.allSections[4].span.start - second.allSections[4].span.start).toBe(1);
	});

	test('a word typed after a heading’s title keeps the heading and reads its run-in items again', () => {
		const first = analyzeReport(text);
		const edited = text.replace('二是用法', '二是守法，三是用法');
		const second = analyzeReport(edited, { previous: first });
		expect(plain(second)).toEqual(plain(analyzeReport(edited)));
		expect(second.allSections[1].items.map((i) => i.marker.text)).toEqual(['一是', '二是', '三是']);
		// Taken over: a third version shares the sections the edit left behind it with the second.
		const third = analyzeReport(edited.replace('队伍力量', '人员力量'), { previous: second });
		expect(third.allSections[1]).toBe(second.allSections[1]);
	});

	test('a heading whose growing title makes the short line below it a tail of it is analyzed afresh', () => {
		// 2 × 16 characters against a heading of 31, then 32: the line below stops being a heading of its own.
		const before = ['一是的问题 3 —[bookmark: _GoBack]环境局', '2021年度法治政府建设工作报告', '', '一、主要举措和成效', '全年办理案件55件。', ''].join('\n');
		const after = before.replace('一是的问题', '一是的的问题');
		expect(plain(analyzeReport(after, { previous: analyzeReport(before) }))).toEqual(plain(analyzeReport(after)));
	});

	test('an edit that makes a line of a PDF copy as wide as the wrapped line above it, or not, is analyzed afresh', () => {
		const paged = ['某乡人民政府', '关于2024年度法治政府建设情况的报告', '', '一、主要举措和成效',
			'\u3000\u3000乡党委书记、乡长作为推进全乡法治建设的第一责任人，做到重要工', '作亲自安排、重大问题亲自研究、关键环节亲自过问、重点任务亲自督导。',
			'全年主持召开乡党委理论学习中心组法治专题学习3次、乡政府常务会议', '会前学法12次，带头旁听庭审1次。', '二、存在的不足', '队伍力量不足。', ''].join('\n');
		const first = analyzeReport(paged);
		expect(first.allSections.map((s) => s.line)).toEqual([4, 9]);
		// The line falls short of the wrap, or the line above stops being a full wrapped line, each in half-width letters
		// that keep every line's length in characters (what the paragraph shapes read): the line stands as a title.
		for (const edited of [paged.replace('理论学习中心组', 'ABCDEFG'), paged.replace('重大问题亲自研究、关键环节亲自过问', 'abcdefghijklmnopq')]) {
			const again = analyzeReport(edited, { previous: first });
			expect(carriedLine(again, structureId(first))).toBeNull();
			expect(plain(again)).toEqual(plain(analyzeReport(edited)));
			expect(again.allSections.map((s) => s.line)).toEqual([4, 7, 9]);
		}
	});

	test('an edit that makes the line below a paragraph’s first line as wide as it, or not, is analyzed afresh', () => {
		const paged = ['某市人民政府', '政府工作报告', '', '一、2024年工作回顾', '（一）坚持城乡融合',
			'\u3000\u3000完成城市更新项目46个，改造abcdefgh127个、惠及居民3.9万户。', '新改建农村公路四百公里，建成高标准农田13万亩，粮食总产量连续四年',
			'稳定在30亿斤以上。', '二、2025年工作安排', '继续推进。', ''].join('\n');
		const first = analyzeReport(paged);
		expect(first.allSections.map((s) => s.line)).toEqual([4, 5, 9]);
		// Letters of the other width, which keep each line's length in characters: the line falls short of the first line,
		// or the first line grows past it. Either way the line stands as a title.
		for (const edited of [paged.replace('粮食总产量连续四年', 'ABCDEFGHI'), paged.replace('abcdefgh', '改造城镇老旧小区')]) {
			const again = analyzeReport(edited, { previous: first });
			expect(carriedLine(again, structureId(first))).toBeNull();
			expect(plain(again)).toEqual(plain(analyzeReport(edited)));
			expect(again.allSections.map((s) => s.line)).toEqual([4, 5, 7, 9]);
		}
	});

	test('an edit that leaves a line holding HTML tags only (or a heading wrapped in them) is analyzed afresh', () => {
		// <p>略 and <p> have the same content start and shape (a one-character line reads as nothing else): only the line
		// being tags alone tells that it is no paragraph any more.
		const html = ['某县司法局', '关于2023年度法治政府建设情况的报告', '', '一、主要举措和成效', '全年办理案件55件。', '<p>略', '二、存在的问题', '队伍力量不足。', ''].join('\n');
		const first = analyzeReport(html);
		for (const edited of [html.replace('<p>略', '<p>'), html.replace('二、存在的问题', '<p><strong>二、存在的问题</strong></p>')]) {
			const again = analyzeReport(edited, { previous: first });
			expect(plain(again)).toEqual(plain(analyzeReport(edited)));
			expect(again.allSections.map((s) => `${s.line} ${s.title}`)).toEqual(['4 主要举措和成效', '7 存在的问题']);
		}
	});

	test('an edit that makes a line among a table’s one-per-line cells a cell or no longer one is analyzed afresh', () => {
		const cells = ['某县司法局', '关于2023年度法治政府建设情况的报告', '', '一、主要举措和成效', '序号', '类别', '数量（件）', '1', '行政复议', '148', '2', '行政应诉', '84',
			'二、存在的问题', '队伍力量不足。', ''].join('\n');
		const first = analyzeReport(cells);
		expect(first.pageNumberLines).toEqual([]);
		for (const edited of [cells.replace('行政复议', '全年办理行政复议案件，同比增长'), cells.replace('数量（件）', '数量（人）'), cells.replace('148', '148件')]) {
			const again = analyzeReport(edited, { previous: first });
			expect(plain(again)).toEqual(plain(analyzeReport(edited)));
		}
		// With its row's words a sentence, the serial above is a page's number; 148 still has the next row's 2 right below it.
		expect(analyzeReport(cells.replace('行政复议', '全年办理行政复议案件，同比增长'), { previous: first }).pageNumberLines).toEqual([8]);
	});

	test('an edit among a disclosure table\'s stacked cells (a row label, a figure, the line after the table) gives the sections a fresh analysis gives', () => {
		const table = ['青禾镇2024年政府信息公开工作年度报告', '一、总体情况', '2024年，青禾镇主动公开政府信息52条。', '二、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '总计',
			'一、本年新收政府信息公开申请数量', '3', '3', '二、上年结转政府信息公开申请数量', '0', '0', '三、本年度办理结果', '（一）予以公开', '3', '3',
			'三、政府信息公开行政复议、行政诉讼情况', '本年度未发生行政复议、行政诉讼。', ''].join('\n');
		const first = analyzeReport(table);
		const edits = [table.replace('（一）予以公开', '（一）予以公开的，均在法定期限内答复。'), table.replace('\n0\n0\n', '\n0件\n0\n'), table.replace('本年度未发生行政复议、行政诉讼。', '无'),
			table.replace('总计', '总计，共计'), table.replace('二、上年结转政府信息公开申请数量', '二、上年结转'), table.replace('\n3\n3\n三、政府', '\n3\n3件\n三、政府')];
		for (const edited of edits) {
			expect(plain(analyzeReport(edited, { previous: first })), edited).toEqual(plain(analyzeReport(edited)));
		}
	});

	test('with page numbers, a short line is taken over unless a page number is its nearest line above or below', () => {
		const paged = ['某县司法局', '关于2023年度法治政府建设情况的报告', '', '一、主要举措和成效', '全年办理案件55件。', '', '— 1 —', '', '某县司法局', '（一）加强领导',
			'召开会议5次。', '二、存在的问题', '队伍力量不足。', '— 2 —', '某县司法局', '三、下一步打算', '继续推进。', ''].join('\n');
		const first = analyzeReport(paged);
		expect(first.pageNumberLines).toEqual([7, 14]);
		expect(first.runningHeaderLines).toEqual([9, 15]);
		const far = paged.replace('召开会议5次', '召开专题会议5次');
		const farther = analyzeReport(far, { previous: first });
		expect(carriedLine(farther, structureId(first))).toBe(11);
		expect(plain(farther)).toEqual(plain(analyzeReport(far)));
		// Line 13 is the nearest line above 「— 2 —」: a short line there may be (or become) a running header.
		const beside = paged.replace('队伍力量不足。', '某县司法局');
		const besideAnalysis = analyzeReport(beside, { previous: first });
		expect(carriedLine(besideAnalysis, structureId(first))).toBeNull();
		expect(plain(besideAnalysis)).toEqual(plain(analyzeReport(beside)));
		expect(besideAnalysis.runningHeaderLines).toEqual([9, 13, 15]);
	});

	test('edits that change what the structure reads are analyzed afresh and still agree', () => {
		const first = analyzeReport(text);
		for (const edited of [
			text.replace('（二）推进依法行政', '（三）推进依法行政'),
			text.replace('加强组织领导。', '加强组织和领导。'),
			text.replace('队伍力量不足。', '队伍力量不足'),
			text.replace('办理行政复议案件55件。', '存在的主要问题'),
			text.replace('2024年继续推进。', '2024年1月'),
		]) {
			expect(plain(analyzeReport(edited, { previous: first })), edited).toEqual(plain(analyzeReport(edited)));
		}
	});
});
