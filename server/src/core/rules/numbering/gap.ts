import { atMarker } from '../findings';
import type { Rule } from '../types';
import { sequenceEvents } from './sequence';

export const numberingGap: Rule = {
	id: 'numbering.gap',
	defaultSeverity: 'warning',
	structural: true,
	check(analysis, context) {
		return sequenceEvents(analysis).flatMap((e) => e.kind === 'gap'
			? [atMarker(e.section, e.back
				? context.message('numbering.order', { expected: e.missing, marker: e.section.marker?.text ?? '' })
				: context.message('numbering.gap', { missing: e.missing, marker: e.section.marker?.text ?? '' }))]
			: []);
	},
};
