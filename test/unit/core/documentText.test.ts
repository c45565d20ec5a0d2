import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { expect, suite, test } from 'vitest';
import { scanLines } from '../../../server/src/core/lines';
import { extractMentions } from '../../../server/src/core/metrics';
import type { Line } from '../../../server/src/core/types';

const ROOT = resolve(__dirname, '../../..');

/** Mentions of every line read with and without the whole text, from the start and from a few later indices. */
function expectSameWithDocument(text: string): void {
	for (const line of scanLines(text)) {
		for (const from of [0, 1, 3, line.text.length]) {
			expect(extractMentions(line, from, { documentText: text }), `line ${line.number} from ${from}`).toEqual(extractMentions(line, from));
		}
	}
}

const PIECES = ['55件', '18.85万余条', '1.85亿元', '98%以上', '2020年', '8月15日至18日', '〔2020〕1号', '十四五', '一网通办', '“三项制度”', '《十条》', '翻一番', '3:0', '9:30', '一、', '（1）', '约', '余', '。', '，', '\n', '\r\n', '\r', '\ufeff', '𠮷'];

suite('extractMentions with the document text', () => {
	test('gives the same mentions as without it on the seeds and fixtures', () => {
		for (const dir of ['seeds', 'test/fixtures']) {
			for (const file of readdirSync(join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f))) {
				expectSameWithDocument(readFileSync(join(ROOT, dir, file), 'utf8'));
			}
		}
	});

	test('gives the same mentions as without it on any text, whatever its line ends', () => {
		const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
		fc.assert(fc.property(text, expectSameWithDocument), { numRuns: 500 });
	});

	test('a line that is not a slice of the given text is read from its own text', () => {
		const line: Line = { number: 3, start: 100, end: 108, text: '受理案件55件。', indent: '', blank: false, directive: false };
		expect(extractMentions(line, 0, { documentText: '短' })).toEqual(extractMentions(line, 0));
	});
});
