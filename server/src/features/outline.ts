import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detached } from '../core/detach';
import { sectionName } from '../core/json';
import type { Line, ReportAnalysis, RunInItem, Section, Span } from '../core/types';
import { LinePositions, toRange } from './positions';

/** Outline icons by depth: the report's parts, then ever smaller containers; deeper levels share the last. */
const KIND_BY_LEVEL: readonly SymbolKind[] = [SymbolKind.Module, SymbolKind.Namespace, SymbolKind.Package, SymbolKind.Class, SymbolKind.Struct];

/**
 * A document's outline, with its symbols by where each one's selection starts. The next version's outline is built
 * against it: a symbol equal to the last one at its place is that same object, so a keystroke that changes one
 * section leaves every other symbol (and what was made from it, such as its JSON) as it was. Names are detached copies,
 * so a kept symbol does not keep the text of the version it was made from.
 */
export interface Outline {
	readonly symbols: DocumentSymbol[];
	readonly byStart: ReadonlyMap<number, DocumentSymbol>;
}

interface Placed {
	start: number;
	end: number;
	symbol: DocumentSymbol;
}

/**
 * The section tree with run-in items (一是…二是…) as leaves. A report with a title block gets it as the root, so the
 * breadcrumb names the report.
 */
export function toOutline(doc: TextDocument, analysis: ReportAnalysis, last?: Outline): Outline {
	const builder = new OutlineBuilder(doc, analysis.lines, last?.byStart);
	const top = merged(analysis.sections.map((s) => builder.section(s)), analysis.items.filter((i) => i.sectionId === null).map((i) => builder.item(i)));
	const name = analysis.title.join(' ').trim();
	const first = analysis.lines[analysis.titleLines[0] - 1];
	const lastTitle = analysis.lines[analysis.titleLines[analysis.titleLines.length - 1] - 1];
	if (!name || !first || !lastTitle) {
		return { symbols: top.map((p) => p.symbol), byStart: builder.byStart };
	}
	let end = lastTitle.end;
	for (const p of top) {
		end = Math.max(end, p.end);
	}
	const root = builder.symbol(-1, name, SymbolKind.File, { start: first.start, end }, first.number - 1, { start: first.start, end: lastTitle.end }, first.number - 1, top.map((p) => p.symbol));
	return { symbols: [root], byStart: builder.byStart };
}

class OutlineBuilder {
	readonly byStart = new Map<number, DocumentSymbol>();

	private readonly positions: LinePositions;

	constructor(
		private readonly doc: TextDocument,
		lines: readonly Line[],
		private readonly last: ReadonlyMap<number, DocumentSymbol> | undefined,
	) {
		this.positions = new LinePositions(lines);
	}

	section(section: Section): Placed {
		const children = merged(section.children.map((c) => this.section(c)), section.items.map((i) => this.item(i)));
		// An editor rejects an empty name; a bare marker line still has its marker, a heading line its text.
		const name = sectionName(section) || this.doc.getText(toRange(this.doc, section.headingSpan)).trim() || '…';
		const kind = KIND_BY_LEVEL[Math.min(section.level, KIND_BY_LEVEL.length) - 1];
		const line = section.line - 1;
		return { start: section.span.start, end: section.span.end, symbol: this.symbol(0, name, kind, section.span, line, section.headingSpan, line, children.map((p) => p.symbol)) };
	}

	item(item: RunInItem): Placed {
		const line = item.line - 1;
		return { start: item.span.start, end: item.span.end, symbol: this.symbol(1, item.marker.text + item.text, SymbolKind.EnumMember, item.span, line, item.marker.span, line, undefined) };
	}

	/** The symbol with these parts: last version's when it has exactly them, else a new one. */
	symbol(tag: number, name: string, kind: SymbolKind, span: Span, spanLine: number, selection: Span, selectionLine: number, children: DocumentSymbol[] | undefined): DocumentSymbol {
		const at = this.positions;
		const from = at.lineOf(span.start, spanLine);
		const to = at.lineOf(span.end, spanLine);
		const selectionFrom = at.lineOf(selection.start, selectionLine);
		const selectionTo = at.lineOf(selection.end, selectionLine);
		if (from < 0 || to < 0 || selectionFrom < 0 || selectionTo < 0) {
			// An offset outside the analysis' lines (none arise from the core): the document places it, nothing is kept.
			return this.keep(-1, { name: detached(name), kind, range: toRange(this.doc, span), selectionRange: toRange(this.doc, selection), ...(children ? { children } : {}) });
		}
		// Items and sections never share a selection start, but the tag keeps the keys apart regardless.
		const key = (selectionFrom * 0x200000 + at.character(selection.start, selectionFrom)) * 4 + tag + 1;
		const earlier = this.last?.get(key);
		if (earlier && earlier.name === name && earlier.kind === kind && sameList(earlier.children, children)
			&& at.isAt(earlier.range.start, span.start, from) && at.isAt(earlier.range.end, span.end, to)
			&& at.isAt(earlier.selectionRange.start, selection.start, selectionFrom) && at.isAt(earlier.selectionRange.end, selection.end, selectionTo)) {
			return this.keep(key, earlier);
		}
		const range = { start: at.position(span.start, from), end: at.position(span.end, to) };
		const selectionRange = { start: at.position(selection.start, selectionFrom), end: at.position(selection.end, selectionTo) };
		return this.keep(key, children ? { name: detached(name), kind, range, selectionRange, children } : { name: detached(name), kind, range, selectionRange });
	}

	private keep(key: number, symbol: DocumentSymbol): DocumentSymbol {
		if (key >= 0) {
			this.byStart.set(key, symbol);
		}
		return symbol;
	}
}

function sameList(a: readonly DocumentSymbol[] | undefined, b: readonly DocumentSymbol[] | undefined): boolean {
	if (!a || !b) {
		return a === b;
	}
	return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Two lists each in document order, as one. */
function merged(a: Placed[], b: Placed[]): Placed[] {
	if (b.length === 0) {
		return a;
	}
	if (a.length === 0) {
		return b;
	}
	const result: Placed[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		result.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
	}
	return result;
}
