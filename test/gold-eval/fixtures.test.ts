import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../server/src/core/analyze';
import type { ReportFormat } from '../../server/src/core/types';
import { scoreMetrics } from '../helpers/scoreMetrics';
import { ROOT } from './evaluate';

/** Reports in forms the seeds lack, labelled by the same rules as the gold (test/fixtures/*.expect.json). */
interface Expectation {
	file: string;
	format: ReportFormat;
	profile: string;
	reportYear: number | null;
	title: string[];
	headings: { line: number; level: number; marker: string; title: string; role?: string; roles?: string[]; optional?: boolean }[];
	nonHeadings: { line: number; why: string }[];
	metrics: { line: number; col: number; text: string; value: number | string | null; unit: string | null; claim: boolean; optional?: boolean; kind: string; qualifier: string | null; approx: boolean }[];
	requiredSections: Record<string, { present: boolean; line: number | null }>;
}

const dir = join(ROOT, 'test', 'fixtures');
const expectations = readdirSync(dir).filter((f) => f.endsWith('.expect.json')).sort()
	.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expectation);

suite('fixtures in unseen forms (department, Markdown, 政府工作报告, appendix, planted defects)', () => {
	test('there are fixtures', () => {
		expect(expectations.length).toBeGreaterThanOrEqual(5);
	});

	for (const e of expectations) {
		const analysis = analyzeReport(readFileSync(join(dir, e.file), 'utf8'), { format: e.format });

		test(`${e.file}: title block, year, profile`, () => {
			expect(analysis.title).toEqual(e.title);
			expect(analysis.reportYear).toBe(e.reportYear);
			expect(analysis.profile).toBe(e.profile);
		});

		test(`${e.file}: headings, levels, markers, titles and roles`, () => {
			const predicted = new Map(analysis.allSections.map((s) => [s.line, s]));
			const problems: string[] = [];
			for (const h of e.headings) {
				const p = predicted.get(h.line);
				if (!p) {
					if (!h.optional) {
						problems.push(`${e.file}:${h.line} missed ${h.marker}${h.title}`);
					}
					continue;
				}
				const got = `${p.level} ${p.marker?.text ?? ''}${p.title.slice(0, 20)}${p.level === 1 ? ` ${p.role ?? '-'}` : ''}`;
				const want = `${h.level} ${h.marker}${h.title}${h.level === 1 ? ` ${h.role ?? '-'}` : ''}`;
				if (got !== want) {
					problems.push(`${e.file}:${h.line} got "${got}", expected "${want}"`);
				}
			}
			const labelled = new Set(e.headings.map((h) => h.line));
			for (const s of analysis.allSections) {
				if (!labelled.has(s.line)) {
					problems.push(`${e.file}:${s.line} is not a heading: ${s.marker?.text ?? ''}${s.title}`);
				}
			}
			expect(problems).toEqual([]);
		});

		test(`${e.file}: required parts`, () => {
			for (const [key, part] of Object.entries(e.requiredSections)) {
				expect({ key, present: analysis.requiredSections[key]?.present, line: analysis.requiredSections[key]?.line }).toEqual({ key, present: part.present, line: part.line });
			}
		});

		test(`${e.file}: numeric claims (precision and recall ≥ 0.95, no dates or names as claims)`, () => {
			const lineStart = (line: number) => analysis.lines[line - 1].start;
			const score = scoreMetrics(
				analysis.metrics.map((m) => ({ line: m.line, col: m.span.start - lineStart(m.line), text: m.text, value: m.value, unit: m.unit })),
				e.metrics.map((m) => ({ ...m, metric: m.claim })),
			);
			const detail = JSON.stringify({ missed: score.missed, wrong: score.falsePositives, nonClaims: score.nonClaimsReported }, null, 1);
			expect(score.precision, detail).toBeGreaterThanOrEqual(0.95);
			expect(score.recall, detail).toBeGreaterThanOrEqual(0.95);
			expect(score.nonClaimsReported.length, detail).toBeLessThanOrEqual(1);
		});
	}
});
