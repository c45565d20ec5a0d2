// Performance figures for the analysis core, printed beside their targets. It reports; it never fails on a target.
// `node scripts/bench.mjs` runs every part; `node scripts/bench.mjs core library` runs those parts only.
// A new part is a module under scripts/bench/ whose default export is an async function printing its table,
// plus one line in PARTS.
import { cpus, loadavg } from 'node:os';
import { coreName } from './bench/common.mjs';
import coreSpeed from './bench/core.mjs';
import extension from './bench/extension.mjs';
import library from './bench/library.mjs';
import lsp from './bench/lsp.mjs';
import memory from './bench/memory.mjs';

const PARTS = [
	{ name: 'core', run: coreSpeed, about: 'analyzeReport speed vs a regex floor and markdown-it at 25 KB, 1 MiB, 10 MiB' },
	{ name: 'memory', run: memory, about: 'peak memory of one call at 10 MiB, in a fresh process' },
	{ name: 'library', run: library, about: 'load time and size of dist/core.js' },
	{ name: 'lsp', run: lsp, about: 'dist/server.js over --stdio, push diagnostics: edit → diagnostics/symbols at 25 KB and 1 MiB, peak memory' },
	{ name: 'extension', run: extension, about: '.vsix size (npm run package) and activate() time on a seed in code-server' },
];

const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !PARTS.some((p) => p.name === a));
if (unknown.length > 0 || asked.includes('--help')) {
	console.log(`usage: node scripts/bench.mjs [${PARTS.map((p) => p.name).join('] [')}]`);
	for (const p of PARTS) {
		console.log(`  ${p.name.padEnd(8)} ${p.about}`);
	}
	process.exit(unknown.length > 0 && !asked.includes('--help') ? 2 : 0);
}

const selected = asked.length > 0 ? PARTS.filter((p) => asked.includes(p.name)) : PARTS;
// The load average is printed because timings on a shared 2-core machine move with whatever else runs.
console.log(`bench of ${coreName()} — node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)}`);
for (const part of selected) {
	const t0 = performance.now();
	try {
		await part.run();
	} catch (err) {
		// One broken part should not hide the figures of the others; the exit code still says something broke.
		console.error(`\n${part.name}: ${err.stack ?? err}`);
		process.exitCode = 1;
	}
	console.log(`(${part.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
