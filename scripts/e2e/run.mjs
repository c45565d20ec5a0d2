// The real-editor part of `npm test`: installs what it needs (setup.mjs), packages the extension with `npm run package`,
// checks the .vsix, tokenizes with VS Code's TextMate engine, then in code-server runs the mocha suite in the extension
// host (on the unpacked .vsix) and walks through the
// workbench with the .vsix installed. It never skips: a missing tool is a failure with the reason. Prints the time of
// each phase and ends with `e2e: N passed, N failed`; screenshots, logs and metrics.json go to test/e2e/out/.
//
//   node scripts/e2e/run.mjs
// Env: E2E_CACHE (see setup.mjs), E2E_NO_APT=1, E2E_PORT (default: a free port), CHROMIUM.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { checkGrammar } from '../../test/e2e/grammarCheck.mjs';
import { checkUi } from '../../test/e2e/uiCheck.mjs';
import { launchChromium, runExtensionTests, startCodeServer } from './codeServer.mjs';
import { readZip, unpackExtension } from './vsix.mjs';
import { CODE_SERVER_VERSION, ensureTools, SetupError } from './setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'test', 'e2e', 'out');
const VSIX_LIMIT_BYTES = 1024 * 1024;
const EXTENSION_TESTS_TIMEOUT_MS = 240_000;
/** What a .vsix may hold: what runs, its manifest and translations, and the files vsce adds. */
const PACKAGE_ALLOWED = [
	/^extension\/dist\/(client|languageClient|server)\.js$/,
	/^extension\/package(\.nls(\.[a-z-]+)?)?\.json$/,
	/^extension\/l10n\/bundle\.l10n(\.[a-z-]+)?\.json$/,
	/^extension\/syntaxes\/[\w-]+\.tmLanguage\.json$/,
	/^extension\/language-configuration\.json$/,
	/^extension\/(readme|license|changelog)(\.md|\.txt)?$/i,
	/^extension\.vsixmanifest$/,
	/^\[Content_Types\]\.xml$/,
];
/** The workbench's start-up and shutdown chatter: kept in extension-host.log, left off the console. */
const CHATTER = /^\[\w+\] (Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Updating additional builtin extensions cache|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|\[lifecycle\] Long running operations|Creation of workbench contribution)/;
const PACKAGE_REQUIRED = ['dist/client.js', 'dist/languageClient.js', 'dist/server.js', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json', 'syntaxes/policy-report.tmLanguage.json', 'language-configuration.json'];

let passed = 0;
let failed = 0;
const timings = [];
/** Stops what main() started (browser, code-server), also on Ctrl+C. */
const cleanup = [];
/**
 * For `npm run bench`: the package's size, how long the extension's activate() took (activateMs), loading the language
 * client's bundle just after it (clientLoadMs) and activate() → a running client (readyMs), all on seed 004, and opening
 * seed 004 → its outline; with when and by what it was measured.
 */
const metrics = {
	vsixFile: null, vsixBytes: null, activateMs: null, clientLoadMs: null, readyMs: null, openToOutlineMs: null,
	measuredAt: new Date().toISOString(), measuredBy: `node scripts/e2e/run.mjs (extension-host suite, code-server ${CODE_SERVER_VERSION}, node ${process.version})`,
};

function check(what, ok, detail) {
	if (ok) {
		passed++;
	} else {
		failed++;
	}
	console.log(`${ok ? 'PASS' : 'FAIL'} ${what}${detail && !ok ? `\n     ${String(detail).slice(0, 2000)}` : ''}`);
	return ok;
}

async function phase(name, run) {
	const started = Date.now();
	console.log(`\n-- ${name}`);
	try {
		return await run();
	} finally {
		timings.push([name, Date.now() - started]);
	}
}

function run(cmd, args, options = {}) {
	const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, ...options });
	return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/** A temporary copy of seeds/: every seed as plain .txt, seed 004 also as *.report.txt, Chinese messages. Returns seed 004's plain name. */
function makeWorkspace(dir) {
	mkdirSync(join(dir, '.vscode'), { recursive: true });
	writeFileSync(join(dir, '.vscode', 'settings.json'), `${JSON.stringify({ 'policyReport.messageLanguage': 'zh-cn' }, null, '\t')}\n`);
	const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
	for (const seed of seeds) {
		copyFileSync(join(root, 'seeds', seed), join(dir, seed));
	}
	const seed004 = seeds.find((f) => f.startsWith('004_'));
	copyFileSync(join(root, 'seeds', seed004), join(dir, seed004.replace(/\.txt$/, '.report.txt')));
	return seed004;
}

async function main() {
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const work = mkdtempSync(join(tmpdir(), 'prl-e2e-'));
	try {
		const paths = await phase('setup', () => {
			const what = `setup: code-server ${CODE_SERVER_VERSION}, Node 24, Chromium, CJK font, Neovim and playwright-core are installed`;
			try {
				const installed = ensureTools();
				check(what, true);
				return installed;
			} catch (error) {
				check(what, false, error instanceof SetupError ? error.message : error?.stack);
				return undefined;
			}
		});
		if (!paths) {
			return;
		}

		const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
		const vsix = join(root, `${manifest.name}-${manifest.version}.vsix`);
		const packaged = await phase('npm run package', () => {
			rmSync(vsix, { force: true });
			const result = run('npm', ['run', 'package']);
			return check(`npm run package writes ${basename(vsix)}`, result.ok && existsSync(vsix), result.output.split('\n').slice(-30).join('\n'));
		});
		if (!packaged) {
			return;
		}
		metrics.vsixFile = basename(vsix);
		metrics.vsixBytes = statSync(vsix).size;
		check(`the .vsix is under 1 MB (${(metrics.vsixBytes / 1024).toFixed(1)} KiB)`, metrics.vsixBytes < VSIX_LIMIT_BYTES);
		const entries = readZip(vsix).map((e) => e.name);
		const extra = entries.filter((name) => !PACKAGE_ALLOWED.some((pattern) => pattern.test(name)));
		const missing = PACKAGE_REQUIRED.filter((name) => !entries.includes(`extension/${name}`));
		check(`the .vsix holds only what runs (${entries.length} files)`, extra.length === 0, `unexpected: ${extra.join(', ')}`);
		check('the .vsix holds everything that runs', missing.length === 0, `missing: ${missing.join(', ')}`);
		const extensionDir = join(work, 'extension');
		unpackExtension(vsix, extensionDir);

		await phase('grammar (VS Code\'s TextMate engine)', async () => {
			for (const c of await checkGrammar({ vscodeDir: paths.vscode, grammarFile: join(root, 'syntaxes', 'policy-report.tmLanguage.json'), seedsDir: join(root, 'seeds') })) {
				check(c.what, c.ok, c.detail);
			}
		});

		const testsDir = join(root, 'dist', 'test', 'e2e');
		const bundled = await phase('type-check and bundle the extension-host suite', async () => {
			const types = run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'test', 'e2e', 'tsconfig.json')]);
			if (!check('test/e2e type-checks', types.ok, types.output)) {
				return false;
			}
			rmSync(testsDir, { recursive: true, force: true });
			// mocha stays outside the bundle: it loads the suite file with require(), and resolves from the work tree.
			await build({
				absWorkingDir: root, entryPoints: { 'index': 'test/e2e/index.ts', 'extension.test': 'test/e2e/extension.test.ts' }, outdir: testsDir,
				bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning',
			});
			return true;
		});

		const server = await phase('start code-server', async () => {
			try {
				const started = await startCodeServer(paths, { runDir: join(work, 'run'), vsix: [vsix] });
				cleanup.push(started.stop);
				return started;
			} catch (error) {
				check('code-server starts with the .vsix installed', false, error?.message);
				return undefined;
			}
		});
		if (!server) {
			return;
		}
		const chromium = await launchChromium(paths);
		cleanup.unshift(chromium.close);

		if (bundled) {
			await phase('mocha suite in the extension host', async () => {
				const folder = join(work, 'ws-extension-host');
				makeWorkspace(folder);
				const log = [];
				const result = await runExtensionTests(chromium.browser, {
					url: server.url, folder, extensionPath: extensionDir, testsPath: join(testsDir, 'index.js'), timeoutMs: EXTENSION_TESTS_TIMEOUT_MS,
					onLine: (line) => {
						log.push(line);
						if (!CHATTER.test(line)) {
							console.log(`   ${line}`);
						}
					},
				});
				writeFileSync(join(out, 'extension-host.log'), `${log.join('\n')}\n`);
				const summary = result.lines.map((l) => /E2E-MOCHA (\{.*\})/.exec(l)).find(Boolean);
				const measured = result.lines.map((l) => /E2E-METRICS (\{.*\})/.exec(l)).find(Boolean);
				Object.assign(metrics, measured ? JSON.parse(measured[1]) : {});
				if (summary) {
					const { passes, failures } = JSON.parse(summary[1]);
					passed += passes;
					failed += failures;
					console.log(`extension host: ${passes} passed, ${failures} failed (exit ${result.code})`);
				}
				check('the extension host ran the suite to the end', summary && result.code === (JSON.parse(summary[1]).failures > 0 ? 1 : 0),
					result.timedOut ? `no result after ${EXTENSION_TESTS_TIMEOUT_MS} ms` : `exit ${result.code}; see test/e2e/out/extension-host.log`);
			});
		}

		await phase('workbench walk-through with the .vsix installed', async () => {
			const folder = join(work, 'ws-ui');
			// The plain .txt copy: the first document of the window, so its auto-detection is the one at activation.
			const file = makeWorkspace(folder);
			const result = await checkUi(chromium.browser, { url: server.url, folder, file, hoverText: '1426', out });
			for (const c of result.checks) {
				check(c.what, c.ok, c.detail);
			}
			console.log(`screenshots: ${result.screenshots.map((s) => s.slice(root.length + 1)).join(', ')}`);
		});
	} finally {
		await stopAll();
		const log = join(work, 'run', 'code-server.log');
		if (existsSync(log)) {
			copyFileSync(log, join(out, 'code-server.log'));
		}
		rmSync(work, { recursive: true, force: true });
		writeFileSync(join(out, 'metrics.json'), `${JSON.stringify(metrics, null, '\t')}\n`);
	}
}

async function stopAll() {
	for (const stop of cleanup.splice(0)) {
		await stop().catch((error) => console.log(`cleanup: ${error}`));
	}
}

const started = Date.now();
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.once(signal, () => {
		console.log(`e2e: ${signal}, stopping code-server`);
		void stopAll().finally(() => process.exit(130));
	});
}
try {
	await main();
} catch (error) {
	check('the e2e runner finishes', false, error?.stack ?? error);
}
console.log('\n-- timings');
for (const [name, ms] of timings) {
	console.log(`${name.padEnd(48)} ${(ms / 1000).toFixed(1).padStart(6)} s`);
}
console.log(`${'total'.padEnd(48)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`);
console.log(`metrics: .vsix ${metrics.vsixBytes === null ? '?' : `${(metrics.vsixBytes / 1024).toFixed(1)} KiB`}, activate() ${metrics.activateMs ?? '?'} ms, then loading dist/languageClient.js ${metrics.clientLoadMs ?? '?'} ms, activate → client ready ${metrics.readyMs ?? '?'} ms, seed 004 open → outline ${metrics.openToOutlineMs ?? '?'} ms -> test/e2e/out/metrics.json`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
