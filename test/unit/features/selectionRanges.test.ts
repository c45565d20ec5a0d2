import type { Range, SelectionRange } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { toSelectionRanges } from '../../../server/src/features/selectionRanges';

const lines = (...l: string[]) => l.join('\n');

/** The chain of selected texts from the `|` cursor outwards. */
function expansions(marked: string): string[] {
	const offset = marked.indexOf('|');
	const text = marked.slice(0, offset) + marked.slice(offset + 1);
	const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, text);
	const [selection] = toSelectionRanges(doc, analyzeReport(text), [doc.positionAt(offset)]);
	const texts: string[] = [];
	for (let s: SelectionRange | undefined = selection; s; s = s.parent) {
		texts.push(doc.getText(s.range as Range));
	}
	return texts;
}

suite('selection ranges: clause → line → section → enclosing sections', () => {
	const report = (body: string) => lines('一、总体情况', '（一）分项', body, '（二）另一项', '二、下一步');

	test('the clause between 。 and ；, then its line, its section and the section around it', () => {
		expect(expansions(report('开展培训3次。受理投|诉55件；办结50件。'))).toEqual([
			'受理投诉55件；',
			'开展培训3次。受理投诉55件；办结50件。',
			lines('（一）分项', '开展培训3次。受理投诉55件；办结50件。'),
			lines('一、总体情况', '（一）分项', '开展培训3次。受理投诉55件；办结50件。', '（二）另一项'),
		]);
	});

	test('a clause that is the whole line adds no step of its own', () => {
		expect(expansions(report('全年开展|培训'))[0]).toBe('全年开展培训');
		expect(expansions(report('全年开展|培训'))[1]).toBe(lines('（一）分项', '全年开展培训'));
	});

	test('outside every section only the clause and the line remain', () => {
		expect(expansions(lines('报告正文第|一句。第二句。', '一、总体情况'))).toEqual(['报告正文第一句。', '报告正文第一句。第二句。']);
	});
});
