// `npm test`: every check in order — types, lint, build, vitest projects (unit, gold, property, LSP) and the
// suites that need a real editor. It stops at the first failing step and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const report = join(root, '.test-results', 'vitest.json');
mkdirSync(dirname(report), { recursive: true });

const steps = [
	{ name: 'typecheck', cmd: bin('tsc'), args: ['-p', 'tsconfig.json'] },
	{ name: 'lint', cmd: bin('eslint'), args: ['.'] },
	{ name: 'build', cmd: process.execPath, args: ['scripts/build.mjs'] },
	// The editors the suites drive (Neovim for the LSP tests; code-server and Chromium for the e2e run), installed first.
	{ name: 'editor tools', cmd: process.execPath, args: ['scripts/e2e/setup.mjs'] },
	{ name: 'vitest', cmd: bin('vitest'), args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], counts: true },
	...['scripts/e2e/run.mjs'].filter((f) => existsSync(join(root, f))).map((f) => ({ name: 'editors', cmd: process.execPath, args: [f], counts: true })),
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const step of steps) {
	const started = Date.now();
	console.log(`\n== ${step.name}`);
	const result = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit' });
	if (step.name === 'vitest' && existsSync(report)) {
		const json = JSON.parse(readFileSync(report, 'utf8'));
		passed += json.numPassedTests;
		failed += json.numFailedTests;
		skipped += json.numPendingTests + json.numTodoTests;
	} else if (result.status === 0) {
		passed++;
	} else {
		failed++;
	}
	console.log(`== ${step.name}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	if (result.status !== 0) {
		console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
		process.exit(1);
	}
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
