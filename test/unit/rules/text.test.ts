import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { checkReport, RULES } from '../../../server/src/core/rules';
import { applyEdits } from '../../../server/src/core/fixes/apply';
import { lines } from '../helpers';
import { findingsOf, HEAD, PARTS, report, where, withWrappedChecks } from './helpers';

/** A report whose measures part holds the given body lines (from line 5). */
function withLines(...body: string[]): string {
	return report(PARTS.measures[0], ...body, ...PARTS.duty, ...PARTS.shortcomings, ...PARTS.plan);
}

suite('text.conversion-artifact', () => {
	test('Word bookmarks, field codes and private-use glyphs', () => {
		const text = withLines('[bookmark: _GoBack]全年审查行政规范性文件12件。', '第{ PAGE \\* MERGEFORMAT }页，详见\uE004附表。');
		expect(where(findingsOf(text, 'text.conversion-artifact'))).toEqual(['5 [bookmark: _GoBack]', '6 { PAGE \\* MERGEFORMAT }', '6 \uE004']);
	});

	test('a reviewed Word draft\'s marks: comment anchors, tracked changes and the comments heading; the fix keeps inserted words', () => {
		const text = withLines('全年审查文件12件[A1]，[删除：大幅]压减证明事项[张科长2]。', '[插入：组建法律明白人队伍，]培训86人。', '批注：', '[A1]建议补充数据来源', '详见[注1]和[附件2]。');
		expect(where(findingsOf(text, 'text.conversion-artifact'))).toEqual(['5 [A1]', '5 [删除：大幅]', '5 [张科长2]', '6 [插入：组建法律明白人队伍，]', '7 批注：', '8 [A1]']);
		const fixed = checkReport(analyzeReport(text)).filter((f) => f.rule === 'text.conversion-artifact' && f.line === 6).map((f) => f.fix?.edits ?? []).flat();
		expect(applyEdits(text, fixed)).toContain('\n组建法律明白人队伍，培训86人。\n');
	});

	test('HTML entities left by copying a web page, as one finding per run; a Markdown report’s own are left alone', () => {
		const text = withLines('&nbsp;&nbsp;全年审查文件12件，R&D投入3.2亿元。', '详见&ldquo;一网通办&rdquo;平台&#12290;');
		expect(where(findingsOf(text, 'text.conversion-artifact'))).toEqual(['5 &nbsp;&nbsp;', '6 &ldquo;', '6 &rdquo;', '6 &#12290;']);
		const fixed = checkReport(analyzeReport(text)).filter((f) => f.rule === 'text.conversion-artifact').map((f) => f.fix?.edits).flat();
		expect(applyEdits(text, fixed.flatMap((e) => (e ? [e] : [])))).toBe(withLines('全年审查文件12件，R&D投入3.2亿元。', '详见“一网通办”平台。'));
		expect(findingsOf(text, 'text.conversion-artifact', {}, { format: 'markdown' })).toEqual([]);
	});

	test('HTML tags left by pasting a web page’s source: one finding per line, whose fix keeps the words; a line of tags goes whole', () => {
		const text = withLines('<p style="text-indent:2em;">全年审查文件12件。</p>', '<p>', '召开会议5次<br/>印发方案2件。', '</p>');
		const found = findingsOf(text, 'text.conversion-artifact');
		expect(where(found)).toEqual(['5 <p style="text-indent:2em;">…</p>', '6 <p>', '7 <br/>', '8 </p>']);
		const edits = found.flatMap((f) => f.fix?.edits ?? []);
		expect(applyEdits(text, edits)).toBe(withLines('全年审查文件12件。', '召开会议5次印发方案2件。'));
		expect(findingsOf(text, 'text.conversion-artifact', {}, { format: 'markdown' })).toEqual([]);
		// A comparison or a Latin bracket is no tag.
		expect(findingsOf(withLines('PM2.5<35微克/立方米的天数，<A类>企业3家。'), 'text.conversion-artifact')).toEqual([]);
	});

	test('near miss: brackets and document numbers that belong to the text', () => {
		expect(findingsOf(withLines('印发《实施方案》（惠法政〔2020〕1号），明确【重点任务】27项。'), 'text.conversion-artifact')).toEqual([]);
	});

	test('the running header a PDF repeats after its page numbers', () => {
		const text = withLines('全年审查文件12件。', '— 1 —', '', '某县2023年法治政府建设报告', '全年调解纠纷87件。', '— 2 —', '', '某县2023年法治政府建设报告', '全年学法12次。');
		expect(where(findingsOf(text, 'text.conversion-artifact'))).toEqual(['8 某县2023年法治政府建设报告', '12 某县2023年法治政府建设报告']);
		// A line repeated elsewhere, or next to one page number only, is text.
		const once = withLines('全年审查文件12件。', '— 1 —', '', '某县2023年法治政府建设报告', '全年调解纠纷87件。', '某县2023年法治政府建设报告', '全年学法12次。', '— 2 —');
		expect(findingsOf(once, 'text.conversion-artifact')).toEqual([]);
	});
});

suite('text.page-number', () => {
	test('stray page-number lines', () => {
		const text = lines(...HEAD, ...PARTS.measures, '— 12 —', '- 4 -', ...PARTS.duty);
		expect(where(findingsOf(text, 'text.page-number'))).toEqual(['6 — 12 —', '7 - 4 -']);
	});

	test('near miss: a dash that opens a bullet', () => {
		expect(findingsOf(withLines('——经济运行稳中向好，全年增长5%。'), 'text.page-number')).toEqual([]);
	});
});

suite('text.space-in-quantity', () => {
	test('whitespace between a number and its measure word', () => {
		expect(where(findingsOf(withLines('依法受理行政复议案件 18 起，全年审查文件1414 项。'), 'text.space-in-quantity'))).toEqual(['5 18 起', '5 1414 项']);
	});

	test('every mention with a space in it, a report that spaces all its figures and a year\'s 2023 年 included (the gold labels each)', () => {
		const spaced = withLines('2025 年共办理复议案件 55 件，审结 52 件，办结率 94.5%。罚没款 1,286.5 万元，全年审查文件12件。');
		expect(where(findingsOf(spaced, 'text.space-in-quantity'))).toEqual(['5 2025 年', '5 55 件', '5 52 件', '5 1,286.5 万元']);
		const stray = withLines('全年共办理复议案件55件，审结 52 件，纠错6件，罚没款1286.5万元，审查文件12件。');
		expect(where(findingsOf(stray, 'text.space-in-quantity'))).toEqual(['5 52 件']);
	});

	test('near miss: a heading marker a PDF copy spaced (1 .) is the numbering\'s, no quantity', () => {
		const text = report(PARTS.measures[0], '1 . 健全制度体系', '办结案件55件。', '2 . 规范行政执法', '审查文件12件。');
		expect(findingsOf(text, 'text.space-in-quantity')).toEqual([]);
	});

	test('near miss: a figure a conversion broke off its sentence and its unit (…服务站 ⏎ 12 ⏎ 个，…) is no page number', () => {
		const text = withLines('全年新建村级公共法律服务站', '12', '个，覆盖率达到95%。', '— 3 —');
		expect(where(findingsOf(text, 'text.page-number'))).toEqual(['8 — 3 —']);
	});

	test('near miss: a space before the number is outside the quantity', () => {
		expect(findingsOf(withLines('今年以来，共解答当事人咨询 320余人次。'), 'text.space-in-quantity')).toEqual([]);
	});

	test('a space between digit groups is one number, and a space in it', () => {
		const text = withLines('全年受理群众来电1 200件，同比增长13 000元。');
		expect(where(findingsOf(text, 'text.space-in-quantity'))).toEqual(['5 1 200件', '5 13 000元']);
		expect(analyzeReport(text).metrics.filter((m) => m.line === 5).map((m) => `${m.text}=${m.value}`)).toEqual(['1 200件=1200', '13 000元=13000']);
	});
});

suite('text.page-number: section numbers', () => {
	test('01 over a section’s title, as web articles number them, is no page number', () => {
		const text = withLines('全年审查文件12件。', '01', '强化组织领导', '全年召开会议6次，研究法治工作。', '02', '推进依法行政', '全年审查规范性文件8件。', '— 3 —');
		expect(where(findingsOf(text, 'text.page-number'))).toEqual(['12 — 3 —']);
	});
});

suite('text.garbled-unit', () => {
	test('a measure word after its noun, where the report uses it the regular way elsewhere', () => {
		const found = findingsOf(withLines('依法受理行政复议案件18起。全年共出庭应诉 1案件起。'), 'text.garbled-unit');
		expect(where(found)).toEqual(['5 1案件起']);
		expect(found[0].message).toContain('1起案件');
	});

	test('a noun that starts with a measure word (人员) is still a noun', () => {
		expect(where(findingsOf(withLines('全年培训执法人员 320名，新增5人员名。'), 'text.garbled-unit'))).toEqual(['5 5人员名']);
	});

	test('near misses: regular quantities, and a word that only looks garbled', () => {
		expect(findingsOf(withLines('全年办理3起案件，受理行政复议案件18起。'), 'text.garbled-unit')).toEqual([]);
		expect(findingsOf(withLines('全年出庭应诉1案件起。'), 'text.garbled-unit')).toEqual([]);
	});
});

suite('text.mixed-percent-sign', () => {
	test('％ beside % (information, on the less used sign)', () => {
		const found = findingsOf(withLines('备案率达100%，合法率100%，结案率100％。'), 'text.mixed-percent-sign');
		expect(found.map((f) => [f.line, f.evidence, f.severity])).toEqual([[5, '％', 'information']]);
	});

	test('near miss: one sign throughout', () => {
		expect(findingsOf(withLines('备案率达100%，合法率100%。'), 'text.mixed-percent-sign')).toEqual([]);
	});
});

suite('text.confusable', () => {
	test('phrases from the list', () => {
		const found = findingsOf(withLines('今年以年，全县累计开展普法活动40余场次。截止目前，已全部整改到位。'), 'text.confusable');
		expect(where(found)).toEqual(['5 今年以年', '5 截止目前']);
		expect(found.map((f) => f.message)).toEqual(['“今年以年”应为“今年以来”', '“截止目前”应为“截至目前”']);
	});

	test('near misses: the right forms, and a match that belongs to other words', () => {
		expect(findingsOf(withLines('截至目前，今年以来，报名截止日期为5月。今年以年度考核为抓手。'), 'text.confusable')).toEqual([]);
	});

	test('the caller adds phrases, or replaces a built-in correction', () => {
		const text = withLines('认真学习习总书记重要讲话精神，截止目前已完成。');
		const found = findingsOf(text, 'text.confusable', { confusables: [{ wrong: '习总书记', right: '习近平总书记' }, { wrong: '截止目前', right: '截至当前' }] });
		expect(found.map((f) => f.message)).toEqual(['“习总书记”应为“习近平总书记”', '“截止目前”应为“截至当前”']);
	});
});

suite('rules that read the whole report but find their candidates line by line', () => {
	test('after an edit, lines left alone keep what was read from them, and the findings equal a fresh check', () => {
		const before = withLines('依法受理行政复议案件18起，结案率96%。', '全年共出庭应诉 1案件起，胜诉率90％。', '群众满意度98％。');
		// The edit removes the only regular use of 案件…起 and turns the percent signs' majority round.
		const after = before.replace('行政复议案件18起，结案率96%', '行政复议18宗，结案率96％');
		const first = analyzeReport(before);
		checkReport(first);
		const second = analyzeReport(after, { previous: first });
		const read: string[] = [];
		const wrapped = RULES.filter((rule) => rule.id === 'text.garbled-unit' || rule.id === 'text.mixed-percent-sign');
		const carried = withWrappedChecks(wrapped, (rule, check) => (analysis, context) => check(analysis, {
			...context,
			perLine: (key, reader) => context.perLine(key, (line) => {
				read.push(`${rule.id} ${line.number}`);
				return reader(line);
			}),
		}), () => checkReport(second, { previous: first }));
		expect(read).toEqual(['text.garbled-unit 5', 'text.mixed-percent-sign 5']);
		expect(carried).toEqual(checkReport(analyzeReport(after)));
		expect(carried.filter((f) => f.rule === 'text.garbled-unit')).toEqual([]);
		expect(where(carried.filter((f) => f.rule === 'text.mixed-percent-sign'))).toEqual([]);
		expect(where(checkReport(first).filter((f) => f.rule === 'text.mixed-percent-sign'))).toEqual(['5 %']);
		expect(where(checkReport(first).filter((f) => f.rule === 'text.garbled-unit'))).toEqual(['6 1案件起']);
	});
});
