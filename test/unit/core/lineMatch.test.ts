import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { checkReport } from '../../../server/src/core/rules';
import { LineMatch, matchAnalyses } from '../../../server/src/core/lineMatch';
import { scanLines } from '../../../server/src/core/lines';

suite('line matches between versions', () => {
	test('the unchanged run at the start and at the end, and where each line was', () => {
		const match = new LineMatch(scanLines('a\nb\nc\nd\n'), scanLines('a\nx\ny\nc\nd\n'));
		expect([match.head, match.tailFrom, match.shift]).toEqual([1, 3, -1]);
		expect([0, 1, 2, 3, 4].map((i) => match.previousIndex(i))).toEqual([0, -1, -1, 2, 3]);
		expect([0, 1, 2, 3].map((i) => match.currentIndex(i))).toEqual([0, -1, 3, 4]);
	});

	test('one match per pair of versions: numbers and findings share it; another earlier version gets its own', () => {
		const before = analyzeReport('一、工作\n办理案件55件。\n');
		void before.metrics;
		checkReport(before);
		const after = analyzeReport('一、工作\n办理案件56件。\n', { previous: before });
		void after.metrics;
		const made = matchAnalyses(before, after);
		checkReport(after, { previous: before });
		expect(matchAnalyses(before, after)).toBe(made);
		const other = analyzeReport('一、工作\n');
		expect(matchAnalyses(other, after)).not.toBe(made);
	});
});
