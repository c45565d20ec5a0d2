import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { readDirectives } from '../../../server/src/core/directives';
import { scanLines } from '../../../server/src/core/lines';
import { checkReport } from '../../../server/src/core/rules';
import type { ReportFormat } from '../../../server/src/core/types';
import { lines } from '../helpers';
import { HEAD, PARTS } from '../rules/helpers';

/** A report with a numbering gap (line 6, （三）) and a confusable phrase on the same line, and no plan part. */
function withGap(...before: string[]): string {
	return lines(...HEAD, ...before, PARTS.measures[0], '（一）健全制度体系', '（三）规范行政执法。截止目前，已全部整改到位。', ...PARTS.duty, ...PARTS.shortcomings);
}

const rulesAt = (text: string, format: ReportFormat = 'text') => checkReport(analyzeReport(text, { format })).map((f) => `${f.line ?? '-'} ${f.rule}`);

suite('inline comments switch rules off', () => {
	test('without comments: the gap, the confusable and the missing plan', () => {
		expect(rulesAt(withGap())).toEqual(['- structure.missing-section', '6 numbering.gap', '6 text.confusable']);
	});

	test('disable-next-line: the named rule on the next line only; no id means every rule; // works too', () => {
		const one = lines(...HEAD, PARTS.measures[0], '（一）健全制度体系', '<!-- policy-report-disable-next-line numbering.gap -->', '（三）规范行政执法。截止目前，已全部整改到位。', ...PARTS.duty, ...PARTS.shortcomings);
		expect(rulesAt(one)).toEqual(['- structure.missing-section', '7 text.confusable']);
		expect(rulesAt(one.replace(' numbering.gap -->', ' -->'))).toEqual(['- structure.missing-section']);
		expect(rulesAt(one.replace('<!-- policy-report-disable-next-line numbering.gap -->', '// policy-report-disable-next-line numbering.gap'))).toEqual(['- structure.missing-section', '7 text.confusable']);
	});

	test('several ids, by spaces or commas, and groups', () => {
		const text = (ids: string) => lines(...HEAD, PARTS.measures[0], '（一）健全制度体系', `<!-- policy-report-disable-next-line ${ids} -->`, '（三）规范行政执法。截止目前，已全部整改到位。', ...PARTS.duty, ...PARTS.shortcomings);
		expect(rulesAt(text('numbering.gap text.confusable'))).toEqual(['- structure.missing-section']);
		expect(rulesAt(text('numbering.gap,text.confusable'))).toEqual(['- structure.missing-section']);
		expect(rulesAt(text('numbering.gap, text.confusable'))).toEqual(['- structure.missing-section']);
		expect(rulesAt(text('text.*'))).toEqual(['- structure.missing-section', '7 numbering.gap']);
	});

	test('disable … enable: until enabled, or to the end of the file', () => {
		const ranged = lines(...HEAD, '<!-- policy-report-disable text.confusable -->', '截止目前，已全部整改到位。', '<!-- policy-report-enable text.confusable -->', PARTS.measures[0], '（一）健全制度体系', '（三）规范行政执法。截止目前，已全部整改到位。', ...PARTS.duty, ...PARTS.shortcomings);
		expect(rulesAt(ranged)).toEqual(['- structure.missing-section', '9 numbering.gap', '9 text.confusable']);
		const open = ranged.replace('<!-- policy-report-enable text.confusable -->', '');
		expect(rulesAt(open)).toEqual(['- structure.missing-section', '9 numbering.gap']);
	});

	test('enable of one rule inside a disable of all rules', () => {
		const text = lines(...HEAD, '<!-- policy-report-disable -->', '<!-- policy-report-enable numbering.gap -->', PARTS.measures[0], '（一）健全制度体系', '（三）规范行政执法。截止目前，已全部整改到位。', ...PARTS.duty, ...PARTS.shortcomings);
		expect(rulesAt(text)).toEqual(['- structure.missing-section', '8 numbering.gap']);
	});

	test('whole-document findings are switched off by disable-file only', () => {
		expect(rulesAt(withGap('<!-- policy-report-disable structure.missing-section -->'))).toContain('- structure.missing-section');
		expect(rulesAt(lines('<!-- policy-report-disable-next-line structure.missing-section -->', withGap()))).toContain('- structure.missing-section');
		expect(rulesAt(lines('<!-- policy-report-disable-file structure.missing-section -->', withGap()))).toEqual(['7 numbering.gap', '7 text.confusable']);
		expect(rulesAt(withGap('// policy-report-disable-file'))).toEqual([]);
	});

	test('the same comments in Markdown; the comment lines are not text, so the outline does not change', () => {
		const md = lines('# 某县人民政府关于2023年度法治政府建设情况的报告', '', '## 一、2023年主要工作及成效', '', '### （一）健全制度体系', '', '<!-- policy-report-disable-next-line numbering.gap -->', '### （三）规范行政执法', '', '截止目前，已全部整改到位。');
		expect(rulesAt(md, 'markdown').filter((r) => !r.includes('missing-section'))).toEqual(['10 text.confusable']);
		const plain = md.replace('<!-- policy-report-disable-next-line numbering.gap -->\n', '');
		expect(analyzeReport(md, { format: 'markdown' }).allSections.map((s) => s.marker?.text)).toEqual(analyzeReport(plain, { format: 'markdown' }).allSections.map((s) => s.marker?.text));
	});

	test('readDirectives on its own: unknown directives and other comments are ignored', () => {
		const directives = readDirectives(scanLines(lines('<!-- policy-report-disable-line numbering.gap -->', 'text', '<!-- a comment -->', 'text')));
		expect(directives.disables('numbering.gap', 2)).toBe(false);
		expect(directives.disables('numbering.gap', null)).toBe(false);
	});
});
