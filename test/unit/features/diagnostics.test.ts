import { DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import type { Finding } from '../../../server/src/core/types';
import { findingsFor, toDiagnosticReport, toDiagnostics } from '../../../server/src/features/diagnostics';

const finding = (overrides: Partial<Finding>): Finding => ({
	rule: 'numbering.gap',
	severity: 'warning',
	span: null,
	line: null,
	message: '编号不连续',
	evidence: null,
	section: null,
	...overrides,
});

suite('diagnostics', () => {
	const text = '一、总体情况\n𠮷（三）分项';
	const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, text);

	test('a finding becomes a diagnostic: rule id as code, policy-report as source, its span as range', () => {
		const start = text.indexOf('（三）');
		const [diagnostic] = toDiagnostics(doc, [finding({ span: { start, end: start + 3 }, line: 2 })]);
		expect(diagnostic).toEqual({
			range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } },
			severity: DiagnosticSeverity.Warning,
			code: 'numbering.gap',
			source: 'policy-report',
			message: '编号不连续',
		});
	});

	test('every severity maps to its LSP counterpart', () => {
		const severities = toDiagnostics(doc, (['error', 'warning', 'information', 'hint'] as const).map((severity) => finding({ severity }))).map((d) => d.severity);
		expect(severities).toEqual([DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint]);
	});

	test('a finding about the whole document sits at its start', () => {
		const [diagnostic] = toDiagnostics(doc, [finding({ rule: 'structure.missing-section', section: 'shortcomings' })]);
		expect(diagnostic.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
	});

	test('the rule engine\'s findings become the pull report, in the message language asked for', () => {
		const gapText = '一、总体情况\n（一）甲\n（二）乙\n（四）丁';
		const gapDoc = TextDocument.create('file:///g.txt', 'policy-report', 1, gapText);
		const analysis = analyzeReport(gapText);
		const gap = findingsFor(analysis, 'zh-cn').find((f) => f.rule === 'numbering.gap');
		expect(gap?.line).toBe(4);
		expect(gap?.evidence).toBe('（四）');
		const report = toDiagnosticReport(gapDoc, findingsFor(analysis, 'en'));
		expect(report.kind).toBe('full');
		const diagnostic = report.items.find((d) => d.code === 'numbering.gap');
		expect(diagnostic).toMatchObject({ source: 'policy-report', severity: DiagnosticSeverity.Warning, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } } });
		expect(diagnostic?.message).not.toBe(gap?.message);
		expect(findingsFor(analysis, 'zh-cn')).toBe(findingsFor(analysis, 'zh-cn'));
	});

	test('a clean report has no findings', () => {
		const clean = ['某县人民政府', '关于2023年度法治政府建设情况的报告', '一、主要做法和成效', '全年受理行政复议案件55件。', '二、主要负责人履行推进法治建设第一责任人职责情况', '县长带头学法4次。', '三、存在的不足及原因', '执法队伍专业化水平不高，主要原因是培训不足。', '四、2024年工作安排', '持续完善制度。'].join('\n');
		const cleanDoc = TextDocument.create('file:///c.txt', 'policy-report', 1, clean);
		expect(toDiagnosticReport(cleanDoc, findingsFor(analyzeReport(clean), 'zh-cn')).items).toEqual([]);
	});
});
