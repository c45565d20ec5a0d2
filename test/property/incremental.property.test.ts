import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../server/src/core/analyze';
import { checkReport, RULES, type CheckOptions } from '../../server/src/core/rules';
import type { AnalyzeOptions, ReportAnalysis } from '../../server/src/core/types';
import { ROOT } from '../unit/helpers';

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
	.map((f) => ({ name: f, text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));
/** The seeds, the fixture with a defect of every kind, and one with PDF page furniture, so edits land near findings of each rule. */
const REPORTS = [...SEEDS, ...['defects-planted.txt', 'street-pdf-2023.txt'].map((name) => ({ name, text: readFileSync(join(ROOT, 'test', 'fixtures', name), 'utf8') }))];

/** What an edit may insert: characters that start or end numbers, markers that make a line a heading, line breaks. */
const INSERTS = ['的', '和', '5', '０', '.', '万', '余', '%', '件', '一、', '（二）', '1.', '一是', '二是', '\n', '\r\n', '\n\n', '𠮷', '。', '，', '“', '”', '2021年', '十四五', ''];

interface Edit {
	at: number;
	remove: number;
	insert: string;
}

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: fc.constantFrom(...INSERTS) });

function apply(text: string, { at, remove, insert }: Edit): string {
	const start = Math.min(text.length, Math.floor(at * text.length));
	return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

/** Everything an analysis holds, as plain data: the reused analysis must match a fresh one exactly. */
function plain(a: ReportAnalysis): unknown {
	return JSON.parse(JSON.stringify(a));
}

function expectSame(text: string, previous: ReportAnalysis, options: AnalyzeOptions, what: string): ReportAnalysis {
	const reused = analyzeReport(text, { ...options, previous });
	expect(plain(reused), what).toEqual(plain(analyzeReport(text, options)));
	return reused;
}

suite('an analysis that reuses the previous version’s mentions equals a fresh one', () => {
	test.each(SEEDS)('$name: a chain of random edits, each analyzed from the one before', ({ name, text }) => {
		fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom<AnalyzeOptions['format']>('text', 'markdown'), (edits, format) => {
			let current = text;
			let previous = analyzeReport(current, { format });
			for (const e of edits) {
				current = apply(current, e);
				previous = expectSame(current, previous, { format }, `${name} after ${JSON.stringify(e)}`);
			}
		}), { numRuns: 40 });
	});

	test('a line that becomes a heading is read again from after its marker', () => {
		const before = '一、工作\n办理案件55件，其中行政复议12件。\n二、问题\n';
		const after = '一、工作\n1.办理案件55件，其中行政复议12件。\n二、问题\n';
		const reused = expectSame(after, analyzeReport(before), {}, 'marker added');
		expect(reused.mentions.map((m) => m.text)).toEqual(['1.', '55件', '12件']);
	});

	test('an unchanged line that a blank line above turns into a heading is read again', () => {
		// In Markdown a （1） line that continues a paragraph is body text, and its own paragraph makes it a heading.
		const before = '一、工作\n\n办理如下：\n（1）办理案件5件\n';
		const after = '一、工作\n\n办理如下：\n\n（1）办理案件5件\n';
		const reused = expectSame(after, analyzeReport(before, { format: 'markdown' }), { format: 'markdown' }, 'blank line inserted');
		expect(reused.mentions.map((m) => m.text)).toEqual(['（1）', '5件']);
	});

	test('mentions after an edit move with their line', () => {
		const before = '办理案件55件。\n受理申请12件。\n';
		const after = `新增一行。\n${before}`;
		const reused = expectSame(after, analyzeReport(before), {}, 'line inserted above');
		expect(reused.mentions.map((m) => [m.line, after.slice(m.span.start, m.span.end)])).toEqual([[2, '55件'], [3, '12件']]);
	});

	test('untouched lines are really taken over and the edited one is read again', () => {
		// A label planted in the previous analysis shows which mentions were copied rather than read.
		const before = '办理案件55件。\n受理申请12件。\n处理投诉7件。\n';
		const previous = analyzeReport(before);
		for (const m of previous.mentions) {
			m.label = `planted ${m.text}`;
		}
		const after = before.replace('受理申请12件', '受理申请13件');
		const reused = analyzeReport(after, { previous });
		expect(reused.mentions.map((m) => [m.text, m.label])).toEqual([['55件', 'planted 55件'], ['13件', '申请'], ['7件', 'planted 7件']]);
	});

	test('a mention that stays where it was is the previous analysis\' object; one the edit moved is a copy', () => {
		const before = '一、工作\n办理案件55件。\n二、问题\n受理申请12件。\n';
		const previous = analyzeReport(before);
		const snapshot = JSON.stringify(previous);
		const after = before.replace('办理案件', '依法办理案件');
		const reused = analyzeReport(after, { previous });
		const [first, second] = reused.mentions;
		expect([first.text, second.text]).toEqual(['55件', '12件']);
		// 55件 is on the edited line: read again. 12件 moved: copied to its new place. Nothing else is left to share.
		expect(previous.mentions).not.toContain(first);
		expect(previous.mentions).not.toContain(second);
		expect(after.slice(second.span.start, second.span.end)).toBe('12件');
		// An edit below leaves both where they were, in the same sections: the very objects are shared.
		const later = analyzeReport(`${after}新增一行。\n`, { previous: reused });
		expect(later.mentions[0]).toBe(first);
		expect(later.mentions[1]).toBe(second);
		expect(JSON.stringify(previous)).toBe(snapshot);
	});

	test('a mention whose line stays put but whose section changes is a copy; the previous analysis keeps its own', () => {
		// 说明如下： → 二、说明如 (as long) makes the line above a heading: 12件 keeps its place and line but moves to section 1.
		const before = '一、工作\n说明如下：\n受理申请12件。\n';
		const previous = analyzeReport(before);
		const [old] = previous.mentions;
		const after = expectSame(before.replace('说明如下：', '二、说明如'), previous, {}, 'heading made above');
		const [moved] = after.mentions.filter((m) => m.text === '12件');
		expect([old.sectionId, moved.sectionId]).toEqual([0, 1]);
		expect(moved).not.toBe(old);
	});

	test('other set phrases are not taken from an analysis made with different ones', () => {
		const text = '开展三进活动5次。\n';
		const previous = analyzeReport(text);
		const reused = expectSame(text, previous, { setPhrases: ['三进'] }, 'set phrases changed');
		expect(reused.mentions.find((m) => m.text.startsWith('三'))?.claim ?? false).toBe(false);
	});
});

suite('a check that carries over the previous version’s findings equals a fresh one', () => {
	const settings: CheckOptions[] = [{}, { language: 'en' }, { confusables: [{ wrong: '办理', right: '办结' }] }];

	test.each(REPORTS)('$name: a chain of random edits, each checked against the one before', ({ name, text }) => {
		fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom(...settings), (edits, options) => {
			let current = text;
			let previous = analyzeReport(current, { format: 'text' });
			checkReport(previous, options);
			for (const e of edits) {
				current = apply(current, e);
				const analysis = analyzeReport(current, { previous });
				const carried = checkReport(analysis, { ...options, previous });
				expect(carried, `${name} after ${JSON.stringify(e)}`).toEqual(checkReport(analyzeReport(current), options));
				previous = analysis;
			}
		}), { numRuns: 30 });
	});

	test('after a one-line edit the line-local rules are asked about that line only', () => {
		const text = readFileSync(join(ROOT, 'seeds', SEEDS[0].name), 'utf8');
		const previous = analyzeReport(text);
		checkReport(previous);
		const edited = text.replace('件', '件的');
		const asked = new Map<string, number>();
		const local = RULES.filter((rule) => rule.local);
		const originals = local.map((rule) => rule.check);
		local.forEach((rule, i) => {
			(rule as { check: typeof rule.check }).check = (analysis, context) => {
				asked.set(rule.id, context.scope.all ? analysis.lines.length : context.scope.lines(analysis).length);
				return originals[i](analysis, context);
			};
		});
		try {
			checkReport(analyzeReport(edited, { previous }), { previous });
		} finally {
			local.forEach((rule, i) => {
				(rule as { check: typeof rule.check }).check = originals[i];
			});
		}
		expect(local.length).toBeGreaterThanOrEqual(5);
		expect([...asked.values()]).toEqual(local.map(() => 1));
	});

	test('a running header that stops being one, its own line unchanged, loses its finding', () => {
		const text = ['某街道办事处', '关于2023年度法治政府建设工作情况的报告', '一、主要举措和成效', '全年调解纠纷87件。', '— 1 —', '', '青云街道法治政府建设工作报告', '（一）加强领导', '全年学法12次。', '— 2 —', '', '青云街道法治政府建设工作报告', '二、存在的不足', '队伍力量不足。', ''].join('\n');
		const previous = analyzeReport(text);
		expect(checkReport(previous).filter((f) => f.rule === 'text.conversion-artifact')).toHaveLength(2);
		const edited = text.replace('— 2 —', '正文一句。');
		const carried = checkReport(analyzeReport(edited, { previous }), { previous });
		expect(carried).toEqual(checkReport(analyzeReport(edited)));
		expect(carried.filter((f) => f.rule === 'text.conversion-artifact')).toEqual([]);
	});

	test('a check worded in another language starts afresh', () => {
		const text = readFileSync(join(ROOT, 'seeds', SEEDS[3].name), 'utf8');
		const previous = analyzeReport(text);
		checkReport(previous, { language: 'en' });
		const findings = checkReport(analyzeReport(text, { previous }), { previous });
		expect(findings).toEqual(checkReport(analyzeReport(text)));
		expect(findings.some((f) => /[\u4e00-\u9fff]/.test(f.message))).toBe(true);
	});
});
