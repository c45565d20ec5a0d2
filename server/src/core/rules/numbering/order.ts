import { atMarker } from '../findings';
import type { Rule } from '../types';
import { sequenceEvents } from './sequence';

export const numberingOrder: Rule = {
	id: 'numbering.order',
	defaultSeverity: 'warning',
	structural: true,
	check(analysis, context) {
		// The gap and the number that comes back below are the defects (numbering.gap, numbering.duplicate); this says
		// what they come from, as an observation.
		return sequenceEvents(analysis).flatMap((e) => e.kind === 'order'
			? [{ ...atMarker(e.section, context.message('numbering.order', { expected: e.expected, marker: e.section.marker?.text ?? '' })), severity: 'information' as const }]
			: []);
	},
};
