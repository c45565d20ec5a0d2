import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core/types';

// The only place where the core's UTF-16 offsets meet LSP positions: every conversion goes through the document.

export function toPosition(doc: TextDocument, offset: number): Position {
	return doc.positionAt(offset);
}

export function toRange(doc: TextDocument, span: Span): Range {
	return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toOffset(doc: TextDocument, position: Position): number {
	return doc.offsetAt(position);
}

export function toSpan(doc: TextDocument, range: Range): Span {
	return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}
