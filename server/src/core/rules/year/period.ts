import { parseArabicNumber } from '../../numerals';
import { textLinesWith } from '../positions';
import type { RawFinding, Rule } from '../types';

/** 2023年是“十四五”规划的开局之年: a year said to open or close a five-year plan. */
const CLAIM = /([12１２][0-9０-９]{3})\s*年(?:是|为)([^。；;！？!?]{0,40}?)(开局之年|起步之年|收官之年)/g;
/** Every claim ends so: only lines holding it are searched. */
const PROBE = /(?:开局|起步|收官)之年/g;
const PLAN = /十([一二三四五六七八九]?)五/;
const DIGITS = '一二三四五六七八九';

/** The first year of the n-th five-year plan: the 6th ran 1981–1985, each later one five years on. */
function planStart(name: string): number | null {
	const m = PLAN.exec(name);
	if (!m) {
		return null;
	}
	const n = 10 + (m[1] ? DIGITS.indexOf(m[1]) + 1 : 0);
	return 1981 + 5 * (n - 6);
}

/** A five-year plan's first or final year given wrongly (2022年是“十四五”开局之年): the plans' years are fixed. */
export const yearPeriod: Rule = {
	id: 'year.period',
	defaultSeverity: 'information',
	local: true,
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const line of textLinesWith(analysis, context.scope, [], PROBE)) {
			for (const m of line.text.matchAll(CLAIM)) {
				const start = planStart(m[2]);
				if (start === null) {
					continue;
				}
				const final = m[3] === '收官之年';
				const expected = final ? start + 4 : start;
				const year = parseArabicNumber(m[1]) as number;
				if (year !== expected) {
					const at = line.start + (m.index ?? 0);
					findings.push({
						span: { start: at, end: at + m[0].length },
						evidence: m[0],
						message: context.message('year.period', {
							year,
							plan: PLAN.exec(m[2])?.[0] ?? '',
							phase: context.message(final ? 'phase.end' : 'phase.start'),
							expected,
						}),
					});
				}
			}
		}
		return findings;
	},
};
