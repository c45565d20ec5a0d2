// One esbuild script, five bundles (the extension's entry and its language client, server, CLI, core library) plus the
// core's declarations.
import { build, context } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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
	...(existsSync(join(root, 'client/src/extension.ts')) ? [
		{ entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', plugins: [activationEntry()], supported: { 'dynamic-import': false } },
		{ entryPoints: ['client/src/languageClient.ts'], outfile: 'dist/languageClient.js', external: ['vscode'] },
	] : []),
];

/**
 * dist/client.js is what VS Code loads (and counts) when it activates the extension, so it takes no package but vscode:
 * vscode-languageclient and the protocol library live in dist/languageClient.js, which the entry's import() of
 * ./languageClient.js loads after activate() returns (a require of the sibling file: dynamic import is switched off).
 */
function activationEntry() {
	return {
		name: 'activation-entry',
		setup(build) {
			build.onResolve({ filter: /^\.\/languageClient\.js$/ }, ({ path }) => ({ path, external: true }));
			build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => (path === 'vscode'
				? { path, external: true }
				: { errors: [{ text: `${path} (imported by ${relative(root, importer)}) would be loaded at activation: only client/src/languageClient.ts and what it imports may use packages` }] }));
		},
	};
}

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
