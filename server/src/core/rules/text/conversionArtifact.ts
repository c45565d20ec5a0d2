import { tagEndAt } from '../../html';
import { textLinesWith, trimmedLine } from '../positions';
import type { RawFinding, Rule } from '../types';

/**
 * Residue of converting Word files to text: bookmarks ([bookmark: _GoBack]), field codes ({ PAGE \* MERGEFORMAT }),
 * hyperlink codes, private-use glyphs from symbol fonts, and the replacement character of a failed decoding; and of
 * copying a web page's source: HTML entities (&nbsp;) and tags (<p>, <br/>), outside Markdown, where they are the
 * writer's. Each kind starts with its own character ([, {, H, \, a glyph, &, <), so at any place at most one of them
 * can match.
 */
const BOOKMARK = '[bookmark:';
/** A change tracked in Word, as a copy with its markup shows it: [删除：大幅], [插入：…]. */
const TRACKED = /\[(删除|插入|修订)[：:]([^\]\n]{0,200})\]/y;
/**
 * A comment's anchor, as a copy of a reviewed draft shows it: [A1], [张科长2] (a reviewer's initials or name and the
 * comment's number). Not a note, an appendix, a table or a figure referred to ([注1], [附件2], [表3]).
 */
const COMMENT_ANCHOR = /\[(?![注附表图见例])(?:[A-Za-z]{1,4}|[\u4e00-\u9fff]{1,4})[0-9]{1,3}\]/y;
/** The heading of the comments a copy of a reviewed draft lists at its end. */
const COMMENTS_HEADING = /^(?:批注|审阅意见|修订意见)[：:]?$/;
const FIELD = /\{\s*(?:PAGE|NUMPAGES|HYPERLINK|TOC|REF|SEQ|MERGEFIELD|DATE|TIME|PAGEREF|FORMTEXT|EMBED|INCLUDEPICTURE)\b/y;
const HYPERLINK = /\bHYPERLINK\s+(?:\\l\s+)?"[^"]*"/y;
const MERGEFORMAT = /\\\*\s*MERGEFORMAT/y;
const GLYPHS = /[\uE000-\uF8FF\uFFFD]+/y;
/** A run of HTML entities: the named ones a web page's text uses, and numeric ones. */
const ENTITIES = /(?:&(?:nbsp|ensp|emsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|times|deg|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)+/y;
/** What each named entity stands for; the spaces a page indents with stand for nothing in a report's text. */
const NAMED: Readonly<Record<string, string>> = {
	nbsp: '', ensp: '', emsp: '', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
	mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', deg: '°',
};

/** The text a run of entities stands for (&ldquo; → “, &#12290; → 。, &nbsp; → nothing); null for other residue. */
export function decodeEntities(residue: string): string | null {
	ENTITIES.lastIndex = 0;
	if (!ENTITIES.test(residue) || ENTITIES.lastIndex !== residue.length) {
		return null;
	}
	return residue.replace(/&(#[xX]?)?([0-9a-zA-Z]+);/g, (_, numeric: string | undefined, name: string) => {
		if (numeric === undefined) {
			return NAMED[name] ?? '';
		}
		const code = Number.parseInt(name, numeric.length === 2 ? 16 : 10);
		return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
	});
}

/** The words a tracked insertion ([插入：…]) adds, which stay when its markup goes; null for other residue. */
export function insertedText(residue: string): string | null {
	TRACKED.lastIndex = 0;
	const m = TRACKED.exec(residue);
	return m !== null && m[1] === '插入' && TRACKED.lastIndex === residue.length ? m[2] : null;
}

/** Where residue can start, in a line. */
const START = /[[{H\\&<\uE000-\uF8FF\uFFFD]/g;

/** What every kind of residue holds: only lines with one of these are searched. */
const TRIGGERS = ['[', '{', 'HYPERLINK', '\\', '批注', '审阅意见', '修订意见'];
/** …and outside Markdown, an entity's or a tag's start. */
const TEXT_TRIGGERS = [...TRIGGERS, '&', '<'];
const GLYPH = /[\uE000-\uF8FF\uFFFD]/g;

export const textConversionArtifact: Rule = {
	id: 'text.conversion-artifact',
	defaultSeverity: 'warning',
	local: true,
	check(analysis, context) {
		const findings: RawFinding[] = [];
		const entities = analysis.format !== 'markdown';
		for (const line of textLinesWith(analysis, context.scope, entities ? TEXT_TRIGGERS : TRIGGERS, GLYPH)) {
			const tags: { index: number; text: string }[] = [];
			for (const residue of residues(line.text, entities)) {
				if (residue.text.charCodeAt(0) === 0x3c) {
					tags.push(residue);
					continue;
				}
				const start = line.start + residue.index;
				findings.push({ span: { start, end: start + residue.text.length }, evidence: residue.text, message: context.message('text.conversion-artifact', { text: residue.text }) });
			}
			// 批注： above the comments of a reviewed draft: the whole line is residue (each comment has its anchor).
			const heading = trimmedLine(line);
			if (COMMENTS_HEADING.test(heading.text)) {
				findings.push({ span: heading.span, evidence: heading.text, message: context.message('text.conversion-artifact', { text: heading.text }) });
			}
			// The tags of one line (<p><strong>二、…</strong></p>) are one piece of markup: one finding from the first to the
			// last, whose fix removes each of them and keeps the words between.
			if (tags.length > 0) {
				const last = tags[tags.length - 1];
				const text = tags.map((t) => t.text).join('…');
				findings.push({ span: { start: line.start + tags[0].index, end: line.start + last.index + last.text.length }, evidence: text, message: context.message('text.conversion-artifact', { text }) });
			}
		}
		// A running header of a PDF (the analysis keeps it out of the text): the whole line is residue. Whether a line is
		// one depends on its neighbours, but a line that becomes or stops being one becomes or stops being text, and the
		// finding carry re-asks about every line whose numbers were read anew or no longer read (carry.ts, rescanned).
		for (const n of analysis.runningHeaderLines) {
			if (context.scope.has(n)) {
				const { text, span } = trimmedLine(analysis.lines[n - 1]);
				findings.push({ span, evidence: text, message: context.message('text.conversion-artifact', { text }) });
			}
		}
		return findings.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
	},
};

/**
 * The residue in a line, left to right, as one search with the five kinds as alternatives would find it. A bookmark or
 * a field code runs to the first ] or } after it; where none follows, each opening would read the rest of the line
 * again, so the next ] and } are looked up once and kept.
 */
function residues(line: string, entities: boolean): { index: number; text: string }[] {
	const found: { index: number; text: string }[] = [];
	const bracket = new NextOf(line, ']');
	const brace = new NextOf(line, '}');
	START.lastIndex = 0;
	for (let m = START.exec(line); m; m = START.exec(line)) {
		const at = m.index;
		const end = residueAt(line, at, bracket, brace, entities);
		if (end > at) {
			found.push({ index: at, text: line.slice(at, end) });
			START.lastIndex = end;
		}
	}
	return found;
}

/** The end of the residue that starts at `at`, or `at` when none does. */
function residueAt(line: string, at: number, bracket: NextOf, brace: NextOf, entities: boolean): number {
	switch (line[at]) {
		case '[': {
			if (line.startsWith(BOOKMARK, at)) {
				const close = bracket.from(at + BOOKMARK.length);
				return close < 0 ? at : close + 1;
			}
			for (const kind of [TRACKED, COMMENT_ANCHOR]) {
				kind.lastIndex = at;
				if (kind.test(line)) {
					return kind.lastIndex;
				}
			}
			return at;
		}
		case '{': {
			FIELD.lastIndex = at;
			const close = FIELD.test(line) ? brace.from(FIELD.lastIndex) : -1;
			return close < 0 ? at : close + 1;
		}
		case '&': {
			ENTITIES.lastIndex = at;
			return entities && ENTITIES.test(line) ? ENTITIES.lastIndex : at;
		}
		case '<': {
			// Tags side by side (<p><strong>) are one piece of residue.
			let end = at;
			for (let next = entities ? tagEndAt(line, end) : -1; next > 0; next = tagEndAt(line, end)) {
				end = next;
			}
			return end;
		}
		default: {
			for (const kind of [HYPERLINK, MERGEFORMAT, GLYPHS]) {
				kind.lastIndex = at;
				if (kind.test(line)) {
					return kind.lastIndex;
				}
			}
			return at;
		}
	}
}

/** The next occurrence of a character from ever later places, each found once. */
class NextOf {
	private searchedFrom = Infinity;
	private next = -1;

	constructor(private readonly line: string, private readonly char: string) {}

	from(at: number): number {
		// The last answer holds for a later place as long as it is not behind it (or there was none).
		if (at < this.searchedFrom || (this.next >= 0 && this.next < at)) {
			this.searchedFrom = at;
			this.next = this.line.indexOf(this.char, at);
		}
		return this.next;
	}
}
