import { MemoKey } from '../../memo';
import type { Line } from '../../types';
import type { RawFinding, Rule } from '../types';

/** A text line's percent signs, by place in the line: each kind apart. */
interface Signs {
	half: number[];
	full: number[];
}

const SIGNS = new MemoKey<(Signs | null)[]>('percent signs by line');

/** Both % and ％ in one report: each sign of the less used kind is shown (information: the values are still right). */
export const textMixedPercentSign: Rule = {
	id: 'text.mixed-percent-sign',
	defaultSeverity: 'information',
	check(analysis, context) {
		// Read line by line, so that after an edit only the edited line is searched again; the counts are the report's.
		const byLine = context.perLine(SIGNS, signsOf);
		let half = 0;
		let full = 0;
		for (const signs of byLine) {
			if (signs) {
				half += signs.half.length;
				full += signs.full.length;
			}
		}
		if (half === 0 || full === 0) {
			return [];
		}
		const sign = full <= half ? '％' : '%';
		const findings: RawFinding[] = [];
		byLine.forEach((signs, i) => {
			for (const at of signs ? (sign === '％' ? signs.full : signs.half) : []) {
				const start = analysis.lines[i].start + at;
				findings.push({ span: { start, end: start + 1 }, evidence: sign, message: context.message('text.mixed-percent-sign', { sign }) });
			}
		});
		return findings;
	},
};

function signsOf(line: Line): Signs | null {
	if (line.blank || line.directive) {
		return null;
	}
	const half = offsetsOf(line.text, '%');
	const full = offsetsOf(line.text, '％');
	return half.length + full.length === 0 ? null : { half, full };
}

function offsetsOf(text: string, sign: string): number[] {
	const found: number[] = [];
	for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1)) {
		found.push(at);
	}
	return found;
}
