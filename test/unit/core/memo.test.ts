import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { memo, MemoKey, recall, remember } from '../../../server/src/core/memo';
import { checkReport } from '../../../server/src/core/rules';

const COUNT = new MemoKey<number>('count');

suite('caches kept on their owner', () => {
	test('a value is made once per owner and seen by no one else', () => {
		const owner = { a: 1 };
		let made = 0;
		expect(memo(owner, COUNT, () => ++made)).toBe(1);
		expect(memo(owner, COUNT, () => ++made)).toBe(1);
		expect(memo({ a: 1 }, COUNT, () => ++made)).toBe(2);
		// The table is invisible to spread, JSON and deep equality.
		expect({ ...owner }).toEqual({ a: 1 });
		expect(JSON.stringify(owner)).toBe('{"a":1}');
		expect(owner).toEqual({ a: 1 });
	});

	test('recall gives what remember kept, and nothing for an owner without it', () => {
		const owner = {};
		expect(recall(owner, COUNT)).toBeUndefined();
		remember(owner, COUNT, 7);
		expect(recall(owner, COUNT)).toBe(7);
	});

	test('an owner a caller froze still gets its caches (checking a frozen copy of an analysis)', () => {
		const analysis = analyzeReport('一、工作\n（一）甲\n（三）乙\n');
		const frozen = Object.freeze({ ...analysis, mentions: analysis.mentions, metrics: analysis.metrics });
		expect(checkReport(frozen).map((f) => f.rule)).toContain('numbering.gap');
		expect(memo(frozen, COUNT, () => 3)).toBe(3);
		expect(recall(frozen, COUNT)).toBe(3);
	});
});
