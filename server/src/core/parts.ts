import { parseYear } from './numerals';
import type { Paragraph } from './paragraphs';
import { titleWords, type Profile } from './profiles';
import type { ParagraphRole } from './sections';
import type { Line, RequiredPart, Section } from './types';

/**
 * A part is present when a heading covers it: a level-1 heading with that role, or a lower heading whose title is
 * about it (outside the plan, where the same words describe next year's work, not this year's).
 */
export function findParts(profile: Profile, text: string, lines: readonly Line[], allSections: readonly Section[], paragraphs: readonly Paragraph[], paragraphOfLine: Int32Array, roles: readonly ParagraphRole[], bodyFrom: Int32Array, reportYear: number | null): Record<string, RequiredPart> {
	const result: Record<string, RequiredPart> = {};
	const planYear = planYearOf(profile, reportYear);
	for (const part of profile.parts) {
		let holder = allSections.find((s) => s.level === 1 && s.roles.includes(part.key));
		if (!holder) {
			holder = allSections.find((s) => s.level > 1 && part.title.test(titleWords(s.title)) && !insidePlan(s, allSections));
			if (holder && holder.role === null) {
				holder.role = part.key;
				holder.roles = [part.key];
			}
		}
		result[part.key] = {
			present: holder !== undefined,
			line: holder ? holder.line : null,
			sectionId: holder ? holder.id : null,
			mentionedInBody: part.body ? bodyMentions(part.body, text, lines, paragraphs, paragraphOfLine, roles, bodyFrom, planYear) : [],
			required: part.required,
		};
	}
	return result;
}

function insidePlan(section: Section, allSections: readonly Section[]): boolean {
	let s: Section | undefined = section;
	while (s) {
		if (s.roles.includes('next_year_plan') || s.roles.includes('annual_plan')) {
			return true;
		}
		s = s.parentId === null ? undefined : allSections[s.parentId];
	}
	return false;
}

/**
 * Lines whose body text names the part: one search of the whole text per part (a global regex), each hit kept when it
 * lies in a body paragraph after any heading title on its line.
 */
function bodyMentions(pattern: RegExp, text: string, lines: readonly Line[], paragraphs: readonly Paragraph[], paragraphOfLine: Int32Array, roles: readonly ParagraphRole[], bodyFrom: Int32Array, planYear: number | null): number[] {
	const found: number[] = [];
	const search = new RegExp(pattern.source, 'g');
	let m: RegExpExecArray | null;
	let line = 0;
	while ((m = search.exec(text)) !== null) {
		while (line + 1 < lines.length && lines[line + 1].start <= m.index) {
			line++;
		}
		const current = lines[line];
		const p = paragraphOfLine[current.number];
		const isBody = p >= 0 && roles[p] !== 'title' && roles[p] !== 'signature' && roles[p] !== 'contents';
		const afterTitle = paragraphs[p]?.lines[0] !== current || m.index - current.start >= bodyFrom[p];
		if (isBody && afterTitle && m.index + m[0].length <= current.end && found.at(-1) !== current.number && namesPlanYearIfAny(m, planYear)) {
			found.push(current.number);
		}
		if (m[0].length === 0) {
			search.lastIndex++;
		}
	}
	return found;
}

/**
 * Whether a line's body text, from `from` on, names the part: what `bodyMentions` finds of that line in its search of
 * the whole text, as its pattern never matches across a line break, so the search reaches each line afresh.
 */
export function namesPart(pattern: RegExp, line: string, from: number, planYear: number | null): boolean {
	const search = new RegExp(pattern.source, 'g');
	let m: RegExpExecArray | null;
	while ((m = search.exec(line)) !== null) {
		if (m.index >= from && namesPlanYearIfAny(m, planYear)) {
			return true;
		}
		if (m[0].length === 0) {
			search.lastIndex++;
		}
	}
	return false;
}

/** The year the profile's plan is for, in a report on `reportYear`. */
export function planYearOf(profile: Profile, reportYear: number | null): number | null {
	return reportYear === null ? null : reportYear + profile.plan.yearOffset;
}

/**
 * A body match that opens with a year (2025年将…) names the plan only when that is the plan's year: 2024年是关键之年 in a
 * report on 2024 speaks of the year reported on. (Read from the match, not a capture group, which slowed the search of
 * the whole text.)
 */
function namesPlanYearIfAny(m: RegExpExecArray, planYear: number | null): boolean {
	if (planYear === null || m[0].length < 5 || m[0].charCodeAt(4) !== 0x5e74) { // 年
		return true;
	}
	const year = parseYear(m[0].slice(0, 4));
	return year === null || year === planYear;
}
