import type { Section } from '../types';
import type { RawFinding } from './types';

/** A finding on a heading's marker: numbering findings point there and quote it. */
export function atMarker(section: Section, message: string): RawFinding {
	const marker = section.marker;
	return marker
		? { span: marker.span, evidence: marker.text, message }
		: atTitle(section, message);
}

/** A finding on a heading's title (an unmarked heading, a part's heading). */
export function atTitle(section: Section, message: string, part?: string): RawFinding {
	return { span: section.titleSpan, evidence: section.title, message, section: part ?? null };
}
