import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, suite, test } from 'vitest';
import { toOffset, toPosition, toRange, toSpan } from '../../../server/src/features/positions';

suite('positions: spans (UTF-16 offsets) ↔ LSP ranges', () => {
	test('a surrogate pair counts as two units, as LSP positions do', () => {
		const text = '𠮷共55件';
		const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, text);
		const start = text.indexOf('55');
		expect(start).toBe(3);
		expect(toRange(doc, { start, end: start + 3 })).toEqual({ start: { line: 0, character: 3 }, end: { line: 0, character: 6 } });
	});

	test('LF, CRLF and CR all end a line', () => {
		const text = '一、甲\r\n（一）乙\r二、丙\n丁';
		const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, text);
		expect(toPosition(doc, text.indexOf('（一）'))).toEqual({ line: 1, character: 0 });
		expect(toPosition(doc, text.indexOf('二、'))).toEqual({ line: 2, character: 0 });
		expect(toPosition(doc, text.indexOf('丁'))).toEqual({ line: 3, character: 0 });
	});

	test('offsets and positions convert both ways', () => {
		const doc = TextDocument.create('file:///r.txt', 'policy-report', 1, '第一行\n第二行𠮷尾');
		for (let offset = 0; offset <= doc.getText().length; offset++) {
			expect(toOffset(doc, toPosition(doc, offset))).toBe(offset);
		}
		const span = { start: 4, end: 9 };
		expect(toSpan(doc, toRange(doc, span))).toEqual(span);
	});
});
