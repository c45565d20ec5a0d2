import { expect, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import type { ReportAnalysis } from '../../../server/src/core/types';
import { lines } from '../helpers';

const TABLE = lines(
	'# 某市教育局2023年法治政府建设年度报告',
	'',
	'## 一、主要举措和成效',
	'',
	'全市各级各类学校基本情况如下：',
	'',
	'| 学段 | 学校（所） | 在校学生（万人） | 专任教师（人） |',
	'| --- | ---: | ---: | ---: |',
	'| 幼儿园 | 186 | 4.12 | 3368 |',
	'| 合计 | 424 | 22.92 | 17019 |',
	'',
);

/** The table's numbers as value + unit, row by row. */
function cells(a: ReportAnalysis): string[] {
	return a.metrics.filter((m) => m.line >= 9).map((m) => `${m.line} ${m.text}=${m.value}${m.unit ?? ''}`);
}

test('a table cell takes the unit its header row names in brackets for its column, multiplier included', () => {
	expect(cells(analyzeReport(TABLE, { format: 'markdown' }))).toEqual([
		'9 186=186所', '9 4.12=41200人', '9 3368=3368人',
		'10 424=424所', '10 22.92=229200人', '10 17019=17019人',
	]);
});

test('an edit of the header row reaches the rows below it when the numbers are taken over from the last version', () => {
	const first = analyzeReport(TABLE, { format: 'markdown' });
	void first.metrics;
	const edited = TABLE.replace('在校学生（万人）', '在校学生（人）');
	const second = analyzeReport(edited, { format: 'markdown', previous: first });
	expect(cells(second)).toEqual(cells(analyzeReport(edited, { format: 'markdown' })));
	expect(cells(second)).toContain('9 4.12=4.12人');
});
