// Part 4: the language server as an editor without pull diagnostics sees it (Neovim 0.7 and the like): dist/server.js
// over --stdio, one fresh process per size, a report opened and then edited one character at a time.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { KB, MiB, SIZES, buildText, fixed, ms, printTable, root, within } from './common.mjs';

const {
	createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, ExitNotification,
	InitializedNotification, InitializeRequest, LogMessageNotification, MessageType, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} = createRequire(import.meta.url)('vscode-languageserver-protocol/node');

// BENCH_SERVER runs the same load against another build (an A/B of two versions of the server).
const serverJs = process.env.BENCH_SERVER ? resolve(process.env.BENCH_SERVER) : join(root, 'dist', 'server.js');
const EDITS = 200;
/** Edits before each size's first timed loop, untimed: the first few after open run the server's code cold. */
const WARMUP_EDITS = 10;
const WAIT_MS = 30_000;
const PLAN = [
	{ label: '25 KB', targetMs: 5 },
	{ label: '1 MiB', targetMs: 20 },
];
const TARGET_OPEN_MS = 100;
const TARGET_PEAK_MIB = 150;

/** Nearest-rank percentile: the smallest sample that at least p % of the samples do not exceed. */
function percentile(values, p) {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

/** A small fixed-seed generator (mulberry32), so every run makes the same edits. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const HAN = /[\u4e00-\u9fff]/;
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节部分])/;
const INSERTED = ['的', '和', '在'];

/**
 * Single-character edits that keep the text a report: inserts of a common character, then deletes of one, alternating,
 * in body paragraphs only (long lines that are not headings), and only between two Chinese characters, so no heading,
 * number or unit changes. Positions are UTF-16 units, as LSP counts them; the text is all BMP here.
 */
class Editor {
	constructor(text) {
		this.lines = text.split('\n');
		this.body = this.lines.map((line, i) => (line.length >= 40 && !HEADING.test(line) ? i : -1)).filter((i) => i >= 0);
		if (this.body.length === 0) {
			throw new Error('the test text has no body paragraphs to edit');
		}
		this.next = random(0x5eed);
		this.count = 0;
	}

	/** The next edit as an LSP content change; the local copy of the text follows it. */
	edit() {
		const insert = this.count++ % 2 === 0;
		for (;;) {
			const line = this.body[Math.floor(this.next() * this.body.length)];
			const text = this.lines[line];
			const at = 1 + Math.floor(this.next() * (text.length - 2));
			if (!HAN.test(text[at - 1]) || !HAN.test(text[at]) || (!insert && !HAN.test(text[at + 1] ?? ''))) {
				continue;
			}
			const start = { line, character: at };
			if (insert) {
				const ch = INSERTED[this.count % INSERTED.length];
				this.lines[line] = text.slice(0, at) + ch + text.slice(at);
				return { range: { start, end: start }, text: ch };
			}
			this.lines[line] = text.slice(0, at) + text.slice(at + 1);
			return { range: { start, end: { line, character: at + 1 } }, text: '' };
		}
	}
}

function procStatus(pid, field) {
	try {
		const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * KB : undefined;
	} catch {
		return undefined;
	}
}

/** One server process with a push-only client: no textDocument.diagnostic, no workspace/configuration. */
class Session {
	/** `args`: what node runs, the server or the stand-in. */
	constructor(args) {
		this.stderr = '';
		this.published = new Map();
		this.waiters = new Map();
		this.child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
		this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve(code ?? signal)));
		this.child.stderr.on('data', (chunk) => {
			this.stderr += chunk;
		});
		this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
		this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
			const at = performance.now();
			this.published.set(params.version, { at, count: params.diagnostics.length });
			this.lastDiagnostics = params.diagnostics;
			this.waiters.get(params.version)?.(at);
		});
		// A broken incremental sync or a failing feature shows up here (the server logs what runSafe catches).
		this.errors = [];
		this.connection.onNotification(LogMessageNotification.type, (params) => {
			if (params.type === MessageType.Error) {
				this.errors.push(params.message);
			}
		});
		this.connection.listen();
	}

	async initialize() {
		await this.connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri: null,
			capabilities: { textDocument: { synchronization: {}, documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { versionSupport: true } } },
			workspaceFolders: null,
		});
		await this.connection.sendNotification(InitializedNotification.type, {});
	}

	/** Resolves with the time the publish carrying `version` arrived. */
	diagnosticsOf(version) {
		const seen = this.published.get(version);
		if (seen) {
			return Promise.resolve(seen.at);
		}
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} after ${WAIT_MS} ms; server stderr:\n${this.stderr.slice(-2000)}`)), WAIT_MS);
			this.waiters.set(version, (at) => {
				clearTimeout(timer);
				this.waiters.delete(version);
				resolve(at);
			});
		});
	}

	symbols(uri) {
		return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
	}

	/**
	 * Resets the peak RSS the kernel keeps for the server (VmHWM) to its current RSS. A process may write another's
	 * clear_refs only when it may ptrace it; the parent that spawned it usually may. Returns why not, if it failed.
	 */
	resetPeak() {
		try {
			writeFileSync(`/proc/${this.child.pid}/clear_refs`, '5');
		} catch (error) {
			return `writing /proc/<pid>/clear_refs failed: ${error.code ?? error}`;
		}
		// The kernel sets the peak to the current RSS: if it is still well above, the write did nothing.
		const hwm = procStatus(this.child.pid, 'VmHWM');
		const rss = procStatus(this.child.pid, 'VmRSS');
		if (hwm === undefined || rss === undefined) {
			return 'VmHWM/VmRSS are not in /proc/<pid>/status';
		}
		return hwm - rss > MiB ? `VmHWM stayed ${fixed((hwm - rss) / MiB, 1)} MiB above VmRSS after writing clear_refs` : undefined;
	}

	async stop() {
		await this.connection.sendRequest(ShutdownRequest.type);
		await this.connection.sendNotification(ExitNotification.type);
		const code = await this.exited;
		this.connection.dispose();
		return code;
	}
}

/** The real server's command line; BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles it. */
function serverArgs() {
	return [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), serverJs, '--stdio'];
}

async function measure(label, args) {
	const text = buildText(SIZES[label]);
	const dir = mkdtempSync(join(tmpdir(), 'prl-bench-lsp-'));
	const file = join(dir, 'report.report.txt');
	writeFileSync(file, text);
	const uri = pathToFileURL(file).href;
	const session = new Session(args);
	try {
		await session.initialize();
		const resetError = session.resetPeak();
		const rssBeforeOpen = procStatus(session.child.pid, 'VmRSS');

		const opened = performance.now();
		await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'policy-report', version: 1, text } });
		const firstSymbols = await session.symbols(uri);
		const openToSymbols = performance.now() - opened;
		const openToDiagnostics = (await session.diagnosticsOf(1)) - opened;
		if (!Array.isArray(firstSymbols) || firstSymbols.length === 0) {
			throw new Error(`no document symbols for the ${label} report`);
		}

		const editor = new Editor(text);
		let version = 1;
		const change = async () => {
			const params = { textDocument: { uri, version: ++version }, contentChanges: [editor.edit()] };
			const started = performance.now();
			await session.connection.sendNotification(DidChangeTextDocumentNotification.type, params);
			return started;
		};
		for (let i = 0; i < WARMUP_EDITS; i++) {
			await change();
			await session.diagnosticsOf(version);
		}
		// Loop 1: didChange → the publish carrying that version; nothing else is asked.
		const toDiagnostics = [];
		for (let i = 0; i < EDITS; i++) {
			const started = await change();
			toDiagnostics.push((await session.diagnosticsOf(version)) - started);
		}
		// Loop 2: didChange and documentSymbol right after it → the answer (for the latest version, as requests follow
		// notifications in order). The next edit still waits for this one's diagnostics, so no publish is left running.
		const toSymbols = [];
		let lastSymbols;
		for (let i = 0; i < EDITS; i++) {
			const started = await change();
			lastSymbols = await session.symbols(uri);
			toSymbols.push(performance.now() - started);
			if (!Array.isArray(lastSymbols) || lastSymbols.length === 0) {
				throw new Error(`no document symbols after edit ${version}`);
			}
			await session.diagnosticsOf(version);
		}

		const peak = procStatus(session.child.pid, 'VmHWM');
		const rssEnd = procStatus(session.child.pid, 'VmRSS');
		const exit = await session.stop();
		return {
			label, bytes: Buffer.byteLength(text, 'utf8'), lines: editor.lines.length, bodyLines: editor.body.length,
			diagnostics: session.published.get(1)?.count, openToSymbols, openToDiagnostics, toDiagnostics, toSymbols,
			resetError, rssBeforeOpen, peak, rssEnd, exit, versions: version, errors: session.errors,
			answers: { symbols: lastSymbols, diagnostics: session.lastDiagnostics },
		};
	} finally {
		if (session.child.exitCode === null && session.child.signalCode === null) {
			session.child.kill();
		}
		rmSync(dir, { recursive: true, force: true });
	}
}

export default async function lsp() {
	if (!existsSync(serverJs)) {
		throw new Error(`${serverJs} does not exist: run \`npm run build\` first (or \`npm run bench\`, which builds)`);
	}
	const results = [];
	const floors = [];
	for (const plan of PLAN) {
		const result = await measure(plan.label, serverArgs());
		results.push({ ...plan, ...result });
		// The same client, edits and answer sizes against a stand-in that answers at once: the part of each figure
		// that is the pipe and the client, not the server.
		const dir = mkdtempSync(join(tmpdir(), 'prl-bench-stand-in-'));
		try {
			const answers = join(dir, 'answers.json');
			writeFileSync(answers, JSON.stringify(result.answers));
			floors.push({ ...plan, ...await measure(plan.label, [join(root, 'scripts', 'bench', 'lsp-stand-in.mjs'), answers]) });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	const mib = (b) => (b === undefined ? '-' : fixed(b / MiB, 1));
	const spread = (values) => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;

	printTable(`Part 4 — language server: ${relative(root, serverJs)} (${fixed(statSync(serverJs).size / KB, 0)} KB) --stdio, push diagnostics, ms`, [
		'<size', 'UTF-8 bytes', 'lines', 'diagnostics', 'open→symbols', 'open→diagnostics',
		'edit→diag p50', 'p95', 'min–max', 'edit→symbols p50', 'p95', 'min–max', 'peak MiB', 'RSS before open', 'RSS at end',
	], results.map((r) => [
		r.label, r.bytes.toLocaleString('en-US'), r.lines.toLocaleString('en-US'), r.diagnostics ?? '-', ms(r.openToSymbols), ms(r.openToDiagnostics),
		ms(percentile(r.toDiagnostics, 50)), ms(percentile(r.toDiagnostics, 95)), spread(r.toDiagnostics),
		ms(percentile(r.toSymbols, 50)), ms(percentile(r.toSymbols, 95)), spread(r.toSymbols),
		mib(r.peak), mib(r.rssBeforeOpen), mib(r.rssEnd),
	]), [
		'one fresh server per size; a client without textDocument.diagnostic or workspace/configuration; the seeds repeated to the size, opened as a file: URI (policy-report);',
		`${WARMUP_EDITS} untimed edits, then two loops of ${EDITS} single-character edits each (insert 的/和/在 or delete one Chinese character, between Chinese characters in body lines),`,
		'each edit sent once the previous edit\'s diagnostics arrived. edit→diag: didChange → publishDiagnostics with that version.',
		'edit→symbols: didChange, then documentSymbol at once → its answer. open→symbols: didOpen, then documentSymbol → the first answer.',
		...results.map((r) => `peak at ${r.label}: VmHWM of the server from /proc/<pid>/status after the last edit; ${r.resetError
			? `NOT reset before didOpen (${r.resetError}), so it includes start-up`
			: 'reset just before didOpen (5 > /proc/<pid>/clear_refs, then VmHWM read back equal to VmRSS), so it covers open + all edits'}; server exit code ${r.exit}, ${r.errors.length} errors logged${r.errors.length ? ` (first: ${r.errors[0].split('\n')[0].slice(0, 200)})` : ''}.`),
	]);

	printTable('Part 4 — floor: the same client and edits against a stand-in that answers at once (scripts/bench/lsp-stand-in.mjs), ms', [
		'<size', 'outline JSON bytes', 'diagnostics', 'open→symbols', 'edit→diag p50', 'p95', 'edit→symbols p50', 'p95',
	], floors.map((r) => [
		r.label, Buffer.byteLength(JSON.stringify(r.answers.symbols), 'utf8').toLocaleString('en-US'), r.answers.diagnostics.length, ms(r.openToSymbols),
		ms(percentile(r.toDiagnostics, 50)), ms(percentile(r.toDiagnostics, 95)), ms(percentile(r.toSymbols, 50)), ms(percentile(r.toSymbols, 95)),
	]), [
		'the stand-in sends the real server\'s last outline for every documentSymbol and its last diagnostics for every version, as soon as asked:',
		'what remains is the pipe, the framing and the client\'s JSON parsing. The targets above apply to the real server\'s figures, floor included.',
	]);

	const byLabel = Object.fromEntries(results.map((r) => [r.label, r]));
	const big = byLabel['1 MiB'];
	const small = byLabel['25 KB'];
	const peak = Math.max(...results.map((r) => r.peak ?? NaN));
	printTable('Part 4 — targets', ['<measure', 'measured', 'target', 'within'], [
		...PLAN.map((p) => {
			const r = byLabel[p.label];
			return [`edit→diagnostics p95 at ${p.label}`, `${ms(percentile(r.toDiagnostics, 95))} ms`, `≤ ${p.targetMs} ms`, within(percentile(r.toDiagnostics, 95) <= p.targetMs)];
		}),
		...PLAN.map((p) => {
			const r = byLabel[p.label];
			return [`edit→symbols p95 at ${p.label}`, `${ms(percentile(r.toSymbols, 95))} ms`, `≤ ${p.targetMs} ms`, within(percentile(r.toSymbols, 95) <= p.targetMs)];
		}),
		[`open→first symbols at 1 MiB (25 KB: ${ms(small.openToSymbols)} ms)`, `${ms(big.openToSymbols)} ms`, `≤ ${TARGET_OPEN_MS} ms`, within(big.openToSymbols <= TARGET_OPEN_MS)],
		['server peak memory (VmHWM), largest of the two sizes', `${mib(peak)} MiB`, `≤ ${TARGET_PEAK_MIB} MiB`, within(peak <= TARGET_PEAK_MIB * MiB)],
	]);
}
