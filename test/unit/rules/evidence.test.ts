import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import { checkReport } from '../../../server/src/core/rules';
import { findingsOf, PARTS, report, where } from './helpers';

suite('evidence.* (off by default)', () => {
	const vague = report('一、2023年主要工作及成效', '坚持依法行政，不断加强法治政府建设，取得明显成效。', ...PARTS.duty, '三、存在的不足', '法治意识有待进一步提高，执法水平还需进一步加强，工作机制仍需完善。', ...PARTS.plan);

	test('not run unless the settings switch them on', () => {
		expect(checkReport(analyzeReport(vague)).filter((f) => f.rule.startsWith('evidence.'))).toEqual([]);
		const on = checkReport(analyzeReport(vague), { rules: { 'evidence.*': 'hint' } }).filter((f) => f.rule.startsWith('evidence.'));
		expect(on.map((f) => [f.rule, f.severity])).toEqual([['evidence.no-figures', 'hint'], ['evidence.hedging', 'hint']]);
	});

	test('evidence.no-figures: a measures part without a figure', () => {
		expect(where(findingsOf(vague, 'evidence.no-figures'))).toEqual(['4 2023年主要工作及成效']);
		expect(findingsOf(report(...PARTS.measures, ...PARTS.duty), 'evidence.no-figures')).toEqual([]);
	});

	test('evidence.hedging: a shortcomings part made of hedges', () => {
		expect(where(findingsOf(vague, 'evidence.hedging'))).toEqual(['8 存在的不足']);
		const concrete = report(...PARTS.measures, ...PARTS.duty, '三、存在的不足', '个别部门对重大行政决策程序理解不深，执法水平还需进一步加强；全县专职法制审核人员仅3人。', ...PARTS.plan);
		expect(findingsOf(concrete, 'evidence.hedging')).toEqual([]);
	});
});
