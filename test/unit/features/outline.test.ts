import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { itemTopic, toOutline } from '../../../server/src/features/outline';

const lines = (...l: string[]) => l.join('\n');

function symbolsOf(text: string): DocumentSymbol[] {
	return toOutline(TextDocument.create('file:///r.txt', 'policy-report', 1, text), analyzeReport(text)).symbols;
}

const REPORT = lines(
	'某区人民政府',
	'关于2023年度法治政府建设情况的报告',
	'一、主要做法和成效',
	'（一）推进依法行政。全年开展培训3次。',
	'一是完善制度；二是强化监督。',
	'（二）严格执法',
	'二、存在的不足',
	'短板仍然存在。',
);

suite('outline: the section tree as document symbols', () => {
	test('the title block is the root; sections nest by level with marker + title names', () => {
		const [root, ...rest] = symbolsOf(REPORT);
		expect(rest).toEqual([]);
		expect(root.name).toBe('某区人民政府 关于2023年度法治政府建设情况的报告');
		expect(root.kind).toBe(SymbolKind.File);
		expect(root.selectionRange).toEqual({ start: { line: 0, character: 0 }, end: { line: 1, character: 19 } });
		expect(root.range.end).toEqual({ line: 7, character: 7 });
		const parts = root.children ?? [];
		expect(parts.map((p) => p.name)).toEqual(['一、主要做法和成效', '二、存在的不足']);
		expect(parts.map((p) => p.kind)).toEqual([SymbolKind.Module, SymbolKind.Module]);
		const measures = parts[0].children ?? [];
		expect(measures.map((c) => c.name)).toEqual(['（一）推进依法行政', '（二）严格执法']);
		expect(measures[0].kind).toBe(SymbolKind.Namespace);
		// range = the whole section, selectionRange = its heading line
		expect(measures[0].range).toEqual({ start: { line: 3, character: 0 }, end: { line: 4, character: 14 } });
		expect(measures[0].selectionRange).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 19 } });
		expect(parts[1].range).toEqual({ start: { line: 6, character: 0 }, end: { line: 7, character: 7 } });
	});

	test('an item is named by its topic: up to the first comma or colon outside brackets, at most 40 characters', () => {
		const [root] = symbolsOf(lines('一、主要做法', '一是完善制度，出台办法3项；二是强化监督：开展检查5次。'));
		expect(root.children?.map((i) => i.name)).toEqual(['一是完善制度', '二是强化监督']);
		expect(itemTopic('严格执行《关于行政机关负责人出庭应诉，若干问题的规定》,让“庭审出声”成为常态')).toBe('严格执行《关于行政机关负责人出庭应诉，若干问题的规定》');
		expect(itemTopic('加强“放管服”改革: 办结事项100件')).toBe('加强“放管服”改革');
		const long = '建立行政诉讼案件常态化分析研判和责任追究机制并针对我区败诉率较高的政务公开和征地拆迁两个方面开展专题培训';
		expect(itemTopic(long)).toBe(`${long.slice(0, 39)}…`);
		expect(itemTopic('完善制度')).toBe('完善制度');
	});

	test('run-in items are EnumMember leaves, after the subsections before them', () => {
		const [root] = symbolsOf(REPORT);
		const first = root.children?.[0].children?.[0];
		const items = first?.children ?? [];
		expect(items.map((i) => [i.name, i.kind])).toEqual([['一是完善制度', SymbolKind.EnumMember], ['二是强化监督', SymbolKind.EnumMember]]);
		expect(items[0].selectionRange).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 2 } });
		expect(items[0].children).toBeUndefined();
	});

	test('without a title block the sections are the top level', () => {
		const symbols = symbolsOf(lines('一、总体情况', '正文。', '二、下一步打算', '正文。'));
		expect(symbols.map((s) => s.name)).toEqual(['一、总体情况', '二、下一步打算']);
		expect(symbols[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 1, character: 3 } });
	});

	test('deeper levels get smaller symbol kinds', () => {
		const symbols = symbolsOf(lines('一、总体', '（一）分项', '1.细项', '（1）小项', '①末项'));
		const kinds: SymbolKind[] = [];
		for (let s: DocumentSymbol | undefined = symbols[0]; s; s = s.children?.[0]) {
			kinds.push(s.kind);
		}
		expect(kinds).toEqual([SymbolKind.Module, SymbolKind.Namespace, SymbolKind.Package, SymbolKind.Class, SymbolKind.Struct]);
	});

	test('items past character 16 383 of one line share a reuse key, and the next outline still places each one', () => {
		const long = `${'依法行政。'.repeat(3400)}一是完善制度；二是强化监督；三是加强培训。`;
		const before = lines('一、主要做法', long, '正文。');
		const after = lines('一、主要做法', long, '正文有改。');
		const doc = (text: string, version: number) => TextDocument.create('file:///r.txt', 'policy-report', version, text);
		const first = toOutline(doc(before, 1), analyzeReport(before));
		const next = toOutline(doc(after, 2), analyzeReport(after), first);
		const items = next.symbols[0].children ?? [];
		expect(items.map((i) => [i.name, i.selectionRange.start.character])).toEqual([['一是完善制度', 17000], ['二是强化监督', 17007], ['三是加强培训', 17014]]);
		expect(next.symbols).toEqual(symbolsOf(after));
	});

	test('an empty document has no symbols', () => {
		expect(symbolsOf('')).toEqual([]);
	});
});
