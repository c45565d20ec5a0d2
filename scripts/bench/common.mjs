// Shared by the benchmark parts and their child processes: paths, the test texts, timing and table helpers.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// BENCH_CORE exists only to try the bench against a stand-in module while the core does not build;
// every part (and every child) takes the same path, so the figures always belong to one module.
export const corePath = resolve(root, process.env.BENCH_CORE ?? 'dist/core.js');

// KB and MiB are both powers of two here, so '25 KB' is 25 × 1024 bytes.
export const KB = 1024;
export const MiB = 1024 * 1024;

export const SIZES = {
	'25 KB': 25 * KB,
	'1 MiB': MiB,
	'10 MiB': 10 * MiB,
};

/** How the module is named in the output: relative to the project when it is inside it. */
export function coreName() {
	const rel = relative(root, corePath);
	return rel.startsWith('..') ? corePath : rel;
}

export function loadCore() {
	if (!existsSync(corePath)) {
		throw new Error(`${corePath} does not exist: run \`npm run build\` first (or \`npm run bench\`, which builds)`);
	}
	return createRequire(import.meta.url)(corePath);
}

let seedCycle;

/** The seed reports in name order, each trimmed and followed by one blank line, as UTF-8: the unit that is repeated. */
function seedUnit() {
	if (!seedCycle) {
		const dir = join(root, 'seeds');
		const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
			.map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '').trimEnd());
		if (texts.length === 0) {
			throw new Error(`no seeds/*.txt in ${dir}`);
		}
		seedCycle = Buffer.from(texts.map((t) => `${t}\n\n`).join(''), 'utf8');
	}
	return seedCycle;
}

/**
 * The seeds repeated until `bytes` UTF-8 bytes, cut back to the last line end.
 * Built in one buffer of the target size so that making the text leaves little garbage behind
 * (the memory part measures right after it). Cutting after a '\n' byte never splits a character.
 */
export function buildText(bytes) {
	const unit = seedUnit();
	const buf = Buffer.allocUnsafe(bytes);
	for (let at = 0; at < bytes; at += unit.length) {
		unit.copy(buf, at, 0, Math.min(unit.length, bytes - at));
	}
	const cut = buf.lastIndexOf(0x0a, bytes - 1) + 1;
	return buf.toString('utf8', 0, cut);
}

/** A real gc() even when node was started without --expose-gc (as `npm run bench` does). */
export const gc = (() => {
	if (typeof globalThis.gc === 'function') {
		return globalThis.gc;
	}
	try {
		v8.setFlagsFromString('--expose-gc');
		return vm.runInNewContext('gc');
	} catch {
		return () => {};
	}
})();

export function median(values) {
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs a bench script in a fresh node and returns the JSON it prints last. */
export function runChild(script, args = [], nodeFlags = []) {
	const out = execFileSync(process.execPath, [...nodeFlags, join(root, 'scripts', 'bench', script), ...args], {
		encoding: 'utf8',
		env: process.env,
		maxBuffer: 16 * MiB,
	});
	const lines = out.trim().split('\n');
	return JSON.parse(lines[lines.length - 1]);
}

export function fixed(n, digits = 1) {
	if (!Number.isFinite(n)) {
		return '-';
	}
	return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Millisecond figures keep three significant digits whatever their size, so 0.04 ms and 4,000 ms both read. */
export function ms(n) {
	if (!Number.isFinite(n)) {
		return '-';
	}
	return fixed(n, n < 1 ? 3 : n < 10 ? 2 : n < 100 ? 1 : 0);
}

export function times(n) {
	return `${fixed(n, n < 10 ? 2 : 1)}×`;
}

/** A plain-text table; columns whose header starts with '<' are left-aligned, the rest (figures) right-aligned. */
export function printTable(title, header, rows, notes = []) {
	const left = header.map((h) => h.startsWith('<'));
	const head = header.map((h) => h.replace(/^</, ''));
	const cells = [head, ...rows.map((r) => r.map(String))];
	const widths = head.map((_, c) => Math.max(...cells.map((r) => [...r[c]].length)));
	const line = (r) => r.map((cell, c) => (left[c] ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
	console.log(`\n${title}`);
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const r of cells.slice(1)) {
		console.log(line(r));
	}
	for (const n of notes) {
		console.log(n);
	}
}

/** The word beside a target: the bench reports, it never fails on a target. */
export function within(ok) {
	return ok ? 'yes' : 'NO';
}
