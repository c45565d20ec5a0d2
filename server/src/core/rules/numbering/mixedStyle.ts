import { atMarker } from '../findings';
import type { RawFinding, Rule } from '../types';
import { majorityStyle, majorityWidth, markerOf, sampleMarker, siblingGroups } from './siblings';

/** A sibling numbered in another style than the rest of its run: （1） among （二）（三）, 1、 beside 1. 2. */
export const numberingMixedStyle: Rule = {
	id: 'numbering.mixed-style',
	defaultSeverity: 'warning',
	structural: true,
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const group of siblingGroups(analysis)) {
			const style = majorityStyle(group);
			// Most groups keep to one style: the sample is only looked up for one with an odd sibling.
			if (!style || group.members.every((s) => (markerOf(s)?.style ?? style) === style)) {
				continue;
			}
			const sample = sampleMarker(group, style, majorityWidth(group, style));
			if (!sample) {
				continue;
			}
			for (const s of group.members) {
				const m = markerOf(s);
				if (m && m.style !== style) {
					findings.push(atMarker(s, context.message('numbering.mixed-style', { sample: sample.text, marker: m.text })));
				}
			}
		}
		return findings;
	},
};
