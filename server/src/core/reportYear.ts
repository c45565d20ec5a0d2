import { parseYear } from './numerals';
import type { Paragraph } from './paragraphs';

/** A year, in half- or full-width digits (２０２２年度) or Chinese numerals (二〇二三年度). */
const YEAR = /([12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3})\s*年/;
const YEARS = new RegExp(YEAR.source, 'g');
/** A line naming whom the report goes to, as a letter opens: it ends in a colon and holds no sentence. */
const ADDRESSEE = /^[^。；;]{2,60}[：:]$/;

/**
 * The year a report is about: the first year in its title (or the last, as the profile says: `titleYear`), else one at
 * the start of its opening paragraph. A 法治 report's title block may carry the date it was written (2025年2月, under a
 * 述法 report's signer), a year after the one it reports on: that date counts only when nothing else names a year.
 */
export function findReportYear(title: readonly string[], paragraphs: readonly Paragraph[], titleCount: number, titleYear: 'first' | 'last'): number | null {
	let year: number | null = null;
	let dated: number | null = null;
	for (const t of title) {
		if (titleYear === 'first' && DATE_ONLY.test(t.trim())) {
			dated ??= yearIn(t);
			continue;
		}
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
	const opening = openingYear(first) ?? (first && !first.marker && ADDRESSEE.test(first.content.trim()) ? openingYear(paragraphs[titleCount + 1]) : null);
	return opening ?? dated;
}

/** A year at the start of an unmarked paragraph. */
function openingYear(p: Paragraph | undefined): number | null {
	return p && !p.marker ? yearIn(p.content.slice(0, 40)) : null;
}

/** A title-block line that is a date and nothing else: 2025年2月, （2025年2月18日）. */
const DATE_ONLY = /^[（(]?\s*(?:[12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3})\s*年\s*[0-9０-９一二三四五六七八九十〇零]{1,3}\s*月(?:\s*[0-9０-９一二三四五六七八九十〇零]{1,3}\s*日)?\s*[）)]?$/;

function yearIn(text: string): number | null {
	const m = YEAR.exec(text);
	return m ? parseYear(m[1]) : null;
}
