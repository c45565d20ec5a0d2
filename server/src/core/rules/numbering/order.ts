import { atMarker } from '../findings';
import type { Rule } from '../types';
import { sequenceEvents } from './sequence';

export const numberingOrder: Rule = {
	id: 'numbering.order',
	defaultSeverity: 'warning',
	structural: true,
	check(analysis, context) {
		return sequenceEvents(analysis).flatMap((e) => e.kind === 'order'
			? [atMarker(e.section, context.message('numbering.order', { expected: e.expected, marker: e.section.marker?.text ?? '' }))]
			: []);
	},
};
