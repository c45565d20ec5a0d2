import type { PartRole } from '../../types';
import type { MessageKey } from '../messages';
import type { Rule } from '../types';

const PART_NAMES: Readonly<Record<PartRole, MessageKey>> = {
	measures_results: 'part.measures_results',
	shortcomings: 'part.shortcomings',
	first_responsibility: 'part.first_responsibility',
	next_year_plan: 'part.next_year_plan',
	other: 'part.other',
	review: 'part.review',
	annual_plan: 'part.annual_plan',
	gov_self_building: 'part.gov_self_building',
};

/**
 * A required part of the report that no heading covers. A part only named in body text is still missing as a part,
 * but the writer did touch on it, so that finding is weaker.
 */
export const structureMissingSection: Rule = {
	id: 'structure.missing-section',
	defaultSeverity: 'warning',
	check(analysis, context) {
		return Object.entries(analysis.requiredSections).flatMap(([key, part]) => {
			if (!part.required || part.present) {
				return [];
			}
			const nameKey = PART_NAMES[key as PartRole] as MessageKey | undefined;
			const name = nameKey ? context.message(nameKey) : key;
			const mentioned = part.mentionedInBody.length > 0;
			return [{
				span: null,
				evidence: null,
				section: key,
				message: mentioned
					? context.message('structure.missing-section.mentioned', { part: name, lines: part.mentionedInBody.join(context.language === 'zh' ? '、' : ', ') })
					: context.message('structure.missing-section', { part: name }),
				...(mentioned ? { severity: 'information' as const } : {}),
			}];
		});
	},
};
