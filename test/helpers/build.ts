import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const outputs = ['core.js', 'core.d.ts', 'cli.js', 'server.js'].map((f) => join(root, 'dist', f));

function newestSource(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
	}
	return newest;
}

/**
 * Builds dist/ when it is missing or older than the sources. `npm test` builds before the test projects run, so
 * parallel test files then never write dist/ at the same time; the quick loop still gets fresh bundles.
 */
export function ensureBuilt(): void {
	const sources = newestSource(join(root, 'server', 'src'));
	if (outputs.every((f) => existsSync(f) && statSync(f).mtimeMs >= sources)) {
		return;
	}
	const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
	if (build.status !== 0) {
		throw new Error(`node scripts/build.mjs failed:\n${build.stdout}${build.stderr}`);
	}
}
