import type { Severity } from '../core/types';
import type { FileResult } from './report';

const RANK: Readonly<Record<Severity, number>> = { hint: 0, information: 1, warning: 2, error: 3 };

/**
 * 2 when a file could not be checked (nothing can be said about it), else 1 when a finding is at or above the
 * threshold, else 0.
 */
export function checkExitCode(results: readonly FileResult[], failOn: Severity): number {
	if (results.some((r) => !r.ok)) {
		return 2;
	}
	return results.some((r) => r.ok && r.findings.some((f) => RANK[f.severity] >= RANK[failOn])) ? 1 : 0;
}

/**
 * One line per finding, `file:line:col severity rule message`, with 1-based columns as compilers print them (so
 * editors and CI problem matchers link them); a whole-document finding points at the top of the file.
 */
export function formatCheckText(result: FileResult & { ok: true }): string[] {
	return result.json.findings.map((f) => `${result.file}:${f.line ?? 1}:${(f.col ?? 0) + 1} ${f.severity} ${f.rule} ${f.message}`);
}
