import fc from 'fast-check';
import { expect, suite, test } from 'vitest';
import { scanLines } from '../../../server/src/core/lines';
import { isPageNumberLine } from '../../../server/src/core/paragraphs';

/** What a page-number line is; the function tests the first character before it runs the whole expression. */
const PAGE_NUMBER = /^[\s\u3000]*(?:[—–\-－―]{1,2}[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[—–\-－―]{1,2}|第[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页(?:[\s\u3000]*[,，/／]?[\s\u3000]*共[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页)?|[0-9０-９]{1,3}|[0-9０-９]{1,4}[\s\u3000]*[/／][\s\u3000]*[0-9０-９]{1,4})[\s\u3000]*$/;

suite('isPageNumberLine', () => {
	test('page numbers as converters leave them, after any blanks', () => {
		for (const text of ['— 12 —', '- 4 -', '第3页', '\u3000第 3 页 共 10 页', ' 12', '\ufeff７', '12/30', '\u2028—１—']) {
			expect(isPageNumberLine(scanLines(text)[0]), text).toBe(true);
		}
		for (const text of ['一、主要工作', '2020年', '1234', '\u200b12', '第三部分', '共3页']) {
			expect(isPageNumberLine(scanLines(text)[0]), text).toBe(false);
		}
	});

	test('agrees with the expression on any short line', () => {
		const pieces = [...' \t\u3000\u00a0\u200b\ufeff\u2028\u1680\u0085—–-－―第页共,，/／0123456789０１２３４５６７８９x一'];
		const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 9 }).map((parts) => parts.join(''));
		fc.assert(fc.property(text, (s) => {
			for (const line of scanLines(s)) {
				expect(isPageNumberLine(line)).toBe(!line.blank && line.text.length < 40 && PAGE_NUMBER.test(line.text));
			}
		}), { numRuns: 20_000 });
	});
});
