import type { Marker, MarkerStyle, MarkerWidth } from '../../types';
import { atMarker } from '../findings';
import type { RawFinding, Rule } from '../types';
import { majorityStyle, majorityWidth, markerOf, sampleMarker, siblingGroups } from './siblings';

/** A half-width (二) among full-width （一）（三）, or the reverse; a consistent width, either one, is fine. */
export const numberingWidthMix: Rule = {
	id: 'numbering.width-mix',
	defaultSeverity: 'warning',
	structural: true,
	check(analysis, context) {
		const findings: RawFinding[] = [];
		for (const group of siblingGroups(analysis)) {
			const style = majorityStyle(group);
			const width = style ? majorityWidth(group, style) : null;
			// Most groups keep to one width: the sample is only looked up for one with an odd sibling.
			if (!style || !width || !group.members.some((s) => odd(markerOf(s), style, width))) {
				continue;
			}
			const sample = sampleMarker(group, style, width);
			if (!sample) {
				continue;
			}
			for (const s of group.members) {
				const m = markerOf(s);
				if (m && odd(m, style, width)) {
					findings.push(atMarker(s, context.message('numbering.width-mix', { sample: sample.text, marker: m.text })));
				}
			}
		}
		return findings;
	},
};

function odd(m: Marker | null, style: MarkerStyle, width: MarkerWidth): boolean {
	return m !== null && m.style === style && m.width !== 'none' && m.width !== width;
}
