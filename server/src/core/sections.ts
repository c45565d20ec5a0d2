import { tagEndAt } from './html';
import { findRunInMarkers } from './items';
import { isBlankChar } from './lines';
import { arabicDigit } from './numerals';
import { decimalDepth, isRunInStyle, sameRun, styleRank } from './markers';
import { figureOverCaption, isFigureLine, isValueCellLine, MAX_ROW_CELLS, opensWithUnit, REPORT_WORD, visibleLength, type Paragraph } from './paragraphs';
import { PROFILES, rolesOfTitle, withoutBracketedNotes, type Profile } from './profiles';
import type { Line, Marker, MarkerStyle, PartRole, ReportFormat, Section } from './types';
import { continuesWrap, countWrapWidths, displayWidth, fillsWidth, flushWidth, indentWidth, lineEndsClause, lineEndsSentence, MIN_WRAP_WIDTH, wrapsBelowOpening, wrapsIntoBelow, type WrapCounts } from './wrapping';

/** What the structure pass decides for each paragraph. */
/** `marker`: a heading marker that conversion split from its title onto a line of its own (H9). */
/** `contents`: a table of contents (目录 and its entries with their page numbers), which lists headings but is none. */
export type ParagraphRole = 'title' | 'heading' | 'marker' | 'body' | 'signature' | 'appendix' | 'contents';

export interface Structure {
	roles: ParagraphRole[];
	sections: Section[];
	allSections: Section[];
	/** Paragraph index of each section's heading, by section id. */
	headingParagraph: number[];
	/** A plain-text copy's lines by width (see wrapping.ts), which decide whether it is set flush; undefined in Markdown. */
	wrapCounts: WrapCounts | undefined;
}

const SENTENCE_END = /[。！？!?]/;
const DATE_LINE = /^[（(]?\s*(?:[0-9０-９]{4}|二[〇○零][一二三四五六七八九〇○零]{2})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?\s*[)）]?$/;
/** Bounded so a line full of unclosed `[bookmark:` or `{` stays linear: real residue is short. */
const RESIDUE = /\[(?:bookmark|image):[^\]\n]{0,120}\]|\{[^}\n]{0,120}\\\*[^}\n]{0,120}\}|\b(?:PAGE|NUMPAGES)\s*\\\*\s*MERGEFORMAT(?:\s*[0-9]+)?/g;
/** An unmarked heading is short (rule: about 40 characters at most). */
const MAX_UNMARKED = 40;
/** A lead sentence that titles its paragraph is a short phrase, like its marked siblings' titles. */
const MAX_LEAD_SENTENCE = 30;
/** Signature lines (issuing body, date) are short. */
const MAX_SIGNATURE_LINE = 30;
/** Title-block lines are short and are not sentences. */
const MAX_TITLE_LINE = 60;
/** Room for a Word bookmark left in front of a short line. */
const RESIDUE_ALLOWANCE = 40;

/** Strips conversion residue (Word bookmarks, image placeholders, field codes) that is not part of the words. */
export function stripResidue(text: string): string {
	return text.includes('[bookmark:') || text.includes('[image:') || text.includes('\\*') ? text.replace(RESIDUE, '') : text;
}

/** The title of a heading: after the marker, cut at the first 。！？, with a trailing ：/: stripped. */
export function headingTitle(content: string, markerLength: number): { title: string; offset: number } {
	let start = markerLength;
	// After the spaces, the close of a bold marker (**一是**政务服务…).
	while (start < content.length && (content[start] === ' ' || content[start] === '\u3000' || content[start] === '\t' || content[start] === '*' || content[start] === '_')) {
		start++;
	}
	let end = start;
	// A tag of a web page's source (<br/>, </strong>) ends the title as a sentence's end does.
	while (end < content.length && !isSentenceEnd(content.charCodeAt(end)) && tagEndAt(content, end) < 0) {
		end++;
	}
	// A Markdown title may close its bold (**（二）强化执法监督**).
	while (end > start && (isBlankChar(content.charCodeAt(end - 1)) || content[end - 1] === '：' || content[end - 1] === ':' || content[end - 1] === '*' || content[end - 1] === '_')) {
		end--;
	}
	return { title: content.slice(start, end).trim(), offset: start };
}

/** 。！？ and their half-width forms end a sentence. */
export function isSentenceEnd(c: number): boolean {
	return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

export function isDateLine(content: string): boolean {
	return content.length <= 20 && DATE_LINE.test(content);
}

/**
 * After the report title: a subtitle (——在…会议上), a date in brackets, or the speaker (某省省长 陈立新, 国务院总理 某某,
 * 某省人民代表大会常务委员会主任 某某, 县长 林 远 舟 with the name letter-spaced, 某省人民政府副秘书长王明远 with none).
 */
export const SPEAKER = /^\S{1,24}[长任记理席][\s\u3000]+(?:\S{2,12}|\S(?:[\s\u3000]\S){1,4})$|^\S{2,24}(?:秘书长|省长|市长|县长|区长|旗长|州长|主任|主席|部长|厅长|局长|院长|检察长)[\u4e00-\u9fff]{2,3}$/;
const SUBTITLE = new RegExp(`^[—–\\-（(]|会议|[0-9０-９]{4}\\s*年\\s*[0-9０-９]{1,2}\\s*月|${SPEAKER.source}`);

/**
 * ——2024年1月20日在某省第五届人民代表大会第二次会议上: the session's line under a congress report's title, a heading
 * nowhere (a page's summary between the headline and the report's own title may leave it out of the title block).
 */
const SESSION_LINE = /^[—–]{2,}.{0,40}(?:人民代表大会|人大常委会|常务委员会|政协)(?:.{0,30}会议上?)?[）)]?$/;

/**
 * A line of figures alone (846531, 30.09, 98.5%, a time stamp 21.03.2017 13:07): a table's cell set on a line of its
 * own, or a page's date, titles nothing.
 */
const FIGURES_ONLY = /^[0-9０-９.．,，%％:：/／\s\u3000-]+$/;

/** A name alone: two or three characters, or up to four set letter-spaced (刘 海 涛). */
const SPEAKER_NAME = /^(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff](?:[\s\u3000]+[\u4e00-\u9fff]){1,3})$/;

/**
 * The leading short lines before the body: issuing body, report title, subtitle. In Markdown, an unmarked ATX line after
 * the title that is shallower than the first marked ATX heading (## under # with ### 一、 parts) is a subtitle too.
 */
export function findTitleBlock(paragraphs: readonly Paragraph[]): number {
	return scanTitleBlock(paragraphs).count;
}

/**
 * The title block's extent (`count` paragraphs) and where its title may start (`from`): after a web page's breadcrumb or
 * the clutter of a page above the report's title (注册 | 登录, 请登录后继续阅读全文), which the block holds but is no title.
 * `signed`: the issuer and date lines under the title, in the block but no title either.
 */
function scanTitleBlock(paragraphs: readonly Paragraph[]): { count: number; from: number; signed: Set<number> } {
	// A cover notice is no part of the report's title; a mail's covering note above its header is left out line by line.
	const notice = coverNotice(paragraphs);
	const lead = notice > 0 ? notice : leadingNote(paragraphs);
	let count = lead;
	let from = notice;
	const signed = new Set<number>();
	let sawReport = false;
	let framed = false;
	let partDepth: number | undefined;
	let mail = lead > 0;
	let note = 0;
	let afterSubtitle = false;
	let reportTitle = '';
	for (let k = lead; k < paragraphs.length; k++) {
		const p = paragraphs[k];
		const text = stripResidue(p.content).trim();
		// A web page's or a WeChat article's frame may stand under the title too (发布时间：…, 原创 某某发布 2026年1月20日 18:05).
		if ((!p.marker || TIME_AGO.test(text)) && p.lines.length === 1 && (sawReport ? isPageFrame(text) : isPageChrome(text))) {
			mail ||= !sawReport && MAIL_HEADER.test(text);
			// 工作报告 (the site's section) ⏎ 您所在的位置：政务公开 > 工作报告 ⏎ the report's title: the title is still to come.
			if (BREADCRUMB.test(text) && namesReportNext(paragraphs, k + 1)) {
				sawReport = false;
				from = k + 1;
			}
			framed ||= sawReport;
			count++;
			continue;
		}
		// 某区2026年政府工作报告（全文） ⏎ 来源：… ⏎ 政府工作报告 ⏎ ——…会议上: under the page's headline and its frame, the report's
		// own title block starts; its title is the title.
		let repeat = k > lead && !p.marker && p.lines.length === 1 ? repetition(paragraphs, lead, k, text) : 'none';
		// 某局关于2023年法治政府 ⏎ 建设工作情况的报告 under the page's headline (…的报告-某某网): the title again, wrapped.
		const below = paragraphs[k + 1];
		const wrapped = repeat === 'none' && sawReport && !p.marker && p.lines.length === 1 && below !== undefined && !below.marker && below.lines.length === 1
			&& !REPORT_WORD.test(text) && REPORT_WORD.test(below.content) && wrapsFrom(p, below) && repetition(paragraphs, lead, k, text + stripResidue(below.content).trim()) !== 'none';
		if (wrapped) {
			repeat = 'part';
		}
		// So does the issuer's line over it (青禾区人民政府 ⏎ 关于2025年法治政府建设情况的报告), which the seeds' title blocks hold.
		const issuerOver = framed && ISSUER.test(text) && paragraphs[k + 1] !== undefined && !paragraphs[k + 1].marker && REPORT_WORD.test(paragraphs[k + 1].content);
		if (framed && repeat !== 'same' && !p.marker && p.lines.length === 1 && isTitleLike(text) && (REPORT_WORD.test(squashed(text)) || issuerOver) && k < TITLE_LOOKAHEAD) {
			framed = false;
			from = k;
			count++;
			continue;
		}
		// The page gives the article's title twice, in its header and again over the text: once is the title. The headline
		// may carry the site's name (…的报告-某某网) or the report's name only (2025年某县政府工作报告 over 政 府 工 作 报 告):
		// the title is then the report's own, under it.
		if (repeat !== 'none') {
			if (repeat === 'part') {
				from = k;
			}
			count += wrapped ? 2 : 1;
			k += wrapped ? 1 : 0;
			continue;
		}
		// An autonomous area's title block gives each line in its own script too (Mongolian, Uyghur, Tibetan…): part of the
		// block, but not the title, which its Chinese lines give.
		if ((!p.marker || p.marker.style === 'bullet') && p.lines.length === 1 && isOtherScript(text)) {
			count++;
			continue;
		}
		// Under a mail's header, the covering note (李科长：, 现将报告正文粘贴如下…) comes before the report's title.
		if (mail && !sawReport && !p.marker && note < MAX_COVERING_NOTE && !isTitleLike(text)) {
			note++;
			count++;
			continue;
		}
		// 某大学法学院评估课题组, 某县人民政府办公室 ⏎ 2026年1月15日 under the title: who issues it and when, set as a
		// signature is at the end, part of the block but not the title.
		if (sawReport && !p.marker && p.lines.length === 1 && (ISSUER.test(text) || (signed.size > 0 && isDateLine(text)))) {
			// 2025年度法治政府建设工作报告 ⏎ 某区卫生健康局: a title that names no office has the office under it, undated.
			const issuerOfTitle = signed.size === 0 && YEAR_FIRST.test(reportTitle) && !isDateLine(stripResidue(paragraphs[k + 1]?.content ?? '').trim());
			if (!issuerOfTitle) {
				signed.add(k);
			}
			count++;
			continue;
		}
		// ## 主要举措和成效 above ### 1. …: an ATX line that names a part of a report is its first part, not a subtitle.
		// The speaker's name alone under the session's line (刘建华, 刘 海 涛) is the subtitle's too.
		const subtitle: boolean = sawReport && (SUBTITLE.test(text) || (afterSubtitle && !p.marker && SPEAKER_NAME.test(text))
			|| (p.atxDepth > 0 && !p.marker && p.atxDepth < (partDepth ??= firstMarkedAtxDepth(paragraphs)) && !namesAnyPart(text)));
		afterSubtitle = subtitle;
		if ((p.marker && !subtitle) || p.lines.length > 1 || !isTitleLike(text)) {
			const title = sawReport ? -1 : reportTitleAhead(paragraphs, k);
			if (title < 0) {
				break;
			}
			// Short lines of a page's clutter, a sentence among them, then a line naming a report: the title is that line.
			count = title;
			from = title;
			k = title - 1;
			continue;
		}
		// 某府报〔2025〕3号 under the title, where some offices set the document number.
		if (sawReport && !subtitle && !DOCUMENT_NUMBER.test(text)) {
			break;
		}
		// Under a title that names no report (某县2024年度法治政府建设工作情况), a line of clauses is the opening's first line.
		if (!sawReport && count > lead && /[，,]/.test(text) && visibleLength(text) >= MIN_CLAUSE_LINE) {
			break;
		}
		// A title may be set letter-spaced (政 府 工 作 报 告).
		if (!sawReport && (REPORT_WORD.test(text) || REPORT_WORD.test(text.replace(/[\s\u3000]+/g, '')))) {
			sawReport = true;
			reportTitle = text;
		}
		count++;
	}
	return { count, from, signed };
}

/** A report's title that opens with its year (关于2025年度…, 2025年度法治政府建设工作报告) names no office. */
const YEAR_FIRST = /^(?:关于)?(?:[12１２][0-9０-９]{3}|二[〇零][〇零一二三四五六七八九]{2})\s*年/;

/** A line naming an office or a team and nothing else: who issues the report. */
const ISSUER = /^[^\s，。、：:；;（(]{2,24}(?:人民政府|委员会|办公室|课题组|评估组|工作组|研究院|研究中心|司法厅|司法局|厅|局)$/;

/** A line this long holding a comma is text, not a line of a title. */
const MIN_CLAUSE_LINE = 20;

/** How many paragraphs of a page's clutter (short lines) may stand above the report's title. */
const MAX_CLUTTER = 12;
/** A title found past clutter names a report and says whose (2025年某市政府工作报告): a heading such as 工作报告 is shorter. */
const MIN_CLUTTERED_TITLE = 8;

/**
 * Where a line naming a report stands among the short one-line paragraphs from `k` on (a page's clutter: 为了更好的阅读体验，
 * 请用电脑查看。 ⏎ 点此筛选地域 ⏎ 0/0), none of them longer than a title line; -1 when none does. The title holds no comma
 * and stands apart, not as the wrapped end of the line above. Looks no further than TITLE_LOOKAHEAD. Marked lines among
 * them are the report's outline set above its title (一、2025年工作回顾 ⏎ 二、2026年主要任务 ⏎ 2026年某县政府工作报告), two
 * or more, short and with no sentence, and the title has no marked line under it.
 */
function reportTitleAhead(paragraphs: readonly Paragraph[], k: number): number {
	let listed = 0;
	for (let j = k; j < paragraphs.length && j < TITLE_LOOKAHEAD; j++) {
		const p = paragraphs[j];
		const text = stripResidue(p.content).trim();
		if (p.lines.length > 1 || visibleLength(text) > MAX_TITLE_LINE || (p.marker && (visibleLength(text) > MAX_OUTLINE_ENTRY || SENTENCE_END.test(text)))) {
			return -1;
		}
		if (p.marker) {
			listed++;
			continue;
		}
		if (j > k && isTitleLike(text) && visibleLength(text) >= MIN_CLUTTERED_TITLE && REPORT_WORD.test(text) && !/[，,]/.test(text) && (paragraphs[j - 1].marker !== undefined || !wrapsFrom(paragraphs[j - 1], p))) {
			const under = paragraphs[j + 1]?.marker;
			return listed === 1 || (listed > 1 && under !== undefined && under.style !== 'bullet') ? -1 : j;
		}
	}
	return -1;
}

/**
 * The paragraphs after the title block that may show a report to a congress (detectProfile): the addressee, the speaker
 * and the session's line a copy left out of the block, then the sentence that speaks to the congress. Within
 * TITLE_LOOKAHEAD, which an edit there makes the incremental analysis read again.
 */
export function profileOpening(paragraphs: readonly Paragraph[], titleCount: number): string[] {
	return paragraphs.slice(titleCount, Math.min(titleCount + PROFILE_OPENING, Math.max(TITLE_LOOKAHEAD, titleCount + 2))).map((p) => p.content);
}

const PROFILE_OPENING = 4;

/** The longest entry of an outline set above the title. */
const MAX_OUTLINE_ENTRY = 30;

/** `p` goes on from the paragraph right above it: the line before it ends mid-sentence. */
function wrapsFrom(above: Paragraph, p: Paragraph): boolean {
	const last = above.lines[above.lines.length - 1];
	return last.number + 1 === p.lines[0].number && !lineEndsClause(last.text);
}

/** A web page's breadcrumb (您所在的位置：…, 首页 > …, a path of short names: > 政务公开 > 工作报告): what stands above it is the site's header. */
const BREADCRUMB = /^(?:您?的?(?:当前|现在)?所?在?的?位置(?:是)?\s*[：:]|\S{0,2}首页\s*[>＞»›→/／]|[>＞»›]{1,2}\s*[^>＞»›\s]{1,12}\s*[>＞»›]|[^>＞»›\s]{1,12}(?:\s*[>＞»›]{1,2}\s*[^>＞»›\s]{1,12})+\s*$)/;

/** The next paragraph that is not the page's frame is a line naming a report (the article's title). */
function namesReportNext(paragraphs: readonly Paragraph[], from: number): boolean {
	for (let k = from; k < paragraphs.length && k < TITLE_LOOKAHEAD; k++) {
		const text = stripResidue(paragraphs[k].content).trim();
		if (!isPageChrome(text)) {
			return !paragraphs[k].marker && isTitleLike(text) && REPORT_WORD.test(text);
		}
	}
	return false;
}

/**
 * Whether a paragraph of the title block from `lead` on before `k` reads `text` (`same`, spaces aside), or holds it
 * (`part`): the page's headline 2025年某县政府工作报告 over 政 府 工 作 报 告, or with the site's name after it.
 */
function repetition(paragraphs: readonly Paragraph[], lead: number, k: number, text: string): 'same' | 'part' | 'none' {
	const words = squashed(text);
	// 2025年某县政府工作报告 (the page's headline) ⏎ 政 府 工 作 报 告 (the report's own title, set letter-spaced): the name again.
	const named = REPORT_WORD.test(words);
	let found: 'part' | 'none' = 'none';
	for (let j = lead; j < k; j++) {
		const above = squashed(stripResidue(paragraphs[j].content));
		if (above === words) {
			return 'same';
		}
		// 2023年青禾县统计局工作总结…【推荐】 over 青禾县统计局2023年工作总结…: a site's headline with the year first and a tag;
		// the report's own title is this one, as under a suffixed headline.
		if (named && sameCharacters(above.replace(SITE_TAG, ''), words)) {
			found = 'part';
			continue;
		}
		if ((named && above.includes(words)) || (above.startsWith(words) && SITE_SUFFIX.test(above.slice(words.length)))) {
			found = 'part';
		}
	}
	return found;
}

/** A sharing site's tag after a headline: 【推荐】, 【精选推荐】, 【范文】. */
const SITE_TAG = /【[^】]{1,6}】$/;

/** The same characters, as often each, in any order. */
function sameCharacters(a: string, b: string): boolean {
	return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/** A web page's name after the article's in its headline (…建设情况-某某资讯网, …的报告_某某网). */
const SITE_SUFFIX = /^[-_|｜–—]\S{2,20}$/;

function squashed(text: string): string {
	return text.replace(/[\s\u3000]+/g, '');
}

/**
 * The title block (its extent, `count` paragraphs) and the lines of its title: not the letterhead, the page's frame or a
 * mail's header (isTitleText); under a web page's breadcrumb or clutter, only those after it (above it stands the
 * site's header); a line the page repeats, once.
 */
export function readTitleBlock(paragraphs: readonly Paragraph[]): { count: number; title: Paragraph[] } {
	const { count, from, signed } = scanTitleBlock(paragraphs);
	const seen = new Set<string>();
	const result: Paragraph[] = [];
	for (let k = from; k < count; k++) {
		const text = stripResidue(paragraphs[k].content).trim();
		if (!signed.has(k) && isTitleText(paragraphs[k], paragraphs[k + 1]) && !seen.has(text)) {
			seen.add(text);
			result.push(paragraphs[k]);
		}
	}
	return { count, title: result };
}

/**
 * How many one-line paragraphs stand above a forwarded mail's header (刘科长：⏎ 区司法局的年度报告转给您…⏎ -------- 转发的邮件
 * --------) or are an addressee above the title (尊敬的市司法局：, as a letter opens): none of them is the title.
 */
function leadingNote(paragraphs: readonly Paragraph[]): number {
	let header = -1;
	for (let k = 0; k <= MAX_COVERING_NOTE && k < paragraphs.length && header < 0; k++) {
		header = !paragraphs[k].marker && MAIL_HEADER.test(stripResidue(paragraphs[k].content).trim()) ? k : -1;
	}
	if (header < 0 && paragraphs.length > 1 && !paragraphs[0].marker && SALUTATION.test(paragraphs[0].content.trim()) && isTitleLike(paragraphs[1].content.trim()) && paragraphs[1].content.includes('报告')) {
		header = 1;
	}
	for (let k = 0; k < header; k++) {
		if (paragraphs[k].marker || paragraphs[k].lines.length !== 1) {
			return 0;
		}
	}
	return Math.max(header, 0);
}

/**
 * 某镇人民政府关于印发2025年政府工作报告的通知 ⏎ 各村（居）民委员会： ⏎ 现将…印发给你们 ⏎ 某镇人民政府 ⏎ 2025年2月10日 ⏎
 * then the report: a notice that sends the report on, dated, stands above the report's own title block. Returns where
 * that block starts, or 0.
 */
function coverNotice(paragraphs: readonly Paragraph[]): number {
	// A page's frame (its disclosure catalogue) may stand above the notice.
	let t = 0;
	while (t < MAX_CLUTTER && t < paragraphs.length && !paragraphs[t].marker && isPageChrome(stripResidue(paragraphs[t].content).trim())) {
		t++;
	}
	if (t + 2 >= paragraphs.length || paragraphs[t].marker || !NOTICE_TITLE.test(squashed(paragraphs[t].content))) {
		return 0;
	}
	for (let k = t + 1; k <= t + MAX_NOTICE && k < paragraphs.length - 1; k++) {
		if (paragraphs[k].marker) {
			return 0;
		}
		if (isDateLine(paragraphs[k].content.trim())) {
			// （此件公开发布）: how the notice is published, under its date.
			const start = DISCLOSURE_NOTE.test(squashed(paragraphs[k + 1].content)) ? k + 2 : k + 1;
			// Within the look-ahead, which an edit there makes the incremental analysis read again.
			return start < Math.min(paragraphs.length, TITLE_LOOKAHEAD) && isTitleLike(stripResidue(paragraphs[start].content).trim()) ? start : 0;
		}
	}
	return 0;
}

const NOTICE_TITLE = /关于(?:印发|转发|报送|呈报|报请审议).{2,60}的(?:通知|函)$/;
const DISCLOSURE_NOTE = /^[（(]此件.{2,8}[）)]$/;
/** The most paragraphs of a cover notice under its title, its date the last. */
const MAX_NOTICE = 6;

/** The title names a part of a report of any kind (主要举措和成效, 2026年工作安排). */
function namesAnyPart(text: string): boolean {
	return Object.values(PROFILES).some((profile) => rolesOfTitle(text, profile).length > 0);
}

/** The `#` depth of the first ATX heading with a marker, or 0 when there is none. */
function firstMarkedAtxDepth(paragraphs: readonly Paragraph[]): number {
	return paragraphs.find((p) => p.marker && p.atxDepth > 0)?.atxDepth ?? 0;
}

function isTitleLike(text: string): boolean {
	return text.length > 0 && visibleLength(text) <= MAX_TITLE_LINE && !/[。；;：:！？!?]$/.test(text) && !text.includes('。');
}

const APPENDIX = /^(?:附\s*件[\s：:0-9０-９一二三四五六七八九十]*|(?:附[：:]?\s*)?(?:相关|有关)?名词(?:解释|注释|说明)[：:]?$|注\s*释[：:]?$)/;

/** The attachments (附件：1.…, 附件1 …) and a glossary (名词解释) end the report: their lines are not sections of it. */
function findAppendix(paragraphs: readonly Paragraph[], first: number): number {
	for (let i = first; i < paragraphs.length; i++) {
		const p = paragraphs[i];
		if (!p.marker && APPENDIX.test(p.content) && visibleLength(p.content) <= MAX_TITLE_LINE) {
			return i;
		}
	}
	return paragraphs.length;
}

/** How many paragraphs the notes under a signature hold at most. */
const MAX_NOTES = 20;

/** The heading of the notes a statistical report gives under its signature: 注：, 备注：, 说明：. */
const NOTES = /^(?:注|备注|附注|说明)\s*[：:]/;

/**
 * 注： right under the signature's date (1.本报告数据截至…, 2.部分数据为快报数…): notes on the figures that end the report
 * as an appendix does, no part of it. The index they start at, else `end`.
 */
function findNotes(paragraphs: readonly Paragraph[], first: number, end: number): number {
	for (let i = end - 1; i > Math.max(first, end - MAX_NOTES); i--) {
		const p = paragraphs[i];
		if (!p.marker && NOTES.test(p.content)) {
			return isDateLine(paragraphs[i - 1].content.trim()) ? i : end;
		}
	}
	return end;
}

/**
 * ①按可比价格计算。 ②扣除价格因素。 at the end, each the note of a figure that carries its number in the text above
 * (增长5.4%①): footnotes, which end the report as notes do. Sub-items ①② of the last part are referred to nowhere.
 */
function findFootnotes(paragraphs: readonly Paragraph[], first: number, end: number): number {
	let start = end;
	while (start > first + 1 && paragraphs[start - 1].marker?.style === 'circled' && paragraphs[start - 1].lines.length === 1) {
		start--;
	}
	if (start === end || paragraphs[start].marker?.ordinal !== 1) {
		return end;
	}
	// One pass over the text above: every note's sign must stand inside some paragraph there.
	const unseen = new Set(paragraphs.slice(start, end).map((p) => (p.marker as Marker).text.charCodeAt(0)));
	for (let k = first; k < start && unseen.size > 0; k++) {
		const content = paragraphs[k].content;
		for (let i = 1; i < content.length; i++) {
			const c = content.charCodeAt(i);
			if (c >= CIRCLED_FIRST && c <= CIRCLED_LAST) {
				unseen.delete(c);
			}
		}
	}
	return unseen.size === 0 ? start : end;
}

/**
 * The closing matter of an official document after its signature (版记): （此件公开发布）, 抄送：…, …印发, 联系人.
 * Long or ending in a sentence mark as these lines may be, they belong with the signature.
 */
const CLOSING_MATTER = /^[（(]?此件|^此致$|^敬礼[！!]?$|^(?:抄送|抄报|分送|主送|联系人|联系电话|主题词)[：:]|印发$|^(?:上一篇|下一篇|相关链接|扫一扫|主办单位|承办单位|网站标识码|版权所有|技术支持)/;

/**
 * The frame of a web page or a WeChat article a report was copied from, around its title (besides the breadcrumb,
 * BREADCRUMB): the publication line (发布时间：… 来源：…, 原创 某某发布 2026年1月20日 18:05, a date with a time of day),
 * the view count, the font and print controls, 点击蓝字关注我们, 全文共3420字，预计阅读9分钟, and the site's own header
 * above them (today's date with its weekday, 无障碍, 简体|繁体), a repost's source (转自：司法部) and its editor, the
 * listing of a government's disclosure catalogue (- 索 引 号：…, - 发布机构：…, - 公文生成日期：…, or in brackets and
 * cells: [ 主题分类 ] 司法, | 发文机关: | …), the page's controls (字号 大 中 小, 朗读, 扫一扫, 设为首页, 语音播报, 登录 |
 * 注册, 色彩风格), its copyright and licence (版权所有, ICP备…), a newspaper page's links and dateline (上一版 下一版,
 * 某日报/2024 年/1 月/25 日/…), and a date alone (2025-06-12). Part of the title block, but not the title. (Below the
 * signature, the page's footer is closing matter.)
 */
const PAGE_CHROME = /^(?:(?:[-*•·]\s)?(?:[[［【|｜]\s*){0,2}(?:(?:备注\/|发)?文\s*字?\s*号\s*[：:\]］】|｜]|(?:文件)?名\s*称\s*[：:\]］】|｜]|(?:发布|发文|制发)机[构关]\s*[：:\]］】|｜\s]|(?:公文)?(?:生成|成文|发文)日期\s*[：:\]］】|｜\s]|(?:主题|信息|体裁|组配)分类\s*[：:\]］】|｜\s]|有\s*效\s*性\s*(?:[：:\]］】|｜\s]|$)|公开(?:方式|范围|时限|形式|责任部门)\s*[：:\]］】|｜]|(?:文件)?编\s*号\s*[：:]|【\s*打印\s*】|(?:发布|发表|更新)?(?:时间|日期)\s*[：:\]］】|｜]\s*[0-9０-９]{4}|(?:发布|发表|更新)(?:时间|日期)\s*[：:\]］】|｜]|(?:信息|文章|稿件)?来源[：:]|转自[：:]|导读[：:]|摘要[：:]|\S{0,6}文库\s|\S{0,6}索引\s*[：:]|转载(?:自|于)?[：:]|(?:责任)?编辑[：:]|作者[：:]|今天是|索\s*引\s*号|(?:浏览|阅读|点击|访问)(?:次数|量|数)?[：:]?\s*[0-9０-９]|(?:浏览|阅读|点击|访问)(?:次数|量|数)\s*[：:]|标\s*题\s*[：:\]］】|｜]|下面是小编|【?\s*字[体号][：:]|打印本页|关闭窗口|分享到|原创\s|扫一扫)|首\s*页(?:\s+\S{2,8}){2,}$|(?:搜索位置|匹配度|相关度|排序方式|排序)[：:]?$|[-*•·]$|[-*•·]\s*(?:微信|微博|繁体字?|简体字?|EN|English|打印|收藏|分享|[|｜])$|(?:选择(?:语言|区域)|详细介绍|推荐阅读|相关阅读|图片|视频)[：:>»\s]*$|(?:打开|关注)\s*[·•]\s*\S{1,8}$|(?:分享|收藏|下载本页|打印|关闭)(?:\s+(?:分享|收藏|下载本页|打印|关闭))*$|[-*•·]\s+(?:[0-9A-Za-z]{6,}\/[0-9]{4}-[0-9]+|主动公开|依申请公开|有效|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[^，。\s]{0,20}[〔［[][0-9]{4}[〕］\]][0-9]+号)$|[|｜\s]+$|\S{2,8}网$|(?:字[号体]\s*[：:]?\s*)?[【[]?\s*大\s*中\s*小\s*[】\]]?$|字[号体]\s*[：:]$|(?:[-*•·]\s*)?(?:设为首页|加入收藏|长者版|关怀版|无障碍浏览|导航菜单|语音播报|正文复制)$|\S{2,8}日报\s*[/／]|版权所有|[^，。]{0,6}ICP备|(?:朗读|听全文|色彩风格|上一期\s*下一期|(?:登录|注册)\s*[|｜/]\s*(?:登录|注册))$|[0-9０-９]{4}[-./][0-9０-９]{1,2}[-./][0-9０-９]{1,2}(?:\s+[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?)?$|[^，。]{0,30}[0-9０-９]{4}\s*[年\-./]\s*[0-9０-９]{1,2}\s*[月\-./]\s*[0-9０-９]{1,2}\s*日?\s+[0-9０-９]{1,2}[:：][0-9０-９]{2})/;
/** Signs of a page's frame that may stand anywhere in its line (…星期一, 上一版 下一版, 点击蓝字关注我们). */
const PAGE_CHROME_SIGNS = /点击(?:上方)?蓝字|温馨提示|最多只能预览|字体大小|站内搜索|高级搜索|【\s*大\s*】\s*【\s*中\s*】|加入收藏\s*[|｜]|会员中心|上一版\s*下一版|本版其他文章|查看PDF版|关注我们$|全文共?\s*[0-9０-９]+\s*字|预计阅读|星期[一二三四五六日天]|农历|无障碍|简体\s*[|｜/]?\s*繁[体體]|供大家参考/;

/**
 * The header of an official document (公文) around its title: the letterhead (某区人民政府文件), the document number
 * (某区政〔2025〕3号, above the title or right under it) and the signer (签发人：张三). Part of the title block, but not
 * the title.
 */
const NUMBER_OF_DOCUMENT = '[^，。\\s]{0,20}[〔［[(（][0-9０-９]{4}[〕］\\])）][0-9０-９]+号';
const DOCUMENT_NUMBER = new RegExp(`^${NUMBER_OF_DOCUMENT}$`);
const DOCUMENT_HEADER = new RegExp(`^(?:\\S{2,30}文件|${NUMBER_OF_DOCUMENT}|签发人[：:].*)$`);

export function isDocumentHeader(text: string): boolean {
	return DOCUMENT_HEADER.test(text);
}

/**
 * The header of an e-mail or OA message a report was pasted from (发件人：, 主题：, 附件：….docx, Subject:): like a web
 * page's frame, part of the title block but not the title.
 */
const MAIL_HEADER = /^(?:(?:发件人|收件人|抄送人?|密送|(?:发送|发件|收件)(?:时间|日期)|(?:邮件)?主题|附件\s*[0-9０-９]*|From|To|Cc|Bcc|Sent|Date|Subject|Attachments?)\s*[：:]|-{2,}\s*(?:转发的邮件|原始邮件|邮件原文|Forwarded message|Original Message)\s*-{2,}$)/i;

/** An addressee line, as a letter opens: 尊敬的市司法局：, 市人民政府：. */
const SALUTATION = /^(?:尊敬的)?[^，。；,;：:]{2,30}[：:]$/;

/** The most paragraphs of a mail's covering note above the report's title. */
const MAX_COVERING_NOTE = 4;
/**
 * How many paragraphs from the start findTitleBlock may read before it settles where the title block starts (a covering
 * note or an addressee above a mail header or the title, a page's clutter above the title): an edit among them may move
 * the title block.
 */
export const TITLE_LOOKAHEAD = MAX_COVERING_NOTE + 2 + MAX_CLUTTER;

/**
 * Whether a paragraph of the title block (findTitleBlock) is a line of the title: not the letterhead, the document
 * number, a web page's frame, a mail's header or its covering note.
 */
function isTitleText(p: Paragraph, next: Paragraph | undefined): boolean {
	const text = stripResidue(p.content).trim();
	// Above a WeChat article's byline (原创 某某 2026年01月15日 09:30) stands the article's title, which may be the
	// report's, or the account's name (某某司法), which is no title: a line there that does not name a report.
	const accountName = next !== undefined && BYLINE.test(next.content.trim()) && !REPORT_WORD.test(text);
	return !accountName && !isDocumentHeader(text) && !isPageChrome(text) && isTitleLike(text) && !isOtherScript(text);
}

/**
 * A line written in another language's script and no Chinese: Mongolian, Tibetan, Uyghur (Arabic script), Yi, Korean,
 * Tai Le, Lisu, as autonomous areas print titles, headings and signatures in both; or English, as reports for foreign
 * investors give their title and headings.
 */
export function isOtherScript(text: string): boolean {
	let letters = 0;
	let latin = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x3400 && c <= 0x9fff) {
			return false;
		}
		if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0f00 && c <= 0x0fff) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x1800 && c <= 0x19df)
			|| (c >= 0xa000 && c <= 0xa4ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
			letters++;
		} else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) {
			latin++;
		}
	}
	return letters >= 2 || latin >= MIN_ENGLISH_LETTERS;
}

/** An English line holds a few words at least; a code or a unit alone (GDP, 5G) is no translation of a line. */
const MIN_ENGLISH_LETTERS = 8;

const BYLINE = /^原创\s/;

/** A line of a web page's frame: its breadcrumb or the rest of its chrome, never a paragraph's length. */
function isPageFrame(text: string): boolean {
	return text.length <= MAX_FRAME_LINE && (BREADCRUMB.test(text) || PAGE_CHROME.test(text) || PAGE_CHROME_SIGNS.test(text) || TIME_AGO.test(text));
}

/**
 * The longest line of a page's frame (a newspaper page's line of links, a catalogue's row of four fields): a longer one
 * is text, and PAGE_CHROME_SIGNS, which may stand anywhere in a line, are not looked for in it.
 */
const MAX_FRAME_LINE = 150;

/** A forum's or a news app's time of posting (5 天前), whose figure reads as a marker (5 ⏎ 天前). */
const TIME_AGO = /^[0-9０-９]{1,3}\s*(?:天|小时|分钟)前$/;

/** A line of a web page's frame or a mail's header above the title (PAGE_CHROME, BREADCRUMB, MAIL_HEADER). */
export function isPageChrome(text: string): boolean {
	return isPageFrame(text) || MAIL_HEADER.test(text);
}

/** Trailing short lines after the body that hold a date: the signature (issuing body and date) and its closing matter. */
function findSignature(paragraphs: readonly Paragraph[], first: number, end: number): Set<number> {
	const result = new Set<number>();
	let sawDate = false;
	for (let i = end - 1; i >= first; i--) {
		const p = paragraphs[i];
		const text = p.content.trim();
		if (CLOSING_MATTER.test(text)) {
			result.add(i);
			continue;
		}
		if (p.marker || visibleLength(text) > MAX_SIGNATURE_LINE || SENTENCE_END.test(text) || /[：:]$/.test(text)) {
			break;
		}
		sawDate ||= isDateLine(text);
		result.add(i);
	}
	return sawDate ? result : new Set();
}

/** The caption of a table of contents: 目录, maybe letter-spaced. */
const CONTENTS_CAPTION = /^目[\s\u3000]*录$/;
/**
 * The entries under a 目录 caption set without page numbers (第一部分…, 一、…统计表): the short lines right below it, one
 * after another, up to a blank line, a sentence, or a line that repeats an entry or an entry's marker (the report's own
 * heading). Marks them `contents`; returns the index of the last. Entries with page numbers are read one by one
 * (isContents): then nothing is done here.
 */
function contentsBlock(paragraphs: readonly Paragraph[], roles: ParagraphRole[], caption: number, end: number): number {
	const seen = new Set<string>();
	let last = caption;
	for (let j = caption + 1; j < end && roles[j] === 'body' && !isContents(paragraphs[j]); j++) {
		const p = paragraphs[j];
		const text = p.content.trim();
		const above = paragraphs[j - 1].lines;
		if (p.lines.length !== 1 || p.lines[0].number !== above[above.length - 1].number + 1 || visibleLength(text) > MAX_TITLE_LINE
			|| SENTENCE_END.test(text) || seen.has(text) || (p.marker !== undefined && seen.has(p.marker.text))) {
			break;
		}
		seen.add(text);
		if (p.marker) {
			seen.add(p.marker.text);
		}
		roles[j] = 'contents';
		last = j;
	}
	return last;
}

/** Leader characters between a table of contents entry's title and its page number. */
const LEADERS = new Set([...'.．·・…‥⋯_-－—'].map((c) => c.charCodeAt(0)));
const MIN_LEADER = 4;

/** A line of a table of contents copied from a word processor, which repeats the headings with their pages. */
function isContents(p: Paragraph): boolean {
	return p.lines.length === 1 && (endsInPageReference(p.content) || (p.content.length <= 8 && CONTENTS_CAPTION.test(p.content)));
}

/**
 * An entry of a table of contents: a title, a leader of four or more dots or dashes (spaces between allowed), and the
 * page number that ends the line. Read backwards from the end, as it runs for every paragraph.
 */
function endsInPageReference(content: string): boolean {
	let i = content.length;
	while (i > 0 && i > content.length - 4 && arabicDigit(content.charCodeAt(i - 1)) >= 0) {
		i--;
	}
	if (i === content.length) {
		return false;
	}
	let leaders = 0;
	while (i > 0 && (LEADERS.has(content.charCodeAt(i - 1)) || isBlankChar(content.charCodeAt(i - 1)))) {
		const c = content.charCodeAt(i - 1);
		// An ellipsis (…, ⋯) is three dots: ……… is as long a leader as nine.
		leaders += c === 0x2026 || c === 0x22ef ? 3 : LEADERS.has(c) ? 1 : 0;
		i--;
	}
	return leaders >= MIN_LEADER;
}

/**
 * Whether a paragraph's last line ends a clause (。！？；：, maybe inside closing quotes or brackets). One that does not
 * breaks off mid-sentence: the next line carries on its text (a hard-wrapped copy from a PDF), and titles nothing.
 */
function endsClause(p: Paragraph): boolean {
	return lineEndsClause(p.lines[p.lines.length - 1].text);
}

/**
 * Paragraph `i` carries on the text of the paragraph right above it, which breaks off mid-sentence: body text, or a
 * marked heading whose title a converter broke, its tail a short remnant on the next line (二、…第一责任人 / 职责情况).
 */
function continuesAbove(paragraphs: readonly Paragraph[], roles: readonly ParagraphRole[], candidates: readonly (Candidate | undefined)[], next: Int32Array, i: number): boolean {
	const above = paragraphs[i - 1];
	// A page break (a page number) may stand between the two halves of a paragraph in a PDF copy.
	const adjoins = above !== undefined && (above.lines[above.lines.length - 1].number + 1 === paragraphs[i].lines[0].number || paragraphs[i].afterPageBreak);
	// ●推进严格执法 ⏎ ◆落实“三项制度”: a line opened by a sign starts a new item, never the rest of the line above.
	if (above === undefined || roles[i - 1] !== 'body' || !adjoins || endsClause(above) || isBulletGlyph(leadGlyph(paragraphs[i].content))) {
		return false;
	}
	const heading = candidates[i - 1];
	if (!heading) {
		return true;
	}
	// A heading that runs on into its body (1.深化普法。深入实施…，落实“谁执法谁 ⏎ 普法”…) and breaks off mid-sentence goes on
	// in that body. A line standing where the heading's next sibling is missing (二、… then 存在的不足 before 四、) is that sibling.
	const marker = heading.marker;
	if (marker === undefined) {
		return false;
	}
	// A title ends at a sentence mark: a one-line heading with none holds no body (tested before the title is cut out).
	const runsOn = (above.lines.length > 1 || SENTENCE_END.test(above.content)) && headingText(above, marker === above.marker ? marker.text.length : 0).runOn;
	return runsOn || (tailOfTitle(above, paragraphs[i]) && !fillsGap(candidates, next, marker, i));
}

/** A broken title's tail: a short remnant on the line below a heading, set no further right than it. */
export function tailOfTitle(heading: Paragraph, below: Paragraph): boolean {
	return below.lines[0].number === heading.lines[heading.lines.length - 1].number + 1 && !endsClause(heading)
		&& below.lines[0].indent.length <= heading.lines[0].indent.length && 2 * visibleLength(below.content) <= visibleLength(heading.content)
		&& !BRACKETED_TITLE.test(below.content.trim()) && !isBulletGlyph(leadGlyph(below.content));
}

/**
 * Paragraph `i` is a line of a hard-wrapped paragraph (continuesWrap), the two above it text lines of that paragraph:
 * it titles nothing.
 */
function wrappedLine(paragraphs: readonly Paragraph[], roles: readonly ParagraphRole[], candidates: readonly (Candidate | undefined)[], i: number): boolean {
	if (wrapsBelowParagraphStart(paragraphs, roles, candidates, i)) {
		return true;
	}
	if (i < 2 || roles[i - 1] !== 'body' || roles[i - 2] !== 'body' || candidates[i - 1] || candidates[i - 2]) {
		return false;
	}
	const twoAbove = paragraphs[i - 2].lines;
	const above = paragraphs[i - 1].lines;
	const line = paragraphs[i].lines;
	return twoAbove.length === 1 && above.length === 1 && line.length === 1 && continuesWrap(twoAbove[0], above[0], line[0]);
}

/** Paragraph `i` is the second line of a hard-wrapped paragraph (wrapsBelowOpening), the line above its first. */
function wrapsBelowParagraphStart(paragraphs: readonly Paragraph[], roles: readonly ParagraphRole[], candidates: readonly (Candidate | undefined)[], i: number): boolean {
	if (i < 1 || roles[i - 1] !== 'body' || candidates[i - 1] || paragraphs[i - 1].lines.length !== 1 || paragraphs[i].lines.length !== 1) {
		return false;
	}
	return wrapsBelowOpening(paragraphs[i - 1].lines[0], paragraphs[i].lines[0], paragraphs[i + 1]?.lines[0]);
}

/** 【加强组织领导】: a title of its own in lenticular brackets, never the wrapped end of the title above. */
const BRACKETED_TITLE = /^【[^【】]+】$/;

/**
 * Paragraph `i` opens a hard-wrapped paragraph: it breaks off mid-sentence and the line right below, set further left,
 * carries on its text (an indented first line, then the wrapped lines flush, as a PDF copy gives them). A page break
 * (a page number) may stand between them.
 */
function wrapsOnto(paragraphs: readonly Paragraph[], i: number): boolean {
	const p = paragraphs[i];
	const below = paragraphs[i + 1];
	return below !== undefined && (below.lines[0].number === p.lines[p.lines.length - 1].number + 1 || below.afterPageBreak)
		&& below.lines[0].indent.length < p.lines[0].indent.length && indentWidth(p.lines[0].indent) <= MAX_FIRST_LINE_INDENT && !endsClause(p);
}

/**
 * The most a paragraph's first line is indented, in columns (a full-width space is two): two full-width spaces, or as
 * many ASCII ones, give 4, a generous copy 8. A line set further in is centred (Word's centring exported as spaces),
 * a title, not the first line of a wrapped paragraph.
 */
const MAX_FIRST_LINE_INDENT = 8;

/** A paragraph that starts with 一是 and carries 二是 later is a run-in list, not a heading. */
function isRunInParagraph(p: Paragraph): boolean {
	if (!p.marker || !isRunInStyle(p.marker.style)) {
		return false;
	}
	const text = p.lines.length === 1 ? p.lines[0].text : p.lines.map((l) => l.text).join('\n');
	const markers = findRunInMarkers(text, p.contentStart, 0);
	return markers.some((m) => m.marker.style === p.marker?.style && m.marker.ordinal === (p.marker?.ordinal ?? 0) + 1);
}

/** How many lines above a run-in marker that opens a line its predecessor may stand in (…一是…，⏎ …；⏎ 二是…). */
export const MAX_RUN_IN_LOOKBACK = 6;

/**
 * Paragraph `i` opens with a run-in marker (二是, 三要) whose predecessor stands inside one of the lines right above (not
 * at its start), the last of which runs on into this one: a hard-wrapped copy broke the list's paragraph just before
 * the marker. The marker is the next item of that list, not a heading.
 */
function continuesRunIn(paragraphs: readonly Paragraph[], i: number, flush: number): boolean {
	const p = paragraphs[i];
	const marker = p.marker;
	if (!marker || !isRunInStyle(marker.style) || marker.ordinal < 2 || p.listItem) {
		return false;
	}
	const chain: Line[] = [];
	let below = p.lines[0];
	for (let k = i - 1; k >= 0 && chain.length < MAX_RUN_IN_LOOKBACK; k--) {
		const line = paragraphs[k].lines[paragraphs[k].lines.length - 1];
		if (line.number + 1 !== below.number || !runsOnto(line, flush)) {
			break;
		}
		chain.push(line);
		below = paragraphs[k].lines[0];
	}
	if (chain.length === 0) {
		return false;
	}
	// The lines joined at a blank, which the run-in scan reads as a clause boundary: the marker counts after any line end.
	let joined = '';
	const starts = new Set<number>();
	for (let k = chain.length - 1; k >= 0; k--) {
		starts.add(joined.length + chain[k].indent.length);
		joined += `${chain[k].text}\u3000`;
	}
	const found = findRunInMarkers(joined + p.lines[0].text.slice(0, p.contentStart + marker.text.length), 0, 0);
	const at = found.findIndex((m) => m.marker.span.start === joined.length + p.contentStart);
	const predecessor = at > 0 ? found[at - 1].marker : undefined;
	return predecessor !== undefined && predecessor.style === marker.style && predecessor.ordinal === marker.ordinal - 1 && !starts.has(predecessor.span.start);
}

/**
 * `line` carries on into the line below: it takes a wrapped line's width and breaks off mid-sentence, or in a copy set
 * flush it takes the full width and ends no sentence (…均达到100%； ⏎ 二是…).
 */
export function runsOnto(line: Line, flush: number): boolean {
	if (line.blank) {
		return false;
	}
	// The clause end first: most lines end one, and a paragraph's width is not counted for them.
	return fillsWidth(line, flush) ? !lineEndsSentence(line.text) : !lineEndsClause(line.text) && (line.text.length >= MIN_WRAP_WIDTH || displayWidth(line.text) >= MIN_WRAP_WIDTH);
}

interface Candidate {
	paragraph: Paragraph;
	/** On the paragraph's first line, or for a split marker (H9) on the line before. */
	marker: Marker | undefined;
	/** Unmarked: a standalone short line (H5) or an ATX heading; 'lead' is a lead-sentence paragraph (H6). */
	unmarked: 'standalone' | 'lead' | null;
}

interface Open {
	section: Section;
	atxDepth: number;
	/** The run this heading counts in: its marker's, or for an unmarked heading the slot it fills. */
	style: MarkerStyle | undefined;
	ordinal: number;
	/** For an outline number (1.2.3), its number of parts; for a heading filling its slot, the slot's; else 0. */
	depth: number;
	/** Its paragraph carries body text after the title (1.推进…。全县建成…), so it heads no title line of its own. */
	runOn: boolean;
}

/**
 * Decides which paragraphs are headings and nests them. Levels come from nesting, not from the marker type:
 * siblings share a marker style (or continue its count), a new style opens a child level, and an unmarked
 * heading takes the slot its neighbours leave for it.
 */
export function buildStructure(paragraphs: readonly Paragraph[], format: ReportFormat, profile: Profile): Structure {
	const roles: ParagraphRole[] = paragraphs.map(() => 'body');
	const titleCount = findTitleBlock(paragraphs);
	for (let i = 0; i < titleCount; i++) {
		roles[i] = 'title';
	}
	const appendix = findFootnotes(paragraphs, titleCount, findNotes(paragraphs, titleCount, findAppendix(paragraphs, titleCount)));
	for (let i = appendix; i < paragraphs.length; i++) {
		roles[i] = 'appendix';
	}
	for (const i of findSignature(paragraphs, titleCount, appendix)) {
		roles[i] = 'signature';
	}
	for (let i = titleCount; i < appendix; i++) {
		if (roles[i] === 'body' && isContents(paragraphs[i])) {
			roles[i] = 'contents';
			if (CONTENTS_CAPTION.test(paragraphs[i].content.trim())) {
				i = contentsBlock(paragraphs, roles, i, appendix);
			}
		}
	}
	const wrapCounts = format === 'text' ? countWrapWidths(paragraphs) : undefined;
	const flush = wrapCounts ? flushWidth(wrapCounts) : 0;
	const candidates: (Candidate | undefined)[] = paragraphs.map((p, i) => {
		if (roles[i] !== 'body') {
			return undefined;
		}
		if (p.marker) {
			return isRunInParagraph(p) || continuesRunIn(paragraphs, i, flush) || PIPED_CELL.test(p.content) || TIME_AGO.test(p.content) || SESSION_LINE.test(p.content) || stackedCell(paragraphs, i) ? undefined : { paragraph: p, marker: p.marker, unmarked: null };
		}
		return undefined;
	});
	joinSplitMarkers(paragraphs, roles, candidates);
	const next = markedAfter(candidates);
	let previous: Candidate | undefined;
	for (let i = titleCount; i < paragraphs.length; i++) {
		if (roles[i] === 'body' && !candidates[i]) {
			const kind = unmarkedKind(paragraphs, roles, candidates, next, i, format, previous, profile, flush);
			if (kind) {
				candidates[i] = { paragraph: paragraphs[i], marker: undefined, unmarked: kind };
			}
		}
		previous = candidates[i] ?? previous;
	}
	return { ...nest(paragraphs, roles, candidates, next, profile), wrapCounts };
}

/**
 * A line that holds only a marker (二、, （三）), the title on the next line: conversion split one heading in two. The
 * heading sits on the title's line (H9), with the marker of the line before; that line becomes a `marker` paragraph.
 */
function joinSplitMarkers(paragraphs: readonly Paragraph[], roles: ParagraphRole[], candidates: (Candidate | undefined)[]): void {
	for (let i = 0; i + 1 < paragraphs.length; i++) {
		const marker = candidates[i]?.marker;
		const p = paragraphs[i];
		const title = paragraphs[i + 1];
		if (marker && marker.style !== 'bullet' && p.content.length === marker.text.length && p.lines.length === 1
			&& roles[i + 1] === 'body' && !title.marker && title.lines[0].number === p.lines[0].number + 1) {
			candidates[i + 1] = { paragraph: title, marker, unmarked: null };
			candidates[i] = undefined;
			roles[i] = 'marker';
		}
	}
}

/** `previous` is the latest heading candidate before paragraph `i`. */
function unmarkedKind(paragraphs: readonly Paragraph[], roles: readonly ParagraphRole[], candidates: readonly (Candidate | undefined)[], next: Int32Array, i: number, format: ReportFormat, previous: Candidate | undefined, profile: Profile, flush: number): 'standalone' | 'lead' | null {
	const p = paragraphs[i];
	if (format === 'markdown' && p.atxDepth > 0) {
		return stripResidue(p.content).trim().length > 0 ? 'standalone' : null;
	}
	// wrapsOnto(i - 1): a flush line under an indented heading that runs on into its body and breaks off mid-sentence
	// (1.强化执法监督。全县行政执法人员1126名，执法 ⏎ …) is that body's wrapped text.
	if (p.listItem || isTableRow(p.content) || isCaption(p.content) || continuesAbove(paragraphs, roles, candidates, next, i) || wrapsOnto(paragraphs, i)
		|| (i > 0 && wrapsOnto(paragraphs, i - 1)) || wrappedLine(paragraphs, roles, candidates, i) || (p.lines.length === 1 && fillsWidth(p.lines[0], flush))) {
		return null;
	}
	// Most paragraphs are long body text: rule them out by length before any string work.
	if (p.lines.length === 1 && p.content.length <= 2 * MAX_UNMARKED + RESIDUE_ALLOWANCE) {
		const text = stripResidue(p.content).trim();
		if (isStandaloneHeading(text) && !opensFlushParagraph(paragraphs, i) && (titlesWhatFollows(paragraphs, roles, candidates, i) || partAboveSubtitle(paragraphs, roles, candidates, i, text, profile)) && !isPageFrame(text) && !stackedCell(paragraphs, i)) {
			return 'standalone';
		}
	}
	// The gap is tested first: few paragraphs stand in one, and reading each one's first sentence cost more.
	if (!fillsGap(candidates, next, previous?.marker, i) || opensTitleOnly(previous, i) || opensFlushParagraph(paragraphs, i)) {
		return null;
	}
	const lead = leadSentenceEnd(p.content);
	return lead > 0 && visibleLength(p.content, lead) <= MAX_LEAD_SENTENCE && !stackedCell(paragraphs, i) ? 'lead' : null;
}

/** Paragraph `i` is one line that opens a flush-wrapped paragraph (wrapsIntoBelow): text, whatever its shape. */
function opensFlushParagraph(paragraphs: readonly Paragraph[], i: number): boolean {
	const p = paragraphs[i];
	return p.lines.length === 1 && wrapsIntoBelow(p.lines[0], paragraphs[i + 1]?.lines[0]);
}

/**
 * A row of a table, cells split by tabs (5\t人民调解案件（件）\t2716), between | (Markdown) or │ (drawn), a cell a web
 * page's table gives a line of its own (一、本级收入 |), or a drawn rule: it titles nothing.
 */
function isTableRow(content: string): boolean {
	return (content.includes('\t') && /\S\t+\S/.test(content)) || /^[|│].*[|│]$/.test(content) || PIPED_CELL.test(content) || /^[\u2500-\u257f][\s\u2500-\u257f]*$/.test(content);
}

/** A web page's table cell on a line of its own, closed by its rule (一、本级收入 |): a cell even after a marker. */
const PIPED_CELL = /\s[|│｜]$/;

/**
 * A cell of a table that a web page's copy set one cell per line (申请人情况 ⏎ 自然人 ⏎ 总计 ⏎ 一、本年新收…申请数量 ⏎
 * 3 ⏎ 3 ⏎ 二、上年结转…): it titles nothing, marked or not. A row's label stands right above its figure; a marked label
 * of a group of rows stands between a figure and a label of a row; an unmarked cell stands among cells that reach a
 * figure within a row's width. A heading right after a table has text under it, no cell.
 */
export function stackedCell(paragraphs: readonly Paragraph[], i: number): boolean {
	// The neighbours first: a heading's are text, which fails at its length.
	const p = paragraphs[i];
	if (p.marker) {
		// （三） ⏎ 不予公开 ⏎ 0: a label whose marker stands on a line of its own above it.
		const label = p.content.trim() === p.marker.text && isShortCell(paragraphs[i + 1]) ? i + 1 : i;
		return (isFigureCell(paragraphs, label + 1) || (isFigureCell(paragraphs, i - 1) && paragraphs[label + 1]?.marker != null && isShortCell(paragraphs[label + 1]) && isFigureCell(paragraphs, label + 2)))
			&& isShortCell(p);
	}
	if (!isShortCell(p)) {
		return false;
	}
	if (isFigureCell(paragraphs, i + 1)) {
		return true;
	}
	if (!isShortCell(paragraphs[i - 1]) && !isFigureCell(paragraphs, i - 1)) {
		return false;
	}
	for (let k = i + 1; k <= i + MAX_ROW_CELLS; k++) {
		if (isFigureCell(paragraphs, k)) {
			return true;
		}
		if (!isShortCell(paragraphs[k])) {
			return false;
		}
	}
	return false;
}

/** The longest label of a row or column a stacked table's cell holds (一、本年新收政府信息公开申请数量). */
const MAX_STACKED_LABEL = 32;
const CELL_BREAKS = /[。；;！？!?，,：:]/;

function isShortCell(p: Paragraph | undefined): boolean {
	return p !== undefined && p.lines.length === 1 && !isValueCellLine(p.lines[0]) && mayBeStackedLabel(p.content);
}

/** Short, with no mark of a clause: what a label of a stacked table's row or column looks like. */
export function mayBeStackedLabel(text: string): boolean {
	// (二)部分公开（区分处理的，只计这一情形）: a note in brackets may hold commas. A line of text fails at its length.
	return text.length <= 2 * MAX_STACKED_LABEL && visibleLength(text.trim()) <= MAX_STACKED_LABEL && !CELL_BREAKS.test(withoutBracketedNotes(text));
}

/**
 * A figure alone on its line (3, 0, 98.5%), no marker split from its title (1.), with no caption under it that opens with
 * its unit (an infographic's).
 */
function isFigureCell(paragraphs: readonly Paragraph[], k: number): boolean {
	const p = paragraphs[k];
	return p !== undefined && !p.marker && p.lines.length === 1 && isValueCellLine(p.lines[0]) && !figureOverCaption(p.lines[0], paragraphs[k + 1]?.lines[0]);
}

/**
 * Paragraph `i` is the first one under a heading that is only a title (一、过去五年工作回顾, then its opening
 * paragraph): it is that heading's body, not a sibling standing in the next slot, which would leave the heading empty.
 * After a heading that runs on into its own body text (（一）…。区政府…) a lead sentence may stand in the next slot.
 */
function opensTitleOnly(previous: Candidate | undefined, i: number): boolean {
	if (!previous || previous.paragraph.index !== i - 1 || !previous.marker) {
		return false;
	}
	return !headingText(previous.paragraph, previous.marker === previous.paragraph.marker ? previous.marker.text.length : 0).runOn;
}

/** A heading paragraph that holds nothing after its title but the mark that ends it (一、主要工作, （一）加强领导。). */
function isTitleOnly(p: Paragraph, content: string, title: { title: string; offset: number }): boolean {
	return p.lines.length === 1 && title.offset + title.title.length >= content.length - 1;
}

/** Where the first sentence ends, looking no further than a lead sentence can reach; -1 when it runs on. */
function leadSentenceEnd(content: string): number {
	const limit = Math.min(content.length, 2 * MAX_LEAD_SENTENCE + 1);
	for (let k = 0; k < limit; k++) {
		if (isSentenceEnd(content.charCodeAt(k))) {
			return k;
		}
	}
	return -1;
}

/**
 * ▲镇执法队开展联合检查 (a photo's, in a report copied from a web page), 表1 2022年行政执法案件统计 (a table's, also
 * numbered 表一) and a table's unit (单位：亿元): a caption, never a heading.
 */
function isCaption(content: string): boolean {
	const first = content.charCodeAt(0);
	return first === 0x25b2 || first === 0x25b3 || TABLE_CAPTION.test(content); // ▲ △
}

const TABLE_CAPTION = /^(?:附?表|图)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})(?:[ \u3000：:、.．]|$)|^(?:计量)?单位[：:]\s*\S{1,6}$/;

/** A field and its value (电子邮箱：…, 会议时间：2024年3月5日, 地址：…): a notice's or a minute's line, no title. */
const FIELD_LINE = /^(?:会议|发布|联系|通讯|办公)?(?:时间|地点|电话|地址|邮箱|电子邮箱|传真|邮编|邮政编码|联系人|网址|主持人|参会人员|出席人员|列席人员)\s*[：:]/;

function isStandaloneHeading(text: string): boolean {
	const n = visibleLength(text);
	// A line in another script renders the Chinese line beside it (an autonomous area's bilingual headings): no heading. Nor
	// an official document's header, its number however damaged (青政〔20195 … 签发人：林远舟).
	// Nor one that ends in a half-width full stop after a character (…依申请公开事项.), as a sentence typed so does.
	// Nor one that trails off in an ellipsis (成效明显……) or breaks off after an opening bracket or quote (年内实现14个镇（), as a sentence may and a title does not. Nor the name of a report
	// (区法治政府建设工作情况的报告, a copy's title repeated over its text): a part of it never ends so.
	return n >= 2 && n <= MAX_UNMARKED && !SENTENCE_END.test(text) && !/[：:；;，,、…⋯（(“‘《〈【「『]$|[\u4e00-\u9fff]\.$|报告$|^[…⋯]/.test(text) && !DANGLING_END.test(text) && !isDateLine(text) && !PARENTHESIZED.test(text)
		&& !isOtherScript(text) && !SPEAKER.test(text) && !FIGURES_ONLY.test(text) && !text.includes('签发人') && !FIELD_LINE.test(text) && clauseCommas(text) <= MAX_TITLE_CLAUSES - 1 && !(displayWidth(text) >= MIN_WRAP_WIDTH && (/[；;]/.test(text) || TWO_FIGURES.test(text)));
}

/**
 * A title holds a few phrases at most (坚持党的领导，压实法治责任); a line of four or more clauses (现在，我代表国务院，向大会
 * 报告政府工作，请予审议，并请全 ⏎ …, a wrapped line of a PDF copy) is text. So is a full line (as wide as a wrapped one)
 * whose clauses a semicolon parts or that counts two figures; a short title may (落实“谁执法谁普法”；强化普法责任).
 */
const MAX_TITLE_CLAUSES = 3;

/**
 * Two figures that are no dates (新开工城市更新项目 85 个，改造城镇老旧小区 210 个，新改建农 ⏎ …): in a full line, text,
 * the last but one of its paragraph; a title names its year or its period (2021—2025年工作回顾) but seldom counts twice.
 */
const TWO_FIGURES = /[0-9０-９](?![0-9０-９.．]|\s*[年月日时—–\-~～至到])[\s\S]*?[0-9０-９](?![0-9０-９.．]|\s*[年月日时—–\-~～至到])/;

function clauseCommas(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		n += c === 0xff0c || c === 0x2c ? 1 : 0;
	}
	return n;
}

/**
 * A line ending in a word that needs what follows (调解成功率为, 报备率、报备及, 对, 或, 将, 其中) breaks off mid-sentence, as a
 * hard-wrapped line does: a title never ends so. Not the words these characters end (行为, 普及, 应对, 参与).
 */
const DANGLING_END = /(?:(?<![行作有所人无])为|(?<![普涉危顾])及|(?<![应面核比针相反绝])对|(?<![参给赋])与|[或将把被并且]|其中|包括)$/;

/** A line held in brackets from end to end (（数据截至2023年11月30日）, （此页无正文）) is a note, not a title. */
const PARENTHESIZED = /^[（(][^（()）]*[）)]$/;

/** The next text paragraph is body text or a marked heading: the line titles something. */
function titlesWhatFollows(paragraphs: readonly Paragraph[], roles: readonly ParagraphRole[], candidates: readonly (Candidate | undefined)[], i: number, chained = true): boolean {
	const next = paragraphs[i + 1];
	if (!next || roles[i + 1] !== 'body') {
		return false;
	}
	if (candidates[i + 1]?.marker) {
		return true;
	}
	const text = next.content.trim();
	// 2026年，街道将重点抓好以下工作： a lead-in to a list is text a heading titles, as a sentence is; so is an infographic's
	// figure over its caption (数说2025 ⏎ 1268 ⏎ 件 办理行政复议案件), each line a paragraph of its own.
	if (readsAsText(text) || LEAD_IN.test(text) || figureOverCaption(next.lines[0], paragraphs[i + 2]?.lines[0]) || runsOnInto(next, paragraphs[i + 2])) {
		return true;
	}
	// ●推进严格执法 ⏎ ◆落实“三项制度” ⏎ its text: a title right above a title led by another sign, which titles text (one step).
	const glyph = leadGlyph(next.content);
	return chained && isBulletGlyph(glyph) && glyph !== leadGlyph(paragraphs[i].content) && (paragraphShape(next) & STANDALONE_SHAPE) !== 0
		&& titlesWhatFollows(paragraphs, roles, candidates, i + 1, false);
}

/**
 * A short line that breaks off mid-sentence and goes on in the line right below, which is text (全年召开会议12次，其中 ⏎
 * 四级应急响应2次。): the two are a wrapped paragraph, which a title above them titles.
 */
function runsOnInto(p: Paragraph, below: Paragraph | undefined): boolean {
	return below !== undefined && !below.marker && below.lines[0].number === p.lines[p.lines.length - 1].number + 1 && !endsClause(p)
		&& readsAsText(below.content.trim());
}

/** A paragraph that is text a title may stand over: a sentence or a long line. */
function readsAsText(text: string): boolean {
	return SENTENCE_END.test(text) || visibleLength(text) > MAX_UNMARKED;
}

/** A line that ends announcing what follows (…以下工作：). */
const LEAD_IN = /[：:]$/;

/**
 * 主要举措和成效, then 坚持党的领导，压实法治责任, then body text: a line that names a part of the report, right above a
 * standalone line that titles what follows, titles it too. Read from the two lines' shapes (paragraphShape) and the
 * part's name, so an edit that keeps both keeps the reading (carryStructure checks the name of a short body line).
 */
function partAboveSubtitle(paragraphs: readonly Paragraph[], roles: readonly ParagraphRole[], candidates: readonly (Candidate | undefined)[], i: number, text: string, profile: Profile): boolean {
	const below = paragraphs[i + 1];
	return below !== undefined && roles[i + 1] === 'body' && !below.marker && (paragraphShape(below) & STANDALONE_SHAPE) !== 0
		&& titlesWhatFollows(paragraphs, roles, candidates, i + 1) && rolesOfTitle(text, profile).length > 0;
}

/** paragraphShape's bit for a line that could stand as an unmarked heading. */
export const STANDALONE_SHAPE = 2;

/** How many marked headings a look-ahead passes at most: keeps the pass linear on any input. */
const LOOKAHEAD = 200;

/** Indices of the marked heading candidates after each paragraph: look-aheads hop over these, never over body text. */
function markedAfter(candidates: readonly (Candidate | undefined)[]): Int32Array {
	const next = new Int32Array(candidates.length + 1).fill(-1);
	for (let i = candidates.length - 1; i >= 0; i--) {
		next[i] = candidates[i + 1]?.marker ? i + 1 : next[i + 1];
	}
	return next;
}

/**
 * A lead-sentence paragraph stands where a numbered sibling is missing: the marked headings around it count k
 * and k+2 in one style, with only body text or the earlier sibling's children between them.
 */
function fillsGap(candidates: readonly (Candidate | undefined)[], next: Int32Array, before: Marker | undefined, i: number): boolean {
	if (!before) {
		return false;
	}
	for (let j = next[i], hops = 0; j >= 0 && hops < LOOKAHEAD; j = next[j], hops++) {
		const m = candidates[j]?.marker;
		if (!m) {
			break;
		}
		if (sameRun(m, before)) {
			return m.ordinal === before.ordinal + 2;
		}
		if (m.ordinal === 1 && hops === 0) {
			return false;
		}
	}
	return false;
}

function nest(paragraphs: readonly Paragraph[], roles: ParagraphRole[], candidates: readonly (Candidate | undefined)[], next: Int32Array, profile: Profile): Omit<Structure, 'wrapCounts'> {
	const sections: Section[] = [];
	const allSections: Section[] = [];
	const headingParagraph: number[] = [];
	const stack: Open[] = [];
	/** The level of the latest ATX heading at each `#` depth (deeper entries cleared by a shallower one). */
	const atxLevels: number[] = [];
	for (let i = 0; i < paragraphs.length; i++) {
		const c = candidates[i];
		if (!c) {
			continue;
		}
		const p = c.paragraph;
		const title = headingText(p, c.marker && c.marker === p.marker ? c.marker.text.length : 0);
		const depth = c.marker
			? (partAfterLoneTitle(stack, p.atxDepth, title.title, profile) ? 0 : placeMarked(stack, c.marker, p.atxDepth, next[i] >= 0 ? candidates[next[i]]?.marker : undefined))
			: placeUnmarked(stack, c, rolesOfTitle(title.title, profile), candidates, next, i, atxLevels);
		// The sibling it takes the place of: an unmarked heading fills its slot, and a marker written another way
		// (（一）（二）3.（四）) counts on in its run.
		const slot = depth < stack.length ? stack[depth] : undefined;
		// Popping is cheaper than assigning `length`, which leaves optimised code for a runtime call.
		while (stack.length > depth) {
			stack.pop();
		}
		const parent = stack.at(-1)?.section;
		const line = p.lines[0];
		const section: Section = {
			id: allSections.length,
			level: depth + 1,
			line: line.number,
			marker: c.marker ?? null,
			indent: line.indent,
			title: title.title,
			headingSpan: { start: line.start, end: line.end },
			titleSpan: titleSpan(line.start + p.contentStart + title.offset, title.title),
			span: { start: line.start, end: line.end },
			role: null,
			roles: [],
			leadSentence: c.unmarked === 'lead',
			parentId: parent ? parent.id : null,
			children: [],
			items: [],
		};
		if (depth === 0) {
			section.roles = rolesOfTitle(title.title, profile);
			section.role = section.roles.length > 1 ? 'mixed' : section.roles[0] ?? null;
		}
		(parent ? parent.children : sections).push(section);
		allSections.push(section);
		headingParagraph.push(i);
		roles[i] = 'heading';
		if (p.atxDepth > 0) {
			atxLevels.length = p.atxDepth;
			atxLevels[p.atxDepth] = section.level;
		}
		const runOn = title.runOn;
		const countsInSlot = slot?.style !== undefined && slot.style !== 'bullet' && p.atxDepth === 0;
		stack.push(c.marker
			? { section, atxDepth: p.atxDepth, style: countsInSlot ? slot.style : c.marker.style, ordinal: c.marker.ordinal, depth: countsInSlot ? slot.depth : decimalDepth(c.marker), runOn }
			// A box stands in no numbered run: it takes no place in the one of the sibling before it.
			: BOX_TITLE.test(p.content) ? { section, atxDepth: p.atxDepth, style: undefined, ordinal: 0, depth: 0, runOn }
				: { section, atxDepth: p.atxDepth, style: slot?.style, ordinal: slot ? slot.ordinal + 1 : 0, depth: slot ? slot.depth : 0, runOn });
	}
	closeSpans(allSections, paragraphs, headingParagraph, roles);
	return { roles, sections, allSections, headingParagraph };
}

/** A heading paragraph's title, where the title starts in its content, and whether body text runs on after it. */
export function headingText(p: Paragraph, markerLength: number): { title: string; offset: number; runOn: boolean } {
	const content = stripLeadingResidue(p.content);
	const title = headingTitle(content, markerLength);
	return { title: title.title, offset: title.offset, runOn: !isTitleOnly(p, content, title) };
}

/**
 * Everything the structure pass reads from a paragraph's own text, apart from its marker and a heading's title, as
 * bits: whether it is a run-in list, could stand as an unmarked heading or a lead sentence, shows that the line above
 * titles it, closes the report (signature, closing matter, date), opens the appendix, or is a marker split from its
 * title. Two versions of a paragraph with the same bits, marker and title, in the same place, give the same sections.
 */
export function paragraphShape(p: Paragraph): number {
	const content = p.content;
	const text = content.trim();
	let bits = 0;
	if (p.marker && isRunInParagraph(p)) {
		bits |= 1;
	}
	if (!p.listItem && !isTableRow(content) && !isCaption(content)) {
		if (p.lines.length === 1 && content.length <= 2 * MAX_UNMARKED + RESIDUE_ALLOWANCE && isStandaloneHeading(stripResidue(content).trim())) {
			bits |= STANDALONE_SHAPE;
		}
		const lead = leadSentenceEnd(content);
		if (lead > 0 && visibleLength(content, lead) <= MAX_LEAD_SENTENCE) {
			bits |= 4;
		}
	}
	const length = visibleLength(text);
	if (readsAsText(text)) {
		bits |= 8;
	}
	// An infographic's figure and its caption (figureOverCaption), which a title above them titles.
	if (p.lines.length === 1 && isFigureLine(p.lines[0])) {
		bits |= 32768;
	}
	if (opensWithUnit(p.lines[0])) {
		bits |= 65536;
	}
	if (CLOSING_MATTER.test(text)) {
		bits |= 16;
	}
	if (p.marker || length > MAX_SIGNATURE_LINE || SENTENCE_END.test(text) || /[：:]$/.test(text)) {
		bits |= 32;
	}
	if (isDateLine(text)) {
		bits |= 64;
	}
	if (!p.marker && APPENDIX.test(content) && visibleLength(content) <= MAX_TITLE_LINE) {
		bits |= 128;
	}
	if (p.marker && content.length === p.marker.text.length && p.lines.length === 1) {
		bits |= 256;
	}
	if (p.atxDepth > 0 && stripResidue(content).trim().length > 0) {
		bits |= 512;
	}
	if (isContents(p)) {
		bits |= 1024;
	}
	if (endsClause(p)) {
		bits |= 2048;
	}
	if (LEAD_IN.test(text)) {
		bits |= 4096;
	}
	if (!p.marker && NOTES.test(content)) {
		bits |= 8192;
	}
	if (BOX_TITLE.test(content)) {
		bits |= 16384;
	}
	// The number of a footnote after a figure (增长5.4%①), which makes the circled lines at the end notes (findFootnotes).
	if (holdsFootnoteSign(content)) {
		bits |= 131072;
	}
	// A line no marker makes a heading: a web table's cell (一、本级收入 |), a time of posting (5 天前), a session's line.
	if (PIPED_CELL.test(content) || TIME_AGO.test(content) || SESSION_LINE.test(content)) {
		bits |= 262144;
	}
	// The sign that leads it (● ◆ …), which decides what it continues, titles and stands beside: as a number above the bits.
	const glyph = leadGlyph(content);
	if (glyph !== '') {
		bits += 1048576 * (glyph === 'keycap' ? 1 : glyph.charCodeAt(0) * 65536 + (glyph.charCodeAt(1) || 0));
	}
	return bits;
}

/** ① and ⑳, the first and last of the circled numbers a footnote's sign is written with. */
const CIRCLED_FIRST = 0x2460;
const CIRCLED_LAST = 0x2473;

/** A circled number (①…⑳) inside the text, not opening it: a footnote's sign. */
function holdsFootnoteSign(content: string): boolean {
	for (let i = 1; i < content.length; i++) {
		const c = content.charCodeAt(i);
		if (c >= CIRCLED_FIRST && c <= CIRCLED_LAST) {
			return true;
		}
	}
	return false;
}

function stripLeadingResidue(content: string): string {
	return content.startsWith('[bookmark:') ? stripResidue(content) : content;
}

function titleSpan(start: number, title: string): { start: number; end: number } {
	return { start, end: start + title.length };
}

/** How deep the stack is below the bullets (——) open at its top, which are leaves. */
function pastBullets(stack: readonly Open[], depth: number): number {
	let limit = depth;
	while (limit > 0 && stack[limit - 1].style === 'bullet') {
		limit--;
	}
	return limit;
}

/**
 * 数说2025 (an infographic's block) or 前言 above 一、主要举措和成效: a marked heading that names a part of the report is
 * a part, beside the unmarked top heading that names none or only another matter, not inside it.
 */
function partAfterLoneTitle(stack: readonly Open[], atxDepth: number, title: string, profile: Profile): boolean {
	const top = stack[0]?.section;
	return atxDepth === 0 && top !== undefined && top.marker === null && top.roles.every((r) => r === 'other') && stack[0].atxDepth === 0
		&& rolesOfTitle(title, profile).some((r) => r !== 'other');
}

/** Stack depth for a marked heading: beside an open sibling of its style, else beside a differently written one it continues, else below the innermost. */
function placeMarked(stack: readonly Open[], marker: Marker, atxDepth: number, following: Marker | undefined): number {
	if (atxDepth > 0) {
		const atxParent = innermostAtxAbove(stack, atxDepth);
		const same = findStyle(stack, marker, atxParent, stack.length);
		return same >= 0 ? same : atxParent + 1;
	}
	// A bullet (——) is a leaf: a numbered heading after it is not its child.
	let limit = marker.style === 'bullet' ? stack.length : pastBullets(stack, stack.length);
	// A box's list (专栏1 ⏎ 1．… 9．) ends the box: a heading written otherwise after it stands outside the box.
	const box = stack.findIndex((o) => o.section.marker === null && BOX_TITLE.test(o.section.title));
	if (box >= 0 && box < limit - 1 && findStyle(stack, marker, box, limit) < 0) {
		limit = box;
	}
	if (marker.style === 'arabic-decimal') {
		const outline = placeOutlineNumber(stack, decimalDepth(marker), limit);
		if (outline !== undefined) {
			return outline;
		}
	}
	const same = findStyle(stack, marker, -1, limit);
	if (same >= 0) {
		return same;
	}
	const top = stack[limit - 1];
	if (top?.style && marker.ordinal >= 2 && top.ordinal === marker.ordinal - 1 && (sameFamily(top.style, marker.style) || resumes(top, marker, following))) {
		return limit - 1;
	}
	// 1. … （1） … ② then 2、: a marker swapped for its kin counts on from the open heading it follows, however deep below it.
	if (marker.ordinal >= 2) {
		for (let d = limit - 2; d >= 0; d--) {
			const open = stack[d];
			if (open.style && open.ordinal === marker.ordinal - 1 && sameFamily(open.style, marker.style)) {
				return d;
			}
		}
	}
	return outranksOpenRun(stack, marker, limit) ?? limit;
}

/**
 * 一．主要举措 (no marker of ours) over （一）… 1.… then 二、: a marker that counts on (二 or later) and ranks above every
 * marked heading open below an unmarked one with children takes that unmarked heading's place in the run; it is never
 * the child of a heading the standard ranks below it (二、 under 3.).
 */
function outranksOpenRun(stack: readonly Open[], marker: Marker, limit: number): number | undefined {
	const rank = styleRank(marker.style);
	if (marker.ordinal < 2 || rank === undefined) {
		return undefined;
	}
	for (let d = limit - 1; d >= 0; d--) {
		const open = stack[d];
		if (open.section.marker === null) {
			return d < limit - 1 ? d : undefined;
		}
		const openRank = open.style ? styleRank(open.style) : undefined;
		if (openRank === undefined || openRank <= rank) {
			return undefined;
		}
	}
	return undefined;
}

/** （一）（二）3.（四）: a marker of another style that counts on from the open heading, whose run then goes on past it. */
function resumes(top: Open, marker: Marker, following: Marker | undefined): boolean {
	return following !== undefined && following.style === top.style && following.ordinal === marker.ordinal + 1;
}

/** Styles a writer swaps by mistake within one run: （1） for （一）, 1、 for 1., 一要 for 一是. */
const FAMILIES: readonly (readonly MarkerStyle[])[] = [['cn-paren', 'arabic-paren'], ['arabic-dun', 'arabic-dot'], ['cn-shi', 'cn-yao']];

function sameFamily(a: MarkerStyle, b: MarkerStyle): boolean {
	return FAMILIES.some((family) => family.includes(a) && family.includes(b));
}

/**
 * 1.2.3 beside the open outline number of its depth, or below the innermost shallower one (1.2, or 1 when 1.2 was
 * skipped): its depth says where it stands, whatever headings of other styles lie between. Undefined when no outline
 * number is open.
 */
function placeOutlineNumber(stack: readonly Open[], depth: number, limit: number): number | undefined {
	for (let d = limit - 1; d >= 0; d--) {
		const open = stack[d];
		if (open.style === 'arabic-decimal' && open.depth <= depth) {
			return open.depth === depth ? d : d + 1;
		}
	}
	return undefined;
}

/** The open heading of the same style, searched from the innermost, not above `floor`. A new run (ordinal 1) under a deeper heading is a child. */
function findStyle(stack: readonly Open[], marker: Marker, floor: number, limit: number): number {
	for (let d = limit - 1; d > floor; d--) {
		if (stack[d].style === marker.style && stack[d].depth === decimalDepth(marker)) {
			if (marker.ordinal === 1 && marker.style !== 'bullet' && d < limit - 1) {
				return -1;
			}
			return d;
		}
	}
	return -1;
}

/** For an ATX heading of depth n: the index of the innermost open ATX heading shallower than n (-1 if none). */
function innermostAtxAbove(stack: readonly Open[], atxDepth: number): number {
	for (let d = stack.length - 1; d >= 0; d--) {
		const open = stack[d];
		if (open.atxDepth > 0 && open.atxDepth < atxDepth) {
			return d;
		}
	}
	return -1;
}

/**
 * An unmarked ATX heading's level follows its `#` depth relative to the ATX headings before it: beside the latest one
 * of the same depth, else one below the latest shallower one.
 */
function atxLevel(atxDepth: number, stack: readonly Open[], atxLevels: readonly number[]): number {
	let level = atxLevels[atxDepth];
	if (level === undefined) {
		level = 1;
		for (let d = atxDepth - 1; d >= 1; d--) {
			if (atxLevels[d] !== undefined) {
				level = atxLevels[d] + 1;
				break;
			}
		}
	}
	return Math.min(level - 1, stack.length);
}

function placeUnmarked(stack: readonly Open[], c: Candidate, partRoles: readonly PartRole[], candidates: readonly (Candidate | undefined)[], next: Int32Array, i: number, atxLevels: readonly number[]): number {
	const atxDepth = c.paragraph.atxDepth;
	if (atxDepth > 0) {
		return atxLevel(atxDepth, stack, atxLevels);
	}
	// 专栏1 2025年主要指标完成情况: a box set into the text of the section it stands in, never one of its siblings; a
	// bullet (——) before it is a leaf, not that section.
	if (BOX_TITLE.test(c.paragraph.content)) {
		return pastBullets(stack, stack.length);
	}
	const slot = gapSlot(stack, candidates, next, i);
	if (slot >= 0) {
		return slot;
	}
	// A part's name is a top-level part, unless it names the part it stands in (第三部分 存在的不足和原因 › 【存在的不足】).
	if (partRoles.length > 0 && !(stack.length > 0 && partRoles.every((r) => stack[0].section.roles.includes(r)))) {
		return 0;
	}
	// ● A ⏎ ◆ a1 ⏎ ◆ a2 ⏎ ● B: a heading led by a sign is the sibling of the open one led by the same sign, else below the
	// innermost open heading when another sign leads an open one ((二) under ● A, then ◆ under (二)).
	const glyph = leadGlyph(c.paragraph.content);
	if (isBulletGlyph(glyph)) {
		const same = findLastIndex(stack, (o) => o.section.marker === null && leadGlyph(o.section.title) === glyph);
		if (same >= 0) {
			return same;
		}
		if (stack.some((o) => o.section.marker === null && isBulletGlyph(leadGlyph(o.section.title)))) {
			return stack.length;
		}
	}
	const unmarkedSibling = findLastIndex(stack, (o) => o.section.marker === null && o.style === undefined && !o.section.leadSentence);
	if (unmarkedSibling >= 0) {
		// 主要举措和成效 flush, then 坚持党的领导… (two U+3000 in) indented like the body: a sub-part of the part, not another part.
		const open = stack[unmarkedSibling].section;
		const directlyBelow = i > 0 && candidates[i - 1]?.paragraph.lines[0].number === open.line;
		// 2️⃣主要负责人履行第一责任人职责, then ▎带头尊法学法: a heading set with another symbol before it is a sub-part.
		return open.roles.length > 0 && (directlyBelow || indentWidth(c.paragraph.lines[0].indent) > indentWidth(open.indent) || (glyph !== '' && glyph !== leadGlyph(open.title)))
			? unmarkedSibling + 1 : unmarkedSibling;
	}
	const following = next[i] >= 0 ? candidates[next[i]]?.marker : undefined;
	if (following && following.ordinal === 1) {
		const run = stack.findIndex((o) => o.style === following.style);
		if (run >= 1) {
			return run - 1;
		}
	}
	return c.unmarked === 'standalone' ? besideTitleLine(stack) : stack.length;
}

/** The caption of a box (专栏) that printed 政府工作报告 set into their text: 专栏1, 专栏 2, 专栏二. */
const BOX_TITLE = /^[ \t\u3000]*专栏[ \u3000]*[0-9０-９一二三四五六七八九十]/;

/**
 * The symbol an unmarked heading opens with, which sets it apart from headings of another level: a keycap digit (1️⃣,
 * all of them one kind), ▎ ◆ ■ ▶ ★ and other signs and emoji, a typed bullet (• · -), Roman or letter numbering (Ⅰ、,
 * A.); '' for a heading that opens with words or a bracket.
 */
function leadGlyph(text: string): string {
	const t = text.trimStart();
	const c = t.charCodeAt(0);
	if (arabicDigit(c) >= 0) {
		const k = t.charCodeAt(1) === 0xfe0f ? 2 : 1;
		return t.charCodeAt(k) === 0x20e3 ? 'keycap' : '';
	}
	if (c >= 0xd800 && c <= 0xdbff) {
		return t.slice(0, 2);
	}
	// Numbering outside the Chinese set, Roman (Ⅰ、, II.) or by letter (A., （B）): one sign per kind, as 1️⃣ is.
	if (((c >= 0x2160 && c <= 0x217f) || c === 0x49 || c === 0x56 || c === 0x58) && ROMAN_LEAD.test(t)) {
		return 'Ⅰ';
	}
	if (((c >= 0x41 && c <= 0x5a) || c === 0xff08 || c === 0x28) && LETTER_LEAD.test(t)) {
		return 'A';
	}
	if (TYPED_BULLETS.includes(c)) {
		// - as a bullet only with a space after it: -1.5‰, -- are no bullets.
		return c !== 0x2d || t.charCodeAt(1) === 0x20 ? t[0] : '';
	}
	return (c >= 0x2190 && c <= 0x2bff) || (c >= 0x3200 && c <= 0x32ff) ? t[0] : '';
}

/** Ⅱ、 Ⅲ. IV. : a Roman number with its mark; Ⅳ级应急响应 opens no item. */
const ROMAN_LEAD = /^(?:[\u2160-\u217f]|[IVX]{1,4})[.．、\s\u3000]/;
const LETTER_LEAD = /^(?:[A-Z][.．、]|[（(][A-Z][）)])/;

/** Bullets typed in plain text rather than drawn: • · ・ ‧ and - with a space. */
const TYPED_BULLETS = [0x2022, 0xb7, 0x30fb, 0x2027, 0x2d];

/** A sign that leads an item as a bullet does (● ◆ ■ ★ ▎, a keycap, an emoji): not a mathematical sign (≥95%). */
function isBulletGlyph(glyph: string): boolean {
	const c = glyph.charCodeAt(0);
	return glyph !== '' && !(c >= 0x2200 && c <= 0x22ff);
}

/**
 * A title line standing alone is not a part of a heading that runs on into its body text (（六）依法化解… then items
 * 1.发挥…。全年…): it is the next sibling of the nearest open heading that is a title line too, here one more of
 * （一）…（六）. Below a top-level part it stands among the part's run-on items: an unmarked top-level part is
 * recognised by its role instead.
 */
function besideTitleLine(stack: readonly Open[]): number {
	if (stack.length === 0 || !stack[stack.length - 1].runOn) {
		return stack.length;
	}
	let d = stack.length - 1;
	while (d >= 0 && stack[d].runOn) {
		d--;
	}
	return d >= 1 ? d : 1;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
	for (let i = items.length - 1; i >= 0; i--) {
		if (test(items[i])) {
			return i;
		}
	}
	return -1;
}

/** The open heading whose count the next sibling skips past (k, then k+2 after this paragraph): the paragraph takes slot k+1. */
function gapSlot(stack: readonly Open[], candidates: readonly (Candidate | undefined)[], next: Int32Array, i: number): number {
	for (let d = stack.length - 1; d >= 0; d--) {
		const open = stack[d];
		if (!open.style || open.style === 'bullet') {
			continue;
		}
		const outer = new Set(stack.slice(0, d + 1).map((o) => o.style));
		for (let j = next[i], hops = 0; j >= 0 && hops < LOOKAHEAD; j = next[j], hops++) {
			const m = candidates[j]?.marker;
			if (m && outer.has(m.style)) {
				if (m.style === open.style && decimalDepth(m) === open.depth && m.ordinal === open.ordinal + 2) {
					return d;
				}
				break;
			}
		}
	}
	return -1;
}

/** A section runs to the last text paragraph before the next heading at its level or above. */
function closeSpans(allSections: readonly Section[], paragraphs: readonly Paragraph[], headingParagraph: readonly number[], roles: readonly ParagraphRole[]): void {
	const open: number[] = [];
	const close = (s: number, endExclusive: number) => {
		let last = endExclusive - 1;
		while (last > headingParagraph[s] && (roles[last] === 'signature' || roles[last] === 'appendix' || roles[last] === 'marker' || roles[last] === 'contents')) {
			last--;
		}
		const lastLine = paragraphs[last].lines.at(-1);
		if (lastLine) {
			// The span nest() gave the section is its own object, still unseen by any reader: extended in place.
			allSections[s].span.end = lastLine.end;
		}
	};
	for (let t = 0; t < allSections.length; t++) {
		while (open.length > 0 && allSections[open[open.length - 1]].level >= allSections[t].level) {
			close(open.pop() as number, headingParagraph[t]);
		}
		open.push(t);
	}
	while (open.length > 0) {
		close(open.pop() as number, paragraphs.length);
	}
}
