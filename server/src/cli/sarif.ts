import type * as Sarif from 'sarif';
import { version } from '../../../package.json';
import { formatFixTitle } from '../core/fixes/messages';
import { RULES, ruleDocs, type RuleSetting } from '../core/rules';
import { lineAt } from '../core/rules/positions';
import type { Finding, Fix, ReportAnalysis, Span } from '../core/types';
import type { FileResult } from './report';
import { RULE_TITLES } from './ruleTitles';
import type { Language } from './textOutput';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** SARIF has no information or hint level: both are notes. */
const LEVEL: Readonly<Record<Exclude<RuleSetting, 'off'>, Sarif.ReportingConfiguration.level>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A SARIF 2.1.0 log of one run: every rule of the table, one result per finding (the same findings as the JSON
 * output), with its fix where there is one. Columns are 1-based UTF-16 units, as the run's columnKind says.
 */
export function toSarif(results: readonly FileResult[], language: Language): Sarif.Log {
	const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
	const failures = results.filter((r) => !r.ok);
	return {
		$schema: SARIF_SCHEMA,
		version: '2.1.0',
		runs: [{
			tool: { driver: { name: 'policy-report', version, rules: RULES.map((rule) => ruleDescriptor(rule.id, language)) } },
			columnKind: 'utf16CodeUnits',
			invocations: [{
				executionSuccessful: failures.length === 0,
				toolExecutionNotifications: failures.map((r) => ({
					level: 'error',
					message: { text: r.json.error },
					locations: [{ physicalLocation: { artifactLocation: { uri: toUri(r.file) } } }],
				})),
			}],
			results: results.flatMap((r) => (r.ok ? r.findings.map((f) => toResult(f, r.file, r.analysis, ruleIndex.get(f.rule), language)) : [])),
		}],
	};
}

function ruleDescriptor(id: string, language: Language): Sarif.ReportingDescriptor {
	const doc = ruleDocs[id];
	return {
		id,
		shortDescription: { text: RULE_TITLES[id]?.[language] ?? id },
		fullDescription: { text: doc.reason[language] },
		defaultConfiguration: doc.defaultSeverity === 'off' ? { enabled: false } : { level: LEVEL[doc.defaultSeverity] },
	};
}

function toResult(finding: Finding, file: string, analysis: ReportAnalysis, ruleIndex: number | undefined, language: Language): Sarif.Result {
	const uri = toUri(file);
	return {
		ruleId: finding.rule,
		...(ruleIndex === undefined ? {} : { ruleIndex }),
		level: LEVEL[finding.severity],
		message: { text: finding.message },
		// A whole-document finding (a missing part) names the file and no region.
		locations: [{ physicalLocation: { artifactLocation: { uri }, ...(finding.span ? { region: toRegion(analysis, finding.span) } : {}) } }],
		...(finding.fix ? { fixes: [toFix(finding.fix, uri, analysis, language)] } : {}),
	};
}

function toFix(fix: Fix, uri: string, analysis: ReportAnalysis, language: Language): Sarif.Fix {
	return {
		description: { text: formatFixTitle(fix.title, fix.args, language) },
		artifactChanges: [{
			artifactLocation: { uri },
			replacements: fix.edits.map((e) => ({ deletedRegion: toRegion(analysis, e.span), ...(e.newText ? { insertedContent: { text: e.newText } } : {}) })),
		}],
	};
}

/** Lines and columns are 1-based; the end column is the one after the span. */
function toRegion(analysis: ReportAnalysis, span: Span): Sarif.Region {
	const start = toLineColumn(analysis, span.start);
	const end = toLineColumn(analysis, span.end);
	return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

function toLineColumn(analysis: ReportAnalysis, offset: number): { line: number; column: number } {
	const line = lineAt(analysis, offset);
	return { line, column: Math.max(0, offset - analysis.lines[line - 1].start) + 1 };
}

/** The path relative to the working directory, as a URI reference (each segment percent-encoded). */
function toUri(file: string): string {
	return file.split('/').map(encodeURIComponent).join('/');
}
