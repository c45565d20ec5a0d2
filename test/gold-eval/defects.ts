import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../server/src/core/types';

/** The gold's defect kind of each rule that reports one (conventions.md, rule table); the other rules only observe. */
export const KIND_OF_RULE: Readonly<Record<string, string>> = {
	'structure.missing-section': 'missing_section',
	'numbering.gap': 'numbering_gap',
	'numbering.duplicate': 'numbering_duplicate',
	'numbering.mixed-style': 'mixed_marker_style',
	'numbering.width-mix': 'halfwidth_fullwidth_mix',
	'numbering.unmarked-heading': 'unmarked_heading',
	'metric.percent-mismatch': 'count_percent_contradiction',
	'metric.sum-mismatch': 'sum_mismatch',
	'metric.rate-over-100': 'rate_over_100',
	'year.plan-year': 'wrong_plan_year',
	'text.conversion-artifact': 'conversion_artifact',
	'text.page-number': 'page_number_line',
	'text.space-in-quantity': 'space_in_quantity',
	'text.garbled-unit': 'garbled_unit',
	'text.confusable': 'typo',
};

export interface DefectTarget {
	kind: string;
	line: number | null;
	section?: string;
	evidence?: string | null;
}

export interface GoldDefect extends DefectTarget {
	alternatives?: DefectTarget[];
}

export interface Dispute {
	file: string;
	line: number;
	text: string;
	why: string;
}

export interface DefectScore {
	hits: { defect: GoldDefect; finding: Finding }[];
	misses: GoldDefect[];
	/** Warning and error findings that match no defect: false alarms. */
	extra: Finding[];
	/** Information and hint findings that match no defect: observations, not scored. */
	observations: Finding[];
}

/** Labels someone disputes (test/gold-disputes.json, absent when there are none). */
export function loadDisputes(root: string): Dispute[] {
	const file = join(root, 'test', 'gold-disputes.json');
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Dispute[] : [];
}

function matches(finding: Finding, target: DefectTarget): boolean {
	if (KIND_OF_RULE[finding.rule] !== target.kind) {
		return false;
	}
	return target.kind === 'missing_section' ? finding.section === target.section : finding.line === target.line;
}

/**
 * Scores findings against labelled defects as the gold README says: kind + line (kind + part for a missing part, at
 * any severity); a finding on one of a defect's `alternatives` counts as that defect, once. Lines in `disputed` are
 * left out on both sides.
 */
export function scoreDefects(findings: readonly Finding[], defects: readonly GoldDefect[], disputed: ReadonlySet<number> = new Set()): DefectScore {
	const open = findings.filter((f) => f.line === null || !disputed.has(f.line));
	const used = new Set<Finding>();
	const score: DefectScore = { hits: [], misses: [], extra: [], observations: [] };
	for (const defect of defects.filter((d) => d.line === null || !disputed.has(d.line))) {
		const targets = [defect, ...(defect.alternatives ?? [])];
		const finding = targets.map((t) => open.find((f) => !used.has(f) && matches(f, t))).find((f) => f !== undefined);
		if (finding) {
			used.add(finding);
			score.hits.push({ defect, finding });
		} else {
			score.misses.push(defect);
		}
	}
	for (const f of open) {
		if (!used.has(f)) {
			(f.severity === 'warning' || f.severity === 'error' ? score.extra : score.observations).push(f);
		}
	}
	return score;
}

export function describeDefect(d: DefectTarget): string {
	return `${d.kind} @${d.line ?? d.section ?? '?'}${d.evidence ? ` “${d.evidence}”` : ''}`;
}

export function describeFinding(f: Finding): string {
	return `${f.severity} ${f.rule} @${f.line ?? f.section ?? '?'}${f.evidence ? ` “${f.evidence}”` : ''}: ${f.message}`;
}
