import { atMarker } from '../findings';
import type { Rule } from '../types';
import { sequenceEvents } from './sequence';

export const numberingDuplicate: Rule = {
	id: 'numbering.duplicate',
	defaultSeverity: 'warning',
	structural: true,
	check(analysis, context) {
		return sequenceEvents(analysis).flatMap((e) => e.kind === 'duplicate'
			? [atMarker(e.section, e.repeat
				? context.message('numbering.duplicate', { marker: e.section.marker?.text ?? '' })
				: context.message('numbering.order', { expected: e.expected, marker: e.section.marker?.text ?? '' }))]
			: []);
	},
};
