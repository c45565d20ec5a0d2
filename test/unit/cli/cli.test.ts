import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, expect, onTestFinished, suite, test } from 'vitest';
import { analyzeReport, checkReport, toReportJson } from '../../../server/src/core/index';
import { ensureBuilt } from '../../helpers/build';
import { ROOT } from '../helpers';

const cli = join(ROOT, 'dist', 'cli.js');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

function run(...args: string[]) {
	return spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
}

suite('the policy-report command', () => {
	beforeAll(ensureBuilt, 120_000);

	test('analyze seeds --format json: valid against the schema, one object per seed, in name order', () => {
		const result = run('analyze', 'seeds', '--format', 'json');
		expect(result.status, result.stderr).toBe(0);
		const json = JSON.parse(result.stdout) as { file: string; sections: unknown[]; findings: { rule: string; line: number | null }[] }[];
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
		expect(json.map((r) => r.file)).toEqual(['seeds/000_127523993d1b692c.txt', 'seeds/001_1867eea4f21729fd.txt', 'seeds/002_1a52504bc4d5246d.txt', 'seeds/003_bb0d26e07b32a41b.txt', 'seeds/004_8a7a72f55b4861e6.txt']);
		expect(json[3].findings).toContainEqual(expect.objectContaining({ rule: 'numbering.gap', line: 11, col: 1, evidence: '（四）' }));
	});

	test('the JSON equals the library\'s toReportJson + checkReport for the same file', () => {
		const file = 'seeds/003_bb0d26e07b32a41b.txt';
		const analysis = analyzeReport(readFileSync(join(ROOT, file), 'utf8'));
		const expected = toReportJson(analysis, { file, findings: checkReport(analysis) });
		expect(JSON.parse(run('analyze', file, '--format', 'json').stdout)).toEqual([expected]);
	});

	test('text output shows the outline, the parts and the metrics table', () => {
		const result = run('analyze', 'seeds/000_127523993d1b692c.txt');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('一、2020年度法治政府建设工作成效');
		expect(result.stdout).toMatch(/✗ 第一责任人职责: 缺, 仅正文提及: 10, 37/);
		expect(result.stdout).toMatch(/742人/);
		expect(run('analyze', 'seeds/000_127523993d1b692c.txt', '--lang', 'en').stdout).toMatch(/✗ first-responsible-person duty: missing, only mentioned in body: 10, 37/);
	});

	test('bad input: a clear message per file, exit code 2, the other files still analyzed', () => {
		const dir = mkdtempSync(join(tmpdir(), 'prl-cli-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
		writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x41, 0xff, 0xfe, 0xfd, 0x41]));
		const result = run('analyze', join(dir, 'binary.txt'), join(dir, 'missing.txt'), join(dir, 'latin1.txt'), 'seeds/001_1867eea4f21729fd.txt', '--format', 'json');
		expect(result.status).toBe(2);
		const json = JSON.parse(result.stdout) as { file: string; error?: string; sections?: unknown[] }[];
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
		expect(json.map((r) => r.error ?? 'ok')).toEqual(['binary data, not a text report', 'file not found', 'text in an unknown encoding (neither UTF-8 nor GB18030)', 'ok']);
		const text = run('analyze', join(dir, 'missing.txt'), 'seeds/001_1867eea4f21729fd.txt');
		expect(text.status).toBe(2);
		expect(text.stderr).toContain('missing.txt: file not found');
		expect(text.stdout).toContain('2024年度法治政府建设情况的报告');
	});

	test('usage errors exit 2 with the usage text; --help exits 0', () => {
		expect(run('analyze').status).toBe(2);
		expect(run('frobnicate').stderr).toContain('usage: policy-report analyze');
		expect(run('--help').status).toBe(0);
	});

	test('a reader that closes the pipe early (| head) ends the command quietly, exit code 0', () => {
		const piped = spawnSync('bash', ['-c', '"$0" "$1" analyze seeds --format json | head -c 100 >/dev/null; exit ${PIPESTATUS[0]}', process.execPath, cli], { cwd: ROOT, encoding: 'utf8' });
		expect(piped.stderr).toBe('');
		expect(piped.status).toBe(0);
	});

});
