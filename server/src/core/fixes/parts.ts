import { majorityStyle, majorityWidth, markerOf, markerWithOrdinal, sampleMarker } from '../rules/numbering/siblings';
import type { RawFinding } from '../rules/types';
import type { Fix, FixEdit, PartRole, ProfileId, ReportAnalysis, Section } from '../types';
import { lineBreakOf } from './lineBreak';
import { groupOf, runOf } from './runs';

/** The order the parts stand in: 法治 reports put the leaders' duty between the results and the shortcomings. */
const PART_ORDER: Readonly<Record<ProfileId, readonly PartRole[]>> = {
	'fazhi-annual': ['measures_results', 'first_responsibility', 'shortcomings', 'next_year_plan', 'other'],
	'gov-work-report': ['review', 'annual_plan', 'gov_self_building'],
};

/** A heading the profile recognizes as the part; the plan names the year it plans for. */
function partHeading(part: PartRole, analysis: ReportAnalysis): string | undefined {
	const year = analysis.reportYear;
	switch (part) {
		case 'measures_results': return `${year === null ? '' : `${year}年`}法治政府建设主要举措和成效`;
		case 'first_responsibility': return '党政主要负责人履行推进法治建设第一责任人职责情况';
		case 'shortcomings': return '存在的不足和原因';
		case 'next_year_plan': return year === null ? '下一年度推进法治政府建设的主要安排' : `${year + 1}年推进法治政府建设的主要安排`;
		case 'review': return '过去一年工作回顾';
		case 'annual_plan': return `${year === null ? '今年' : `${year}年`}工作总体要求和重点任务`;
		default: return undefined;
	}
}

/**
 * structure.missing-section: the part's heading, numbered in the top level's style, before the first part that
 * follows it (after the last part otherwise); the parts after it move up one number.
 */
export function insertPart(analysis: ReportAnalysis, finding: RawFinding): Fix | undefined {
	const part = finding.section as PartRole | null | undefined;
	const order = PART_ORDER[analysis.profile];
	const title = part ? partHeading(part, analysis) : undefined;
	const top = analysis.sections;
	if (!part || !title || top.length === 0) {
		return undefined;
	}
	const rank = order.indexOf(part);
	const next = top.find((s) => s.roles.some((r) => order.indexOf(r) > rank));
	const reference = next ?? top[top.length - 1];
	const run = runOf(analysis, reference);
	const group = groupOf(analysis, reference);
	const style = group ? majorityStyle(group) : null;
	const sample = group && style ? sampleMarker(group, style, majorityWidth(group, style)) : null;
	if (sample && !run) {
		// The reference heading is unnumbered among numbered ones: where the new number goes is not certain.
		return undefined;
	}
	const slots = run?.slots ?? [];
	const insertAt = next ? slots.indexOf(next) : slots.length;
	const base = run?.base ?? 1;
	const marker = sample ? markerWithOrdinal(sample, base + insertAt) : '';
	if (marker === null) {
		return undefined; // the run's one-character numbers end before the new part's (㈩ is the last of ㈠ …)
	}
	const edits: FixEdit[] = [headingEdit(analysis, reference, next !== undefined, marker + title)];
	for (const [i, s] of slots.entries()) {
		const m = markerOf(s);
		const ordinal = base + i + (i >= insertAt ? 1 : 0);
		const newText = m && sample && m.ordinal !== ordinal ? markerWithOrdinal(m, ordinal) : undefined;
		if (newText === null) {
			return undefined;
		}
		if (m && newText !== undefined) {
			edits.push({ span: m.span, newText });
		}
	}
	edits.sort((a, b) => a.span.start - b.span.start);
	return {
		title: 'fix.insert-part',
		args: { heading: marker + title },
		edits,
		reach: { start: edits[0].span.start, end: Math.max(...edits.map((e) => e.span.end)) },
		safe: false,
	};
}

/** The new heading as a line of its own, written like the reference heading (indent, Markdown #) and spaced like it. */
function headingEdit(analysis: ReportAnalysis, reference: Section, before: boolean, heading: string): FixEdit {
	const line = analysis.lines[reference.line - 1];
	const prefix = analysis.text.slice(line.start, reference.marker?.span.start ?? reference.titleSpan.start);
	const spaced = analysis.lines[reference.line - 2]?.blank === true;
	const eol = lineBreakOf(analysis);
	const gap = spaced ? eol : '';
	if (before) {
		return { span: { start: line.start, end: line.start }, newText: `${prefix}${heading}${eol}${gap}` };
	}
	const end = reference.span.end;
	return { span: { start: end, end }, newText: `${eol}${gap}${prefix}${heading}` };
}
