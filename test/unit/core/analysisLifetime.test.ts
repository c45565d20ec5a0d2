import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, suite, test } from 'vitest';
import { ensureBuilt } from '../../helpers/build';
import { ROOT } from '../helpers';

/**
 * Run in a node process of its own, on the bundle: a test runner's own allocations and half-compiled code would drown the
 * figures. After five warm-up calls, the bytes one analysis of 1 MiB adds to the young and old spaces, and the bytes
 * still there after two minor GCs once nothing refers to it. The young generation is made big enough that no GC runs
 * during the call, and pretenuring is off, so only what old space refers to can survive; the least of five rounds is
 * kept, as a background compile that lands mid-round can keep a little.
 */
const CHILD = `
import { createRequire } from 'node:module';
import { getHeapSpaceStatistics } from 'node:v8';
import { buildText } from ${JSON.stringify(join(ROOT, 'scripts', 'bench', 'common.mjs'))};
const { analyzeReport } = createRequire(import.meta.url)(${JSON.stringify(join(ROOT, 'dist', 'core.js'))});
const text = buildText(1 << 20);
const used = () => getHeapSpaceStatistics().filter((s) => s.space_name === 'new_space' || s.space_name === 'old_space').reduce((sum, s) => sum + s.space_used_size, 0);
const measure = (readNumbers) => {
	gc();
	gc({ type: 'minor' });
	const before = used();
	(() => {
		const analysis = analyzeReport(text);
		if (readNumbers) void analysis.metrics;
	})();
	const allocated = used() - before;
	gc({ type: 'minor' });
	gc({ type: 'minor' });
	return { allocated, kept: used() - before };
};
for (let i = 0; i < 5; i++) void analyzeReport(text).metrics;
const least = (readNumbers) => {
	const rounds = Array.from({ length: 5 }, () => measure(readNumbers));
	return rounds.reduce((a, b) => (b.kept < a.kept ? b : a));
};
console.log(JSON.stringify({ structure: least(false), numbers: least(true) }));
`;

suite('an analysis nothing refers to', () => {
	// What outlives a minor GC is promoted and waits for a major GC to be freed. An object literal with getters did that
	// to every analysis a caller dropped (the CLI's, the bench's): its per-call getter closures stayed reachable from old
	// space, and through them the whole analysis. (The server keeps each version's analysis until the next, so its
	// analyses outlive minor GCs either way.)
	// Up to three fresh processes, the first that keeps nothing counts: under a parallel test load one process in a few
	// kept 1.46 MB (twice the text's size) through the minor GCs in every round, which no process did alone. A retention
	// by the code, like the getters' above, shows in every process and still fails.
	test('is freed by a minor GC, with or without its numbers read', () => {
		ensureBuilt();
		const attempts: string[] = [];
		for (let attempt = 0; attempt < 3; attempt++) {
			const run = spawnSync(process.execPath, ['--expose-gc', '--no-allocation-site-pretenuring', '--min-semi-space-size=64', '--input-type=module', '-e', CHILD], { cwd: ROOT, encoding: 'utf8' });
			expect(run.status, run.stderr).toBe(0);
			const figures = JSON.parse(run.stdout) as Record<'structure' | 'numbers', { allocated: number; kept: number }>;
			for (const [what, { allocated }] of Object.entries(figures)) {
				expect(allocated, `${what}: bytes allocated by one analysis of 1 MiB`).toBeGreaterThan(2_000_000);
			}
			attempts.push(run.stdout.trim());
			if (Object.values(figures).every(({ allocated, kept }) => kept < allocated / 10)) {
				return;
			}
		}
		expect.fail(`bytes left after two minor GCs (least of five rounds) were a tenth of those allocated or more in three processes: ${attempts.join(' ')}`);
	});
});
