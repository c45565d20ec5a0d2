import { parseYear } from './numerals';
import type { PartRole, ProfileId, Section } from './types';

/** A preface or a closing around the parts (前言, 结束语): another matter, and no slot of the parts' numbering. */
export const FRAME_TITLE = /^(?:前言|引言|结束语|结语)$/;

export interface PartDefinition {
	key: PartRole;
	required: boolean;
	/** Heading titles that name the part (tested in order; the first part whose pattern matches wins a slot). */
	title: RegExp;
	/** Body wording that names the part without being its heading. */
	body: RegExp | null;
}

export interface Profile {
	id: ProfileId;
	parts: readonly PartDefinition[];
	/** A title that selects this profile. */
	detect: RegExp | null;
	/**
	 * The part a report opens with, as many level-1 headings as it takes (the work of the year, by theme): a level-1
	 * heading whose title names no part, standing before the other parts, is one of it.
	 */
	leading: PartRole;
	/**
	 * The plan, and the year it plans counted from the report year: a level-1 title that names no part but names that
	 * year is the plan (a 法治 report's plan names the year after; a 政府工作报告 plans the year it is delivered in).
	 */
	plan: { role: PartRole; yearOffset: number };
	/**
	 * Which year of several in the title is the report's: the first (a 法治 report's year, before any other it names), or
	 * the last (关于2025年预算执行情况和2026年预算草案的报告 is delivered for 2026, the year it plans).
	 */
	titleYear: 'first' | 'last';
	/** The report year counted from the year its opening reviews: the same for a 法治 report, the next for one to a congress. */
	openingYearOffset: number;
}

/**
 * The parts the 2019 《法治政府建设与责任落实督察工作规定》 asks an annual report to contain, with the wordings
 * real reports use for them in headings.
 */
const FAZHI_ANNUAL: Profile = {
	id: 'fazhi-annual',
	detect: null,
	leading: 'measures_results',
	plan: { role: 'next_year_plan', yearOffset: 1 },
	titleYear: 'first',
	openingYearOffset: 0,
	parts: [
		{
			key: 'first_responsibility',
			required: true,
			// 关键少数: the leading cadres, as the rule-of-law documents name them (“关键少数”示范引领作用有效发挥).
			// “一把手”带头抓法治建设情况: the leader taking the lead is the duty, as 履职 is.
			title: /第一责任|主要负责(?:人|同志)(?:切实)?履行|(?:主要负责(?:人|同志)|主要领导(?:同志)?|一把手)[”"」]?(?:履职|述法|带头抓|亲自抓|抓法治)|履行推进法治(?:建设|政府建设)?(?:第一)?(?:责任|职责)|履行法治(?:建设|政府建设)?第一(?:责任|职责)|关键少数[”"」]?(?:示范|引领|带头|作用|履职)/,
			body: /第一责任人/,
		},
		{
			key: 'shortcomings',
			required: true,
			title: /存在(?:的)?(?:主要)?(?:问题|不足|困难|短板)|(?:问题|不足)[^，,]{0,6}原因|(?:问题|不足|短板|弱项|差距|薄弱环节)(?:和|及|与|、)|(?:不足|差距|短板|弱项|薄弱环节|困难和问题|主要问题)(?:及其?原因|$)|^(?:问题|不足)(?:及|和)?原因|工作中的不足|^关于.{2,40}的问题$/,
			body: /存在(?:的)?(?:主要)?(?:问题|不足|短板)|薄弱环节/,
		},
		{
			key: 'next_year_plan',
			required: true,
			// 制定年度普法计划, 列入年度工作计划, 统筹抓好部署安排: a plan made, joined or carried out this year, no plan of the next.
			// The look-behind stands after the word, so it is tried only where a plan word matched.
			title: /下(?:一)?步|明年|今后|(?:计划|打算|安排|思路|主要任务|重点任务|工作要点|努力方向|展望)(?<!(?:制定|印发|出台|编制|列入|纳入|写入|部署)[^，,。；]{0,12}(?:计划|打算|安排|思路|主要任务|重点任务|工作要点|努力方向|展望))(?![^，,]*情况)/,
			// A year names the plan only when it is the plan's (parts.ts).
			body: /下一步|下步|明年|(?:[2２][0０][0-9０-９]{2}|二[〇零][〇零一二三四五六七八九]{2})年(?:度)?(?:将|是)/,
		},
		{
			key: 'measures_results',
			required: true,
			title: /主要(?:做法|举措|措施|工作(?!安排|计划|打算|思路|要点|部署|任务|目标)|成效|成绩|进展)|(?:工作|建设)(?:成效|成果|成绩|进展|开展情况|推进情况|完成情况)|做法(?:和|及|与)成效|取得的(?:成效|成绩|进展)|(?:工作|建设|基本|总体|主要)情况$|(?:工作|任务)进展(?:和|及|与)成效|年(?:度)?主要工作(?!安排|计划|打算|思路|要点|部署|任务|目标)|年(?:度)?工作总结|^(?:(?:[2２][0０][0-9０-９]{2}|二[〇零][〇零一二三四五六七八九]{2}))年(?:度)?(?:[^，,]{0,16})(?:工作|成效|总结)$/,
			body: null,
		},
		{
			key: 'other',
			required: false,
			// 评估工作开展情况, 评估结果: how an evaluation report's own evaluation was done and what it scored, not the work it
			// evaluates.
			// 2025年度行政执法数据统计表: the tables a statistics report sets before its account.
			title: new RegExp(`(?:^|[、和及与])(?:其他|其它)(?:需要|应当|方面|说明|$)|(?:其他|其它)(?:事项|工作|情况)|荣誉|表彰|需要(?:说明|报告)|附件|大事记|^(?:总结)?评估(?:工作|结果|概况)|(?:统计|数据)表$|典型案例|${FRAME_TITLE.source}`),
			body: null,
		},
	],
};

/** 政府工作报告: a review of the past year, the year's plan, and the government's own work. */
const GOV_WORK_REPORT: Profile = {
	id: 'gov-work-report',
	// The other reports delivered to the same congress are built the same way, last year's review and this year's plan: the
	// court's, the procuratorate's and the standing committee's 工作报告, and the plan and budget reports (关于2025年国民经济和
	// 社会发展计划执行情况与2026年计划草案的报告, 关于2025年预算执行情况和2026年预算草案的报告).
	// 法治政府工作报告 (a site's column of 法治 reports) is no 政府工作报告; 某市人民检察院2024年工作报告 is the procuratorate's.
	detect: /(?<!法治)政府工作报告|(?:法院|检察院|常务委员会|常委会)(?:[0-9０-９]{4}年度?)?工作报告|(?:计划|预算)执行情况[与和及、].{0,40}(?:计划|预算)[（(]?草案[）)]?的?报告/,
	leading: 'review',
	// A 政府工作报告 plans the year it is delivered in, which its title names (2026年主要工作); 2025年主要工作 reviews.
	plan: { role: 'annual_plan', yearOffset: 0 },
	titleYear: 'last',
	openingYearOffset: 1,
	parts: [
		{ key: 'review', required: true, title: /回顾|过去(?:一年|五年|的一年)|(?:计划|预算)执行情况|(?:(?:[2２][0０][0-9０-９]{2}|二[〇零][〇零一二三四五六七八九]{2}))年(?:度)?工作(?:回顾|总结)/, body: null },
		{ key: 'gov_self_building', required: false, title: /政府自身建设|自身建设|人民满意(?:的)?(?:服务型)?政府/, body: null },
		{ key: 'annual_plan', required: true, title: /(?:工作|总体)(?:安排|部署|要求|任务)|重点(?:工作|任务)|今年(?!以来)|(?:计划|预算)草案|(?:(?:[2２][0０][0-9０-９]{2}|二[〇零][〇零一二三四五六七八九]{2}))年(?:度)?(?:工作|重点|主要(?:目标|任务))|目标任务|总体要求|(?:奋斗|主要|发展)目标/, body: null },
	],
};

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
	'fazhi-annual': FAZHI_ANNUAL,
	'gov-work-report': GOV_WORK_REPORT,
};

/**
 * The profile a report's title asks for; else a report to a congress when its opening speaks to one (`opening`: the
 * first paragraphs after the title block, profileOpening); the 法治政府 annual report otherwise.
 */
export function detectProfile(title: readonly string[], opening: readonly string[] = []): ProfileId {
	// A title set letter-spaced (政 府 工 作 报 告) is read without its spaces.
	const joined = title.join('').replace(/[\s\u3000]+/g, '');
	for (const profile of Object.values(PROFILES)) {
		if (profile.detect?.test(joined)) {
			return profile.id;
		}
	}
	return opening.some((text) => TO_A_CONGRESS.test(text)) ? 'gov-work-report' : 'fazhi-annual';
}

/**
 * 各位代表： ⏎ 现在，我代表市人民政府，向大会报告工作 (向大会作政府工作报告): the opening of a report to a people's congress, whose title a copy
 * may have lost (a page's table of contents above it, a line glued to the text). A 法治 report delivered to a standing
 * committee opens 主任、副主任…各位委员.
 */
const TO_A_CONGRESS = /^各位代表[，,：:]|我代表.{0,20}(?:政府|法院|检察院|常务委员会|常委会).{0,8}向(?:大会|本次会议|会议)(?:作|做)?(?:政府)?(?:工作)?报告/;

/**
 * The parts a heading title names. A title can name two ("存在的问题及下步工作打算"); the plan wording must then
 * stand after the shortcomings wording, so "整改措施" after "不足" does not make a plan.
 */
export function rolesOfTitle(title: string, profile: Profile): PartRole[] {
	const words = titleWords(title);
	// 履职情况 in a 述法 report: the leader's account of the year is both the year's work and the duty.
	if (DUTY_ACCOUNT.test(words) && profile.parts.some((p) => p.key === 'first_responsibility')) {
		return ['measures_results', 'first_responsibility'];
	}
	const found: { key: PartRole; index: number }[] = [];
	for (const part of profile.parts) {
		const m = part.title.exec(words);
		if (m) {
			found.push({ key: part.key, index: m.index });
		}
	}
	if (found.length <= 1) {
		return found.map((f) => f.key);
	}
	found.sort((a, b) => a.index - b.index);
	return pickCompatible(found.map((f) => f.key), words);
}

const DUTY_ACCOUNT = /^(?:本人)?履职(?:尽责)?情况$/;

/**
 * The words of a title that may name a part: a title letter-spaced to fill its line (存 在 的 不 足) read without its
 * spaces, and what a bracket says of a line item (当年一般公共预算支出31.52亿元（其中：…其它支出…）) left out.
 */
export function titleWords(title: string): string {
	// Most titles hold neither: one test, no copy.
	if (!SPACE_OR_BRACKET.test(title)) {
		return title;
	}
	const spaced = /[ \u3000]/.test(title) ? title.replace(/[ \u3000]+/g, '') : title;
	return withoutBracketedNotes(spaced);
}

/** The text without what brackets say in it (部分公开（区分处理的，只计这一情形）). */
export function withoutBracketedNotes(text: string): string {
	return text.includes('（') || text.includes('(') ? text.replace(BRACKETED_NOTE, '') : text;
}

const SPACE_OR_BRACKET = /[ \u3000(（]/;

const BRACKETED_NOTE = /[（(][^（()）]*[）)]/g;
const MAX_TWO_PART_TITLE = 36;
/** A title that runs on into its text has a sentence in it; two parts are named with a comma between them as often as with 和. */
const CLAUSE_SIGN = /[。；：;:]/;

/**
 * Which parts can share one heading: a title names at most a shortcomings part followed by a plan, or the year's
 * measures followed by the leaders' duty or by the plan; otherwise the first named part decides.
 */
function pickCompatible(keys: PartRole[], title: string): PartRole[] {
	const first = keys[0];
	if (first === 'shortcomings' && keys.includes('next_year_plan')) {
		return ['shortcomings', 'next_year_plan'];
	}
	if (first === 'first_responsibility') {
		return ['first_responsibility'];
	}
	// 2024年法治政府建设主要举措、成效及党政主要负责人履职情况: the year's work and the leaders' duty under one heading.
	if (first === 'measures_results' && keys.includes('first_responsibility')) {
		return ['measures_results', 'first_responsibility'];
	}
	// 一、2024年工作总结和2025年工作打算: a work summary's account and plan under one heading, a short title of its own
	// (一、主要工作：2024年，我局…将年度工作要点… runs on into its text, which names no part).
	if (first === 'measures_results' && keys.includes('next_year_plan') && title.length <= MAX_TWO_PART_TITLE && !CLAUSE_SIGN.test(title)) {
		return ['measures_results', 'next_year_plan'];
	}
	return [first];
}

/**
 * Roles of level-1 headings whose titles name no part: one that names the year after the report's is the part the
 * profile gives that year (锚定“十五五”良好开局，扎实做好2026年法治政府建设 in a 2025 report is the plan); the ones
 * before every other named part (坚持高位推动，法治政府建设取得新成效) are the leading part, and so are all of them when
 * the report names no other part (a department's report of its work under themes).
 */
export function namePartsByPlace(sections: readonly Section[], profile: Profile, reportYear: number | null): void {
	for (const s of sections) {
		if (s.roles.length === 0 && namesPlanYear(s.title, profile, reportYear) && !ACCOUNT_OF_DONE.test(s.title)) {
			s.roles = [profile.plan.role];
			s.role = profile.plan.role;
		}
	}
	// The leaders' duty may stand first (一、落实第一责任人职责 ⏎ 二、依法履行职能 ⏎ 三、存在的不足): the themes after it are
	// still the year's work.
	const firstOther = sections.findIndex((s) => s.roles.some((r) => r !== profile.leading && r !== 'other' && r !== 'first_responsibility'));
	// An unnumbered part that names nothing before the one that names the leading part (数说2025 above 一、主要举措和成效)
	// is another matter; after it, the leading part goes on. Numbered parts before it (一、案件办理情况 ⏎ 二、… ⏎
	// 三、行政应诉工作情况) are the year's work under themes, as the named one is.
	const firstLeading = sections.findIndex((s) => s.roles.includes(profile.leading));
	// With no part named after them, the themes are the report's leading part (一、加强组织领导 ⏎ 二、深化放管服改革 ⏎ …).
	for (let i = 0; i < (firstOther >= 0 ? firstOther : sections.length); i++) {
		if (sections[i].roles.length === 0) {
			const role = firstLeading >= 0 && i < firstLeading && sections[i].marker === null ? 'other' : profile.leading;
			sections[i].roles = [role];
			sections[i].role = role;
		}
	}
	// After the other parts, a part that names none (四、加强政府自身建设 after a 法治 report's plan) is another matter.
	for (const s of sections) {
		if (s.roles.length === 0) {
			s.roles = ['other'];
			s.role = 'other';
		}
	}
}

/**
 * 一、2024年全县财政预算执行情况 in a report headed 2023年度: an account of what was carried out names no plan, whatever its
 * year (the report's own title and body may disagree on the year); nor does a report's own title repeated below it.
 */
const ACCOUNT_OF_DONE = /(?:执行|完成|开展|落实|推进|进展)情况|成效|成果|回顾|总结|报告/;

/** The title names the year the profile's plan is for. */
export function namesPlanYear(title: string, profile: Profile, reportYear: number | null): boolean {
	if (reportYear === null) {
		return false;
	}
	for (const m of title.matchAll(YEAR_IN_TITLE)) {
		if (parseYear(m[1]) === reportYear + profile.plan.yearOffset) {
			return true;
		}
	}
	return false;
}

const YEAR_IN_TITLE = /([12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3})\s*年/g;
