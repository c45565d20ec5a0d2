import { DiagnosticSeverity, DocumentDiagnosticReportKind, type Diagnostic, type FullDocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, ReportAnalysis, Severity } from '../core/types';
import { toRange } from './positions';

export const DIAGNOSTIC_SOURCE = 'policy-report';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** The findings of one analysis. The single seam for the rule engine; until it lands there are none. */
export function findingsFor(_analysis: ReportAnalysis): Finding[] {
	return [];
}

/** A finding about the whole document (a missing part) has no span: it sits at the top of the file. */
export function toDiagnostics(doc: TextDocument, findings: readonly Finding[]): Diagnostic[] {
	return findings.map((f) => ({
		range: toRange(doc, f.span ?? { start: 0, end: 0 }),
		severity: SEVERITY[f.severity],
		code: f.rule,
		source: DIAGNOSTIC_SOURCE,
		message: f.message,
	}));
}

/** The answer to textDocument/diagnostic (pull). */
export function toDiagnosticReport(doc: TextDocument, analysis: ReportAnalysis): FullDocumentDiagnosticReport {
	return { kind: DocumentDiagnosticReportKind.Full, items: toDiagnostics(doc, findingsFor(analysis)) };
}
