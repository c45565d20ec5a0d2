import { atMarker } from '../findings';
import type { Rule } from '../types';
import { majorityStyle, majorityWidth, markerOf, sampleMarker, siblingGroups } from './siblings';

/** A sibling numbered in another style than the rest of its run: （1） among （二）（三）, 1、 beside 1. 2. */
export const numberingMixedStyle: Rule = {
	id: 'numbering.mixed-style',
	defaultSeverity: 'warning',
	check(analysis, context) {
		return siblingGroups(analysis).flatMap((group) => {
			const style = majorityStyle(group);
			const sample = style ? sampleMarker(group, style, majorityWidth(group, style)) : null;
			if (!style || !sample) {
				return [];
			}
			return group.members.flatMap((s) => {
				const m = markerOf(s);
				return m && m.style !== style
					? [atMarker(s, context.message('numbering.mixed-style', { sample: sample.text, marker: m.text }))]
					: [];
			});
		});
	},
};
