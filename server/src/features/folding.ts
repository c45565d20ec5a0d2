import type { FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReportAnalysis } from '../core/types';
import { toRange } from './positions';

/** Each section folds from its heading line to its last line; a one-line section has nothing to hide. */
export function toFoldingRanges(doc: TextDocument, analysis: ReportAnalysis): FoldingRange[] {
	const ranges: FoldingRange[] = [];
	for (const section of analysis.allSections) {
		const { start, end } = toRange(doc, section.span);
		if (end.line > start.line) {
			ranges.push({ startLine: start.line, endLine: end.line });
		}
	}
	return ranges;
}
