import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, suite, test } from 'vitest';
import { ROOT } from '../helpers';

// The grammar's expressions are written so that JavaScript reads them as Oniguruma does (no \p{…}, no \x{…}): these
// tests check what each rule matches here, and the e2e run tokenizes with VS Code's own TextMate engine.
interface Rule {
	match?: string;
	begin?: string;
	end?: string;
	name?: string;
	patterns?: Rule[];
	repository?: Record<string, Rule>;
}

const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes', 'policy-report.tmLanguage.json'), 'utf8')) as Rule & { scopeName: string };
const repository = grammar.repository ?? {};

function* allRules(rule: Rule): Generator<Rule> {
	yield rule;
	for (const child of [...(rule.patterns ?? []), ...Object.values(rule.repository ?? {})]) {
		yield* allRules(child);
	}
}

const headingRule = (scope: string) => {
	const rule = repository.heading.patterns?.find((p) => p.name?.startsWith(scope));
	if (!rule?.begin) {
		throw new Error(`no heading rule ${scope}`);
	}
	return new RegExp(rule.begin, 'u');
};
const matchOf = (name: string) => new RegExp(repository[name].match ?? '', 'gu');
const matches = (name: string, text: string) => [...text.matchAll(matchOf(name))].map((m) => m[0]);

suite('grammar: policy-report.tmLanguage.json', () => {
	test('is the grammar package.json points at, and every expression compiles', () => {
		const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string; path: string }[] } };
		expect(manifest.contributes.grammars).toEqual([expect.objectContaining({ scopeName: grammar.scopeName, path: './syntaxes/policy-report.tmLanguage.json' })]);
		for (const rule of allRules(grammar)) {
			for (const source of [rule.match, rule.begin, rule.end]) {
				expect(() => source === undefined || new RegExp(source, 'u')).not.toThrow();
			}
		}
	});

	test.each([
		['markup.heading.1', ['一、总体情况', '\u3000\u3000十二、其他', '三．下一步打算']],
		['markup.heading.2', ['（一）健全制度', '(三)规范执法', ' （十）其他', '㈢推进执法']],
		['markup.heading.3', ['1、学习贯彻', '2.全面推进', '12．加强监督', '３、推进', '⒋规范程序']],
		['markup.heading.4', ['（1）细化规则', '(2)强化考核', '⑿加强培训']],
		['markup.heading.5', ['①加强领导', '❷现场办理', '➊网上办理']],
		['markup.heading.part', ['第一部分 总体情况', '第二章 主要做法']],
		['markup.heading.outline', ['1.1 健全制度体系', '1.2.3推进一网通办', '3．1\u3000强化组织领导']],
	])('%s marks %j', (scope, samples) => {
		for (const sample of samples) {
			expect(headingRule(scope).test(sample), sample).toBe(true);
		}
	});

	test('numbers that start a line are not heading markers', () => {
		for (const text of ['1.5万人次参加培训', '2021年，我区', '100%完成']) {
			expect(headingRule('markup.heading.3').test(text), text).toBe(false);
		}
		for (const text of ['1.5万人次参加培训', '1.85亿元', '98.6%的事项']) {
			expect(headingRule('markup.heading.outline').test(text), text).toBe(false);
		}
	});

	test('figures take their qualifiers, multiplier and unit', () => {
		const figure = new RegExp(repository.figure.match ?? '', 'u');
		const parts = (text: string) => figure.exec(text)?.slice(1, 7);
		expect(parts('约5000余人次')).toEqual(['约', '5000', undefined, '余', '人次', undefined]);
		expect(parts('6546.22万元')).toEqual([undefined, '6546.22', '万', undefined, '元', undefined]);
		expect(parts('提高3个百分点')).toEqual([undefined, '3', undefined, undefined, '个百分点', undefined]);
		expect(parts('99.16%')).toEqual([undefined, '99.16', undefined, undefined, '%', undefined]);
		expect(parts('不少于12个月以上')).toEqual(['不少于', '12', undefined, undefined, '个月', '以上']);
	});

	test('dates, 《titles》 and document numbers', () => {
		expect(matches('date', '2020年8月，2021年度，3月15日')).toEqual(['2020年8月', '2021年', '3月15日']);
		expect(matches('document-title', '印发《惠济区2020年法治政府建设工作要点》和《民法典》')).toEqual(['《惠济区2020年法治政府建设工作要点》', '《民法典》']);
		expect(matches('document-number', '（惠法政〔2020〕1号）、豫政［2021］第12号')).toEqual(['〔2020〕1号', '［2021］第12号']);
	});

	test('run-in items start a clause, never inside a word', () => {
		expect(matches('run-in-item', '一是强化法治保障；二是加强培训。统一是前提')).toEqual(['一是', '二是']);
	});
});
