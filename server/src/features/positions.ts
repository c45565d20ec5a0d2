import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineIndexAt } from '../core/rules/positions';
import type { Line, Span } from '../core/types';

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

/**
 * Positions read from the analysis' lines, for a feature that places thousands of offsets whose line it mostly knows
 * (the outline): no search of the document per offset, and a position can be compared without making one. The lines
 * split the text as the document does, except that the document counts a BOM as line 0's first character.
 */
export class LinePositions {
	constructor(private readonly lines: readonly Line[]) {}

	/** The index of the line holding `offset`, tried first at `near`; -1 when no line holds it. */
	lineOf(offset: number, near: number): number {
		const lines = this.lines;
		if (near >= 0 && near < lines.length && lines[near].start <= offset && offset <= lines[near].end) {
			return near;
		}
		const index = lineIndexAt(lines, offset);
		return lines[index] && lines[index].start <= offset && offset <= lines[index].end ? index : -1;
	}

	/** The LSP character of `offset` on line index `line`. */
	character(offset: number, line: number): number {
		return offset - (line === 0 ? 0 : this.lines[line].start);
	}

	position(offset: number, line: number): Position {
		return { line, character: this.character(offset, line) };
	}

	/** Whether `position` is where `offset`, on line index `line`, is. */
	isAt(position: Position, offset: number, line: number): boolean {
		return position.line === line && position.character === this.character(offset, line);
	}
}
