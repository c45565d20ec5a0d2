import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detached } from '../core/detach';
import { sectionMarkerText } from '../core/json';
import { countBefore } from '../core/search';
import { carriedLine, structureId } from '../core/structureCarry';
import type { Line, ReportAnalysis, RunInItem, Section, Span } from '../core/types';
import { LinePositions, toRange } from './positions';

/** Outline icons by depth: the report's parts, then ever smaller containers; deeper levels share the last. */
const KIND_BY_LEVEL: readonly SymbolKind[] = [SymbolKind.Module, SymbolKind.Namespace, SymbolKind.Package, SymbolKind.Class, SymbolKind.Struct];

/**
 * A document's outline. The next version's outline is built against it: after an edit of one line that left the
 * structure as it was (see carriedLine), every symbol off that line is the same object, found by section id and item
 * index; after any other edit, a symbol equal to the last one at its place (byStart) is that same object. Either way a
 * keystroke that changes one section leaves every other symbol (and what was made from it, such as its JSON) as it
 * was. Names are detached copies, so a kept symbol does not keep the text of the version it was made from.
 */
export interface Outline {
	readonly symbols: DocumentSymbol[];
	/** Its symbols by where each one's selection starts (symbolKey), made when first asked for. */
	readonly byStart: ReadonlyMap<number, DocumentSymbol>;
	/** The structure it was made from (structureId), and the symbols of its sections by id and of its items by index. */
	readonly source: object;
	readonly sectionSymbols: readonly DocumentSymbol[];
	readonly itemSymbols: readonly DocumentSymbol[];
	/** The line of each item, by index. */
	readonly itemLines: Int32Array;
}

/**
 * The section tree with run-in items (一是…二是…) as leaves. A report with a title block gets it as the root, so the
 * breadcrumb names the report.
 */
export function toOutline(doc: TextDocument, analysis: ReportAnalysis, last?: Outline): Outline {
	const line = last ? carriedLine(analysis, last.source) : null;
	return last && line !== null ? carriedOutline(doc, analysis, last, line) : freshOutline(doc, analysis, last);
}

/** Every symbol built, or taken from `last` where one equal to it stands at its place. */
function freshOutline(doc: TextDocument, analysis: ReportAnalysis, last: Outline | undefined): Outline {
	const sectionSymbols: DocumentSymbol[] = new Array<DocumentSymbol>(analysis.allSections.length);
	const byItem = new Map<RunInItem, DocumentSymbol>();
	const builder: OutlineBuilder = new OutlineBuilder(doc, analysis.lines, last?.byStart, (s) => {
		const symbol = builder.section(s);
		sectionSymbols[s.id] = symbol;
		return symbol;
	}, (item) => {
		const symbol = builder.item(item);
		byItem.set(item, symbol);
		return symbol;
	});
	const symbols = withRoot(builder, analysis);
	// Every item hangs under its section or at the top, so each has its symbol by now.
	const itemSymbols = analysis.items.map((item) => byItem.get(item) as DocumentSymbol);
	return new BuiltOutline(symbols, structureId(analysis), sectionSymbols, itemSymbols, analysis.items);
}

/**
 * After a one-line edit the structure did not see: the symbols of the items on that line and of the sections holding
 * it are built again, bottom up; every other symbol is the last outline's.
 */
function carriedOutline(doc: TextDocument, analysis: ReportAnalysis, last: Outline, line: number): Outline {
	const items = analysis.items;
	const oldEnd = countBefore(last.itemLines.length, (i) => last.itemLines[i] <= line);
	const newFirst = countBefore(items.length, (i) => items[i].line < line);
	const newEnd = countBefore(items.length, (i) => items[i].line <= line);
	const sectionSymbols = last.sectionSymbols.slice();
	const itemSymbols: DocumentSymbol[] = new Array<DocumentSymbol>(items.length);
	const builder: OutlineBuilder = new OutlineBuilder(doc, analysis.lines, undefined, (s) => sectionSymbols[s.id], (item) => itemSymbols[countBefore(items.length, (i) => items[i].span.start < item.span.start)]);
	for (let i = 0; i < items.length; i++) {
		itemSymbols[i] = i < newFirst ? last.itemSymbols[i] : i < newEnd ? builder.item(items[i]) : last.itemSymbols[i - newEnd + oldEnd];
	}
	const lineStart = analysis.lines[line - 1].start;
	const sections = analysis.allSections;
	// Children have higher ids than their parents: each section holding the line is built after the ones inside it.
	for (let id = sections.length - 1; id >= 0; id--) {
		const s = sections[id];
		if (s.line <= line && s.span.end >= lineStart) {
			sectionSymbols[id] = builder.section(s, last.sectionSymbols[id]);
		}
	}
	return new BuiltOutline(withRoot(builder, analysis), structureId(analysis), sectionSymbols, itemSymbols, items);
}

/** The top-level symbols, under the report's title when it has one. */
function withRoot(builder: OutlineBuilder, analysis: ReportAnalysis): DocumentSymbol[] {
	const topItems = analysis.items.filter((i) => i.sectionId === null);
	const top = builder.children(analysis.sections, topItems);
	const name = analysis.title.join(' ').trim();
	const first = analysis.lines[analysis.titleLines[0] - 1];
	const lastTitle = analysis.lines[analysis.titleLines[analysis.titleLines.length - 1] - 1];
	if (!name || !first || !lastTitle) {
		return top;
	}
	let end = lastTitle.end;
	for (const placed of [...analysis.sections, ...topItems]) {
		end = Math.max(end, placed.span.end);
	}
	return [builder.symbol(-1, '', name, SymbolKind.File, { start: first.start, end }, first.number - 1, { start: first.start, end: lastTitle.end }, first.number - 1, top)];
}

class BuiltOutline implements Outline {
	readonly itemLines: Int32Array;
	#byStart: Map<number, DocumentSymbol> | undefined;

	constructor(readonly symbols: DocumentSymbol[], readonly source: object, readonly sectionSymbols: readonly DocumentSymbol[], readonly itemSymbols: readonly DocumentSymbol[], items: readonly RunInItem[]) {
		this.itemLines = Int32Array.from(items, (item) => item.line);
	}

	get byStart(): ReadonlyMap<number, DocumentSymbol> {
		if (!this.#byStart) {
			const byStart = new Map<number, DocumentSymbol>();
			const add = (list: readonly DocumentSymbol[]) => {
				for (const symbol of list) {
					const tag = symbol.kind === SymbolKind.File ? -1 : symbol.kind === SymbolKind.EnumMember ? 1 : 0;
					byStart.set(symbolKey(symbol.selectionRange.start.line, symbol.selectionRange.start.character, tag), symbol);
					add(symbol.children ?? []);
				}
			};
			add(this.symbols);
			this.#byStart = byStart;
		}
		return this.#byStart;
	}
}

class OutlineBuilder {
	private readonly positions: LinePositions;

	/** `sectionSymbol` and `itemSymbol` give the symbol of a child: built on the spot, or kept from the last outline. */
	constructor(
		private readonly doc: TextDocument,
		lines: readonly Line[],
		private readonly last: ReadonlyMap<number, DocumentSymbol> | undefined,
		private readonly sectionSymbol: (section: Section) => DocumentSymbol,
		private readonly itemSymbol: (item: RunInItem) => DocumentSymbol,
	) {
		this.positions = new LinePositions(lines);
	}

	/** Sections and run-in items, each list in document order, as one list of symbols in document order. */
	children(sections: readonly Section[], items: readonly RunInItem[]): DocumentSymbol[] {
		const result: DocumentSymbol[] = [];
		let i = 0;
		let j = 0;
		while (i < sections.length || j < items.length) {
			if (j >= items.length || (i < sections.length && sections[i].span.start <= items[j].span.start)) {
				result.push(this.sectionSymbol(sections[i++]));
			} else {
				result.push(this.itemSymbol(items[j++]));
			}
		}
		return result;
	}

	/** `earlier`: the last outline's symbol of this section, kept when the new one would equal it. */
	section(section: Section, earlier?: DocumentSymbol): DocumentSymbol {
		const children = this.children(section.children, section.items);
		const kind = KIND_BY_LEVEL[Math.min(section.level, KIND_BY_LEVEL.length) - 1];
		const line = section.line - 1;
		// An editor rejects an empty name; a bare marker line still has its marker, a heading line its text.
		const marker = sectionMarkerText(section);
		const [head, tail] = marker || section.title ? [marker, section.title] : ['', this.doc.getText(toRange(this.doc, section.headingSpan)).trim() || '…'];
		return this.symbol(0, head, tail, kind, section.span, line, section.headingSpan, line, children, earlier);
	}

	item(item: RunInItem): DocumentSymbol {
		const line = item.line - 1;
		return this.symbol(1, item.marker.text, itemTopic(item.text), SymbolKind.EnumMember, item.span, line, item.marker.span, line, undefined);
	}

	/**
	 * The symbol named `head + tail` with these parts: the last version's (`candidate`, or the one at its place) when it
	 * has exactly them, else a new one. The name
	 * comes in two parts so that a kept symbol's name is compared without joining them into a new string first.
	 */
	symbol(tag: number, head: string, tail: string, kind: SymbolKind, span: Span, spanLine: number, selection: Span, selectionLine: number, children: DocumentSymbol[] | undefined, candidate?: DocumentSymbol): DocumentSymbol {
		const at = this.positions;
		const from = at.lineOf(span.start, spanLine);
		const to = at.lineOf(span.end, spanLine);
		const selectionFrom = at.lineOf(selection.start, selectionLine);
		const selectionTo = at.lineOf(selection.end, selectionLine);
		if (from < 0 || to < 0 || selectionFrom < 0 || selectionTo < 0) {
			// An offset outside the analysis' lines (none arise from the core): the document places it, nothing is kept.
			return { name: detached(head + tail), kind, range: toRange(this.doc, span), selectionRange: toRange(this.doc, selection), ...(children ? { children } : {}) };
		}
		const earlier = candidate ?? this.last?.get(symbolKey(selectionFrom, at.character(selection.start, selectionFrom), tag));
		if (earlier && isName(earlier.name, head, tail) && earlier.kind === kind && sameList(earlier.children, children)
			&& at.isAt(earlier.range.start, span.start, from) && at.isAt(earlier.range.end, span.end, to)
			&& at.isAt(earlier.selectionRange.start, selection.start, selectionFrom) && at.isAt(earlier.selectionRange.end, selection.end, selectionTo)) {
			return earlier;
		}
		const name = detached(head + tail);
		const range = { start: at.position(span.start, from), end: at.position(span.end, to) };
		const selectionRange = { start: at.position(selection.start, selectionFrom), end: at.position(selection.end, selectionTo) };
		const symbol = children ? { name, kind, range, selectionRange, children } : { name, kind, range, selectionRange };
		return symbol;
	}
}

/** An item's name in the outline is a short phrase: reports write the topic first (一是加强组织领导，成立…). */
const MAX_TOPIC = 40;

/**
 * What an outline shows of a run-in item: its text up to the first comma or colon outside brackets and quotes (the
 * topic, before the particulars), or its first MAX_TOPIC - 1 characters and an ellipsis when that is longer. Runs for
 * every item of every outline, so it reads at most MAX_TOPIC + 1 characters of each.
 */
export function itemTopic(text: string): string {
	const limit = Math.min(text.length, MAX_TOPIC + 1);
	let depth = 0;
	for (let i = 0; i < limit; i++) {
		const c = text.charCodeAt(i);
		if (isOpener(c)) {
			depth++;
		} else if (isCloser(c)) {
			depth = Math.max(0, depth - 1);
		} else if (depth === 0 && (c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a)) {
			return text.slice(0, i).trimEnd();
		}
	}
	return text.length > MAX_TOPIC ? `${text.slice(0, MAX_TOPIC - 1)}…` : text.trimEnd();
}

/** 《 “ ‘ （ ( 「 『 【 */
function isOpener(c: number): boolean {
	return c === 0x300a || c === 0x201c || c === 0x2018 || c === 0xff08 || c === 0x28 || c === 0x300c || c === 0x300e || c === 0x3010;
}

/** 》 ” ’ ） ) 」 』 】 */
function isCloser(c: number): boolean {
	return c === 0x300b || c === 0x201d || c === 0x2019 || c === 0xff09 || c === 0x29 || c === 0x300d || c === 0x300f || c === 0x3011;
}

/**
 * A symbol's key by where its selection starts, and whether it is the root, a section or an item. It stays a small
 * integer, a quick map key, up to 16 383 lines (V8 with pointer compression, as in Electron) or 32 767 (without).
 * Longer documents get slower keys, and selections beyond character 16 383 of a line may share one; that only costs
 * reuse, as a kept symbol must match in full.
 */
function symbolKey(line: number, character: number, tag: number): number {
	return ((line * 0x4000) + Math.min(character, 0x3fff)) * 4 + tag + 1;
}

function isName(name: string, head: string, tail: string): boolean {
	return name.length === head.length + tail.length && name.startsWith(head) && name.endsWith(tail);
}

function sameList(a: readonly DocumentSymbol[] | undefined, b: readonly DocumentSymbol[] | undefined): boolean {
	if (!a || !b) {
		return a === b;
	}
	return a.length === b.length && a.every((s, i) => s === b[i]);
}
