import { offsetsInTextLines } from '../positions';
import type { RawFinding, Rule } from '../types';

/** Both % and ％ in one report: each sign of the less used kind is shown (information: the values are still right). */
export const textMixedPercentSign: Rule = {
	id: 'text.mixed-percent-sign',
	defaultSeverity: 'information',
	check(analysis, context) {
		const half = offsetsInTextLines(analysis, '%');
		const full = half.length === 0 ? [] : offsetsInTextLines(analysis, '％');
		if (half.length === 0 || full.length === 0) {
			return [];
		}
		const [minority, sign] = full.length <= half.length ? [full, '％'] : [half, '%'];
		return minority.map((start): RawFinding => ({ span: { start, end: start + 1 }, evidence: sign, message: context.message('text.mixed-percent-sign', { sign }) }));
	},
};
