import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, suite, test } from 'vitest';
import { detached } from '../../../server/src/core/detach';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap growth, in bytes, from keeping one short piece of each of 20 big texts. */
function keptBytes(keep: (piece: string) => string): number {
	const kept: string[] = [];
	gc();
	const before = process.memoryUsage().heapUsed;
	for (let i = 0; i < 20; i++) {
		// A fresh flat text of 400 000 code units, as a document's text is.
		const text = `${i}${'报告正文'.repeat(100_000)}`.split('').join('');
		kept.push(keep(`（一）${text.slice(1000, 1040)}`));
	}
	gc();
	const grown = process.memoryUsage().heapUsed - before;
	expect(kept.every((k) => k.startsWith('（一）') && k.length === 43)).toBe(true);
	return grown;
}

suite('detached strings', () => {
	test('equal the string they copy', () => {
		for (const s of ['', '短', '十二个字的标题正好十二个', '十三个字的标题正好是十三个字', `${'长'.repeat(100)}𠮷`]) {
			expect(detached(s)).toBe(s);
		}
	});

	test('keep nothing of the text they were cut from alive (a piece cut from it keeps all of it)', () => {
		// 20 texts of 400 000 UTF-16 units are 16 MB; the pieces themselves are under 2 KB. What else the heap gains
		// between the two collections (a few MB here) is the same for both.
		expect(keptBytes((piece) => piece)).toBeGreaterThan(14_000_000);
		expect(keptBytes(detached)).toBeLessThan(8_000_000);
	});
});
