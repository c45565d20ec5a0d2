import { atMarker } from '../findings';
import type { Rule } from '../types';
import { sequenceEvents } from './sequence';

export const numberingGap: Rule = {
	id: 'numbering.gap',
	defaultSeverity: 'warning',
	structural: true,
	check(analysis, context) {
		return sequenceEvents(analysis).flatMap((e) => e.kind === 'gap'
			? [atMarker(e.section, context.message('numbering.gap', { missing: e.missing, marker: e.section.marker?.text ?? '' }))]
			: []);
	},
};
