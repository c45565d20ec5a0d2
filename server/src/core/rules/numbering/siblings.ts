import { memo, MemoKey } from '../../memo';
import { enclosedWithOrdinal } from '../../markers';
import type { Marker, MarkerStyle, MarkerWidth, ReportAnalysis, Section } from '../../types';

/** The headings under one parent (the top level has none), in order; bullets (——) are left out: they number nothing. */
export interface SiblingGroup {
	parent: Section | null;
	members: Section[];
}

/** A group as made here: its majority style is counted on first request and kept on it. */
interface CountedGroup extends SiblingGroup {
	style?: MarkerStyle | null;
}

const GROUPS = new MemoKey<SiblingGroup[]>('sibling groups');

/** Made once per analysis for the rules and fixes that read them; the list and the members are never changed after. */
export function siblingGroups(analysis: ReportAnalysis): SiblingGroup[] {
	return memo(analysis, GROUPS, () => {
		const made: CountedGroup[] = [{ parent: null, members: withoutBullets(analysis.sections), style: undefined }];
		for (const section of analysis.allSections) {
			if (section.children.length > 0) {
				made.push({ parent: section, members: withoutBullets(section.children), style: undefined });
			}
		}
		return made.filter((g) => g.members.length > 0);
	});
}

function withoutBullets(sections: Section[]): Section[] {
	// Most lists hold no bullet: those are shared as they are (nothing changes a group's members), not copied.
	return sections.some(isBullet) ? sections.filter((s) => !isBullet(s)) : sections;
}

function isBullet(section: Section): boolean {
	return section.marker?.style === 'bullet';
}

export function markerOf(section: Section): Marker | null {
	return section.marker && section.marker.style !== 'bullet' ? section.marker : null;
}

/** The style the standard puts one level below `parent`. */
function childStyles(parent: MarkerStyle | undefined): MarkerStyle[] {
	switch (parent) {
		case 'part': return ['cn-dun'];
		case 'cn-dun': return ['cn-paren'];
		case 'cn-paren': return ['arabic-dot', 'arabic-dun'];
		case 'arabic-dot':
		case 'arabic-dun': return ['arabic-paren'];
		default: return [];
	}
}

/**
 * The style most siblings use. A tie goes to the style the standard expects under the parent, else to the first
 * sibling's: the odd one out is the one to report.
 */
export function majorityStyle(group: SiblingGroup): MarkerStyle | null {
	// Several rules and fixes ask for each group's style: it is counted once, on the groups made above.
	const counted = group as CountedGroup;
	if (!('style' in counted)) {
		return countStyles(group);
	}
	if (counted.style === undefined) {
		counted.style = countStyles(group);
	}
	return counted.style;
}

function countStyles(group: SiblingGroup): MarkerStyle | null {
	// Few styles exist, so two short lists (in the order first seen) count them with less garbage than a map.
	const styles: MarkerStyle[] = [];
	const counts: number[] = [];
	for (const s of group.members) {
		const m = markerOf(s);
		if (m) {
			const k = styles.indexOf(m.style);
			if (k < 0) {
				styles.push(m.style);
				counts.push(1);
			} else {
				counts[k]++;
			}
		}
	}
	if (styles.length === 0) {
		return null;
	}
	const best = Math.max(...counts);
	const tied = styles.filter((_, k) => counts[k] === best);
	if (tied.length === 1) {
		return tied[0];
	}
	const expected = childStyles(group.parent ? markerOf(group.parent)?.style : undefined).find((s) => tied.includes(s));
	return expected ?? tied[0];
}

/** The width most siblings of the majority style use (full-width on a tie, as GB/T 9704 writes （一）). */
export function majorityWidth(group: SiblingGroup, style: MarkerStyle): MarkerWidth | null {
	let full = 0;
	let half = 0;
	for (const s of group.members) {
		const m = markerOf(s);
		if (m && m.style === style) {
			full += m.width === 'full' ? 1 : 0;
			half += m.width === 'half' ? 1 : 0;
		}
	}
	if (full + half === 0) {
		return null;
	}
	return half > full ? 'half' : 'full';
}

const CN_DIGITS = '零一二三四五六七八九';

function chineseNumber(n: number): string {
	if (n < 10) {
		return CN_DIGITS[n];
	}
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

/**
 * A sibling's marker rewritten with another ordinal: （三） from （一）, 3、 from 1、, ㈢ from ㈠, keeping its width and
 * digits. Null when its form has no such number (㈩ is the last of the ㈠ set).
 */
export function markerWithOrdinal(sample: Marker, ordinal: number): string | null {
	const enclosed = enclosedWithOrdinal(sample.text, ordinal);
	if (enclosed !== undefined) {
		return enclosed;
	}
	if (/[0-9０-９]/.test(sample.text)) {
		const fullDigits = /[０-９]/.test(sample.text);
		const digits = String(ordinal).replace(/[0-9]/g, (d) => (fullDigits ? String.fromCharCode(d.charCodeAt(0) + 0xfee0) : d));
		// An outline number counts in its last part (1.2.3 → 1.2.4).
		return sample.text.replace(sample.style === 'arabic-decimal' ? /[0-9０-９]+(?=[^0-9０-９]*$)/ : /[0-9０-９]+/, digits);
	}
	return sample.text.replace(/[一二三四五六七八九十]+/, chineseNumber(ordinal));
}

/** A marker of the group's majority style, to show how siblings are written. */
export function sampleMarker(group: SiblingGroup, style: MarkerStyle, width?: MarkerWidth | null): Marker | null {
	for (const s of group.members) {
		const m = markerOf(s);
		if (m && m.style === style && (!width || m.width === width)) {
			return m;
		}
	}
	return null;
}
