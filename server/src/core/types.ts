import type { FixTitleKey } from './fixes/messages';

/** Offsets are UTF-16 code units into the text given to `analyzeReport` (JS string indices = LSP's default encoding). */
export interface Span {
	start: number;
	end: number;
}

export type ReportFormat = 'text' | 'markdown';
export type ProfileId = 'fazhi-annual' | 'gov-work-report';

export interface Line {
	/** 1-based line number. */
	number: number;
	/** Offset of the first character (after a BOM on line 1). */
	start: number;
	/** Offset just before the line terminator. */
	end: number;
	text: string;
	/** Leading spaces (U+0020, U+3000, tabs), exactly as written. */
	indent: string;
	/** Only whitespace, or nothing. */
	blank: boolean;
	/** An inline `policy-report-*` directive comment: not text. */
	directive: boolean;
}

/** How a marker is written; siblings are expected to share it. */
export type MarkerStyle =
	| 'cn-dun' // 一、
	| 'cn-paren' // （一） (一)
	| 'arabic-dun' // 1、
	| 'arabic-dot' // 1. 1．
	| 'arabic-decimal' // 1.1 1.2.3 (a decimal outline), and its top level's bare 1
	| 'arabic-paren' // （1） (1)
	| 'circled' // ①
	| 'cn-shi' // 一是
	| 'cn-yao' // 一要
	| 'part' // 第一部分 第一章 第一节
	| 'bullet'; // —— ［1］

export type MarkerWidth = 'full' | 'half' | 'none';

export interface Marker {
	text: string;
	style: MarkerStyle;
	width: MarkerWidth;
	/** 1 for 一/1/①; 0 for bullets, which have no ordinal. */
	ordinal: number;
	span: Span;
}

export type FazhiRole = 'measures_results' | 'shortcomings' | 'first_responsibility' | 'next_year_plan' | 'other';
export type GovWorkRole = 'review' | 'annual_plan' | 'gov_self_building';
export type PartRole = FazhiRole | GovWorkRole;

export interface Section {
	id: number;
	level: number;
	/** 1-based line of the heading. */
	line: number;
	marker: Marker | null;
	indent: string;
	title: string;
	/** The heading's whole line. */
	headingSpan: Span;
	titleSpan: Span;
	/** From the heading to the end of the last line before the next heading at this level or above. */
	span: Span;
	/** The part of the report this heading names; null below level 1 unless the part lives there. */
	role: PartRole | 'mixed' | null;
	roles: PartRole[];
	/** An unmarked lead-sentence paragraph promoted among marked siblings. */
	leadSentence: boolean;
	parentId: number | null;
	children: Section[];
	items: RunInItem[];
}

/** A run-in enumeration (一是…二是…) inside a paragraph; it hangs under the enclosing section. */
export interface RunInItem {
	line: number;
	marker: Marker;
	text: string;
	span: Span;
	sectionId: number | null;
}

export type MetricKind = 'count' | 'money' | 'percent' | 'rate_change' | 'duration' | 'measure' | 'rank' | 'ratio';
export type MentionKind = MetricKind | 'date' | 'ordinal-or-name';

/** A numeral in the text; `claim` says whether it is a numeric claim (a metric) or a date, name or marker. */
export interface NumericMention {
	span: Span;
	line: number;
	text: string;
	/** Number with its multiplier applied; an ISO 8601 string for dates; null for names without one numeral. */
	value: number | string | null;
	valueMax: number | string | null;
	/** Unit without multiplier (元, %, 件, 人次, 年, date). */
	unit: string | null;
	qualifier: string | null;
	approx: boolean;
	kind: MentionKind;
	claim: boolean;
	/** The phrase counted, e.g. 政府信息公开申请 for 依法处理政府信息公开申请55件. */
	label: string | null;
	/** Distributive claims (审结率、备案率、及时率均达100%) list each rate. */
	labels: string[] | null;
	sectionId: number | null;
}

export type Metric = NumericMention & { kind: MetricKind; claim: true };

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
	rule: string;
	severity: Severity;
	/** Null for findings about the whole document (a missing part). */
	span: Span | null;
	line: number | null;
	message: string;
	evidence: string | null;
	/** The part key for structure findings. */
	section: string | null;
	/** The repair, when it is certain. */
	fix?: Fix;
}

/** One replacement in the analyzed text: `span` (empty for an insertion) becomes `newText`. */
export interface FixEdit {
	span: Span;
	newText: string;
}

/** A repair computed in the core, so the editor, the CLI and library users apply the same edits. */
export interface Fix {
	/** Worded by each front end in its language from the fix-title catalog (core/fixes/messages.ts). */
	title: FixTitleKey;
	args: Readonly<Record<string, string | number>>;
	/** Non-overlapping, in document order. */
	edits: FixEdit[];
	/** The text the fix may change (the run it renumbers, the part it inserts before); nothing outside it moves. */
	reach: Span;
	/** Fit for "fix all": it repairs without adding content the writer has to supply or restyling a whole level. */
	safe: boolean;
}

export interface RequiredPart {
	present: boolean;
	/** The heading that covers the part. */
	line: number | null;
	sectionId: number | null;
	/** Lines whose body text (not a heading) names the part. */
	mentionedInBody: number[];
	required: boolean;
}

export interface ReportAnalysis {
	text: string;
	format: ReportFormat;
	profile: ProfileId;
	lines: Line[];
	/** Title block lines (issuing body, report title), in order. */
	title: string[];
	titleLines: number[];
	reportYear: number | null;
	sections: Section[];
	/** Every section in document order (a flat view of the tree). */
	allSections: Section[];
	items: RunInItem[];
	mentions: NumericMention[];
	metrics: Metric[];
	requiredSections: Record<string, RequiredPart>;
	/** Lines that are page numbers (— 12 —): not text. */
	pageNumberLines: number[];
	/** Lines that repeat a running header or footer next to page numbers (the short title on every page): not text. */
	runningHeaderLines: number[];
}

export interface AnalyzeOptions {
	format?: ReportFormat;
	profile?: ProfileId;
	/** Extra numeric set phrases (names, slogans) that are not claims. */
	setPhrases?: readonly string[];
	/**
	 * An analysis of an earlier version of the same document, for an editor that analyzes on every keystroke: lines the
	 * edit left alone keep the numbers read from them. The result is the same as without it.
	 */
	previous?: ReportAnalysis;
}
