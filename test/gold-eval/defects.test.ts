import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../server/src/core/analyze';
import { checkReport } from '../../server/src/core/rules';
import type { ProfileId, ReportFormat } from '../../server/src/core/types';
import { describeDefect, describeFinding, loadDisputes, scoreDefects, type GoldDefect } from './defects';

const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');
const GOLD = join(ROOT, 'test', 'gold');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const CLEAN = join(FIXTURES, 'clean');

const read = (path: string) => readFileSync(path, 'utf8');
const formatOf = (file: string): ReportFormat => (file.endsWith('.md') ? 'markdown' : 'text');

suite('gold defects on the seeds', () => {
	const disputes = loadDisputes(ROOT);
	const stems = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

	test('there are five seeds', () => {
		expect(stems).toHaveLength(5);
	});

	for (const stem of stems) {
		test(`${stem}: every labelled defect with its rule and line, no other warning or error`, () => {
			const expected = JSON.parse(read(join(GOLD, `${stem}.expected.json`))) as { clean: boolean; defects: GoldDefect[] };
			const disputed = new Set(disputes.filter((d) => d.file.includes(stem)).map((d) => d.line));
			const score = scoreDefects(checkReport(analyzeReport(read(join(SEEDS, `${stem}.txt`)))), expected.defects, disputed);
			expect(score.misses.map(describeDefect), 'missed defects').toEqual([]);
			expect(score.extra.map(describeFinding), 'warnings or errors that are no labelled defect').toEqual([]);
			if (expected.clean) {
				expect(score.hits).toEqual([]);
			}
		});
	}
});

interface FixtureExpectation {
	file: string;
	format?: ReportFormat;
	profile?: ProfileId;
	defects: GoldDefect[];
}

suite('fixtures: planted defects are found, clean reports stay clean', () => {
	const expectations = readdirSync(FIXTURES).filter((f) => f.endsWith('.expect.json')).sort()
		.map((f) => JSON.parse(read(join(FIXTURES, f))) as FixtureExpectation);

	test('the department, district and planted-defect fixtures are there', () => {
		expect(expectations.map((e) => e.file)).toEqual(expect.arrayContaining(['dept-2023.txt', 'district-2022.md', 'defects-planted.txt']));
	});

	for (const e of expectations) {
		test(`${e.file}: ${e.defects.length} labelled defect(s), no other warning or error`, () => {
			const analysis = analyzeReport(read(join(FIXTURES, e.file)), { format: e.format ?? formatOf(e.file), profile: e.profile });
			const score = scoreDefects(checkReport(analysis), e.defects);
			expect(score.misses.map(describeDefect), 'missed defects').toEqual([]);
			expect(score.extra.map(describeFinding), 'warnings or errors that are no labelled defect').toEqual([]);
		});
	}
});

suite('repaired seeds (test/fixtures/clean) stay clean', () => {
	const files = readdirSync(CLEAN).sort();

	test('every seed has a repaired copy', () => {
		expect(files).toHaveLength(5);
	});

	for (const file of files) {
		test(`${file}: no warning or error`, () => {
			const findings = checkReport(analyzeReport(read(join(CLEAN, file)), { format: formatOf(file) }));
			expect(findings.filter((f) => f.severity === 'warning' || f.severity === 'error').map(describeFinding)).toEqual([]);
		});
	}
});
