import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { checkReport, RULES, ruleDocs } from '../../../server/src/core/rules';
import { formatMessage, type MessageKey } from '../../../server/src/core/rules/messages';
import { PARTS, report } from './helpers';

const text = report(PARTS.measures[0], '（一）健全制度体系', '（三）规范行政执法。截止目前，已全部整改到位。', '二、存在的不足及原因', PARTS.shortcomings[1], '三、2024年工作安排', PARTS.plan[1]);

suite('checkReport', () => {
	test('findings in document order, whole-document findings first', () => {
		const findings = checkReport(analyzeReport(text));
		expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['null structure.missing-section', '6 numbering.gap', '6 text.confusable']);
		expect(findings[1]).toMatchObject({ severity: 'warning', evidence: '（三）', section: null });
	});

	test('settings change a rule\'s severity or switch it off, by id or by group', () => {
		const findings = checkReport(analyzeReport(text), { rules: { 'numbering.gap': 'error', 'text.*': 'off', 'structure.missing-section': 'hint' } });
		expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['structure.missing-section hint', 'numbering.gap error']);
	});

	test('fixes: false gives the same findings without their repairs', () => {
		const withFixes = checkReport(analyzeReport(text));
		const without = checkReport(analyzeReport(text), { fixes: false });
		expect(withFixes.filter((f) => f.fix).length).toBeGreaterThanOrEqual(2);
		expect(without.some((f) => f.fix)).toBe(false);
		expect(without).toEqual(withFixes.map(({ fix: _fix, ...rest }) => rest));
	});

	test('messages in English on request', () => {
		const gap = checkReport(analyzeReport(text), { language: 'en' }).find((f) => f.rule === 'numbering.gap');
		expect(gap?.message).toBe('Numbering gap: “（二）” is missing before “（三）”');
	});

	test('rule ids and default severities follow the conventions table', () => {
		expect(Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity]))).toEqual({
			'structure.missing-section': 'warning', 'structure.no-causes': 'information',
			'numbering.gap': 'warning', 'numbering.duplicate': 'warning', 'numbering.order': 'warning', 'numbering.mixed-style': 'warning',
			'numbering.width-mix': 'warning', 'numbering.unmarked-heading': 'warning', 'numbering.level-order': 'information',
			'metric.percent-mismatch': 'warning', 'metric.sum-mismatch': 'warning', 'metric.rate-over-100': 'warning', 'metric.part-exceeds-whole': 'warning',
			'year.plan-year': 'warning', 'year.period': 'information',
			'text.conversion-artifact': 'warning', 'text.page-number': 'warning', 'text.space-in-quantity': 'warning', 'text.garbled-unit': 'warning',
			'text.mixed-percent-sign': 'information', 'text.confusable': 'warning',
			'evidence.no-figures': 'off', 'evidence.hedging': 'off',
		});
	});

	test('every rule has a reason in both languages, and the numbering rules cite GB/T 9704', () => {
		for (const rule of RULES) {
			const doc = ruleDocs[rule.id];
			expect(doc.reason.zh.length, rule.id).toBeGreaterThan(10);
			expect(doc.reason.en.length, rule.id).toBeGreaterThan(10);
		}
		expect(ruleDocs['numbering.gap'].reason.zh).toContain('GB/T 9704-2012');
		expect(ruleDocs['text.space-in-quantity'].reason.en).toContain('GB/T 15835-2011');
	});

	test('formatMessage fills placeholders in both languages', () => {
		const key: MessageKey = 'text.confusable';
		expect(formatMessage(key, { wrong: '截止目前', right: '截至目前' })).toBe('“截止目前”应为“截至目前”');
		expect(formatMessage(key, { wrong: '截止目前', right: '截至目前' }, 'en')).toBe('“截止目前” should read “截至目前”');
	});
});
