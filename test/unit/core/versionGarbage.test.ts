import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, suite, test } from 'vitest';
import { ensureBuilt } from '../../helpers/build';
import { ROOT } from '../helpers';

/**
 * An editor's session in a node process of its own, on the bundle: 40 versions of a 25 KB report, each analysed from the
 * one before and checked against it, one event-loop turn apart, as a server handles keystrokes. Module-level tables
 * are made old first (two full GCs after 20 versions). The young generation is big enough that no GC runs during the
 * 40 versions. Then: what two minor GCs leave that a full GC frees (garbage the minor GCs kept), against the bytes one
 * version allocates.
 */
const CHILD = `
import { createRequire } from 'node:module';
import { getHeapSpaceStatistics } from 'node:v8';
import { buildText } from ${JSON.stringify(join(ROOT, 'scripts', 'bench', 'common.mjs'))};
const { analyzeReport, checkReport } = createRequire(import.meta.url)(${JSON.stringify(join(ROOT, 'dist', 'core.js'))});
const base = buildText(25 << 10);
const at = base.indexOf('的', 1000);
const used = () => getHeapSpaceStatistics().filter((s) => s.space_name === 'new_space' || s.space_name === 'old_space').reduce((sum, s) => sum + s.space_used_size, 0);
const turn = () => new Promise((resolve) => setImmediate(resolve));
let previous;
const version = (i) => {
	const analysis = analyzeReport(base.slice(0, at) + '的和在'[i % 3] + base.slice(at + 1), { previous });
	void analysis.metrics;
	checkReport(analysis, { previous, fixes: false });
	previous = analysis;
};
for (let i = 0; i < 20; i++) { version(i); await turn(); }
gc();
gc();
const start = used();
for (let i = 0; i < 40; i++) { version(i); await turn(); }
const perVersion = (used() - start) / 40;
gc({ type: 'minor' });
gc({ type: 'minor' });
const afterMinor = used();
gc();
console.log(JSON.stringify({ perVersion, kept: afterMinor - used() }));
`;

suite('the versions an editor leaves behind', () => {
	// Caches in module-level WeakMaps kept every dropped version's sections, numbers and findings through minor GCs (about
	// 3 MB here, ten versions' worth), because V8's minor GC keeps every young value an old table refers to.
	test('are freed by minor GCs, not left for a full GC', () => {
		ensureBuilt();
		const run = spawnSync(process.execPath, ['--expose-gc', '--no-allocation-site-pretenuring', '--min-semi-space-size=64', '--input-type=module', '-e', CHILD], { cwd: ROOT, encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		const { perVersion, kept } = JSON.parse(run.stdout) as { perVersion: number; kept: number };
		expect(perVersion, 'bytes one version allocates').toBeGreaterThan(100_000);
		// Healthy runs leave 0.2 to 1.7 versions' worth (it varies from run to run, more under load); the leak this guards
		// against left about 15, and keeping all 40 would leave 40.
		expect(kept, `bytes of 40 dropped versions that two minor GCs left for a full GC (one version allocates ${Math.round(perVersion)})`).toBeLessThan(5 * perVersion);
	});
});
