import { detached } from './detach';
import { frontMatterLines } from './frontMatter';
import { isMarkupLine } from './html';
import { runInItems } from './items';
import { isBlankChar, scanLines } from './lines';
import { rememberMatch } from './lineMatch';
import { prepareMemo } from './memo';
import { decimalDepth, isEnclosed } from './markers';
import { joinedBelow, keepMentionLog, MAX_JOIN_GAP, MentionSource, newMentionLog, readPrevious, type MentionLog } from './mentionReuse';
import { extractMentions, newMention, separatesCells, wrapLead, wrapsInto, wrapTrail, type MentionOptions } from './metrics';
import { figureOverCaption, findPageFurniture, isBareNumberLine, isSeparatorLine, isValueCellLine, scanParagraphs, type Paragraph } from './paragraphs';
import { findParts } from './parts';
import { findReportYear } from './reportYear';
import { detectProfile, namePartsByPlace, PROFILES } from './profiles';
import { buildStructure, profileOpening, readTitleBlock, stripResidue, type ParagraphRole } from './sections';
import { carryStructure, keepStructureLog, newStructureLog, noteCarried } from './structureCarry';
import type { AnalyzeOptions, Line, Marker, Metric, NumericMention, ReportAnalysis, RunInItem, Section } from './types';

const ARABIC_MARKER_STYLES = new Set(['arabic-dun', 'arabic-dot', 'arabic-paren', 'arabic-decimal']);

/** A title line set in bold in Markdown (**政府工作报告**) is the words inside. */
function unbold(text: string): string {
	const m = /^(\*\*|__)(.+)\1$/.exec(text);
	return m ? m[2].trim() : text;
}

/** The single entry point: text in, report model out. Synchronous and dependent only on its inputs. */
export function analyzeReport(text: string, options: AnalyzeOptions = {}): ReportAnalysis {
	const format = options.format ?? 'text';
	const lines = scanLines(text);
	const setPhrases = options.setPhrases ?? [];
	const carried = options.previous ? carryStructure(options.previous, lines, format, options.profile) : null;
	if (carried) {
		const { log, match } = carried;
		// The fields in the order of the literal below: every analysis shares one hidden class.
		const analysis = new Analysis({
			text,
			format,
			profile: carried.profile,
			lines,
			title: carried.title,
			titleLines: carried.titleLines,
			reportYear: carried.reportYear,
			sections: carried.sections,
			allSections: carried.allSections,
			items: carried.items,
			requiredSections: carried.requiredSections,
			pageNumberLines: carried.pageNumberLines,
			runningHeaderLines: carried.runningHeaderLines,
		}, { paragraphOfLine: log.paragraphOfLine, sectionOfLine: log.sectionOfLine, previous: readPrevious(options.previous), setPhrases });
		keepStructureLog(analysis, log);
		rememberMatch(options.previous as ReportAnalysis, analysis, match);
		noteCarried(analysis, options.previous as ReportAnalysis, carried.line, carried.sectionsKept);
		return analysis;
	}
	const furniture = findPageFurniture(lines);
	const notText = new Uint8Array(lines.length + 1);
	for (const n of [...furniture.pageNumbers, ...furniture.runningHeaders]) {
		notText[n] = 1;
	}
	for (const line of lines) {
		// <p>, </p> of a web page's source, a plain-text ==== between parts: not page furniture, but no text either.
		if (notText[line.number] === 0 && (isMarkupLine(line.text) || (format === 'text' && isSeparatorLine(line.text)))) {
			notText[line.number] = 2;
		}
	}
	// A wiki's or a site tool's metadata (---, title: …, ---) above the report: no text either.
	for (let n = frontMatterLines(lines); n > 0; n--) {
		notText[n] = 2;
	}
	const paragraphs = scanParagraphs(lines, format, notText);
	const { count: titleCount, title: titleBlock } = readTitleBlock(paragraphs);
	const title = titleBlock.map((p) => unbold(stripResidue(p.content).trim()));
	const detectedProfile = detectProfile(title, profileOpening(paragraphs, titleCount));
	const profileId = options.profile ?? detectedProfile;
	const profile = PROFILES[profileId];
	const reportYear = findReportYear(title, paragraphs, titleCount, profile);
	const structure = buildStructure(paragraphs, format, profile);
	namePartsByPlace(structure.sections, profile, reportYear);
	const sectionOfLine = mapLinesToSections(lines, structure.allSections);
	const items = collectItems(paragraphs, structure.roles, structure.allSections, structure.headingParagraph, sectionOfLine);
	const bodyFrom = bodyStarts(paragraphs, structure.allSections, structure.headingParagraph);
	const paragraphOfLine = mapLinesToParagraphs(lines, paragraphs);
	const analysis = new Analysis({
		text,
		format,
		profile: profileId,
		lines,
		title,
		titleLines: titleBlock.map((p) => p.lines[0].number),
		reportYear,
		sections: structure.sections,
		allSections: structure.allSections,
		items,
		requiredSections: findParts(profile, text, lines, structure.allSections, paragraphs, paragraphOfLine, structure.roles, bodyFrom, reportYear),
		pageNumberLines: furniture.pageNumbers,
		runningHeaderLines: furniture.runningHeaders,
	}, { paragraphOfLine, sectionOfLine, previous: readPrevious(options.previous), setPhrases });
	keepStructureLog(analysis, newStructureLog(paragraphs, structure.roles, paragraphOfLine, sectionOfLine, bodyFrom, titleCount, structure.wrapCounts, detectedProfile));
	return analysis;
}

type Eager = Omit<ReportAnalysis, 'mentions' | 'metrics'>;

/** What reading the numbers needs, held from the analysis until they are read, and no longer. */
interface Pending {
	/** Not the paragraphs themselves: an editor's analysis waits for its numbers to be read, and these are small. */
	paragraphOfLine: Int32Array;
	sectionOfLine: Int32Array;
	/** The last version's analysis, whose numbers the unchanged lines take; matched line by line only when read. */
	previous: ReportAnalysis | undefined;
	setPhrases: readonly string[];
}

/**
 * Numbers are read on first use: an outline, asked for first when a report opens, needs none of them, and reading
 * them is about half of an analysis. A class, not an object literal with getters: the literal's per-call getter
 * closures, and through them the whole analysis, stayed reachable from old space, so every analysis outlived the next
 * minor GC and was promoted (measured in analysisLifetime.test.ts).
 */
// The eager fields are ReportAnalysis' own, declared once there; the class adds the lazy numbers.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
interface Analysis extends Eager {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class Analysis implements ReportAnalysis {
	// Private fields: not own properties, so equality checks and JSON see only the model.
	#pending: Pending | null;
	#found: { mentions: NumericMention[]; metrics: Metric[] } | null = null;

	constructor(eager: Eager, pending: Pending) {
		// Every analysis gets its fields in the one order of the literal `eager`, so all share one hidden class.
		Object.assign(this, eager);
		this.#pending = pending;
		// Every analysis has its cache table from the start, so the ones that get a cache keep the same hidden class.
		prepareMemo(this);
	}

	get mentions(): NumericMention[] {
		return this.#read().mentions;
	}

	get metrics(): Metric[] {
		return this.#read().metrics;
	}

	/** The whole model, numbers included (they are on the prototype, which JSON does not read). */
	toJSON(): ReportAnalysis {
		return { ...this, mentions: this.mentions, metrics: this.metrics };
	}

	#read(): { mentions: NumericMention[]; metrics: Metric[] } {
		if (!this.#found) {
			const { paragraphOfLine, sectionOfLine, previous, setPhrases } = this.#pending as Pending;
			const log = newMentionLog(this.lines.length, setPhrases);
			const source = new MentionSource(previous, this, setPhrases);
			this.#found = collectMentions(this.text, this.lines, paragraphOfLine, this.allSections, sectionOfLine, Math.max(0, ...this.titleLines), furnitureOf(this), source, log);
			this.#pending = null;
			keepMentionLog(this, log);
		}
		return this.#found;
	}
}

/** For each line (by index), the innermost section whose span holds it, or -1. */
function mapLinesToSections(lines: readonly Line[], allSections: readonly Section[]): Int32Array {
	const result = new Int32Array(lines.length).fill(-1);
	let s = 0;
	let current: Section | undefined;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		while (s < allSections.length && allSections[s].line <= line.number) {
			current = allSections[s];
			s++;
		}
		let holder = current;
		while (holder && holder.span.end < line.start) {
			holder = holder.parentId === null ? undefined : allSections[holder.parentId];
		}
		result[i] = holder ? holder.id : -1;
	}
	return result;
}

/** For each line number, the index of the paragraph that holds it, or -1 (blank lines, page numbers, directives). */
function mapLinesToParagraphs(lines: readonly Line[], paragraphs: readonly Paragraph[]): Int32Array {
	const result = new Int32Array(lines.length + 1).fill(-1);
	for (const p of paragraphs) {
		for (const line of p.lines) {
			result[line.number] = p.index;
		}
	}
	return result;
}

/** Index in each paragraph's first line where body text starts: after the heading title, or 0. */
function bodyStarts(paragraphs: readonly Paragraph[], allSections: readonly Section[], headingParagraph: readonly number[]): Int32Array {
	const result = new Int32Array(paragraphs.length);
	for (let s = 0; s < allSections.length; s++) {
		const p = paragraphs[headingParagraph[s]];
		result[headingParagraph[s]] = allSections[s].titleSpan.end - p.lines[0].start;
	}
	return result;
}

function collectItems(paragraphs: readonly Paragraph[], roles: readonly ParagraphRole[], allSections: readonly Section[], headingParagraph: readonly number[], sectionOfLine: Int32Array): RunInItem[] {
	const items: RunInItem[] = [];
	// By paragraph index, the end of its heading marker, or -1. One flat allocation: a Map of a big report's tens of
	// thousands of headings was a hash table rebuilt several times as it grew.
	const headingMarkerEnd = new Int32Array(paragraphs.length).fill(-1);
	for (let s = 0; s < allSections.length; s++) {
		const marker = allSections[s].marker;
		// A marker split onto the line before its title (H9) leaves nothing to skip on the title's line.
		if (marker && marker.span.start >= paragraphs[headingParagraph[s]].lines[0].start) {
			headingMarkerEnd[headingParagraph[s]] = marker.span.end;
		}
	}
	for (const p of paragraphs) {
		if (roles[p.index] === 'title' || roles[p.index] === 'signature' || roles[p.index] === 'contents') {
			continue;
		}
		for (const line of p.lines) {
			const skipTo = headingMarkerEnd[p.index];
			const from = skipTo >= 0 && line === p.lines[0] ? skipTo - line.start : 0;
			const sectionIndex = sectionOfLine[line.number - 1];
			for (const item of runInItems(line, from, sectionIndex)) {
				items.push(item);
				if (sectionIndex >= 0) {
					allSections[sectionIndex].items.push(item);
				}
			}
		}
	}
	return items;
}

/** By line number, 1 for page furniture (page numbers, running headers); undefined when the report has none. */
function furnitureOf(analysis: ReportAnalysis): Uint8Array | undefined {
	if (analysis.pageNumberLines.length === 0 && analysis.runningHeaderLines.length === 0) {
		return undefined;
	}
	const furniture = new Uint8Array(analysis.lines.length + 1);
	for (const n of [...analysis.pageNumberLines, ...analysis.runningHeaderLines]) {
		furniture[n] = 1;
	}
	return furniture;
}

/**
 * `titleEnd`: the number of the title block's last line (0: none); lines up to it neither take nor give a lead.
 * `furniture`: furnitureOf, which a sentence runs across at a page break.
 */
function collectMentions(text: string, lines: readonly Line[], paragraphOfLine: Int32Array, headings: readonly Section[], sectionOfLine: Int32Array, titleEnd: number, furniture: Uint8Array | undefined, source: MentionSource | undefined, log: MentionLog): { mentions: NumericMention[]; metrics: Metric[] } {
	const mentions: NumericMention[] = [];
	const metrics: Metric[] = [];
	const options: MentionOptions = { setPhrases: log.setPhrases, documentText: text, lines, onSpacedRow: (row: Line) => {
		log.tableRow[row.number - 1] = 1;
	}, lead: '', trail: '' };
	const joined = findJoinedLines(lines, paragraphOfLine, headings, titleEnd, furniture);
	log.joined = joined.joined;
	log.wrapped = joined.any;
	let next = 0;
	for (const line of lines) {
		while (next < headings.length && headings[next].line < line.number) {
			next++;
		}
		if (paragraphOfLine[line.number] < 0) {
			continue;
		}
		const sectionIndex = sectionOfLine[line.number - 1];
		const sectionId = sectionIndex >= 0 ? sectionIndex : null;
		const marked = headingMarkedOn(headings, next, line);
		let from = 0;
		if (marked?.marker) {
			from = marked.marker.span.end - line.start;
			// ⑴ and ⒈ count in Arabic numbers but hold no digit: nothing to account for.
			if (ARABIC_MARKER_STYLES.has(marked.marker.style) && !isEnclosed(marked.marker)) {
				mentions.push(markerMention(line, marked.marker, marked.id));
			}
		}
		const index = line.number - 1;
		// Most reports have no hard-wrapped lines: then no line has a lead or a trail to look for.
		const up = log.wrapped ? log.joined[index] : 0;
		const below = log.wrapped ? joinedBelow(log.joined, index) : -1;
		const lead = up > 0 && from === 0 ? wrapLead(lines[index - up]) : '';
		const trail = below >= 0 ? wrapTrail(lines[below]) : '';
		log.from[index] = from;
		log.lead[index] = lead.length;
		log.trail[index] = trail.length;
		const first = mentions.length;
		log.first[index] = first;
		if (!source?.take(index, line, from, lead.length, trail.length, log.joined, sectionId, mentions)) {
			options.lead = lead;
			options.trail = trail;
			const found = extractMentions(line, from, options);
			// Only lines read anew are looked at: a line taken over was no table row (take refuses those). A line without
			// numbers has none to take from other lines. (A row laid out with spaces was flagged while it was read.)
			// A figure alone on its line (148, 6左右) may be a cell of a table set one cell per line, whose unit other lines
			// give: read anew.
			if (found.length > 0 && (separatesCells(line.text) || isValueCellLine(line))) {
				log.tableRow[index] = 1;
			}
			for (const mention of found) {
				mention.sectionId = sectionId;
				mentions.push(mention);
			}
			if (source?.carrying) {
				detach(found);
			}
		}
		for (let k = first; k < mentions.length; k++) {
			if (mentions[k].claim) {
				metrics.push(mentions[k] as Metric);
			}
		}
		log.end[index] = mentions.length;
	}
	return { mentions, metrics };
}

/**
 * Per line index, how many lines up stands the line whose sentence the line carries on in a hard-wrapped paragraph
 * (wrapsInto): 1 for the line right above, more across page furniture at a page break; 0 for none. Both are body text
 * below the title block, with no heading on either. One entry more than lines, so the line after the last can be asked
 * about.
 */
function findJoinedLines(lines: readonly Line[], paragraphOfLine: Int32Array, headings: readonly Section[], titleEnd: number, furniture: Uint8Array | undefined): { joined: Uint8Array; any: boolean } {
	const joined = new Uint8Array(lines.length + 1);
	let any = false;
	let next = 0;
	for (let i = Math.max(1, titleEnd + 1); i < lines.length; i++) {
		const line = lines[i];
		// Most lines are indented or blank, which no wrapped line is: ruled out before any other look.
		if (line.indent !== '' || paragraphOfLine[line.number] < 0) {
			continue;
		}
		// Past the page number (and running header) of a page break, and the blank lines around them when the furniture is
		// plainly a page's: index `a`, line number a + 1. That the line above is a full one, as scanParagraphs also asks of
		// a page break with blank lines, wrapsInto asks of every line it joins (MIN_WRAPPED_LINE).
		let a = i - 1;
		let furnished = false;
		let blank = false;
		let explicit = false;
		while (furniture !== undefined && a > titleEnd && (furniture[a + 1] === 1 || lines[a].blank) && i - a < MAX_JOIN_GAP) {
			furnished ||= furniture[a + 1] === 1;
			explicit ||= furniture[a + 1] === 1 && !isBareNumberLine(lines[a]);
			blank ||= lines[a].blank;
			a--;
		}
		if (paragraphOfLine[a + 1] < 0 || !furnished && a < i - 1 || blank && !explicit) {
			continue;
		}
		while (next < headings.length && headings[next].line < line.number) {
			next++;
		}
		// No heading on this line (the first at or after it), nor on the line above (the last before it) unless its body
		// text runs on there after the title ((三)深化改革扩大开放。…重点事项清单26 ⏎ 项全部落地).
		const above = next > 0 ? headings[next - 1] : undefined;
		if ((next >= headings.length || headings[next].line !== line.number) && (above === undefined || above.line !== a + 1 || runsOn(above, lines[a]))
			&& (wrapsInto(lines[a], line) || figureOverCaption(lines[a], line))) {
			joined[i] = i - a;
			any = true;
		}
	}
	return { joined, any };
}

/** The heading's line goes on with body text after its title. */
function runsOn(heading: Section, line: Line): boolean {
	let end = line.end;
	while (end > line.start && isBlankChar(line.text.charCodeAt(end - 1 - line.start))) {
		end--;
	}
	return heading.titleSpan.end < end;
}

/** The heading whose marker stands on `line`: its own, or the next line's when conversion split them (H9). */
function headingMarkedOn(headings: readonly Section[], next: number, line: Line): Section | undefined {
	for (let k = next; k < headings.length && headings[k].line <= line.number + 1; k++) {
		const marker = headings[k].marker;
		if (marker && marker.span.start >= line.start && marker.span.start <= line.end) {
			return headings[k];
		}
	}
	return undefined;
}

/** Mentions of a line read anew while the others are carried from the last version: they will be carried on in turn. */
function detach(mentions: readonly NumericMention[]): void {
	for (const m of mentions) {
		m.text = detached(m.text);
		m.label = m.label === null ? null : detached(m.label);
		m.labels = m.labels === null ? null : m.labels.map(detached);
	}
}

/** An Arabic heading marker holds a digit but counts nothing: a non-claim mention, so every digit is accounted for. */
function markerMention(line: Line, marker: Marker, sectionId: number | null): NumericMention {
	// An outline number of several parts (1.2.3) has no one value.
	const value = decimalDepth(marker) > 1 ? null : marker.ordinal;
	const mention = newMention(marker.span.start, marker.span.end, line.number, marker.text, value, null, null, null, 'ordinal-or-name', false, null, null);
	mention.sectionId = sectionId;
	return mention;
}
