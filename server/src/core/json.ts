import { arabicDigit } from './numerals';
import type { Finding, Line, NumericMention, ReportAnalysis, RunInItem, Section, Severity } from './types';

/** Bumped only when a field changes meaning or disappears; new fields may be added within a version. */
export const REPORT_JSON_VERSION = 1;

export interface SectionJson {
	line: number;
	col: number;
	level: number;
	marker: string;
	indent: string;
	title: string;
	role: string | null;
	roles: string[];
	children: SectionJson[];
}

export interface ItemJson {
	line: number;
	col: number;
	marker: string;
	text: string;
	section: string | null;
}

export interface MetricJson {
	line: number;
	col: number;
	text: string;
	value: number | string | null;
	valueMax: number | string | null;
	unit: string | null;
	qualifier: string | null;
	approx: boolean;
	kind: string;
	label: string | null;
	labels: string[] | null;
	section: string | null;
}

export interface RequiredSectionJson {
	present: boolean;
	line: number | null;
	mentionedInBody: number[];
}

export interface FindingJson {
	rule: string;
	severity: Severity;
	line: number | null;
	col: number | null;
	message: string;
	evidence: string | null;
	section: string | null;
}

export interface ReportJson {
	version: number;
	file: string;
	format: string;
	profile: string;
	title: string[];
	reportYear: number | null;
	sections: SectionJson[];
	items: ItemJson[];
	metrics: MetricJson[];
	requiredSections: Record<string, RequiredSectionJson>;
	findings: FindingJson[];
}

export interface ReportJsonError {
	version: number;
	file: string;
	error: string;
}

export interface ToJsonOptions {
	file: string;
	findings?: readonly Finding[];
}

/** The one serializer of the analysis: the CLI's `--format json` and library users get the same objects. */
export function toReportJson(analysis: ReportAnalysis, options: ToJsonOptions): ReportJson {
	const lineStart = (line: number): number => analysis.lines[line - 1]?.start ?? 0;
	const paths = sectionPaths(analysis.allSections);
	const pathOf = (id: number | null): string | null => (id === null ? null : paths[id] ?? null);
	const requiredSections: Record<string, RequiredSectionJson> = {};
	for (const [key, part] of Object.entries(analysis.requiredSections)) {
		if (part.required) {
			requiredSections[key] = { present: part.present, line: part.line, mentionedInBody: [...part.mentionedInBody] };
		}
	}
	return {
		version: REPORT_JSON_VERSION,
		file: options.file,
		format: analysis.format,
		profile: analysis.profile,
		title: [...analysis.title],
		reportYear: analysis.reportYear,
		sections: analysis.sections.map((s) => sectionJson(s, analysis.lines)),
		items: analysis.items.map((item) => itemJson(item, lineStart(item.line), pathOf(item.sectionId))),
		metrics: analysis.metrics.map((m) => metricJson(m, lineStart(m.line), pathOf(m.sectionId))),
		requiredSections,
		findings: (options.findings ?? []).map((f) => findingJson(f, f.line === null ? 0 : lineStart(f.line))),
	};
}

/** "一、主要做法和成效 › （一）全力做好新冠肺炎疫情防控" for each section id. */
export function sectionPaths(allSections: readonly Section[]): string[] {
	const paths: string[] = [];
	for (const s of allSections) {
		const name = sectionName(s);
		paths[s.id] = s.parentId === null ? name : `${paths[s.parentId]} › ${name}`;
	}
	return paths;
}

/** The symbol name of a section: marker + title. */
export function sectionName(section: Section): string {
	return sectionMarkerText(section) + section.title;
}

/** The first part of a section's name: its marker as written, or nothing for an unmarked heading. */
export function sectionMarkerText(section: Section): string {
	return markerHead(section.marker?.text ?? '');
}

/** A marker before its title in a name. An outline number (1.2, a bare 1) keeps a blank: 1.2健全… would read as one number. */
export function markerHead(marker: string): string {
	return arabicDigit(marker.charCodeAt(marker.length - 1)) >= 0 ? `${marker} ` : marker;
}

function sectionJson(section: Section, lines: readonly Line[]): SectionJson {
	const line = lines[section.line - 1];
	// A marker split onto the line before (H9) is not on the heading's line: the column is the title's.
	const start = section.marker && section.marker.span.start >= line.start ? section.marker.span.start : section.titleSpan.start;
	return {
		line: section.line,
		col: start - line.start,
		level: section.level,
		marker: section.marker?.text ?? '',
		indent: section.indent,
		title: section.title,
		role: section.role,
		roles: [...section.roles],
		children: section.children.map((c) => sectionJson(c, lines)),
	};
}

function itemJson(item: RunInItem, lineStart: number, section: string | null): ItemJson {
	return { line: item.line, col: item.marker.span.start - lineStart, marker: item.marker.text, text: item.text, section };
}

function metricJson(m: NumericMention, lineStart: number, section: string | null): MetricJson {
	return {
		line: m.line,
		col: m.span.start - lineStart,
		text: m.text,
		value: m.value,
		valueMax: m.valueMax,
		unit: m.unit,
		qualifier: m.qualifier,
		approx: m.approx,
		kind: m.kind,
		label: m.label,
		labels: m.labels ? [...m.labels] : null,
		section,
	};
}

function findingJson(f: Finding, lineStart: number): FindingJson {
	return {
		rule: f.rule,
		severity: f.severity,
		line: f.line,
		col: f.span && f.line !== null ? f.span.start - lineStart : null,
		message: f.message,
		evidence: f.evidence,
		section: f.section,
	};
}
