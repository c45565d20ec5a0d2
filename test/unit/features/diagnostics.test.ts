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

	test('until the rules are wired in, an analysis has no findings and the pull report is full and empty', () => {
		const analysis = analyzeReport(text);
		expect(findingsFor(analysis)).toEqual([]);
		expect(toDiagnosticReport(doc, analysis)).toEqual({ kind: 'full', items: [] });
	});
});
