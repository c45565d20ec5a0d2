import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { toFoldingRanges } from '../../../server/src/features/folding';

const lines = (...l: string[]) => l.join('\n');

suite('folding: one range per section that spans two lines or more', () => {
	test('from the heading line to the section\'s last line; one-line sections do not fold', () => {
		const text = lines('一、总体情况', '（一）分项一', '正文一。', '', '正文二。', '（二）分项二', '二、下一步打算', '正文。', '');
		const ranges = toFoldingRanges(TextDocument.create('file:///r.txt', 'policy-report', 1, text), analyzeReport(text));
		expect(ranges).toEqual([
			{ startLine: 0, endLine: 5 },
			{ startLine: 1, endLine: 4 },
			{ startLine: 6, endLine: 7 },
		]);
	});

	test('a document without sections has no folding ranges', () => {
		const text = '只有一段正文。';
		expect(toFoldingRanges(TextDocument.create('file:///r.txt', 'policy-report', 1, text), analyzeReport(text))).toEqual([]);
	});
});
