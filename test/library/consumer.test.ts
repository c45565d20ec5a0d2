import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, suite, test } from 'vitest';
import { ensureBuilt } from '../helpers/build';

const root = join(__dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let scratch: string;

/** What a consumer does: install the packed tarball in a folder outside the repo, then require or import the core. */
suite('policy-report-lens/core as an installed package', () => {
	beforeAll(() => {
		ensureBuilt();
		scratch = mkdtempSync(join(tmpdir(), 'prl-consumer-'));
		execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
		const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
		if (!tarball) {
			throw new Error('npm pack wrote no tarball');
		}
		writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
		execFileSync(npm, ['install', '--no-audit', '--no-fund', '--offline', join(scratch, tarball)], { cwd: scratch, stdio: ['ignore', 'ignore', 'inherit'] });
	});

	afterAll(() => {
		if (scratch) {
			rmSync(scratch, { recursive: true, force: true });
		}
	});

	test('a plain Node script requires it and analyzes a seed', () => {
		const script = `
const { readFileSync } = require('fs');
const { analyzeReport, toReportJson } = require('policy-report-lens/core');
const text = readFileSync(${JSON.stringify(join(root, 'seeds', '004_8a7a72f55b4861e6.txt'))}, 'utf8');
const a = analyzeReport(text);
const json = toReportJson(a, { file: 'seed-004.txt' });
console.log(JSON.stringify({ year: a.reportYear, top: a.sections.map((s) => s.marker && s.marker.text), children: a.sections[0].children.length, version: json.version, hasMetric: a.metrics.some((m) => m.text === '1414 项' && m.value === 1414) }));
`;
		writeFileSync(join(scratch, 'use.cjs'), script);
		const out = JSON.parse(execFileSync(process.execPath, ['use.cjs'], { cwd: scratch, encoding: 'utf8' }));
		expect(out).toEqual({ year: 2021, top: ['一、', '二、', '三、'], children: 8, version: 1, hasMetric: true });
	});

	test('a TypeScript file importing it type-checks with node16 module resolution', () => {
		writeFileSync(join(scratch, 'use.mts'), `
import { analyzeReport, toReportJson, type ReportAnalysis, type Metric, type Section } from 'policy-report-lens/core';
const a: ReportAnalysis = analyzeReport('一、主要工作\\n受理案件55件。', { format: 'text' });
const metrics: Metric[] = a.metrics;
const first: Section | undefined = a.sections[0];
const year: number | null = toReportJson(a, { file: 'x' }).reportYear;
// @ts-expect-error a wrong option type must not type-check
analyzeReport('x', { format: 'docx' });
export { metrics, first, year };
`);
		writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.mts'] }));
		execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', scratch], { cwd: scratch, stdio: 'inherit' });
	});

	test('a CommonJS TypeScript consumer with node10 resolution finds the types through typesVersions', () => {
		writeFileSync(join(scratch, 'use10.ts'), `
import { analyzeReport } from 'policy-report-lens/core';
export const sections: number = analyzeReport('一、主要工作').sections.length;
`);
		writeFileSync(join(scratch, 'tsconfig.node10.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node10', strict: true, noEmit: true, types: [], ignoreDeprecations: '5.0' }, files: ['use10.ts'] }));
		execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(scratch, 'tsconfig.node10.json')], { cwd: scratch, stdio: 'inherit' });
	});
});
