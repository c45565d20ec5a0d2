import { detached } from '../detach';
import { readDirectives } from '../directives';
import { fixFor } from '../fixes';
import { CONFUSABLES, type Confusable } from '../lexicon/confusables';
import type { Finding, ReportAnalysis, Severity } from '../types';
import { FindingCarry, keepRuleLog, readEveryLine } from './carry';
import { evidenceHedging } from './evidence/hedging';
import { evidenceNoFigures } from './evidence/noFigures';
import { formatMessage, RULE_REASONS, type Language, type RuleReason } from './messages';
import { metricPartExceedsWhole } from './metric/partExceedsWhole';
import { metricPercentMismatch } from './metric/percentMismatch';
import { metricRateOver100 } from './metric/rateOver100';
import { metricSumMismatch } from './metric/sumMismatch';
import { numberingDuplicate } from './numbering/duplicate';
import { numberingGap } from './numbering/gap';
import { numberingLevelOrder } from './numbering/levelOrder';
import { numberingMixedStyle } from './numbering/mixedStyle';
import { numberingOrder } from './numbering/order';
import { numberingUnmarkedHeading } from './numbering/unmarkedHeading';
import { numberingWidthMix } from './numbering/widthMix';
import { lineAt } from './positions';
import { structureMissingSection } from './structure/missingSection';
import { structureNoCauses } from './structure/noCauses';
import { textConfusable } from './text/confusable';
import { textConversionArtifact } from './text/conversionArtifact';
import { textGarbledUnit } from './text/garbledUnit';
import { textMixedPercentSign } from './text/mixedPercentSign';
import { textPageNumber } from './text/pageNumber';
import { textSpaceInQuantity } from './text/spaceInQuantity';
import { ALL_LINES } from './scope';
import type { RawFinding, Rule, RuleContext } from './types';
import { yearPeriod } from './year/period';
import { yearPlanYear } from './year/planYear';

export type { Confusable } from '../lexicon/confusables';
export type { Language } from './messages';
export type { RawFinding, Rule, RuleContext } from './types';

/** The rule table: one line per rule. A new check is a rule file, a line here, its texts in messages.ts and a test. */
export const RULES: readonly Rule[] = [
	structureMissingSection,
	structureNoCauses,
	numberingGap,
	numberingDuplicate,
	numberingOrder,
	numberingMixedStyle,
	numberingWidthMix,
	numberingUnmarkedHeading,
	numberingLevelOrder,
	metricPercentMismatch,
	metricSumMismatch,
	metricRateOver100,
	metricPartExceedsWhole,
	yearPlanYear,
	yearPeriod,
	textConversionArtifact,
	textPageNumber,
	textSpaceInQuantity,
	textGarbledUnit,
	textMixedPercentSign,
	textConfusable,
	evidenceNoFigures,
	evidenceHedging,
];

export type RuleSetting = Severity | 'off';

export interface CheckOptions {
	/** Per-rule severity, by id (`numbering.gap`) or by group (`evidence.*`); the id wins over its group. */
	rules?: Readonly<Record<string, RuleSetting>>;
	/**
	 * More confusable phrases, checked with the built-in list; an entry with the same `wrong` replaces the built-in one.
	 * Each array is read once and its merged list kept: pass a new array to change the entries.
	 */
	confusables?: readonly Confusable[];
	language?: Language;
	/** False leaves out the repairs: an editor shows findings on every keystroke but needs fixes only when asked. */
	fixes?: boolean;
	/**
	 * The last checked analysis of the same document, checked with the same language and confusables: line-local rules
	 * then look only at the lines that changed. The findings are the same as without it.
	 */
	previous?: ReportAnalysis;
}

export interface RuleDoc {
	defaultSeverity: RuleSetting;
	reason: RuleReason;
}

/** What the editor shows about a rule (hover, code description): its default and the reason behind it. */
export const ruleDocs: Readonly<Record<string, RuleDoc>> = Object.fromEntries(
	RULES.map((rule) => [rule.id, { defaultSeverity: rule.defaultSeverity, reason: RULE_REASONS[rule.id] }]),
);

/**
 * Runs the rule table over an analysis: findings in document order, whole-document findings first, each with its fix
 * when one is certain. Inline comments in the text switch rules off over the settings given here.
 */
export function checkReport(analysis: ReportAnalysis, options: CheckOptions = {}): Finding[] {
	const language = options.language ?? 'zh';
	const wording = JSON.stringify([language, options.confusables ?? []]);
	const carry = options.previous ? FindingCarry.plan(options.previous, analysis, wording) : undefined;
	const context: RuleContext = {
		language,
		confusables: mergeConfusables(options.confusables),
		message: (key, args) => formatMessage(key, args, language),
		scope: ALL_LINES,
		perLine: (key, read) => (carry ? carry.perLine(key, read) : readEveryLine(analysis, key, read)),
	};
	const log = new Map<string, readonly RawFinding[]>();
	const directives = readDirectives(analysis.lines);
	const findings: Finding[] = [];
	for (const rule of RULES) {
		const configured = settingOf(rule.id, options.rules ?? {});
		const level = configured ?? rule.defaultSeverity;
		if (level === 'off') {
			continue;
		}
		const earlier = rule.local || rule.structural ? carry?.earlier(rule.id) : undefined;
		const kept = carry && earlier && rule.structural ? carry.carryAll(earlier) : undefined;
		const raws = kept ?? (carry && earlier && rule.local ? [...carry.carry(earlier), ...rule.check(analysis, { ...context, scope: carry.scope }).map(detachedFinding)] : fresh(rule, analysis, context, carry !== undefined));
		log.set(rule.id, raws);
		for (const raw of raws) {
			const line = raw.span ? lineAt(analysis, raw.span.start) : null;
			if (directives.disables(rule.id, line)) {
				continue;
			}
			const fix = options.fixes === false ? undefined : fixFor(rule.id, analysis, raw, context);
			findings.push({
				rule: rule.id,
				severity: configured === undefined ? raw.severity ?? level : level,
				span: raw.span,
				line,
				message: raw.message,
				evidence: raw.evidence,
				section: raw.section ?? null,
				...(fix ? { fix } : {}),
			});
		}
	}
	keepRuleLog(analysis, wording, log);
	return findings.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1) || (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0));
}

/** A rule's findings made anew; when a check carries others, they will be carried on in turn, so they keep no text. */
function fresh(rule: Rule, analysis: ReportAnalysis, context: RuleContext, carrying: boolean): RawFinding[] {
	const raws = rule.check(analysis, context);
	return carrying && rule.structural ? raws.map(detachedFinding) : raws;
}

/** A finding made while others are carried from the last version: it will be carried on in turn. */
function detachedFinding(raw: RawFinding): RawFinding {
	raw.message = detached(raw.message);
	raw.evidence = raw.evidence === null ? null : detached(raw.evidence);
	return raw;
}

const RULE_ORDER = new Map(RULES.map((rule, i) => [rule.id, i]));

function settingOf(id: string, rules: Readonly<Record<string, RuleSetting>>): RuleSetting | undefined {
	return rules[id] ?? rules[`${id.slice(0, id.indexOf('.'))}.*`];
}

/** The same list for the same extra entries, so what a rule builds from the list can be kept with it. */
const MERGED = new WeakMap<readonly Confusable[], readonly Confusable[]>();
const NO_EXTRA: readonly Confusable[] = [];

function mergeConfusables(extra: readonly Confusable[] = NO_EXTRA): readonly Confusable[] {
	let merged = MERGED.get(extra);
	if (!merged) {
		const replaced = new Set(extra.map((c) => c.wrong));
		merged = [...CONFUSABLES.filter((c) => !replaced.has(c.wrong)), ...extra.filter((c) => c.wrong.length > 0)];
		MERGED.set(extra, merged);
	}
	return merged;
}
