import { textLines } from '../positions';
import type { RawFinding, Rule } from '../types';

const MEASURES = '起件个次人名项家份场';
/** number + two-character noun + measure word: 1案件起 for 1起案件. The measure word must not start a word of its own (起诉, 人员, 项目). */
const GARBLED = new RegExp(`(?<![0-9０-９.．])([0-9０-９]+)([\\u4e00-\\u9fa5]{2})([${MEASURES}])(?![诉草来点步始数员民目单庭额所称长口工体性次])`, 'g');
/** What follows a number without being a noun: a qualifier, a multiplier or a time unit (20余家次, 5万元件). */
const NOT_A_NOUN_START = /^[余多万亿千百十年月日天号届期]/;

/**
 * A measure word that landed after its noun (1案件起). Only reported when the same report uses that measure word for
 * that noun the regular way (案件 18 起, 2起案件), so a word that merely ends in 起 or 件 is never taken for one.
 */
export const textGarbledUnit: Rule = {
	id: 'text.garbled-unit',
	defaultSeverity: 'warning',
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const line of textLines(analysis)) {
			for (const m of line.text.matchAll(GARBLED)) {
				const [whole, digits, noun, measure] = m;
				if (NOT_A_NOUN_START.test(noun) || !usedRegularly(analysis.text, noun, measure)) {
					continue;
				}
				const start = line.start + (m.index ?? 0);
				const fixed = `${digits}${measure}${noun}`;
				findings.push({ span: { start, end: start + whole.length }, evidence: whole, message: context.message('text.garbled-unit', { text: whole, fixed }) });
			}
		}
		return findings;
	},
};

function usedRegularly(text: string, noun: string, measure: string): boolean {
	const numeral = '[0-9０-９一二三四五六七八九十两百千万]+';
	return new RegExp(`${noun}[\\s\\u3000]*${numeral}[\\s\\u3000]*(?:余|多)?${measure}|${numeral}(?:余|多)?[\\s\\u3000]*${measure}${noun}`).test(text);
}
