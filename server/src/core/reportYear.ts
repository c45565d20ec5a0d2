import { parseYear } from './numerals';
import type { Paragraph } from './paragraphs';
import { SPEAKER, TITLE_LOOKAHEAD } from './sections';
import { rolesOfTitle, type Profile } from './profiles';

/** A year, in half- or full-width digits (２０２２年度) or Chinese numerals (二〇二三年度). */
const YEAR = /([12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3})\s*年/;
const YEARS = new RegExp(YEAR.source, 'g');
/** A line naming whom the report goes to, as a letter opens: it ends in a colon and holds no sentence. */
const ADDRESSEE = /^[^。；;]{2,60}[：:]$/;

/**
 * The year a report is about: the first year in its title (or the last, as the profile says: `titleYear`), else the one
 * its opening says it reports on (现将2024年法治政府建设情况报告如下), else one at the start of its opening paragraph
 * (the year reviewed, which a report to a congress plans the year after: `openingYearOffset`).
 * A 法治 report's title block may carry the date it was written (2025年2月, under a 述法 report's signer), a year after
 * the one it reports on: that date counts only when nothing else names a year.
 */
export function findReportYear(title: readonly string[], paragraphs: readonly Paragraph[], titleCount: number, profile: Profile): number | null {
	const { titleYear } = profile;
	// A report to a congress is for the year of its session: the date under its title says it, whatever year the title
	// names (a court's 2024年工作报告 of January 2025 reviews 2024; a session in December opens the next year's work).
	// A page's summary between its headline and the report's own title may leave the session's line out of the title, in
	// the block or under it: the first paragraphs are read too.
	const session = titleYear === 'last' ? sessionYear(title) ?? sessionYear(paragraphs.slice(0, TITLE_LOOKAHEAD).map((p) => p.content)) : null;
	if (session !== null) {
		return session;
	}
	let year: number | null = null;
	let dated: number | null = null;
	let planned: number | null = null;
	for (const t of title) {
		// 2023年6月10日在某市人大常委会第八次会议上: when a 法治 or audit report was delivered, not the year it reports on.
		if (titleYear === 'first' && (DATE_ONLY.test(t.trim()) || isSessionLine(t))) {
			dated ??= yearIn(t);
			continue;
		}
		for (const m of t.matchAll(YEARS)) {
			if (titleYear === 'last') {
				year = parseYear(m[1]);
			} else if (PLAN_AFTER_YEAR.test(t.slice(m.index + m[0].length, m.index + m[0].length + PLAN_AFTER_YEAR_SPAN))) {
				// 某局2025年工作计划和2024年工作总结: the plan's year may come first; the report is on the year it sums up.
				planned ??= parseYear(m[1]);
			} else {
				return parseYear(m[1]);
			}
		}
	}
	year ??= planned;
	if (year !== null) {
		return year;
	}
	// Under an addressee (中共某县委员会，某县人民政府：), the paragraph after it opens the report; so it does under a session's
	// line and its speaker that a copy left out of the title block (——2023年4月20日在…常委会…会议上 ⏎ 区审计局局长 林某).
	for (let k = titleCount; k < Math.min(paragraphs.length, titleCount + MAX_BEFORE_OPENING); k++) {
		const p = paragraphs[k];
		const text = p.content.trim();
		if (isSessionLine(text)) {
			dated ??= yearIn(text);
			continue;
		}
		// An excerpt with no title that opens with its leading part (一、2025年推进法治政府建设的主要举措和成效): the year it
		// names, as an opening paragraph's.
		const opening = p.marker ? (titleCount === 0 && k === 0 && rolesOfTitle(text.slice(p.marker.text.length), profile).includes(profile.leading) ? firstYearIn(text.slice(0, 40)) : null) : openingYear(p);
		if (opening !== null) {
			return opening + profile.openingYearOffset;
		}
		if (p.marker || !(ADDRESSEE.test(text) || SPEAKER.test(text))) {
			break;
		}
	}
	return dated;
}

/** Session line, speaker and addressee: the most that may stand between the title block and the opening. */
const MAX_BEFORE_OPENING = 4;

function isSessionLine(text: string): boolean {
	const m = SESSION_DATE.exec(text.trim());
	return m !== null && SESSION.test(text.slice(m[0].length));
}

/**
 * ——2025年1月10日在某市第八届人民代表大会第三次会议上 (or the date on a line of its own above the session's): the year
 * the session's work is for.
 */
function sessionYear(title: readonly string[]): number | null {
	for (let i = 0; i < title.length; i++) {
		const line = title[i].trim();
		// A copy that runs the title block into one line (…第二次会议政府工作报告 （2023年2月22日） 乡长… 各位代表…): the
		// date in brackets after the session's name.
		const m = SESSION_DATE.exec(line) ?? SESSION_DATE_AFTER_NAME.exec(line);
		const year = m ? parseYear(m[1]) : null;
		if (m && year !== null && (SESSION.test(line) || SESSION.test(title[i + 1] ?? ''))) {
			return DECEMBER.test(m[2]) ? year + 1 : year;
		}
	}
	return null;
}

const SESSION_DATE = /^[—–\-－（(]*\s*([12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月/;
const SESSION = /会议|大会/;
const SESSION_DATE_AFTER_NAME = /会议(?:上|政府工作报告)?[\s\u3000]*[（(]\s*([12１２][0-9０-９]{3})\s*年\s*([0-9０-９]{1,2})\s*月/;
const DECEMBER = /^(?:12|１２|十二)$/;

/** The year an unmarked paragraph says the report is on (STATEMENT), else a year at its start. */
function openingYear(p: Paragraph | undefined): number | null {
	if (!p || p.marker) {
		return null;
	}
	const statement = STATEMENT.exec(p.content);
	if (statement !== null) {
		// 我单位在2024年度积极开展…，现将本年度普法工作情况总结如下: 本年度 is the year the opening named before.
		const named = firstYearIn(statement[1]) ?? (THIS_YEAR.test(statement[1]) ? firstYearIn(p.content.slice(0, statement.index)) : null);
		if (named !== null) {
			return named;
		}
	}
	const published = PUBLISHED.exec(p.content);
	// 现发布《某局2024年政府信息公开工作年度报告》: the title it publishes is the report's own, brackets and all.
	return (published ? firstYearIn(published[1].replace(/[《》]/g, '')) : null) ?? firstYearIn(p.content.slice(0, 40));
}

const THIS_YEAR = /本年度|今年/;

/** …的规定，现公布青禾镇2024年政府信息公开工作年度报告: an annual report published, as disclosure reports open. */
const PUBLISHED = /(?:现|特|予以|向社会)(?:予以|向社会)?(?:公布|发布|公开)([^。；;！？]{0,80}?)报告/;

/** A plan named right after a title's year: 2025年工作计划, 2025年度工作要点. */
const PLAN_AFTER_YEAR = /^度?[^，,。和及与、]{0,6}?(?:计划|打算|安排|思路|要点)/;
const PLAN_AFTER_YEAR_SPAN = 12;

/**
 * 现将县人民政府2022年法治政府建设工作情况报告如下, 现对2023年所做工作总结如下: the sentence that hands the report over
 * names its year first (…2019年法治政府建设情况和2020年主要安排报告如下), wherever it stands in a long opening.
 */
const STATEMENT = /现[将就把对]([^。；;！？]{0,80}?)(?:报告|汇报|总结|报)如下/;

/** A title-block line that is a date and nothing else: 2025年2月, （2025年2月18日）. */
const DATE_ONLY = /^[（(]?\s*(?:[12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3})\s*年\s*[0-9０-９一二三四五六七八九十〇零]{1,3}\s*月(?:\s*[0-9０-９一二三四五六七八九十〇零]{1,3}\s*日)?\s*[）)]?$/;

function yearIn(text: string): number | null {
	const m = YEAR.exec(text);
	return m ? parseYear(m[1]) : null;
}

/**
 * The first year in `text` that is no end of a period (2021—2025年) and stands in no cited title (《法治建设规划（2023—
 * 2027年）》): the year an opening starts from.
 */
function firstYearIn(text: string): number | null {
	return yearsIn(text).next().value ?? null;
}

function* yearsIn(text: string): Generator<number> {
	for (const m of text.matchAll(YEARS)) {
		const at = m.index;
		const year = PERIOD_END.test(text.slice(Math.max(0, at - 6), at)) || insideCitedTitle(text, at) ? null : parseYear(m[1]);
		if (year !== null) {
			yield year;
		}
	}
}

/** A year and a dash (or 至) right before a year: that one ends a period. */
const PERIOD_END = /(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*(?:年\s*)?[—–\-~～至到]\s*$/;

/** `at` lies inside 《…》 (a cited document's title). */
function insideCitedTitle(text: string, at: number): boolean {
	return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}
