import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { DocumentSymbol, Message } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../server/src/core/analyze';
import { toOutline, type Outline } from '../../server/src/features/outline';
import { encode, keptJsonBytes, outlineAnswer } from '../../server/src/outlineJson';
import { ROOT } from '../unit/helpers';

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
	.map((f) => ({ name: f, text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));
/** Characters that change names, markers that make or unmake headings and items, line breaks, a character outside the BMP. */
const INSERTS = ['的', '5', '一、', '（二）', '1.', '一是', '二是', '\n', '\r\n', '\n\n', '𠮷', '。', ''];
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: fc.constantFrom(...INSERTS) });

function symbolsIn(symbols: readonly DocumentSymbol[], into = new Set<DocumentSymbol>()): Set<DocumentSymbol> {
	for (const s of symbols) {
		into.add(s);
		symbolsIn(s.children ?? [], into);
	}
	return into;
}

/** The answer as the --stdio writer sends it, read back. */
function sent(symbols: DocumentSymbol[]): unknown {
	return JSON.parse(Buffer.concat(encode({ jsonrpc: '2.0', id: 7, result: outlineAnswer(symbols) } as Message)).toString('utf8'));
}

suite('an outline built against the last version’s equals a fresh one', () => {
	test.each(SEEDS)('$name: a chain of random edits, each outlined against the one before', ({ name, text }) => {
		fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
			let current = text;
			let version = 1;
			let last: Outline = toOutline(TextDocument.create('file:///r.txt', 'policy-report', version, current), analyzeReport(current));
			for (const { at, remove, insert } of edits) {
				const start = Math.min(current.length, Math.floor(at * current.length));
				current = current.slice(0, start) + insert + current.slice(Math.min(current.length, start + remove));
				const doc = TextDocument.create('file:///r.txt', 'policy-report', ++version, current);
				const analysis = analyzeReport(current);
				const fresh = toOutline(doc, analysis).symbols;
				const reused = toOutline(doc, analysis, last);
				const what = `${name} after inserting ${JSON.stringify(insert)} at ${start} (removing ${remove})`;
				expect(reused.symbols, what).toEqual(fresh);
				// The JSON kept with reused symbols is what the symbols are now.
				expect(sent(reused.symbols), what).toEqual(JSON.parse(JSON.stringify({ jsonrpc: '2.0', id: 7, result: fresh })));
				last = reused;
			}
		}), { numRuns: 30 });
	});

	test.each(SEEDS)('$name: one-line edits analyzed from the version before, the outline taken over from the last one', ({ name, text }) => {
		const lineEdit = fc.record({ line: fc.double({ min: 0, max: 1, noNaN: true }), at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 3 }), insert: fc.constantFrom('的', '5', '。', '，', '一是', '二是', '二、', '') });
		fc.assert(fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 8 }), (edits) => {
			let current = text;
			let version = 1;
			let analysis = analyzeReport(current);
			let last: Outline = toOutline(TextDocument.create('file:///r.txt', 'policy-report', version, current), analysis);
			for (const e of edits) {
				const lines = current.split('\n');
				const index = Math.min(lines.length - 1, Math.floor(e.line * lines.length));
				const at = Math.floor(e.at * lines[index].length);
				lines[index] = lines[index].slice(0, at) + e.insert + lines[index].slice(Math.min(lines[index].length, at + e.remove));
				current = lines.join('\n');
				const doc = TextDocument.create('file:///r.txt', 'policy-report', ++version, current);
				analysis = analyzeReport(current, { previous: analysis });
				const fresh = toOutline(doc, analyzeReport(current)).symbols;
				const reused = toOutline(doc, analysis, last);
				const what = `${name} after ${JSON.stringify(e)}`;
				expect(reused.symbols, what).toEqual(fresh);
				expect(sent(reused.symbols), what).toEqual(JSON.parse(JSON.stringify({ jsonrpc: '2.0', id: 7, result: fresh })));
				last = reused;
			}
		}), { numRuns: 30 });
	});

	test('a keystroke in body text builds again only the symbols whose range it moves', () => {
		const text = SEEDS.find((s) => s.name.startsWith('004'))!.text;
		const lines = text.split('\n');
		const heading = lines.findIndex((l) => l.includes('（三）'));
		let body = heading + 1;
		while (lines[body].trim() === '') {
			body++;
		}
		const first = analyzeReport(text);
		const before = toOutline(TextDocument.create('file:///r.txt', 'policy-report', 1, text), first);
		for (const [line, at] of [[body, 2], [body, lines[body].length]]) {
			const edited = lines.map((l, i) => (i === line ? `${l.slice(0, at)}的${l.slice(at)}` : l)).join('\n');
			const doc = TextDocument.create('file:///r.txt', 'policy-report', 2, edited);
			const outline = toOutline(doc, analyzeReport(edited, { previous: first }), before);
			expect(outline.symbols).toEqual(toOutline(doc, analyzeReport(edited)).symbols);
			const kept = symbolsIn(before.symbols);
			const renewed = [...symbolsIn(outline.symbols)].filter((s) => !kept.has(s));
			// Only symbols on the edited line and the ones holding them are new; the others (hundreds) are the last ones.
			expect(renewed.every((s) => s.range.start.line <= line && line <= s.range.end.line), `line ${line}:${at}`).toBe(true);
			expect(renewed.length, `line ${line}:${at}`).toBeLessThanOrEqual(8);
			expect(kept.size).toBeGreaterThan(40);
		}
	});

	test('a keystroke in one section keeps every symbol outside it', () => {
		const text = SEEDS.find((s) => s.name.startsWith('004'))!.text;
		const before = toOutline(TextDocument.create('file:///r.txt', 'policy-report', 1, text), analyzeReport(text));
		const at = text.indexOf('（三）');
		const lineEnd = text.indexOf('\n', at);
		const after = `${text.slice(0, lineEnd)}的${text.slice(lineEnd)}`;
		const outline = toOutline(TextDocument.create('file:///r.txt', 'policy-report', 2, after), analyzeReport(after), before);
		const kept = symbolsIn(before.symbols);
		const now = [...symbolsIn(outline.symbols)];
		const renewed = now.filter((s) => !kept.has(s)).map((s) => s.name);
		// The edited heading and the sections holding it (its part and the report) are new; nothing else is.
		expect(renewed).toHaveLength(3);
		expect(renewed[2]).toMatch(/^（三）.*的$/);
		expect(now.length).toBeGreaterThan(20);
	});
});

suite('the --stdio writer\'s JSON', () => {
	test('from the second answer on, each symbol\'s JSON is kept and not encoded again', () => {
		const text = SEEDS[0].text;
		const first = toOutline(TextDocument.create('file:///r.txt', 'policy-report', 1, text), analyzeReport(text));
		sent(first.symbols);
		const edited = `${text}\n`;
		const second = toOutline(TextDocument.create('file:///r.txt', 'policy-report', 2, edited), analyzeReport(edited), first);
		sent(second.symbols);
		// Symbols are never changed once answered; a planted change shows whether their JSON was kept or made again.
		const deep = second.symbols[0].children![0].children![0];
		const name = deep.name;
		deep.name = 'planted';
		const again = JSON.stringify(sent(second.symbols));
		deep.name = name;
		expect(again).toContain(JSON.stringify(name));
		expect(again).not.toContain('planted');
	});

	test('the JSON kept for an outline after many edits is about the size of one answer, not one per level or per edit', () => {
		// A deep outline (the seeds one after the other: titles nest the next seed's parts), edited line by line.
		let text = SEEDS.map((s) => s.text).join('\n').repeat(3);
		let outline = toOutline(TextDocument.create('file:///r.txt', 'policy-report', 1, text), analyzeReport(text));
		let answer = 0;
		const lineStarts = [...text.matchAll(/\n(?=[^\n]{40})/g)].map((m) => m.index + 1);
		for (let version = 2; version < 120; version++) {
			const at = lineStarts[(version * 7919) % lineStarts.length] + 10;
			text = `${text.slice(0, at)}的${text.slice(at)}`;
			lineStarts.forEach((s, i) => { lineStarts[i] = s > at ? s + 1 : s; });
			outline = toOutline(TextDocument.create('file:///r.txt', 'policy-report', version, text), analyzeReport(text), outline);
			answer = Buffer.concat(encode({ jsonrpc: '2.0', id: version, result: outlineAnswer(outline.symbols) } as Message)).length;
		}
		expect(keptJsonBytes(outline.symbols)).toBeLessThan(2.5 * answer);
	});

	test('a message that is not an outline answer is encoded as JSON.stringify does', () => {
		const message = { jsonrpc: '2.0', id: 3, result: [{ name: 'x', kind: 2, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, selectionRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] } as Message;
		expect(Buffer.concat(encode(message)).toString('utf8')).toBe(JSON.stringify(message));
	});

	test('a symbol with fields the outline never sets (detail, tags) still reads back whole', () => {
		const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } };
		const symbols = outlineAnswer([{ name: 'a', detail: '细节', tags: [1], kind: 5, range, selectionRange: range, children: [{ name: 'b', kind: 22, range, selectionRange: range }] }]);
		expect(JSON.parse(Buffer.concat(encode({ jsonrpc: '2.0', id: 9, result: symbols } as Message)).toString('utf8'))).toEqual({ jsonrpc: '2.0', id: 9, result: symbols });
	});

	test('an outline answer reads back as the answer, with names that need escaping', () => {
		const symbols = outlineAnswer([{ name: '“引号”\\ "quoted"\n𠮷', kind: 2, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 3 } }, selectionRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, children: [] }]);
		expect(JSON.parse(Buffer.concat(encode({ jsonrpc: '2.0', id: 'a', result: symbols } as Message)).toString('utf8'))).toEqual({ jsonrpc: '2.0', id: 'a', result: symbols });
	});
});
