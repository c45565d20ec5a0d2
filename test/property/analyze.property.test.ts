import fc from 'fast-check';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../server/src/core/analyze';
import type { ReportAnalysis, Section, Span } from '../../server/src/core/types';

const MARKERS = ['一、', '（一）', '(二)', '1、', '2.', '3．', '（1）', '(2)', '①', '一是', '二是', '一要', '第一部分', '——', '［1］', '', ' ', '\u3000'];
const PIECES = ['55件', '18.85万余条', '1.85亿元', '98%以上', '100％', '2020年', '8月11日', '〔2020〕1号', '十四五', '一网通办', '约', '余', '。', '，', '：', '\n', '\r\n', '\r', '𠮷', '\ud800', '\udfff', '\ufeff', '[bookmark: _GoBack]', '— 12 —', '存在的问题', '下步打算'];

const reportish = fc.array(fc.oneof(fc.constantFrom(...MARKERS, ...PIECES), fc.string({ maxLength: 8 }), fc.stringMatching(/^[0-9０-９.,，%]{1,6}$/)), { maxLength: 200 }).map((parts) => parts.join(''));

function checkSpan(text: string, span: Span, what: string): void {
	expect(span.start, what).toBeGreaterThanOrEqual(0);
	expect(span.end, what).toBeGreaterThanOrEqual(span.start);
	expect(span.end, what).toBeLessThanOrEqual(text.length);
	for (const offset of [span.start, span.end]) {
		const before = text.charCodeAt(offset - 1);
		const at = text.charCodeAt(offset);
		const splitsPair = before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
		expect(splitsPair, `${what} splits a surrogate pair at ${offset}`).toBe(false);
	}
}

function checkSections(a: ReportAnalysis, sections: readonly Section[], parent: Section | null): void {
	for (const s of sections) {
		checkSpan(a.text, s.span, `section at line ${s.line}`);
		checkSpan(a.text, s.headingSpan, `heading at line ${s.line}`);
		checkSpan(a.text, s.titleSpan, `title at line ${s.line}`);
		expect(s.level).toBe(parent ? parent.level + 1 : 1);
		if (parent) {
			expect(s.span.start).toBeGreaterThanOrEqual(parent.span.start);
			expect(s.span.end).toBeLessThanOrEqual(parent.span.end);
		}
		checkSections(a, s.children, s);
	}
}

function checkAnalysis(text: string): void {
	const a = analyzeReport(text);
	checkSections(a, a.sections, null);
	let previousEnd = 0;
	for (const m of a.mentions) {
		checkSpan(text, m.span, `mention ${m.text}`);
		expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
		expect(m.span.start, 'mentions are sorted and do not overlap').toBeGreaterThanOrEqual(previousEnd);
		previousEnd = m.span.end;
	}
	for (const item of a.items) {
		checkSpan(text, item.span, `item ${item.marker.text}`);
	}
	const md = analyzeReport(text, { format: 'markdown' });
	checkSections(md, md.sections, null);
}

suite('analyzeReport on any input', () => {
	test('random unicode returns a well-formed model', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkAnalysis), { numRuns: 300 });
	});

	test('report-like strings of markers, numbers and residue return a well-formed model', () => {
		fc.assert(fc.property(reportish, checkAnalysis), { numRuns: 500 });
	});

	test('lone surrogates and pairs', () => {
		fc.assert(fc.property(fc.array(fc.constantFrom('\ud842\udfb7', '\ud800', '\udc00', '一、', '5件', '\n'), { maxLength: 60 }).map((a) => a.join('')), checkAnalysis), { numRuns: 300 });
	});

	test('100 000 characters without a newline', () => {
		checkAnalysis('一、'.concat('受理案件55件，办结率100%。'.repeat(6250)));
		checkAnalysis('9'.repeat(100_000));
		checkAnalysis('件'.repeat(100_000));
	});

	test('lines full of unclosed conversion residue ([bookmark:, { PAGE \\*) return (no backtracking blow-up)', () => {
		checkAnalysis('[bookmark:'.repeat(10_000));
		checkAnalysis('{ PAGE \\* '.repeat(10_000));
		const md = '# ' + '[bookmark:{ \\*'.repeat(8000);
		expect(analyzeReport(md, { format: 'markdown' }).sections.length).toBeGreaterThanOrEqual(0);
	});

	test('only markers, only digits', () => {
		checkAnalysis(Array.from({ length: 5000 }, (_, i) => MARKERS[i % MARKERS.length]).join('\n'));
		checkAnalysis(Array.from({ length: 5000 }, (_, i) => String(i)).join('\n'));
		checkAnalysis('（一）\n'.repeat(20_000));
	});
});
