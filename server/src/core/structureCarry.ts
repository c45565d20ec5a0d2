import { detached } from './detach';
import { runInItems, runInMarkerKey } from './items';
import { LineMatch } from './lineMatch';
import { memo, MemoKey, recall, remember } from './memo';
import { besidePageNumber, contentStart, isCellLine, isPageNumberLine, isSeparatorLine, isValueCellLine, MAX_ROW_CELLS, lineOpening, makeParagraph, shortAsRunningHeader, type Paragraph } from './paragraphs';
import { namesPart, planYearOf } from './parts';
import { frontMatterLines } from './frontMatter';
import { isMarkupLine } from './html';
import { detectProfile, namesPlanYear, PROFILES, rolesOfTitle, type Profile } from './profiles';
import { findReportYear } from './reportYear';
import { findTitleBlock, headingText, MAX_RUN_IN_LOOKBACK, mayBeStackedLabel, paragraphShape, profileOpening, runsOnto, STANDALONE_SHAPE, stripResidue, tailOfTitle, TITLE_LOOKAHEAD, type ParagraphRole } from './sections';
import { continuesWrap, fillsWidth, flushWidth, wrapClass, wrapsBelowOpening, wrapsIntoBelow, type WrapCounts } from './wrapping';
import type { Line, Marker, ProfileId, ReportAnalysis, ReportFormat, RequiredPart, RunInItem, Section } from './types';

/**
 * What the structure pass found per paragraph, kept with an analysis so that the next version of the document, when
 * an edit changed one line in a way the structure cannot see, takes the sections over instead of building them again.
 * Plain numbers only: holding the paragraphs would hold the text of the version they were cut from.
 */
export interface StructureLog {
	/** By paragraph index. */
	roles: readonly ParagraphRole[];
	/** By paragraph index: where its content starts in its first line, its ATX depth, whether it is a list item. */
	contentStart: Int32Array;
	atxDepth: Uint8Array;
	listItem: Uint8Array;
	/** By line number: the index of the paragraph that holds the line, or -1. */
	paragraphOfLine: Int32Array;
	/** By line index: the innermost section whose span holds the line, or -1. */
	sectionOfLine: Int32Array;
	/** By paragraph index: where body text starts in its first line (after a heading's title), or 0. */
	bodyFrom: Int32Array;
	titleCount: number;
	/** A plain-text copy's lines by width, which decide whether it is set flush (wrapping.ts); undefined in Markdown. */
	wrapCounts: WrapCounts | undefined;
	/** The profile its title and opening ask for (detectProfile), whatever profile an option forced. */
	detectedProfile: ProfileId;
	/** Whether every title and item text of the analysis is a copy that keeps no version's text alive (see detached). */
	detachedText: boolean;
}

const STRUCTURE_LOG = new MemoKey<StructureLog>('structure log');

export function keepStructureLog(analysis: ReportAnalysis, log: StructureLog): void {
	remember(analysis, STRUCTURE_LOG, log);
}

export function newStructureLog(paragraphs: readonly Paragraph[], roles: readonly ParagraphRole[], paragraphOfLine: Int32Array, sectionOfLine: Int32Array, bodyFrom: Int32Array, titleCount: number, wrapCounts: WrapCounts | undefined, detectedProfile: ProfileId): StructureLog {
	const contentStarts = new Int32Array(paragraphs.length);
	const atxDepth = new Uint8Array(paragraphs.length);
	const listItem = new Uint8Array(paragraphs.length);
	for (let i = 0; i < paragraphs.length; i++) {
		contentStarts[i] = paragraphs[i].contentStart;
		atxDepth[i] = paragraphs[i].atxDepth;
		listItem[i] = paragraphs[i].listItem ? 1 : 0;
	}
	return { roles, contentStart: contentStarts, atxDepth, listItem, paragraphOfLine, sectionOfLine, bodyFrom, titleCount, wrapCounts, detectedProfile, detachedText: false };
}

const STRUCTURE_ID = new MemoKey<object>('structure id');
const CARRIED = new MemoKey<{ from: object; line: number; sectionsKept: boolean }>('carried from');

/** A token that stands for an analysis' structure, for whatever a front end builds from it (an outline) to remember. */
export function structureId(analysis: ReportAnalysis): object {
	return memo(analysis, STRUCTURE_ID, () => ({}));
}

/**
 * Notes that `analysis` took its structure over from `previous`, edited on line `line` (1-based); `sectionsKept` when
 * the run-in items of that line have the markers they had (a heading there may have a new title).
 */
export function noteCarried(analysis: ReportAnalysis, previous: ReportAnalysis, line: number, sectionsKept: boolean): void {
	remember(analysis, CARRIED, { from: structureId(previous), line, sectionsKept });
}

/**
 * The line (1-based) of the one edit between `previous` and `analysis` when it left every section and run-in item as
 * it was but for their places and the title of a heading on that line (its items' markers the same), so whatever
 * follows from their markers, levels and nesting alone is the same; else null.
 */
export function structureKept(analysis: ReportAnalysis, previous: ReportAnalysis): number | null {
	const carried = recall(analysis, CARRIED);
	return carried && carried.sectionsKept && carried.from === recall(previous, STRUCTURE_ID) ? carried.line : null;
}

/**
 * The one line (1-based) an edit changed when `analysis` took its structure over from the analysis `from` stands for:
 * every section and item is that analysis' one with the same id or index, moved by the edit, and only the ones on that
 * line or holding it can differ in their lines, characters or words. Null when it did not.
 */
export function carriedLine(analysis: ReportAnalysis, from: object): number | null {
	const carried = recall(analysis, CARRIED);
	return carried && carried.from === from ? carried.line : null;
}

/** The structure of a new version, taken over from the previous one: the eager fields of the analysis, and its log. */
export type CarriedStructure = Pick<ReportAnalysis, 'profile' | 'title' | 'titleLines' | 'reportYear' | 'sections' | 'allSections' | 'items' | 'requiredSections' | 'pageNumberLines' | 'runningHeaderLines'> & {
	log: StructureLog;
	match: LineMatch;
	/** The edited line, 1-based. */
	line: number;
	/** The run-in items of that line have the markers they had: every marker, level and nesting is as it was. */
	sectionsKept: boolean;
};

/**
 * The sections of `lines` taken over from `previous`, or null when the edit between them may change them. It may not
 * when the two versions differ in one line only, with the same number of lines and line breaks, and that line is body
 * text or a marked heading whose marker, title and shape (paragraphShape) stay the same, away from the title block
 * and any page furniture. Then every section, item and part is the previous one's, moved by the edit; only the run-in
 * items of the edited line and whether it names a part are read again. The result equals a fresh analysis.
 */
export function carryStructure(previous: ReportAnalysis, lines: readonly Line[], format: ReportFormat, profileOption: ProfileId | undefined): CarriedStructure | null {
	const log = recall(previous, STRUCTURE_LOG);
	const old = previous.lines;
	if (!log || previous.format !== format || lines.length !== old.length || lines.length === 0) {
		return null;
	}
	const profileId = profileOption ?? log.detectedProfile;
	if (profileId !== previous.profile) {
		return null;
	}
	const match = new LineMatch(old, lines);
	// Front matter is no text: an edit that opens, closes or breaks one changes which lines are text.
	if (match.tailFrom - match.head !== 1 || frontMatterLines(old) !== frontMatterLines(lines)) {
		return null;
	}
	const c = match.head;
	const before = old[c];
	const after = lines[c];
	const delta = after.end - before.end;
	if (!sameBreaks(old, lines, c, delta)) {
		return null;
	}
	// A line that becomes HTML tags only (</p>) stops being a paragraph: the log's map of lines to paragraphs must not say otherwise.
	const pi = log.paragraphOfLine[c + 1];
	if (pi < log.titleCount || pi < 0 || after.blank || after.directive || after.indent !== before.indent || isPageNumberLine(after) || isMarkupLine(after.text) || (format === 'text' && isSeparatorLine(after.text))) {
		return null;
	}
	const role = log.roles[pi];
	if ((role !== 'body' && role !== 'heading') || lineOpening(before, format) !== lineOpening(after, format)) {
		return null;
	}
	// The line after a table of contents may end it or be one more entry (contentsBlock reads it): read afresh.
	if (pi > 0 && log.roles[pi - 1] === 'contents') {
		return null;
	}
	// A bare number is a page number unless cells of a table stand around it (findPageFurniture): an edit of such a
	// number, or one that makes a line near one a cell or no longer one, may change which it is.
	// A short label near a table's figure may be a stacked table's cell (stackedCell), which its neighbours decide.
	// The lines around a bare number decide whether it is a page's number or a figure broken off them (splitQuantity).
	if (isPageNumberLine(before) || (c > 0 && isPageNumberLine(lines[c - 1])) || (c + 1 < lines.length && isPageNumberLine(lines[c + 1])) || ((isCellLine(before) !== isCellLine(after) || mayBeStackedLabel(before.text) || mayBeStackedLabel(after.text)) && valueCellNear(lines, c))) {
		return null;
	}
	// A short line beside a page number may be a running header (findPageFurniture), which is no paragraph's text.
	if (previous.pageNumberLines.length >= 2 && (shortAsRunningHeader(before) || shortAsRunningHeader(after)) && besidePageNumber(lines, c)) {
		return null;
	}
	const [first, last] = paragraphBounds(log, pi, c, lines.length);
	if (first === c && contentStart(after, format) !== log.contentStart[pi]) {
		return null;
	}
	const was = paragraphAt(old, pi, first, last, log);
	const now = paragraphAt(lines, pi, first, last, log);
	if (markerKey(was.marker, old[first]) !== markerKey(now.marker, lines[first]) || paragraphShape(was) !== paragraphShape(now)) {
		return null;
	}
	// A short body line that names a part titles the sub-title below it (partAboveSubtitle): it must name the same parts.
	if (role === 'body' && (paragraphShape(now) & STANDALONE_SHAPE) !== 0 && rolesOfTitle(stripResidue(was.content).trim(), PROFILES[profileId]).join() !== rolesOfTitle(stripResidue(now.content).trim(), PROFILES[profileId]).join()) {
		return null;
	}
	// The paragraph after the title block ends it, and may name the report year (or the one after it, under an addressee):
	// it must do both as before. The first paragraphs decide where the title block starts (a covering note or an
	// addressee above it): the same.
	let reportYear = previous.reportYear;
	if (pi === log.titleCount || pi === log.titleCount + 1 || pi < TITLE_LOOKAHEAD) {
		// Whether an ATX line there is a subtitle depends on the headings after it (findTitleBlock): analyzed afresh.
		if (pi === log.titleCount && (log.atxDepth[pi] > 0 || now.atxDepth > 0)) {
			return null;
		}
		const opening = openingParagraphs(old, log, Math.min(log.roles.length, Math.max(TITLE_LOOKAHEAD, log.titleCount + 2)));
		opening[pi] = now;
		if (findTitleBlock(opening) !== log.titleCount || detectProfile(previous.title, profileOpening(opening, log.titleCount)) !== log.detectedProfile) {
			return null;
		}
		// The session's date may stand anywhere in the first TITLE_LOOKAHEAD paragraphs (findReportYear): all of them are given.
		reportYear = findReportYear(previous.title, opening, log.titleCount, PROFILES[profileId]);
		// The report year names the plan among the parts (namePartsByPlace).
		if (reportYear !== previous.reportYear) {
			return null;
		}
	}
	let heading: { section: Section; title: string } | undefined;
	let bodyFrom = log.bodyFrom;
	if (role === 'heading') {
		const section = previous.allSections.find((s) => s.line === first + 1);
		// A marker split onto the line before (H9) names this title from another line: not taken over.
		if (!section || (section.marker ? !was.marker || section.marker.span.start !== was.marker.span.start : was.marker !== undefined)) {
			return null;
		}
		const markerLength = was.marker ? was.marker.text.length : 0;
		const title = headingText(was, markerLength);
		const fresh = headingText(now, markerLength);
		if (title.title !== section.title || fresh.offset !== title.offset || fresh.runOn !== title.runOn || !sameParts(PROFILES[profileId], title.title, fresh.title, reportYear)) {
			return null;
		}
		heading = { section, title: fresh.title };
		if (fresh.title.length !== title.title.length) {
			bodyFrom = bodyFrom.slice();
			bodyFrom[pi] += fresh.title.length - title.title.length;
		}
	}
	// A heading whose paragraph only goes on over the edited line (Markdown) keeps its title line as it was.
	// Whether a heading's next line is the tail of its broken title depends on both lines' lengths (tailOfTitle).
	const next = neighbour(old, log, pi + 1, last + 1, 1);
	if (role === 'heading' && next && tailOfTitle(was, next) !== tailOfTitle(now, next)) {
		return null;
	}
	const above = neighbour(old, log, pi - 1, first - 1, -1);
	if (above && log.roles[pi - 1] === 'heading' && tailOfTitle(above, was) !== tailOfTitle(above, now)) {
		return null;
	}
	// Whether a line is wrapped text (continuesWrap, wrapsBelowOpening) depends on the lines around it as well.
	for (let k = Math.max(c, 2); k <= c + 2 && k < lines.length; k++) {
		if (continuesWrap(old[k - 2], old[k - 1], old[k]) !== continuesWrap(lines[k - 2], lines[k - 1], lines[k])) {
			return null;
		}
	}
	for (let k = Math.max(c - 1, 1); k <= c + 1 && k < lines.length; k++) {
		if (wrapsBelowOpening(old[k - 1], old[k], old[k + 1]) !== wrapsBelowOpening(lines[k - 1], lines[k], lines[k + 1])) {
			return null;
		}
	}
	for (let k = Math.max(c - 1, 0); k <= c; k++) {
		if (wrapsIntoBelow(old[k], old[k + 1]) !== wrapsIntoBelow(lines[k], lines[k + 1])) {
			return null;
		}
	}
	const flush = log.wrapCounts ? flushWidth(log.wrapCounts) : 0;
	const wrapCounts = carriedWrapCounts(log.wrapCounts, flush, before, after);
	if (wrapCounts === null) {
		return null;
	}
	// A run-in marker that opens a line below may count on from one in the edited line, if the line runs on (continuesRunIn).
	if (runInMarkerBelow(lines, c) && (runInMarkerKey(before.text) !== runInMarkerKey(after.text) || runsOnto(before, flush) !== runsOnto(after, flush))) {
		return null;
	}
	const carry = new Carry(previous, log, before, after, delta, first === c ? heading : undefined);
	const items = carry.items(c, lines[c], first === c && heading?.section.marker ? heading.section.marker.span.end - before.start : 0);
	const allSections = carry.sections();
	return {
		profile: profileId,
		title: log.detachedText ? previous.title : previous.title.map(detached),
		titleLines: previous.titleLines,
		reportYear,
		sections: previous.sections.map((s) => allSections[s.id]),
		allSections,
		items,
		requiredSections: carriedParts(PROFILES[profileId], previous.requiredSections, c + 1, after.text, first === c ? bodyFrom[pi] : 0, planYearOf(PROFILES[profileId], reportYear)),
		pageNumberLines: previous.pageNumberLines,
		runningHeaderLines: previous.runningHeaderLines,
		log: log.detachedText && bodyFrom === log.bodyFrom && wrapCounts === log.wrapCounts ? log : { ...log, bodyFrom, wrapCounts, detachedText: true },
		match,
		line: c + 1,
		// A new title on this line changes no marker, level or nesting; the structural rules read titles only for findings on
		// the heading's own line, and those are never carried from an edited line (FindingCarry.carryAll).
		sectionsKept: carry.sameItemMarkers(),
	};
}

/**
 * A heading's new title names the same parts as its old one, so the parts and the roles of the sections stay: every
 * part's title pattern matches both or neither (which heading covers a part), and they name the same roles, by their
 * words and by the year they name.
 */
function sameParts(profile: Profile, was: string, now: string, reportYear: number | null): boolean {
	if (was === now) {
		return true;
	}
	return profile.parts.every((part) => part.title.test(was) === part.title.test(now))
		&& rolesOfTitle(was, profile).join() === rolesOfTitle(now, profile).join()
		&& namesPlanYear(was, profile, reportYear) === namesPlanYear(now, profile, reportYear);
}

/**
 * The counts of line widths after the edit of one line from `before` to `after`, or null when the edit may change what
 * the copy's flush width (`flush`, from `counts`) makes of a line: the width itself, or whether the edited line takes
 * it (a full line is wrapped text).
 */
function carriedWrapCounts(counts: WrapCounts | undefined, flush: number, before: Line, after: Line): WrapCounts | undefined | null {
	if (counts === undefined) {
		return counts;
	}
	const was = wrapClass(before);
	const now = wrapClass(after);
	let carried = counts;
	if (was !== now) {
		const byWidth = counts.byWidth.slice();
		if (was >= 0) {
			byWidth[was]--;
		}
		if (now >= 0) {
			byWidth[now]++;
		}
		carried = { byWidth, textLines: counts.textLines };
		if (flushWidth(carried) !== flush) {
			return null;
		}
	}
	return fillsWidth(before, flush) !== fillsWidth(after, flush) ? null : carried;
}

/** A Chinese numeral and 是 or 要 open one of the few lines below line index `c` (二是…, as continuesRunIn reads them). */
function runInMarkerBelow(lines: readonly Line[], c: number): boolean {
	for (let k = c + 1; k <= c + MAX_RUN_IN_LOOKBACK && k < lines.length && !lines[k].blank; k++) {
		if (RUN_IN_OPENING.test(lines[k].text)) {
			return true;
		}
	}
	return false;
}

const RUN_IN_OPENING = /^[ \t\u3000]*[一二三四五六七八九十]{1,3}[是要]/;

/** The lines other than `c` start where they did, or `delta` later after it: no line break changed. */
function sameBreaks(old: readonly Line[], lines: readonly Line[], c: number, delta: number): boolean {
	for (let i = 0; i < lines.length; i++) {
		if (lines[i].start !== old[i].start + (i > c ? delta : 0)) {
			return false;
		}
	}
	return true;
}

/** The first `count` paragraphs of the version the log was made for, made again from its lines. */
function openingParagraphs(lines: readonly Line[], log: StructureLog, count: number): Paragraph[] {
	const result: Paragraph[] = [];
	let i = 0;
	for (let index = 0; index < count; index++) {
		while (log.paragraphOfLine[i + 1] !== index) {
			i++;
		}
		const [first, last] = paragraphBounds(log, index, i, lines.length);
		result.push(paragraphAt(lines, index, first, last, log));
		i = last;
	}
	return result;
}

/** Paragraph `index`, found from line index `from` going `step`, as the scan made it; undefined when there is none. */
function neighbour(lines: readonly Line[], log: StructureLog, index: number, from: number, step: 1 | -1): Paragraph | undefined {
	let i = from;
	while (i >= 0 && i < lines.length && log.paragraphOfLine[i + 1] !== index) {
		if (log.paragraphOfLine[i + 1] >= 0) {
			return undefined;
		}
		i += step;
	}
	if (i < 0 || i >= lines.length) {
		return undefined;
	}
	const [first, last] = paragraphBounds(log, index, i, lines.length);
	return paragraphAt(lines, index, first, last, log);
}

/** The first and last line index of paragraph `index`, which holds line index `at`. */
function paragraphBounds(log: StructureLog, index: number, at: number, lineCount: number): [number, number] {
	let first = at;
	while (first > 0 && log.paragraphOfLine[first] === index) {
		first--;
	}
	let last = at;
	while (last + 1 < lineCount && log.paragraphOfLine[last + 2] === index) {
		last++;
	}
	return [first, last];
}

/** Paragraph `index` (lines first…last) as the paragraph scan made it from these lines. */
function paragraphAt(lines: readonly Line[], index: number, first: number, last: number, log: StructureLog): Paragraph {
	const p = makeParagraph(index, lines[first], log.contentStart[index], log.atxDepth[index], log.listItem[index] === 1);
	for (let i = first + 1; i <= last; i++) {
		p.lines.push(lines[i]);
	}
	return p;
}

/** A marker as far as the structure reads it: its text, kind and place in its line. */
function markerKey(marker: Marker | undefined, line: Line): string {
	return marker ? `${marker.text}\u0000${marker.style}\u0000${marker.width}\u0000${marker.ordinal}\u0000${marker.span.start - line.start}` : '';
}

/** The required parts as before; whether the edited line names a part is read again from its text. */
function carriedParts(profile: Profile, previous: Record<string, RequiredPart>, lineNumber: number, text: string, from: number, planYear: number | null): Record<string, RequiredPart> {
	const result: Record<string, RequiredPart> = {};
	for (const part of profile.parts) {
		const was = previous[part.key];
		let mentioned = was.mentionedInBody;
		if (part.body) {
			const names = namesPart(part.body, text, from, planYear);
			if (names !== mentioned.includes(lineNumber)) {
				mentioned = names ? [...mentioned, lineNumber].sort((a, b) => a - b) : mentioned.filter((n) => n !== lineNumber);
			}
		}
		result[part.key] = { ...was, mentionedInBody: mentioned };
	}
	return result;
}

/** Moves the previous version's sections and items past the edited line, sharing what lies wholly before it. */
class Carry {
	private readonly share: boolean;
	private readonly movedItems = new Map<RunInItem, RunInItem>();
	private newOnLine: RunInItem[] = [];

	constructor(
		private readonly previous: ReportAnalysis,
		private readonly log: StructureLog,
		private readonly before: Line,
		private readonly after: Line,
		private readonly delta: number,
		private readonly heading: { section: Section; title: string } | undefined,
	) {
		// Objects cut from a version's text are shared only once they are copies: else they would keep that text alive.
		this.share = log.detachedText;
	}

	/** An offset of the previous version in the new one; offsets inside the edited line are never asked for. */
	private at(offset: number): number {
		return offset >= this.before.end ? offset + this.delta : offset;
	}

	private text(s: string): string {
		return this.share ? s : detached(s);
	}

	/** All items in document order: the edited line's read again (from `from`), the others kept or moved. */
	items(c: number, line: Line, from: number): RunInItem[] {
		const all: RunInItem[] = [];
		const number = c + 1;
		let placed = false;
		const place = () => {
			if (!placed) {
				placed = true;
				this.newOnLine = runInItems(line, from, this.log.sectionOfLine[c]).map((item) => ({ ...item, text: detached(item.text) }));
				all.push(...this.newOnLine);
			}
		};
		for (const item of this.previous.items) {
			if (item.line < number) {
				all.push(this.share ? item : this.moved(item));
			} else if (item.line > number) {
				place();
				all.push(this.moved(item));
			}
		}
		place();
		return all;
	}

	/** Whether the edited line's items have the markers its old items had, in order. */
	sameItemMarkers(): boolean {
		const old = this.previous.items.filter((item) => item.line === this.before.number);
		return old.length === this.newOnLine.length && old.every((item, i) => {
			const now = this.newOnLine[i].marker;
			return item.marker.text === now.text && item.marker.style === now.style && item.marker.ordinal === now.ordinal;
		});
	}

	private moved(item: RunInItem): RunInItem {
		const marker = { ...item.marker, span: { start: this.at(item.marker.span.start), end: this.at(item.marker.span.end) } };
		const copy: RunInItem = { line: item.line, marker, text: this.text(item.text), span: { start: this.at(item.span.start), end: this.at(item.span.end) }, sectionId: item.sectionId };
		this.movedItems.set(item, copy);
		return copy;
	}

	/** Every section by id: those wholly before the edited line kept (once their text is detached), the others moved. */
	sections(): Section[] {
		const old = this.previous.allSections;
		const result: Section[] = new Array<Section>(old.length);
		const kept = new Uint8Array(old.length);
		for (let id = 0; id < old.length; id++) {
			const s = old[id];
			if (this.share && s.span.end < this.before.start) {
				result[id] = s;
				kept[id] = 1;
				continue;
			}
			result[id] = this.movedSection(s);
		}
		const editedIn = this.log.sectionOfLine[this.before.number - 1];
		for (let id = 0; id < old.length; id++) {
			if (kept[id] === 1) {
				continue;
			}
			const s = old[id];
			const section = result[id];
			section.children = s.children.map((child) => result[child.id]);
			section.items = id === editedIn ? this.itemsWithEdited(s.items) : s.items.map((item) => this.itemOf(item));
		}
		return result;
	}

	private itemOf(item: RunInItem): RunInItem {
		return this.movedItems.get(item) ?? item;
	}

	/** The items of the section that holds the edited line: the line's new items in place of its old ones. */
	private itemsWithEdited(old: readonly RunInItem[]): RunInItem[] {
		const number = this.before.number;
		const result: RunInItem[] = [];
		let placed = false;
		for (const item of old) {
			if (item.line === number) {
				continue;
			}
			if (item.line > number && !placed) {
				placed = true;
				result.push(...this.newOnLine);
			}
			result.push(this.itemOf(item));
		}
		if (!placed) {
			result.push(...this.newOnLine);
		}
		return result;
	}

	private movedSection(s: Section): Section {
		// The edited line's heading keeps its marker and where its title starts (carryStructure made sure); its title may change.
		const onEdited = s === this.heading?.section;
		const marker = s.marker && !onEdited ? this.markerMoved(s.marker) : s.marker;
		const title = onEdited ? detached(this.heading?.title ?? '') : this.text(s.title);
		return {
			id: s.id,
			level: s.level,
			line: s.line,
			marker,
			indent: s.indent,
			title,
			headingSpan: onEdited ? { start: this.after.start, end: this.after.end } : { start: this.at(s.headingSpan.start), end: this.at(s.headingSpan.end) },
			titleSpan: onEdited ? { start: s.titleSpan.start, end: s.titleSpan.start + title.length } : { start: this.at(s.titleSpan.start), end: this.at(s.titleSpan.end) },
			span: { start: this.at(s.span.start), end: this.at(s.span.end) },
			role: s.role,
			roles: s.roles,
			leadSentence: s.leadSentence,
			parentId: s.parentId,
			children: [],
			items: [],
		};
	}

	private markerMoved(marker: Marker): Marker {
		return this.delta === 0 || marker.span.start < this.before.end ? marker : { ...marker, span: { start: marker.span.start + this.delta, end: marker.span.end + this.delta } };
	}
}

/**
 * Whether a figure alone on its line (a bare number among them) stands within a row's width of line index `c`, a blank
 * line maybe between each two cells (isTableCellNumber and stackedCell read no further).
 */
function valueCellNear(lines: readonly Line[], c: number): boolean {
	const reach = 2 * (MAX_ROW_CELLS + 1);
	for (let k = Math.max(0, c - reach); k <= Math.min(lines.length - 1, c + reach); k++) {
		if (k !== c && isValueCellLine(lines[k])) {
			return true;
		}
	}
	return false;
}
