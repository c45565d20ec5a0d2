import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { TOKEN_LEGEND, toSemanticTokens } from '../../../server/src/features/semanticTokens';

const lines = (...l: string[]) => l.join('\n');

/** Tokens as [text, type], read back from the relative encoding. */
function tokensOf(text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): [string, string][] {
	const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, text);
	const { data } = toSemanticTokens(doc, analyzeReport(text), range);
	const result: [string, string][] = [];
	let line = 0;
	let character = 0;
	for (let i = 0; i < data.length; i += 5) {
		line += data[i];
		character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
		expect(data[i + 4]).toBe(0);
		const start = doc.offsetAt({ line, character });
		result.push([text.slice(start, start + data[i + 2]), TOKEN_LEGEND.tokenTypes[data[i + 3]]]);
	}
	return result;
}

suite('semantic tokens', () => {
	const report = lines('一、总体情况', '（一）依法行政', '全年受理信访18.85万余条，一是完善制度；二是强化监督。', '办结率达99.16%。');

	test('markers, numbers, units and qualifiers in document order', () => {
		expect(tokensOf(report)).toEqual([
			['一、', 'enumMember'],
			['（一）', 'enumMember'],
			['18.85万', 'number'],
			['余', 'keyword'],
			['条', 'type'],
			['一是', 'enumMember'],
			['二是', 'enumMember'],
			['99.16', 'number'],
			['%', 'type'],
		]);
	});

	test('a prefix qualifier and a unit after a space', () => {
		expect(tokensOf(lines('一、总体情况', '办结约1200 件。'))).toEqual([['一、', 'enumMember'], ['约', 'keyword'], ['1200', 'number'], ['件', 'type']]);
	});

	test('the encoding is relative: the first token of a line counts from column 0, the next from the previous token', () => {
		const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, report);
		const { data } = toSemanticTokens(doc, analyzeReport(report));
		expect(data.slice(0, 10)).toEqual([0, 0, 2, 0, 0, 1, 0, 3, 0, 0]);
		// 18.85万 at column 6 of line 2, then 余 at column 12 (6 + 6) of the same line
		expect(data.slice(10, 20)).toEqual([1, 6, 6, 1, 0, 0, 6, 1, 3, 0]);
	});

	test('a surrogate pair shifts the tokens after it by two units', () => {
		const shifted = report.replace('全年', '𠮷全年');
		const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, shifted);
		const { data } = toSemanticTokens(doc, analyzeReport(shifted));
		expect(data.slice(10, 15)).toEqual([1, 8, 6, 1, 0]);
		expect(tokensOf(shifted)).toEqual(tokensOf(report));
	});

	test('a range request keeps only the tokens it touches, still encoded from the document start', () => {
		const range = { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } };
		expect(tokensOf(report, range)).toEqual([['99.16', 'number'], ['%', 'type']]);
		const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, report);
		expect(toSemanticTokens(doc, analyzeReport(report), range).data.slice(0, 2)).toEqual([3, 4]);
	});
});
