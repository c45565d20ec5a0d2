// A real VS Code for the checks: code-server (VS Code's server and web workbench) on 127.0.0.1 with a fresh profile,
// and Debian's Chromium as its window. Follows ../shared/e2e (code-server.sh, ext-tests.cjs), in Node.
/* global fetch */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** User settings of the fresh profile: no chat side bar (its agent host starts a bundled binary), no network chatter. */
const USER_SETTINGS = {
	'chat.disableAIFeatures': true,
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'telemetry.telemetryLevel': 'off',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'update.mode': 'none',
	'git.enabled': false,
	'editor.hover.delay': 300,
	'outline.collapseItems': 'alwaysExpand',
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The workbench's noise on a machine without internet (marketplace and authentication look-ups). */
const NOISE = /open-vsx\.org|ENOTFOUND|Failed to load resource|authentication provider|^\s+at /;

function freePort() {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => done(port));
		});
	});
}

/**
 * Starts code-server in its own process group (its file watcher, extension hosts and language servers outlive the
 * main process otherwise) with the given .vsix files installed. Returns { url, log, stop() }.
 */
export async function startCodeServer(paths, { runDir, vsix = [], timeoutMs = 60_000 }) {
	for (const dir of ['user-data/User', 'extensions', 'xdg-config', 'xdg-data']) {
		mkdirSync(join(runDir, dir), { recursive: true });
	}
	const port = Number(process.env.E2E_PORT) || await freePort();
	const config = join(runDir, 'config.yaml');
	writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
	writeFileSync(join(runDir, 'user-data', 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, '\t'));
	// Without these code-server writes ~/.config/code-server and ~/.local/share.
	const env = {
		...process.env,
		XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
		XDG_DATA_HOME: join(runDir, 'xdg-data'),
		PATH: `${join(paths.node24, 'bin')}${delimiter}${process.env.PATH}`,
	};
	const common = [paths.codeServerEntry, '--config', config, '--user-data-dir', join(runDir, 'user-data'), '--extensions-dir', join(runDir, 'extensions')];
	for (const file of vsix) {
		const result = spawnSync(paths.node24Bin, [...common, '--install-extension', resolve(file)], { env, encoding: 'utf8' });
		if (result.status !== 0 || !/successfully installed/i.test(result.stdout)) {
			throw new Error(`code-server --install-extension ${file} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
		}
	}
	const log = join(runDir, 'code-server.log');
	const out = openSync(log, 'w');
	const child = spawn(paths.node24Bin, [...common, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
		// Makes the built workbench honour the payload URL parameter (extensionDevelopmentPath, extensionTestsPath).
		'--vscode-option', 'enable-smoke-test-driver'], { env, detached: true, stdio: ['ignore', out, out] });
	let exited = false;
	child.once('exit', () => {
		exited = true;
	});
	const stop = () => stopGroup(child.pid);
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) {
			return { url, log, stop };
		}
		if (exited || Date.now() > deadline) {
			await stop();
			throw new Error(`code-server did not answer on ${url}:\n${readFileSync(log, 'utf8').slice(-3000)}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Ends the whole process group that startCodeServer made, and nothing else. */
async function stopGroup(pgid) {
	const alive = () => {
		try {
			process.kill(-pgid, 0);
			return true;
		} catch {
			return false;
		}
	};
	if (!alive()) {
		return;
	}
	process.kill(-pgid, 'SIGTERM');
	const deadline = Date.now() + 5000;
	while (alive() && Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 100));
	}
	if (alive()) {
		process.kill(-pgid, 'SIGKILL');
	}
}

/** Debian's Chromium through playwright-core from the e2e cache. Returns { browser, close() }. */
export async function launchChromium(paths) {
	const { chromium } = require(require.resolve('playwright-core', { paths: [paths.tools] }));
	// Keeps Chromium's crash-report folder out of ~/.config.
	const xdg = mkdtempSync(join(tmpdir(), 'prl-chromium-'));
	const browser = await chromium.launch({
		executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS,
		env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: xdg },
	});
	return {
		browser,
		async close() {
			await browser.close();
			rmSync(xdg, { recursive: true, force: true });
		},
	};
}

/** The workbench URL for a folder, optionally with a development extension and a tests module (VS Code's payload). */
export function workbenchUrl(base, { folder, extensionPath, testsPath }) {
	const url = new URL(base);
	url.searchParams.set('folder', resolve(folder));
	const remote = (p) => `vscode-remote://${url.host}${resolve(p)}`;
	const payload = [['skipWelcome', 'true']];
	if (extensionPath) {
		payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
	}
	if (testsPath) {
		payload.push(['extensionTestsPath', remote(testsPath)]);
	}
	url.searchParams.set('payload', JSON.stringify(payload));
	return url.toString();
}

/**
 * Runs a tests module (exporting run(): Promise<void>) in the real extension host, with `extensionPath` as the
 * development extension. The workbench reports the outcome through window.codeAutomationExit. Returns { code, lines }.
 */
export async function runExtensionTests(browser, { url, folder, extensionPath, testsPath, timeoutMs, onLine = () => {} }) {
	const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
	const lines = [];
	try {
		let finish;
		const exited = new Promise((r) => {
			finish = r;
		});
		await page.exposeFunction('codeAutomationLog', (type, args) => {
			const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
			for (const line of text.split('\n').filter((l) => !NOISE.test(l))) {
				lines.push(line);
				onLine(`[${type}] ${line}`);
			}
		});
		await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code) || 0));
		page.on('pageerror', (e) => onLine(`[pageerror] ${e}`));
		await page.goto(workbenchUrl(url, { folder, extensionPath, testsPath }));
		let timer;
		const code = await Promise.race([exited, new Promise((r) => {
			timer = setTimeout(() => r('timeout'), timeoutMs);
		})]);
		clearTimeout(timer);
		return { code: code === 'timeout' ? 124 : code, timedOut: code === 'timeout', lines };
	} finally {
		await page.close();
	}
}
