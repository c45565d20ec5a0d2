import { parseYear } from './numerals';
import type { Paragraph } from './paragraphs';

/** A year, in half- or full-width digits (２０２２年度) or Chinese numerals (二〇二三年度). */
const YEAR = /([12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3})\s*年/;
const YEARS = new RegExp(YEAR.source, 'g');
/** A line naming whom the report goes to, as a letter opens: it ends in a colon and holds no sentence. */
const ADDRESSEE = /^[^。；;]{2,60}[：:]$/;

/**
 * The year a report is about: the first year in its title (or the last, as the profile says: `titleYear`), else one at
 * the start of its opening paragraph.
 */
export function findReportYear(title: readonly string[], paragraphs: readonly Paragraph[], titleCount: number, titleYear: 'first' | 'last'): number | null {
	let year: number | null = null;
	for (const t of title) {
		for (const m of t.matchAll(YEARS)) {
			year = parseYear(m[1]);
			if (titleYear === 'first') {
				return year;
			}
		}
	}
	if (year !== null) {
		return year;
	}
	// Under an addressee (中共某县委员会，某县人民政府：), the paragraph after it opens the report.
	const first = paragraphs[titleCount];
	const opening = first && !first.marker && ADDRESSEE.test(first.content.trim()) ? paragraphs[titleCount + 1] : first;
	const m = opening && !opening.marker ? YEAR.exec(opening.content.slice(0, 40)) : null;
	return m ? parseYear(m[1]) : null;
}
