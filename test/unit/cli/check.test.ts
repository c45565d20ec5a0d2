import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, expect, suite, test } from 'vitest';
import { RULE_TITLES } from '../../../server/src/cli/ruleTitles';
import type { FindingJson, ReportJson } from '../../../server/src/core/json';
import { RULES } from '../../../server/src/core/rules';
import { ensureBuilt } from '../../helpers/build';
import { ROOT } from '../helpers';

const cli = join(ROOT, 'dist', 'cli.js');
/**
 * The SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK publishes it (sarif-2.1.0-rtm.5, the schema of the OASIS 2.1.0
 * release), shipped in the npm package @microsoft/jest-sarif. It is draft-04 JSON Schema, hence ajv-draft-04.
 */
const SARIF_SCHEMA = join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

function run(...args: string[]) {
	return spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
}

const made: string[] = [];
afterAll(() => {
	for (const dir of made) {
		rmSync(dir, { recursive: true, force: true });
	}
});

/** A folder with one report that has a numbering gap (line 6) and a confusable phrase, and an optional project file. */
function project(config?: object): string {
	const dir = mkdtempSync(join(tmpdir(), 'prl-check-'));
	made.push(dir);
	const report = ['某县人民政府', '关于2023年度法治政府建设情况的报告', '2023年，县政府深入推进依法行政。', '一、2023年主要工作及成效', '（一）健全制度体系', '（三）规范行政执法。截止目前，已全部整改到位。',
		'二、党政主要负责人履行推进法治建设第一责任人职责情况', '县政府主要负责人带头尊法学法守法用法。', '三、存在的不足及原因', '个别部门依法决策意识不强，主要原因是学习培训不够。', '四、2024年工作安排', '持续深化依法行政。'];
	writeFileSync(join(dir, 'report.txt'), report.join('\n'));
	if (config) {
		writeFileSync(join(dir, '.policyreportrc.json'), JSON.stringify(config));
	}
	return dir;
}

const rulesOf = (json: ReportJson[]) => json.flatMap((r) => r.findings.map((f) => f.rule));

suite('policy-report check', () => {
	beforeAll(ensureBuilt, 120_000);

	test('exit code by severity: 0 below --fail-on (default error), 1 at or above it', () => {
		const seeds = run('check', 'seeds');
		expect(seeds.status, seeds.stderr).toBe(0);
		expect(run('check', 'seeds', '--fail-on', 'warning').status).toBe(1);
		expect(run('check', 'seeds', '--fail-on', 'error').status).toBe(0);
		expect(run('check', project({ rules: { 'numbering.gap': 'error' } })).status).toBe(1);
	});

	test('exit code 2 for a file that cannot be read, the others still checked; bad arguments too', () => {
		const result = run('check', 'seeds/003_bb0d26e07b32a41b.txt', 'missing.txt');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('missing.txt: file not found');
		expect(result.stdout).toContain('seeds/003_bb0d26e07b32a41b.txt:11:2 warning numbering.gap');
		expect(run('check', 'seeds', '--fail-on', 'hint').status).toBe(2);
		expect(run('check', 'seeds', '--format', 'xml').status).toBe(2);
		expect(run('analyze', 'seeds', '--format', 'sarif').status).toBe(2);
	});

	test('text: one line per finding, file:line:col severity rule message, columns 1-based', () => {
		const text = run('check', 'seeds').stdout.trimEnd().split('\n');
		const json = JSON.parse(run('check', 'seeds', '--format', 'json').stdout) as ReportJson[];
		const findings = json.flatMap((r) => r.findings.map((f) => ({ file: r.file, ...f })));
		expect(text).toHaveLength(findings.length);
		text.forEach((line, i) => {
			const f = findings[i];
			expect(line).toBe(`${f.file}:${f.line ?? 1}:${(f.col ?? 0) + 1} ${f.severity} ${f.rule} ${f.message}`);
		});
		expect(text).toContain('seeds/003_bb0d26e07b32a41b.txt:11:2 warning numbering.gap 序号不连续：缺少“（三）”，此处为“（四）”');
	});

	test('json: the analyze JSON', () => {
		expect(JSON.parse(run('check', 'seeds', '--format', 'json').stdout)).toEqual(JSON.parse(run('analyze', 'seeds', '--format', 'json').stdout));
	});

	test('the project file above each file applies, in check and analyze alike', () => {
		const plain = project();
		expect(rulesOf(JSON.parse(run('check', plain, '--format', 'json').stdout) as ReportJson[])).toEqual(['numbering.gap', 'text.confusable']);
		const quiet = project({ rules: { 'numbering.gap': 'off' }, confusables: [{ wrong: '规范行政执法', right: '严格行政执法' }] });
		expect(rulesOf(JSON.parse(run('check', quiet, '--format', 'json').stdout) as ReportJson[])).toEqual(['text.confusable', 'text.confusable']);
		expect(rulesOf(JSON.parse(run('analyze', quiet, '--format', 'json').stdout) as ReportJson[])).toEqual(['text.confusable', 'text.confusable']);
		expect(run('check', quiet).stdout).not.toContain('numbering.gap');
	});

	test('a broken project file stops its reports with exit code 2 and says why', () => {
		const dir = project();
		writeFileSync(join(dir, '.policyreportrc.json'), '{"rules": {"numbering.gpa": "off"}}');
		const result = run('check', dir);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('numbering.gpa');
	});
});

suite('policy-report check --format sarif', () => {
	beforeAll(ensureBuilt, 120_000);

	function sarifOf(...args: string[]): Sarif.Log {
		const result = run('check', ...args, '--format', 'sarif');
		expect(result.status, result.stderr).not.toBe(2);
		return JSON.parse(result.stdout) as Sarif.Log;
	}

	test('the seeds\' log validates against the official SARIF 2.1.0 schema', () => {
		expect(existsSync(SARIF_SCHEMA), `${SARIF_SCHEMA}: the SARIF 2.1.0 schema must be installed (npm ci)`).toBe(true);
		// The schema's formats, checked here without the ajv-formats plugin: URIs hold only URI characters.
		const formats = {
			'uri': /^[a-z][a-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/i,
			'uri-reference': /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/,
			'date-time': (value: string) => !Number.isNaN(Date.parse(value)),
		};
		const validate = new AjvDraft04({ allErrors: true, strict: false, formats, unicodeRegExp: false }).compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as object);
		const log = sarifOf('seeds');
		expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
		// The schema bites: a wrong version or a result without a message is rejected.
		expect(validate({ ...log, version: '2.0.0' })).toBe(false);
		expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ruleId: 'numbering.gap' }] }] })).toBe(false);
	});

	test('one result per JSON finding, same rule, place, level and message; never an empty list for the seeds', () => {
		const log = sarifOf('seeds');
		const json = JSON.parse(run('check', 'seeds', '--format', 'json').stdout) as ReportJson[];
		const findings = json.flatMap((r) => r.findings.map((f) => ({ file: r.file, ...f })));
		const results = log.runs[0].results ?? [];
		expect(results.length).toBeGreaterThan(0);
		expect(results).toHaveLength(findings.length);
		const level = (f: FindingJson) => (f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note');
		results.forEach((r, i) => {
			const f = findings[i];
			const location = r.locations?.[0].physicalLocation;
			expect(r.ruleId).toBe(f.rule);
			expect(r.level).toBe(level(f));
			expect(r.message.text).toBe(f.message);
			expect(decodeURIComponent(location?.artifactLocation?.uri ?? '')).toBe(f.file);
			expect(location?.region?.startLine).toBe(f.line ?? undefined);
			expect(location?.region?.startColumn).toBe(f.col === null ? undefined : f.col + 1);
			expect(log.runs[0].tool.driver.rules?.[r.ruleIndex ?? -1]?.id).toBe(f.rule);
		});
	});

	test('the run: UTF-16 columns, every rule described, fixes where the finding has one', () => {
		const run0 = sarifOf('seeds').runs[0];
		expect(run0.columnKind).toBe('utf16CodeUnits');
		expect(run0.tool.driver.name).toBe('policy-report');
		expect(run0.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
		expect(run0.tool.driver.informationUri).toBeUndefined();
		const gap = run0.tool.driver.rules?.find((r) => r.id === 'numbering.gap');
		expect(gap).toMatchObject({ shortDescription: { text: '序号不连续' }, defaultConfiguration: { level: 'warning' } });
		expect(gap?.fullDescription?.text).toContain('GB/T 9704-2012');
		expect(run0.tool.driver.rules?.find((r) => r.id === 'evidence.hedging')?.defaultConfiguration).toEqual({ enabled: false });
		const gapResult = run0.results?.find((r) => r.ruleId === 'numbering.gap' && r.locations?.[0].physicalLocation?.region?.startLine === 11);
		expect(gapResult?.fixes?.[0].description?.text).toBe('重新编排本级序号');
		expect(gapResult?.fixes?.[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { startLine: 11, startColumn: 2, endLine: 11, endColumn: 5 }, insertedContent: { text: '（三）' } });
		const page = run0.results?.find((r) => r.ruleId === 'text.page-number');
		expect(page?.fixes?.[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { startLine: 39, startColumn: 1, endLine: 40, endColumn: 1 } });
	});

	test('a file that cannot be read is a tool notification and a failed invocation', () => {
		const result = run('check', 'seeds/001_1867eea4f21729fd.txt', 'missing.txt', '--format', 'sarif');
		expect(result.status).toBe(2);
		const invocation = (JSON.parse(result.stdout) as Sarif.Log).runs[0].invocations?.[0];
		expect(invocation?.executionSuccessful).toBe(false);
		expect(invocation?.toolExecutionNotifications?.[0].message.text).toBe('file not found');
	});

	test('every rule has a short title in both languages', () => {
		for (const rule of RULES) {
			expect(RULE_TITLES[rule.id]?.zh, rule.id).toBeTruthy();
			expect(RULE_TITLES[rule.id]?.en, rule.id).toBeTruthy();
		}
		expect(Object.keys(RULE_TITLES).sort()).toEqual(RULES.map((r) => r.id).sort());
	});
});
