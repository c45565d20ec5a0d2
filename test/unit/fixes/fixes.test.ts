import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { applyEdits } from '../../../server/src/core/fixes/apply';
import { formatFixTitle } from '../../../server/src/core/fixes/messages';
import { checkReport, type CheckOptions } from '../../../server/src/core/rules';
import type { AnalyzeOptions, Finding, Fix } from '../../../server/src/core/types';
import { lines, readSeed, ROOT } from '../helpers';
import { HEAD, PARTS } from '../rules/helpers';

// Every fix is checked the same way: apply its edits, analyze again, and the finding is gone, no other finding
// appears, the text outside the fix's reach is as it was, and every metric keeps its value and unit.

const REST = [...PARTS.duty, ...PARTS.shortcomings, ...PARTS.plan];

/** What identifies a finding across a fix that moves lines: its rule and what it quotes (or the part it names). */
const keyOf = (f: Finding) => `${f.rule}|${f.evidence ?? f.section}`;
const figures = (text: string, analyze: AnalyzeOptions) => analyzeReport(text, analyze).metrics.map((m) => [m.value, m.valueMax, m.unit]);

function counts(findings: readonly Finding[]): Map<string, number> {
	const result = new Map<string, number>();
	findings.forEach((f) => result.set(keyOf(f), (result.get(keyOf(f)) ?? 0) + 1));
	return result;
}

/** Applies one finding's fix and checks what every fix promises; returns the fixed text. */
function applyAndVerify(text: string, finding: Finding & { fix: Fix }, analyze: AnalyzeOptions = {}, check: CheckOptions = {}): string {
	const label = `${finding.rule} at line ${finding.line}`;
	const before = checkReport(analyzeReport(text, analyze), check);
	const fixed = applyEdits(text, finding.fix.edits);
	expect(fixed, `${label}: changes the text`).not.toBe(text);
	const after = checkReport(analyzeReport(fixed, analyze), check);
	const was = counts(before);
	const now = counts(after);
	expect(now.get(keyOf(finding)) ?? 0, `${label}: the finding is gone`).toBeLessThan(was.get(keyOf(finding)) ?? 0);
	for (const [key, n] of now) {
		expect(n, `${label}: no new finding ${key}`).toBeLessThanOrEqual(was.get(key) ?? 0);
	}
	const { start, end } = finding.fix.reach;
	expect(fixed.slice(0, start), `${label}: text before the reach unchanged`).toBe(text.slice(0, start));
	expect(fixed.slice(fixed.length - (text.length - end)), `${label}: text after the reach unchanged`).toBe(text.slice(end));
	expect(figures(fixed, analyze), `${label}: metric values unchanged`).toEqual(figures(text, analyze));
	return fixed;
}

function fixOf(text: string, rule: string, analyze: AnalyzeOptions = {}, check: CheckOptions = {}): Finding & { fix: Fix } {
	const finding = checkReport(analyzeReport(text, analyze), check).find((f) => f.rule === rule);
	expect(finding, `a ${rule} finding`).toBeDefined();
	expect(finding?.fix, `${rule} has a fix`).toBeDefined();
	return finding as Finding & { fix: Fix };
}

/** The fixed text for the first finding of a rule, verified. */
function fixed(body: readonly string[], rule: string, analyze: AnalyzeOptions = {}, check: CheckOptions = {}): string {
	const text = lines(...body);
	return applyAndVerify(text, fixOf(text, rule, analyze, check), analyze, check);
}

const report = (...body: string[]) => [...HEAD, ...body];

suite('quick fixes on tiny reports', () => {
	test('numbering.gap renumbers the run, keeping each marker\'s style and width', () => {
		const text = fixed(report(PARTS.measures[0], '（一）健全制度体系', '（三）规范行政执法', '（四）强化监督', ...REST), 'numbering.gap');
		expect(text).toContain('（一）健全制度体系\n（二）规范行政执法\n（三）强化监督');
	});

	test('a run of numbers set as one character is renumbered in its own set: ⑶ between ⑵ and ⑸, ㈢ after ㈡', () => {
		expect(fixed(report(PARTS.measures[0], '⑴健全制度体系', '⑵规范行政执法', '⑸强化监督', ...REST), 'numbering.gap'))
			.toContain('⑴健全制度体系\n⑵规范行政执法\n⑶强化监督');
		expect(fixed(report(PARTS.measures[0], '㈠健全制度体系', '㈡规范行政执法', '㈣强化监督', ...REST), 'numbering.gap'))
			.toContain('㈡规范行政执法\n㈢强化监督');
	});

	test('numbering.duplicate and numbering.order renumber by position', () => {
		expect(fixed(report(PARTS.measures[0], '1、制定目录。', '2、加强审查。', '2、规范备案。', '3、深化公开。', ...REST), 'numbering.duplicate'))
			.toContain('1、制定目录。\n2、加强审查。\n3、规范备案。\n4、深化公开。');
		expect(fixed(report(PARTS.measures[0], '（一）健全制度', '（三）规范执法', '（二）强化监督', ...REST), 'numbering.order'))
			.toContain('（一）健全制度\n（二）规范执法\n（三）强化监督');
	});

	test('a run that counts on from the previous part keeps counting; a second list under one parent starts again at 1', () => {
		const carried = fixed(report(PARTS.measures[0], '（一）健全制度', '1.制定规范。全年3件。', '2.清理文件。全年5件。', '（二）规范执法', '3.严格执法。全年7件。', '5.监督执法。全年9件。', ...REST), 'numbering.gap');
		expect(carried).toContain('3.严格执法。全年7件。\n4.监督执法。');
		const restarted = fixed(report(PARTS.measures[0], '1.制定规范。全年3件。', '2.清理文件。全年5件。', '3.公开信息。全年4件。', '1.严格执法。全年7件。', '1.监督执法。全年9件。', ...REST), 'numbering.duplicate');
		expect(restarted).toContain('3.公开信息。全年4件。\n1.严格执法。全年7件。\n2.监督执法。');
	});

	test('numbering.unmarked-heading inserts the marker of its slot in the run\'s style', () => {
		expect(fixed(report(PARTS.measures[0], '（一）健全制度体系', '规范行政执法行为', '全年办理案件12件。', '（三）强化权力监督', ...REST), 'numbering.unmarked-heading'))
			.toContain('（二）规范行政执法行为');
	});

	test('numbering.mixed-style writes the level\'s marker with the ordinal of its place; a tie goes to GB/T 9704', () => {
		expect(fixed(report(PARTS.measures[0], '（1）健全制度。全年3件。', '（二）规范执法。全年5件。', '（三）强化监督。全年7件。', ...REST), 'numbering.mixed-style'))
			.toContain('（一）健全制度');
		expect(fixed(report(PARTS.measures[0], '（一）健全制度', '1、制定规范。全年制定文件3件。', '2.清理文件。清理文件5件。', ...REST), 'numbering.mixed-style'))
			.toContain('1.制定规范');
	});

	test('numbering.level-order numbers the level as the standard does below its parent', () => {
		const text = fixed(report(PARTS.measures[0], '1.健全制度', '（一）制定规范。全年制定文件3件。', '（二）清理文件。清理文件5件。', '2.规范执法', '全年办理案件12件。', ...REST), 'numbering.level-order');
		expect(text).toContain('（1）制定规范');
		expect(text).toContain('（2）清理文件');
		expect(fixOf(lines(...report(PARTS.measures[0], '1.健全制度', '（一）制定规范。全年3件。', '2.规范执法', '全年办理案件12件。', ...REST)), 'numbering.level-order').fix.safe).toBe(false);
	});

	test('numbering.width-mix: full-width brackets, for the whole level when most siblings are half-width; a dot takes the siblings\' width', () => {
		expect(fixed(report(PARTS.measures[0], '（一）健全制度。全年3件。', '(二)清理文件。全年5件。', '（三）规范执法。全年7件。', ...REST), 'numbering.width-mix'))
			.toContain('（一）健全制度。全年3件。\n（二）清理文件');
		const half = fixed(report(PARTS.measures[0], '(一)健全制度。全年3件。', '(二)清理文件。全年5件。', '（三）规范执法。全年7件。', ...REST), 'numbering.width-mix');
		expect(half).toContain('（一）健全制度。全年3件。\n（二）清理文件。全年5件。\n（三）规范执法');
		expect(fixed(report(PARTS.measures[0], '（一）健全制度', '1．制定规范。全年3件。', '2．清理文件。全年5件。', '3.规范执法。全年7件。', ...REST), 'numbering.width-mix'))
			.toContain('3．规范执法');
	});

	test('text.conversion-artifact removes the residue only; a running header goes with its line break', () => {
		expect(fixed(report(PARTS.measures[0], '[bookmark: _GoBack]全年审查行政规范性文件12件。', ...REST), 'text.conversion-artifact'))
			.toContain('\n全年审查行政规范性文件12件。\n');
		const paged = report(PARTS.measures[0], '全年审查文件12件。', '— 1 —', '某县2023年报告', '全年调解纠纷87件。', '— 2 —', '某县2023年报告', '全年学法12次。', '— 3 —', '某县2023年报告', ...REST);
		expect(fixed(paged, 'text.conversion-artifact')).toContain('\n— 1 —\n全年调解纠纷87件。\n');
	});

	test('text.page-number removes the whole line with its line break, the one before it on the last line', () => {
		const middle = fixed(report(...PARTS.measures, '— 3 —', ...REST), 'text.page-number');
		expect(middle).toBe(lines(...report(...PARTS.measures, ...REST)));
		const last = fixed(report(...PARTS.measures, ...REST, '- 4 -'), 'text.page-number');
		expect(last).toBe(lines(...report(...PARTS.measures, ...REST)));
	});

	test('text.space-in-quantity removes every space inside the mention, not the one before it', () => {
		expect(fixed(report(PARTS.measures[0], '全年办理行政复议案件 18 件。', ...REST), 'text.space-in-quantity')).toContain('案件 18件。');
		expect(fixed(report(PARTS.measures[0], '全年审查文件13 000 件。', ...REST), 'text.space-in-quantity')).toContain('文件13000件。');
		expect(fixed(report(PARTS.measures[0], '2023 年，全年审查文件12件。', ...REST), 'text.space-in-quantity')).toContain('2023年，');
	});

	test('text.confusable takes the listed replacement, the project\'s own entries included', () => {
		expect(fixed(report(...PARTS.measures, '截止目前，已全部整改到位。', ...REST), 'text.confusable')).toContain('截至目前，已全部整改到位。');
		const check = { confusables: [{ wrong: '法制政府', right: '法治政府' }] };
		expect(fixed(report(...PARTS.measures, '持续推进法制政府建设。', ...REST), 'text.confusable', {}, check)).toContain('持续推进法治政府建设。');
	});
});

suite('structure.missing-section inserts the part\'s heading', () => {
	test('the leaders\' duty goes before the shortcomings as 二、, and the later parts move up one number', () => {
		const text = fixed(report(...PARTS.measures, '二、存在的不足及原因', PARTS.shortcomings[1], '三、2024年工作安排', PARTS.plan[1]), 'structure.missing-section');
		expect(text).toContain('二、党政主要负责人履行推进法治建设第一责任人职责情况\n三、存在的不足及原因');
		expect(text).toContain('四、2024年工作安排');
	});

	test('a missing plan goes after the last part, before the signature, titled with the next year', () => {
		const text = fixed(report(...PARTS.measures, ...PARTS.duty, ...PARTS.shortcomings, '', '某县人民政府', '2024年1月5日'), 'structure.missing-section');
		expect(text).toContain(`${PARTS.shortcomings[1]}\n四、2024年推进法治政府建设的主要安排\n\n某县人民政府`);
		expect(analyzeReport(text).requiredSections.next_year_plan.present).toBe(true);
	});

	test('Markdown keeps the heading\'s # and the blank lines around it; CRLF text gets CRLF', () => {
		const md = ['# 某县人民政府关于2023年度法治政府建设情况的报告', '', '2023年，县政府深入推进依法行政。', '', '## 一、2023年主要工作及成效', '', '全年审查文件12件。', '', '## 二、存在的不足及原因', '', '个别部门意识不强，主要原因是培训不够。', '', '## 三、2024年工作安排', '', '持续深化依法行政。'];
		expect(fixed(md, 'structure.missing-section', { format: 'markdown' })).toContain('\n\n## 二、党政主要负责人履行推进法治建设第一责任人职责情况\n\n## 三、存在的不足及原因\n');
		const crlf = lines(...report(...PARTS.measures, '二、存在的不足及原因', PARTS.shortcomings[1], '三、2024年工作安排', PARTS.plan[1])).replace(/\n/g, '\r\n');
		const finding = fixOf(crlf, 'structure.missing-section');
		expect(applyAndVerify(crlf, finding)).toContain('二、党政主要负责人履行推进法治建设第一责任人职责情况\r\n三、');
	});

	test('a government work report gets its plan for the report\'s own year', () => {
		const gov = ['某省人民政府', '政府工作报告', '——2024年1月20日在某省第十四届人民代表大会第二次会议上', '省长 陈立新', '各位代表：', '一、2023年工作回顾', '过去一年，全省生产总值增长5.2%。', '二、全面加强政府自身建设', '坚持依法行政。'];
		expect(fixed(gov, 'structure.missing-section')).toContain('二、2024年工作总体要求和重点任务\n三、全面加强政府自身建设');
	});

	test('it is not a safe fix: fix-all leaves the writing of a part to the writer', () => {
		expect(fixOf(lines(...report(...PARTS.measures, ...PARTS.duty, ...PARTS.shortcomings)), 'structure.missing-section').fix.safe).toBe(false);
	});
});

suite('every fix on the seeds and the planted-defects fixture', () => {
	const texts = [
		...['000', '001', '002', '003', '004'].map((prefix) => ({ name: `seed ${prefix}`, text: readSeed(prefix) })),
		{ name: 'defects-planted.txt', text: readFileSync(join(ROOT, 'test', 'fixtures', 'defects-planted.txt'), 'utf8') },
	];

	test.each(texts)('$name: each fix removes its finding and nothing else', ({ text }) => {
		const fixable = checkReport(analyzeReport(text)).filter((f): f is Finding & { fix: Fix } => f.fix !== undefined);
		for (const finding of fixable) {
			applyAndVerify(text, finding);
		}
	});

	test('the planted defects that have a certain repair all get a fix', () => {
		const text = readFileSync(join(ROOT, 'test', 'fixtures', 'defects-planted.txt'), 'utf8');
		const fixedRules = checkReport(analyzeReport(text)).filter((f) => f.fix).map((f) => f.rule);
		expect(new Set(fixedRules)).toEqual(new Set([
			'structure.missing-section', 'text.space-in-quantity', 'numbering.duplicate', 'numbering.unmarked-heading', 'text.confusable',
			'numbering.gap', 'text.page-number', 'numbering.mixed-style', 'text.conversion-artifact', 'numbering.width-mix',
		]));
	});

	test('seed 003: the gap fix renumbers （四）…（七） and nothing before （一）', () => {
		const text = readSeed('003');
		const gap = fixOf(text, 'numbering.gap');
		expect(gap.fix.edits.map((e) => `${text.slice(e.span.start, e.span.end)}→${e.newText}`)).toEqual(['（四）→（三）', '（五）→（四）', '（六）→（五）', '（七）→（六）']);
	});
});

suite('fix titles', () => {
	test('both languages word every title, with the fix\'s arguments', () => {
		const text = lines(...report(...PARTS.measures, '截止目前，已全部整改到位。', ...REST));
		const fix = fixOf(text, 'text.confusable').fix;
		expect(formatFixTitle(fix.title, fix.args)).toBe('改为“截至目前”');
		expect(formatFixTitle(fix.title, fix.args, 'en')).toBe('Replace with “截至目前”');
		expect(formatFixTitle('action.fix-all')).toBe('修复所有可自动修复的问题');
		expect(formatFixTitle('action.disable-line', { rule: 'numbering.gap' }, 'en')).toBe('Disable this rule here (numbering.gap)');
	});
});
