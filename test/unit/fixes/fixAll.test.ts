import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { applyEdits, fixAll } from '../../../server/src/core/fixes/apply';
import { checkReport } from '../../../server/src/core/rules';
import { ROOT } from '../helpers';

const sources = [
	...readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f)),
	join('test', 'fixtures', 'defects-planted.txt'),
];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const figures = (text: string) => analyzeReport(text).metrics.map((m) => ({ text: m.text.replace(/\s/g, ''), value: m.value, valueMax: m.valueMax, unit: m.unit }));

suite('fix all', () => {
	test.each(sources)('%s: idempotent, no safe fix left, every metric value unchanged', (file) => {
		const text = read(file);
		const once = fixAll(text);
		expect(fixAll(once)).toBe(once);
		expect(checkReport(analyzeReport(once)).filter((f) => f.fix?.safe)).toEqual([]);
		expect(figures(once)).toEqual(figures(text));
	});

	test('the planted fixture: every safe finding is repaired, the ones needing a writer remain', () => {
		const text = read(join('test', 'fixtures', 'defects-planted.txt'));
		const before = checkReport(analyzeReport(text)).map((f) => f.rule);
		const after = checkReport(analyzeReport(fixAll(text))).map((f) => f.rule);
		expect(before).toContain('numbering.duplicate');
		expect(after.sort()).toEqual(['metric.percent-mismatch', 'metric.rate-over-100', 'metric.sum-mismatch', 'structure.missing-section', 'year.plan-year']);
	});

	test('seed 003: fixes that depend on each other land over rounds (a marker inserted, the run renumbered)', () => {
		const fixed = fixAll(read(join('seeds', '003_bb0d26e07b32a41b.txt')));
		const outline = analyzeReport(fixed).allSections.filter((s) => s.level <= 2).map((s) => s.marker?.text);
		expect(outline).toEqual(['一、', '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '二、', '（一）', '（二）', '（三）', '（四）', '三、']);
		expect(fixed).not.toMatch(/— 12 —|— 6 —/);
		expect(fixed).toContain('截至目前');
	});

	test('rules switched off keep their findings\' text: fix all applies only what the settings report', () => {
		const text = read(join('seeds', '003_bb0d26e07b32a41b.txt'));
		const fixed = fixAll(text, { check: { rules: { 'text.*': 'off' } } });
		expect(fixed).toContain('截止目前');
		expect(fixed).toContain('— 12 —');
		expect(fixed).not.toBe(text);
	});

	test('a fix that would change a figure is left out', () => {
		// A project's confusable list could hold an entry that rewrites a number: fix-all must not take it.
		const text = ['某县人民政府', '关于2023年度法治政府建设情况的报告', '一、2023年主要工作及成效', '全年审查文件十二件，截止目前已全部备案。'].join('\n');
		const check = { confusables: [{ wrong: '十二件', right: '二十件' }] };
		const rewrite = checkReport(analyzeReport(text), check).find((f) => f.evidence === '十二件');
		expect(rewrite?.fix?.safe).toBe(true);
		expect(figures(applyEdits(text, rewrite?.fix?.edits ?? []))).not.toEqual(figures(text));
		const fixed = fixAll(text, { check });
		expect(fixed).toContain('十二件');
		expect(fixed).toContain('截至目前');
	});

	test('residue between two digits has no fix: removing it would join two numbers', () => {
		const text = ['某县人民政府', '关于2023年度法治政府建设情况的报告', '一、2023年主要工作及成效', '全年审查文件1[bookmark: _GoBack]2件。'].join('\n');
		const residue = checkReport(analyzeReport(text)).find((f) => f.rule === 'text.conversion-artifact');
		expect(residue).toBeDefined();
		expect(residue?.fix).toBeUndefined();
	});
});
