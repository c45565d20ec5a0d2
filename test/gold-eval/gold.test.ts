import { expect, suite, test } from 'vitest';
import { evaluateAll, totals } from './evaluate';

suite('gold evaluation on the seeds', () => {
	const scores = evaluateAll();
	const t = totals(scores);

	test('headings: precision = recall = 1, levels and markers exact', () => {
		expect(t.headingProblems).toEqual([]);
		for (const s of scores) {
			expect(s.headings.tp, `${s.seed}: some required heading found`).toBeGreaterThan(0);
		}
	});

	test('metrics: precision and recall ≥ 0.98', () => {
		expect(t.metricPrecision, 'metric precision').toBeGreaterThanOrEqual(0.98);
		expect(t.metricRecall, 'metric recall').toBeGreaterThanOrEqual(0.98);
	});

	test('at most 3 metric:false mentions reported as claims', () => {
		expect(t.nonClaims.length, t.nonClaims.join('\n')).toBeLessThanOrEqual(3);
	});

	test('required-part presence: 100%', () => {
		expect(t.sectionProblems).toEqual([]);
	});
});
