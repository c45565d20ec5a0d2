import { analyzeReport } from '../../../server/src/core/analyze';
import { checkReport, type CheckOptions, type Rule } from '../../../server/src/core/rules';
import type { AnalyzeOptions, Finding } from '../../../server/src/core/types';
import { lines } from '../helpers';

/** Title block and opening paragraph of a 2023 annual report: the body lines follow. */
export const HEAD = ['某县人民政府', '关于2023年度法治政府建设情况的报告', '2023年，县政府坚持以习近平法治思想为指导，深入推进依法行政。现将有关情况报告如下：'];

/** The four parts a 法治政府 annual report needs, each with a line of body text. */
export const PARTS = {
	measures: ['一、2023年主要工作及成效', '全年审查行政规范性文件12件。'],
	duty: ['二、党政主要负责人履行推进法治建设第一责任人职责情况', '县政府主要负责人带头尊法学法守法用法。'],
	shortcomings: ['三、存在的不足及原因', '个别部门依法决策意识不强，主要原因是学习培训不够。'],
	plan: ['四、2024年工作安排', '持续深化依法行政。'],
};

export function report(...body: string[]): string {
	return lines(...HEAD, ...body);
}

/** The findings of one rule on a text; a rule that is off by default is switched on. */
export function findingsOf(text: string, rule: string, options: CheckOptions = {}, analyze: AnalyzeOptions = {}): Finding[] {
	const rules = { [rule]: 'warning' as const, ...options.rules };
	const enabled = rule.startsWith('evidence.') ? { ...options, rules } : options;
	return checkReport(analyzeReport(text, analyze), enabled).filter((f) => f.rule === rule);
}

/** "line evidence" of each finding, to compare at a glance. */
export function where(findings: readonly Finding[]): string[] {
	return findings.map((f) => `${f.line ?? f.section} ${f.evidence ?? ''}`);
}

/**
 * Runs `run` with each of `rules` checking through `wrap` (which gets the rule's own check), and puts the checks back
 * afterwards, also when `run` throws: how a test sees which rules a check asks, and what they are given.
 */
export function withWrappedChecks<T>(rules: readonly Rule[], wrap: (rule: Rule, check: Rule['check']) => Rule['check'], run: () => T): T {
	const originals = rules.map((rule) => rule.check);
	rules.forEach((rule, i) => {
		(rule as { check: Rule['check'] }).check = wrap(rule, originals[i]);
	});
	try {
		return run();
	} finally {
		rules.forEach((rule, i) => {
			(rule as { check: Rule['check'] }).check = originals[i];
		});
	}
}
