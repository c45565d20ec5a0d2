// One esbuild script, four bundles (client, server, CLI, core library) plus the core's declarations.
import { build, context } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	sourcemap: production ? false : 'linked',
	minify: production,
	logLevel: 'warning',
	absWorkingDir: root,
};

const entries = [
	{ entryPoints: ['server/src/core/index.ts'], outfile: 'dist/core.js', sourcemap: false },
	{ entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
	...(existsSync(join(root, 'server/src/main.ts')) ? [{ entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }] : []),
	...(existsSync(join(root, 'client/src/extension.ts')) ? [{ entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }] : []),
];

function emitDeclarations() {
	// tsc writes one .d.ts per core module; dist/core.d.ts re-exports them so `policy-report-lens/core` is typed.
	rmSync(join(root, 'dist/types'), { recursive: true, force: true });
	execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.core.json')], { stdio: 'inherit' });
	mkdirSync(join(root, 'dist'), { recursive: true });
	writeFileSync(join(root, 'dist/core.d.ts'), 'export * from \'./types/index\';\n');
}

if (watch) {
	for (const entry of entries) {
		const ctx = await context({ ...common, ...entry });
		await ctx.watch();
	}
	console.log('[watch] build started');
} else {
	await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
	emitDeclarations();
}
