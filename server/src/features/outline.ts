import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { sectionName } from '../core/json';
import type { ReportAnalysis, RunInItem, Section } from '../core/types';
import { toRange } from './positions';

/** Outline icons by depth: the report's parts, then ever smaller containers; deeper levels share the last. */
const KIND_BY_LEVEL: readonly SymbolKind[] = [SymbolKind.Module, SymbolKind.Namespace, SymbolKind.Package, SymbolKind.Class, SymbolKind.Struct];

interface Placed {
	start: number;
	end: number;
	symbol: DocumentSymbol;
}

/**
 * The section tree with run-in items (一是…二是…) as leaves. A report with a title block gets it as the root, so the
 * breadcrumb names the report.
 */
export function toDocumentSymbols(doc: TextDocument, analysis: ReportAnalysis): DocumentSymbol[] {
	const top = inOrder([
		...analysis.sections.map((s) => placeSection(doc, s)),
		...analysis.items.filter((i) => i.sectionId === null).map((i) => placeItem(doc, i)),
	]);
	const name = analysis.title.join(' ').trim();
	const first = analysis.lines[analysis.titleLines[0] - 1];
	const last = analysis.lines[analysis.titleLines[analysis.titleLines.length - 1] - 1];
	if (!name || !first || !last) {
		return top.map((p) => p.symbol);
	}
	const end = Math.max(last.end, ...top.map((p) => p.end));
	return [{
		name,
		kind: SymbolKind.File,
		range: toRange(doc, { start: first.start, end }),
		selectionRange: toRange(doc, { start: first.start, end: last.end }),
		children: top.map((p) => p.symbol),
	}];
}

function placeSection(doc: TextDocument, section: Section): Placed {
	const children = inOrder([...section.children.map((c) => placeSection(doc, c)), ...section.items.map((i) => placeItem(doc, i))]);
	return {
		start: section.span.start,
		end: section.span.end,
		symbol: {
			// An editor rejects an empty name; a bare marker line still has its marker, a heading line its text.
			name: sectionName(section) || doc.getText(toRange(doc, section.headingSpan)).trim() || '…',
			kind: KIND_BY_LEVEL[Math.min(section.level, KIND_BY_LEVEL.length) - 1],
			range: toRange(doc, section.span),
			selectionRange: toRange(doc, section.headingSpan),
			children: children.map((p) => p.symbol),
		},
	};
}

function placeItem(doc: TextDocument, item: RunInItem): Placed {
	return {
		start: item.span.start,
		end: item.span.end,
		symbol: {
			name: item.marker.text + item.text,
			kind: SymbolKind.EnumMember,
			range: toRange(doc, item.span),
			selectionRange: toRange(doc, item.marker.span),
		},
	};
}

function inOrder(placed: Placed[]): Placed[] {
	return placed.sort((a, b) => a.start - b.start);
}
