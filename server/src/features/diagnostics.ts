import { DiagnosticSeverity, DocumentDiagnosticReportKind, type Diagnostic, type FullDocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { memo, MemoKey } from '../core/memo';
import { checkReport, type CheckOptions } from '../core/rules';
import type { Finding, ReportAnalysis, Severity } from '../core/types';
import type { MessageLanguage } from '../messages';
import { toRange } from './positions';

export const DIAGNOSTIC_SOURCE = 'policy-report';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** Findings are computed once per analysis (one document version), message language and rule settings, then shared by features. */
const FINDINGS = new MemoKey<Map<string, Finding[]>>('findings by options');

type RuleSettings = Omit<CheckOptions, 'language' | 'fixes' | 'previous'>;

/**
 * The rule engine's findings for one analysis, with the rule settings and confusables in force for the document. Fixes
 * are built only for code actions: diagnostics, which follow every keystroke, do without them. `previous`, the last
 * analysis of the same document checked, lets the line-local rules look only at the lines that changed since.
 */
export function findingsFor(analysis: ReportAnalysis, language: MessageLanguage, check: RuleSettings = {}, withFixes = false, previous?: ReportAnalysis): Finding[] {
	const byOptions = memo(analysis, FINDINGS, () => new Map<string, Finding[]>());
	const key = JSON.stringify([language, check, withFixes]);
	let findings = byOptions.get(key);
	if (!findings) {
		findings = checkReport(analysis, { ...check, language: language === 'en' ? 'en' : 'zh', fixes: withFixes, previous });
		byOptions.set(key, findings);
	}
	return findings;
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
export function toDiagnosticReport(doc: TextDocument, findings: readonly Finding[]): FullDocumentDiagnosticReport {
	return { kind: DocumentDiagnosticReportKind.Full, items: toDiagnostics(doc, findings) };
}
