import { atTitle } from '../findings';
import type { Rule } from '../types';
import { sequenceEvents } from './sequence';

export const numberingUnmarkedHeading: Rule = {
	id: 'numbering.unmarked-heading',
	defaultSeverity: 'warning',
	structural: true,
	check(analysis, context) {
		return sequenceEvents(analysis).flatMap((e) => e.kind === 'unmarked'
			? [atTitle(e.section, context.message('numbering.unmarked-heading', { expected: e.expected }))]
			: []);
	},
};
