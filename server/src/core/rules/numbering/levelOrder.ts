import { atMarker } from '../findings';
import type { Rule } from '../types';
import { styleRank } from '../../markers';
import { majorityStyle, markerOf, siblingGroups } from './siblings';

/**
 * A level numbered in a style the standard ranks above its parent's (（一） under 1.). Skipping a level (1、 straight
 * under 一、) keeps the order and is left alone.
 */
export const numberingLevelOrder: Rule = {
	id: 'numbering.level-order',
	defaultSeverity: 'information',
	structural: true,
	check(analysis, context) {
		return siblingGroups(analysis).flatMap((group) => {
			const parent = group.parent ? markerOf(group.parent) : null;
			const style = majorityStyle(group);
			const parentRank = parent ? styleRank(parent.style) : undefined;
			const rank = style ? styleRank(style) : undefined;
			if (!parent || parentRank === undefined || rank === undefined || rank >= parentRank) {
				return [];
			}
			const first = group.members.find((s) => markerOf(s)?.style === style);
			return first ? [atMarker(first, context.message('numbering.level-order', { marker: first.marker?.text ?? '', parent: parent.text }))] : [];
		});
	},
};
