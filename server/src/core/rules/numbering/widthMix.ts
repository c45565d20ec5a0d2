import { atMarker } from '../findings';
import type { Rule } from '../types';
import { majorityStyle, majorityWidth, markerOf, sampleMarker, siblingGroups } from './siblings';

/** A half-width (二) among full-width （一）（三）, or the reverse; a consistent width, either one, is fine. */
export const numberingWidthMix: Rule = {
	id: 'numbering.width-mix',
	defaultSeverity: 'warning',
	check(analysis, context) {
		return siblingGroups(analysis).flatMap((group) => {
			const style = majorityStyle(group);
			const width = style ? majorityWidth(group, style) : null;
			const sample = style && width ? sampleMarker(group, style, width) : null;
			if (!style || !width || !sample) {
				return [];
			}
			return group.members.flatMap((s) => {
				const m = markerOf(s);
				return m && m.style === style && m.width !== 'none' && m.width !== width
					? [atMarker(s, context.message('numbering.width-mix', { sample: sample.text, marker: m.text }))]
					: [];
			});
		});
	},
};
