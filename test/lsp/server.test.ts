// The bundled server (dist/server.js) as real clients see it: a protocol client over --stdio (with and without pull
// diagnostics), the extension's IPC transport, and headless Neovim 0.7 as an independent second client.
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	ConfigurationRequest,
	createProtocolConnection,
	DiagnosticRefreshRequest,
	DidChangeConfigurationNotification,
	DidChangeTextDocumentNotification,
	DidCloseTextDocumentNotification,
	DidOpenTextDocumentNotification,
	DocumentDiagnosticRequest,
	DocumentSymbolRequest,
	ExitNotification,
	FoldingRangeRequest,
	HoverRequest,
	InitializedNotification,
	InitializeRequest,
	IPCMessageReader,
	IPCMessageWriter,
	LogMessageNotification,
	MessageType,
	PublishDiagnosticsNotification,
	RegistrationRequest,
	SelectionRangeRequest,
	SemanticTokensRangeRequest,
	SemanticTokensRequest,
	ShutdownRequest,
	StreamMessageReader,
	StreamMessageWriter,
	SymbolKind,
	type ClientCapabilities,
	type DocumentSymbol,
	type Hover,
	type InitializeResult,
	type MarkupContent,
	type MessageReader,
	type MessageWriter,
	type Position,
	type ProtocolConnection,
	type PublishDiagnosticsParams,
	type Range,
	type SelectionRange,
	type SemanticTokens,
	type SemanticTokensLegend,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, expect, suite, test } from 'vitest';
import { MetricsRequest, SummaryRequest, type MetricItem, type SummaryResult } from '../../server/src/protocol';
import { ensureBuilt } from '../helpers/build';

const root = join(__dirname, '..', '..');
const serverJs = join(root, 'dist', 'server.js');
const seedNames = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seed = (stem: string) => readFileSync(join(root, 'seeds', `${stem}.txt`), 'utf8');
const seedUri = (stem: string) => pathToFileURL(join(root, 'seeds', `${stem}.txt`)).href;
const S000 = '000_127523993d1b692c';
const S003 = '003_bb0d26e07b32a41b';
const S004 = '004_8a7a72f55b4861e6';
/** Long enough for a loaded CI machine, short enough to fail well inside the 60 s test timeout. */
const WAIT_MS = 15_000;

beforeAll(ensureBuilt, 120_000);

/** LSP position of the nth occurrence of `needle` (seeds are BMP-only, so string indices are UTF-16 units). */
function positionOf(text: string, needle: string, nth = 0): Position {
	let index = -1;
	for (let i = 0; i <= nth; i++) {
		index = text.indexOf(needle, index + 1);
		if (index < 0) {
			throw new Error(`${needle} not found`);
		}
	}
	const before = text.slice(0, index);
	const line = before.split('\n').length - 1;
	return { line, character: index - (before.lastIndexOf('\n') + 1) };
}

function textAt(text: string, range: Range): string {
	const lines = text.split('\n');
	expect(range.start.line).toBe(range.end.line);
	return lines[range.start.line].slice(range.start.character, range.end.character);
}

function markdown(hover: Hover | null): string {
	expect(hover).not.toBeNull();
	return (hover?.contents as MarkupContent).value;
}

interface DecodedToken {
	line: number;
	character: number;
	length: number;
	type: string;
}

function decodeTokens(tokens: SemanticTokens, legend: SemanticTokensLegend): DecodedToken[] {
	const result: DecodedToken[] = [];
	let line = 0;
	let character = 0;
	for (let i = 0; i < tokens.data.length; i += 5) {
		const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
		line += deltaLine;
		character = deltaLine === 0 ? character + deltaStart : deltaStart;
		result.push({ line, character, length, type: legend.tokenTypes[type] });
	}
	return result;
}

function allSymbols(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
	return symbols.flatMap((s) => [s, ...allSymbols(s.children ?? [])]);
}

function contains(outer: Range, inner: Range): boolean {
	const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
	return before(outer.start, inner.start) && before(inner.end, outer.end);
}

interface SessionOptions {
	capabilities: ClientCapabilities;
	locale?: string;
	transport: 'stdio' | 'ipc';
	/** Extra server arguments for IPC: none (the default transport) or what vscode-languageclient passes. */
	args?: string[];
	/** Options for node itself, before the server script (stdio only). */
	nodeArgs?: string[];
}

/** One server process and a protocol client that records what the server sends on its own. */
class Session {
	readonly published: PublishDiagnosticsParams[] = [];
	readonly errors: string[] = [];
	readonly logged: string[] = [];
	readonly registrations: string[] = [];
	refreshes = 0;
	configurationRequests = 0;
	/** What workspace/configuration answers for the policyReport section. */
	configuration: Record<string, unknown> = {};
	stderr = '';
	initializeResult!: InitializeResult;
	private readonly listeners = new Set<() => void>();
	private readonly exited: Promise<number | null>;

	private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection) {
		this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
		child.stderr?.on('data', (chunk: Buffer) => {
			this.stderr += chunk.toString();
		});
		connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(() => {
			this.published.push(params);
		}));
		connection.onNotification(LogMessageNotification.type, (params) => this.record(() => {
			this.logged.push(params.message);
			if (params.type === MessageType.Error) {
				this.errors.push(params.message);
			}
		}));
		connection.onRequest(ConfigurationRequest.type, (params) => this.record(() => {
			this.configurationRequests++;
			return params.items.map(() => this.configuration);
		}));
		connection.onRequest(RegistrationRequest.type, (params) => this.record(() => {
			this.registrations.push(...params.registrations.map((r) => r.method));
		}));
		connection.onRequest(DiagnosticRefreshRequest.type, () => this.record(() => {
			this.refreshes++;
		}));
		connection.listen();
	}

	static async start(options: SessionOptions): Promise<Session> {
		let child: ChildProcess;
		let reader: MessageReader;
		let writer: MessageWriter;
		if (options.transport === 'stdio') {
			child = spawn(process.execPath, [...options.nodeArgs ?? [], serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
			reader = new StreamMessageReader(child.stdout!);
			writer = new StreamMessageWriter(child.stdin!);
		} else {
			child = fork(serverJs, options.args ?? [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
			reader = new IPCMessageReader(child);
			writer = new IPCMessageWriter(child);
		}
		const session = new Session(child, createProtocolConnection(reader, writer));
		session.initializeResult = await session.connection.sendRequest(InitializeRequest.type, {
			processId: null,
			rootUri: null,
			locale: options.locale,
			capabilities: options.capabilities,
			workspaceFolders: null,
		});
		await session.connection.sendNotification(InitializedNotification.type, {});
		return session;
	}

	private record<T>(effect: () => T): T {
		const result = effect();
		this.listeners.forEach((listener) => listener());
		return result;
	}

	/** Resolves once `probe` returns something, re-checked whenever the server sends a message. */
	waitFor<T>(what: string, probe: () => T | undefined | false): Promise<T> {
		return new Promise((resolve, reject) => {
			const check = () => {
				const value = probe();
				if (value !== undefined && value !== false) {
					this.listeners.delete(check);
					clearTimeout(timer);
					resolve(value);
				}
			};
			const timer = setTimeout(() => {
				this.listeners.delete(check);
				reject(new Error(`timed out waiting for ${what}; server stderr:\n${this.stderr}`));
			}, WAIT_MS);
			this.listeners.add(check);
			check();
		});
	}

	publishedFor(uri: string, version?: number): PublishDiagnosticsParams | undefined {
		return this.published.find((p) => p.uri === uri && (version === undefined || p.version === version));
	}

	open(uri: string, text: string, version = 1, languageId = 'policy-report'): Promise<void> {
		return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
	}

	insert(uri: string, version: number, at: Position, text: string): Promise<void> {
		return this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
			textDocument: { uri, version },
			contentChanges: [{ range: { start: at, end: at }, text }],
		});
	}

	close(uri: string): Promise<void> {
		return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
	}

	symbols(uri: string): Promise<DocumentSymbol[]> {
		return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
	}

	hover(uri: string, position: Position): Promise<Hover | null> {
		return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
	}

	/** A clean shutdown: the process must exit with 0 after shutdown + exit. */
	async stop(): Promise<number | null> {
		await this.connection.sendRequest(ShutdownRequest.type);
		await this.connection.sendNotification(ExitNotification.type);
		const code = await this.exited;
		this.connection.dispose();
		return code;
	}
}

interface WireMessage {
	id?: string | number;
	method?: string;
	params?: unknown;
	result?: unknown;
}

/**
 * The server over --stdio without a protocol library, for what depends on how messages are split into reads: several
 * messages go out in one write, and what comes back is kept in the order it arrived.
 */
class RawWire {
	readonly received: WireMessage[] = [];
	private buffer = Buffer.alloc(0);
	private readonly listeners = new Set<() => void>();

	private constructor(readonly child: ChildProcess) {
		child.stdout!.on('data', (chunk: Buffer) => {
			this.buffer = Buffer.concat([this.buffer, chunk]);
			for (;;) {
				const headerEnd = this.buffer.indexOf('\r\n\r\n');
				const length = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, Math.max(headerEnd, 0)).toString('ascii'));
				if (headerEnd < 0 || !length || this.buffer.length < headerEnd + 4 + Number(length[1])) {
					break;
				}
				const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + Number(length[1]));
				this.buffer = this.buffer.subarray(headerEnd + 4 + Number(length[1]));
				this.received.push(JSON.parse(body.toString('utf8')) as WireMessage);
			}
			this.listeners.forEach((listener) => listener());
		});
	}

	static async start(): Promise<RawWire> {
		const wire = new RawWire(spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] }));
		wire.send({ jsonrpc: '2.0', id: 'initialize', method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null } });
		await wire.until((m) => m.id === 'initialize');
		wire.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
		return wire;
	}

	/** All the messages in one write to the server's stdin. */
	send(...messages: object[]): void {
		this.child.stdin!.write(Buffer.concat(messages.map((m) => {
			const body = Buffer.from(JSON.stringify(m), 'utf8');
			return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
		})));
	}

	/** Everything received up to and including the first message that `last` accepts. */
	until(last: (message: WireMessage) => boolean): Promise<WireMessage[]> {
		return new Promise((resolve, reject) => {
			const check = () => {
				const at = this.received.findIndex(last);
				if (at >= 0) {
					this.listeners.delete(check);
					clearTimeout(timer);
					resolve(this.received.slice(0, at + 1));
				}
			};
			const timer = setTimeout(() => {
				this.listeners.delete(check);
				reject(new Error(`timed out; received so far: ${this.received.map((m) => m.id ?? m.method).join(', ')}`));
			}, WAIT_MS);
			this.listeners.add(check);
			check();
		});
	}

	async stop(): Promise<void> {
		const exited = new Promise((resolve) => this.child.once('exit', resolve));
		this.send({ jsonrpc: '2.0', id: 'shutdown', method: 'shutdown' });
		await this.until((m) => m.id === 'shutdown');
		this.send({ jsonrpc: '2.0', method: 'exit' });
		await exited;
	}
}

suite('stdio, pull diagnostics (a VS Code-like client)', () => {
	let session: Session;
	const legend = () => session.initializeResult.capabilities.semanticTokensProvider?.legend as SemanticTokensLegend;

	beforeAll(async () => {
		session = await Session.start({
			transport: 'stdio',
			locale: 'zh-cn',
			capabilities: {
				textDocument: {
					diagnostic: { dynamicRegistration: false },
					hover: { contentFormat: ['markdown', 'plaintext'] },
					documentSymbol: { hierarchicalDocumentSymbolSupport: true },
				},
				workspace: { configuration: true, diagnostics: { refreshSupport: true }, didChangeConfiguration: { dynamicRegistration: true } },
			},
		});
		for (const name of seedNames) {
			await session.open(seedUri(name.slice(0, -4)), seed(name.slice(0, -4)));
		}
	});

	afterAll(async () => {
		expect(await session.stop()).toBe(0);
	});

	test('declares incremental sync, pull diagnostics without inter-file dependencies, and a semantic token legend', () => {
		const capabilities = session.initializeResult.capabilities;
		expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
		expect(capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
		expect(legend().tokenTypes).toEqual(['enumMember', 'number', 'type', 'keyword']);
		expect(capabilities.hoverProvider).toBe(true);
		expect(capabilities.foldingRangeProvider).toBe(true);
		expect(capabilities.selectionRangeProvider).toBe(true);
	});

	test('registers for configuration changes when the client allows it', async () => {
		await session.waitFor('the didChangeConfiguration registration', () => session.registrations.includes('workspace/didChangeConfiguration'));
	});

	test('seed 004: the report title is the root; （一）…（八） under 一、 with the unmarked heading as the 6th', async () => {
		const symbols = await session.symbols(seedUri(S004));
		expect(symbols).toHaveLength(1);
		const [report] = symbols;
		expect(report.name).toBe('信阳市平桥区人民政府 关于2021年度法治政府建设工作的报告');
		expect(report.kind).toBe(SymbolKind.File);
		const parts = report.children ?? [];
		expect(parts.map((p) => p.name.slice(0, 2))).toEqual(['一、', '二、', '三、']);
		const measures = (parts[0].children ?? []).filter((c) => c.kind !== SymbolKind.EnumMember);
		expect(measures).toHaveLength(8);
		expect(measures.map((c) => c.name.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '强化行', '（七）', '（八）']);
		expect(measures[5].name).toBe('强化行政权力制约和监督，高水准增强政府公信力执行力');
		expect(measures[2].name).toBe('（三）健全依法行政制度体系，高效率提升政府行政决策水平');
		// The selection range is the heading line; the range runs to the section's last line.
		const text = seed(S004);
		expect(measures[5].selectionRange.start).toEqual(positionOf(text, '强化行政权力制约和监督'));
		expect(measures[5].range.end.line).toBe(positionOf(text, '2、全面推进政务公开').line);
	});

	test('seed 003: run-in items (一是…二是…) are EnumMember leaves of their section', async () => {
		const symbols = allSymbols(await session.symbols(seedUri(S003)));
		const items = symbols.filter((s) => s.kind === SymbolKind.EnumMember);
		expect(items.length).toBeGreaterThan(2);
		const first = items.find((s) => s.name.startsWith('一是'));
		expect(first?.name).toBe('一是强化法治保障');
		expect(first?.children ?? []).toEqual([]);
		const holder = symbols.find((s) => s.children?.includes(first as DocumentSymbol));
		expect(holder?.name.startsWith('（一）')).toBe(true);
	});

	test.each(seedNames)('%s: every symbol lies inside its parent, its selection range inside its range', async (name) => {
		const check = (symbol: DocumentSymbol) => {
			expect(symbol.name.length).toBeGreaterThan(0);
			expect(contains(symbol.range, symbol.selectionRange), symbol.name).toBe(true);
			for (const child of symbol.children ?? []) {
				expect(contains(symbol.range, child.range), `${child.name} in ${symbol.name}`).toBe(true);
				check(child);
			}
		};
		const symbols = await session.symbols(seedUri(name.slice(0, -4)));
		expect(symbols.length).toBeGreaterThan(0);
		symbols.forEach(check);
	});

	test('folding ranges: one per multi-line section, from its heading to its last line', async () => {
		const text = seed(S004);
		const ranges = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: seedUri(S004) } });
		expect(ranges).not.toBeNull();
		for (const r of ranges ?? []) {
			expect(r.endLine).toBeGreaterThan(r.startLine);
		}
		expect(ranges).toContainEqual({ startLine: positionOf(text, '一、2021年').line, endLine: positionOf(text, '3、落实普法责任').line });
		expect(ranges).toContainEqual({ startLine: positionOf(text, '（八）').line, endLine: positionOf(text, '3、落实普法责任').line });
		// 二、 is a heading and one body paragraph two lines further down: it folds too.
		expect(ranges).toContainEqual({ startLine: positionOf(text, '二、存在的问题').line, endLine: positionOf(text, '虽然我区').line });
	});

	test('hover on 55件 (seed 000): exact text, value, unit, kind, label and section path', async () => {
		const text = seed(S000);
		const at = positionOf(text, '55件');
		const hover = await session.hover(seedUri(S000), { line: at.line, character: at.character + 1 });
		const value = markdown(hover);
		expect(textAt(text, hover?.range as Range)).toBe('55件');
		expect(value).toContain('`55件`');
		expect(value).toContain('数值：55 件');
		expect(value).toContain('单位：件');
		expect(value).toContain('类型：计数');
		expect(value).toMatch(/指标：\S*政府信息公开申请/);
		expect(value).toContain('章节：一、2020年度法治政府建设工作成效 › （二）');
	});

	test('hover on 99.16% (seed 004) shows its arithmetic from the two counts before it', async () => {
		const text = seed(S004);
		const value = markdown(await session.hover(seedUri(S004), positionOf(text, '99.16%')));
		expect(value).toContain('1414 / 1426 = 99.16%');
		expect(value).toContain('类型：百分比');
	});

	test('hover on a heading marker: level, place among its siblings, section path', async () => {
		const text = seed(S004);
		const hover = await session.hover(seedUri(S004), positionOf(text, '（二）依法履行'));
		const value = markdown(hover);
		expect(textAt(text, hover?.range as Range)).toBe('（二）');
		expect(value).toContain('层级：第 2 级');
		expect(value).toContain('位置：第 2 / 共 8 项');
		expect(value).toContain('章节：一、2021年法治政府建设主要做法和成效 › （二）依法履行政府职能');
	});

	test('hover where there is nothing to explain is null', async () => {
		expect(await session.hover(seedUri(S004), positionOf(seed(S004), '信阳市'))).toBeNull();
	});

	test('semantic tokens: a heading marker, a number and its unit land on the right text', async () => {
		const text000 = seed(S000);
		const tokens000 = decodeTokens(await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: seedUri(S000) } }) as SemanticTokens, legend());
		const number = positionOf(text000, '55件');
		expect(tokens000).toContainEqual({ ...number, length: 2, type: 'number' });
		expect(tokens000).toContainEqual({ line: number.line, character: number.character + 2, length: 1, type: 'type' });
		const marker = positionOf(text000, '一、2020年度');
		expect(tokens000).toContainEqual({ ...marker, length: 2, type: 'enumMember' });
		for (const token of tokens000) {
			expect(token.type).toBeDefined();
			expect(token.length).toBeGreaterThan(0);
		}

		const text003 = seed(S003);
		const tokens003 = decodeTokens(await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: seedUri(S003) } }) as SemanticTokens, legend());
		const item = positionOf(text003, '一是强化法治保障');
		expect(tokens003).toContainEqual({ ...item, length: 2, type: 'enumMember' });
		const qualifier = positionOf(text003, '5000余人次');
		expect(tokens003).toContainEqual({ ...qualifier, length: 4, type: 'number' });
		expect(tokens003).toContainEqual({ line: qualifier.line, character: qualifier.character + 4, length: 1, type: 'keyword' });
		expect(tokens003).toContainEqual({ line: qualifier.line, character: qualifier.character + 5, length: 2, type: 'type' });
	});

	test('semantic tokens for a range hold only the tokens in it', async () => {
		const line = positionOf(seed(S000), '55件').line;
		const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
		const tokens = decodeTokens(await session.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri: seedUri(S000) }, range }) as SemanticTokens, legend());
		expect(tokens.length).toBeGreaterThan(0);
		expect(tokens.every((t) => t.line === line)).toBe(true);
	});

	test('selection ranges grow clause → line → sections', async () => {
		const text = seed(S000);
		const at = positionOf(text, '55件');
		const [selection] = await session.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri: seedUri(S000) }, positions: [at] }) ?? [];
		const chain: Range[] = [];
		for (let s: SelectionRange | undefined = selection; s; s = s.parent) {
			chain.push(s.range);
		}
		expect(textAt(text, chain[0])).toBe('依法处理政府信息公开申请55件。');
		expect(chain[1]).toEqual({ start: { line: at.line, character: 0 }, end: { line: at.line, character: text.split('\n')[at.line].length } });
		expect(chain.length).toBeGreaterThanOrEqual(4);
		for (let i = 1; i < chain.length; i++) {
			expect(contains(chain[i], chain[i - 1])).toBe(true);
		}
	});

	test('pull diagnostics: a full report with the rule findings, and nothing is pushed to a client that pulls', async () => {
		const codes: Record<string, string[]> = {};
		for (const name of seedNames) {
			const report = await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: seedUri(name.slice(0, -4)) } });
			expect(report.kind).toBe('full');
			const items = (report as { items: { code: string; severity: number; source: string; range: Range }[] }).items;
			expect(items.every((d) => d.source === 'policy-report')).toBe(true);
			codes[name.slice(0, 3)] = items.filter((d) => d.severity <= 2).map((d) => `${d.code}@${d.range.start.line + 1}`);
		}
		expect(codes['001']).toEqual([]);
		expect(codes['003']).toEqual(expect.arrayContaining(['numbering.gap@11', 'numbering.unmarked-heading@19', 'numbering.unmarked-heading@25', 'text.page-number@39', 'text.page-number@40', 'text.confusable@9']));
		expect(session.published).toEqual([]);
	});

	test('custom requests: the status bar summary and the metrics list', async () => {
		const summary = await session.connection.sendRequest<SummaryResult>(SummaryRequest.method, { uri: seedUri(S004) });
		expect(summary.sections).toBeGreaterThan(30);
		expect(summary.metrics).toBeGreaterThan(20);
		const metrics = await session.connection.sendRequest<MetricItem[]>(MetricsRequest.method, { uri: seedUri(S000) });
		const summary000 = await session.connection.sendRequest<SummaryResult>(SummaryRequest.method, { uri: seedUri(S000) });
		expect(metrics).toHaveLength(summary000.metrics);
		expect(metrics).toContainEqual(expect.objectContaining({ text: '55件', value: 55, unit: '件', ...positionOf(seed(S000), '55件') }));
	});

	test('a 𠮷 inserted at the start of the line shifts the metric\'s hover range by exactly 2 UTF-16 units', async () => {
		const uri = 'file:///tmp/surrogate-000.txt';
		const text = seed(S000);
		const at = positionOf(text, '55件');
		await session.open(uri, text);
		const before = (await session.hover(uri, at))?.range as Range;
		expect(textAt(text, before)).toBe('55件');
		await session.insert(uri, 2, { line: at.line, character: 0 }, '𠮷');
		const after = (await session.hover(uri, { line: at.line, character: at.character + 2 }))?.range as Range;
		expect(after).toEqual({
			start: { line: at.line, character: before.start.character + 2 },
			end: { line: at.line, character: before.end.character + 2 },
		});
		const shiftedTokens = decodeTokens(await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }) as SemanticTokens, legend());
		expect(shiftedTokens).toContainEqual({ line: at.line, character: at.character + 2, length: 2, type: 'number' });
		await session.close(uri);
	});

	test('markdown documents are analyzed as Markdown, plaintext ones as text', async () => {
		const md = readFileSync(join(root, 'test', 'fixtures', 'district-2022.md'), 'utf8');
		await session.open('file:///tmp/district.md', md, 1, 'markdown');
		const mdSymbols = allSymbols(await session.symbols('file:///tmp/district.md'));
		expect(mdSymbols.length).toBeGreaterThan(3);
		// The `#` of an ATX heading is not part of the name.
		expect(mdSymbols.every((s) => !s.name.startsWith('#'))).toBe(true);
		await session.open('file:///tmp/plain-003.txt', seed(S003), 1, 'plaintext');
		expect((await session.symbols('file:///tmp/plain-003.txt'))[0].name).toContain('报告');
		await session.close('file:///tmp/district.md');
		await session.close('file:///tmp/plain-003.txt');
	});

	test('an unknown document gets empty answers, not errors', async () => {
		const uri = 'file:///nowhere/unknown.txt';
		const textDocument = { uri };
		const origin = { line: 0, character: 0 };
		expect(await session.symbols(uri)).toEqual([]);
		expect(await session.hover(uri, origin)).toBeNull();
		expect(await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument })).toEqual([]);
		expect(await session.connection.sendRequest(SelectionRangeRequest.type, { textDocument, positions: [origin] })).toEqual([]);
		expect(await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument })).toEqual({ data: [] });
		expect(await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument })).toEqual({ kind: 'full', items: [] });
		expect(await session.connection.sendRequest<SummaryResult>(SummaryRequest.method, { uri })).toEqual({ sections: 0, metrics: 0 });
		expect(await session.connection.sendRequest<MetricItem[]>(MetricsRequest.method, { uri })).toEqual([]);
		// A language the server does not analyze is as good as unknown.
		await session.open('file:///tmp/code.ts', 'const a = 1;', 1, 'typescript');
		expect(await session.symbols('file:///tmp/code.ts')).toEqual([]);
	});

	test('a feature that throws is logged and answered with its fallback; the server keeps serving', async () => {
		const uri = 'file:///tmp/throwing.txt';
		await session.open(uri, seed(S000));
		const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null });
		expect(hover).toBeNull();
		await session.waitFor('the error in the log', () => session.errors.find((e) => e.startsWith('hover failed')));
		await session.close(uri);
		expect(await session.hover(uri, { line: 0, character: 0 })).toBeNull();
		expect((await session.symbols(seedUri(S000))).length).toBe(1);
	});

	test('a configuration change asks the client to pull again, and the new message language applies', async () => {
		expect(session.configurationRequests).toBeGreaterThan(0);
		const refreshes = session.refreshes;
		session.configuration = { messageLanguage: 'en' };
		await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { policyReport: session.configuration } });
		await session.waitFor('workspace/diagnostic/refresh', () => session.refreshes > refreshes);
		const value = markdown(await session.hover(seedUri(S000), positionOf(seed(S000), '55件')));
		expect(value).toContain('Value: 55 件');
		expect(value).toContain('Kind: count');
	});
});

suite('stdio, push diagnostics (a Neovim 0.7-like client without textDocument.diagnostic)', () => {
	let session: Session;
	const uri = seedUri(S003);

	beforeAll(async () => {
		session = await Session.start({ transport: 'stdio', locale: 'en-US', capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } } });
	});

	afterAll(async () => {
		expect(await session.stop()).toBe(0);
	});

	test('declares no pull diagnostics', () => {
		expect(session.initializeResult.capabilities.diagnosticProvider).toBeUndefined();
	});

	test('publishes after didOpen and after each didChange, with the version it analyzed', async () => {
		await session.open(uri, seed(S003));
		const opened = await session.waitFor('diagnostics for version 1', () => session.publishedFor(uri, 1));
		expect(opened.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line + 1}`)).toEqual(expect.arrayContaining(['numbering.gap@11', 'text.page-number@39']));
		await session.insert(uri, 2, { line: 0, character: 0 }, '　');
		await session.waitFor('diagnostics for version 2', () => session.publishedFor(uri, 2));
		// Two changes in one write: the latest version is published, and nothing after it.
		await Promise.all([session.insert(uri, 3, { line: 1, character: 0 }, 'a'), session.insert(uri, 4, { line: 1, character: 0 }, 'b')]);
		await session.waitFor('diagnostics for version 4', () => session.publishedFor(uri, 4));
		expect(session.published.filter((p) => p.uri === uri).at(-1)?.version).toBe(4);
	});

	test('a configuration change republishes the open documents', async () => {
		const count = session.published.length;
		await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { policyReport: { messageLanguage: 'zh-cn' } } });
		await session.waitFor('a new publish of version 4', () => session.published.slice(count).find((p) => p.uri === uri && p.version === 4));
		expect(session.configurationRequests).toBe(0);
	});

	test('messages follow the setting pushed with didChangeConfiguration (no workspace/configuration here)', async () => {
		await session.open(seedUri(S000), seed(S000));
		const value = markdown(await session.hover(seedUri(S000), positionOf(seed(S000), '55件')));
		expect(value).toContain('数值：55 件');
		await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { policyReport: { messageLanguage: 'auto' } } });
		// 'auto' falls back to initialize.locale, en-US here.
		expect(markdown(await session.hover(seedUri(S000), positionOf(seed(S000), '55件')))).toContain('Value: 55 件');
	});

	test('an outline asked for in the same read as a change is answered before that change\'s diagnostics are published', async () => {
		// Large enough that the open arrives in many reads, the request in the last one, as a big report's does.
		let text = '';
		while (Buffer.byteLength(text) < 400_000) {
			text += seedNames.map((name) => `${seed(name.replace(/\.txt$/, '')).trimEnd()}\n\n`).join('');
		}
		const wire = await RawWire.start();
		try {
			const uri = 'file:///tmp/large-report.txt';
			wire.send(
				{ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'policy-report', version: 1, text } } },
				{ jsonrpc: '2.0', id: 'outline-1', method: 'textDocument/documentSymbol', params: { textDocument: { uri } } },
			);
			await wire.until((m) => m.method === 'textDocument/publishDiagnostics');
			wire.send(
				{ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '　' }] } },
				{ jsonrpc: '2.0', id: 'outline-2', method: 'textDocument/documentSymbol', params: { textDocument: { uri } } },
			);
			const order = (await wire.until((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { version: number }).version === 2))
				.map((m) => (m.method === 'textDocument/publishDiagnostics' ? `diagnostics v${(m.params as { version: number }).version}` : String(m.id)))
				.filter((label) => label.startsWith('outline') || label.startsWith('diagnostics'));
			expect(order).toEqual(['outline-1', 'diagnostics v1', 'outline-2', 'diagnostics v2']);
		} finally {
			await wire.stop();
		}
	});

	test('closing a document clears its diagnostics', async () => {
		const count = session.published.length;
		await session.close(uri);
		// A republish queued before the close (the configuration change above) may still arrive first.
		const cleared = await session.waitFor('the clearing publish', () => session.published.slice(count).find((p) => p.uri === uri && p.diagnostics.length === 0));
		// After a round trip, nothing for the closed document has come after the clearing publish.
		await session.symbols(seedUri(S000));
		expect(session.published.filter((p) => p.uri === uri).at(-1)).toBe(cleared);
	});
});

suite('transports: IPC (how the VS Code extension starts the server) and --stdio', () => {
	test.each([[[]], [['--node-ipc']]])('answers over IPC (arguments %j)', async (args: string[]) => {
		const session = await Session.start({ transport: 'ipc', capabilities: {}, args });
		await session.open(seedUri(S003), seed(S003));
		const [report] = await session.symbols(seedUri(S003));
		expect(report.name).toContain('报告');
		expect(await session.stop()).toBe(0);
	});

	test('over --stdio, what a library prints goes to the client\'s log, not into the protocol stream', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'policy-report-console-'));
		try {
			const chatty = join(dir, 'chatty.js');
			writeFileSync(chatty, "setTimeout(() => { console.log('printed by a library'); console.error('an error printed by a library'); }, 0);\n");
			const session = await Session.start({ transport: 'stdio', nodeArgs: ['--require', chatty], capabilities: {} });
			await session.waitFor('the printed lines in the log', () => session.logged.includes('printed by a library'));
			expect(session.errors).toContain('an error printed by a library');
			await session.open(seedUri(S003), seed(S003));
			expect((await session.symbols(seedUri(S003)))[0].name).toContain('报告');
			expect(await session.stop()).toBe(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('over --stdio it exits when the client closes its input, with 1 as there was no shutdown', async () => {
		const session = await Session.start({ transport: 'stdio', capabilities: {} });
		const exited = new Promise((resolve) => session.child.once('exit', (code) => resolve(code)));
		session.child.stdin?.end();
		expect(await exited).toBe(1);
	});

	test('without IPC or --stdio it says how to start it and exits', () => {
		const run = spawnSync(process.execPath, [serverJs], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: WAIT_MS });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--stdio');
	});
});

suite('headless Neovim 0.7 as a second client (test/lsp/nvim)', () => {
	test('symbols, pushed diagnostics after open and after an edit, hover on a metric before and after a 𠮷', () => {
		const dir = mkdtempSync(join(tmpdir(), 'policy-report-nvim-'));
		try {
			const file = join(dir, 'report.txt');
			const text = seed(S000);
			writeFileSync(file, text);
			const at = positionOf(text, '55件');
			const run = spawnSync('bash', [join(root, 'test', 'lsp', 'nvim', 'run.sh'), file, `${at.line}:${at.character}`, '--', process.execPath, serverJs, '--stdio'], { encoding: 'utf8', timeout: 45_000 });
			const lines = run.stdout.trim().split('\n');
			expect(run.status, `nvim run failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`).toBe(0);
			const result = JSON.parse(lines[lines.length - 1]) as {
				nvim: string;
				pull: boolean;
				symbols: { name: string; kind: number; line: number; children: unknown[] }[];
				publishes: { uri: string; version: number; count: number }[];
				opened_version: number;
				edited_version: number;
				hover: { value: string; range: Range };
				hover_after_edit: { value: string; range: Range };
			};
			expect(result.nvim).toMatch(/^0\.\d+\.\d+$/);
			expect(result.pull).toBe(false);
			expect(result.symbols).toHaveLength(1);
			expect(result.symbols[0].name).toContain('关于2020年度法治政府建设情况的报告');
			expect((result.symbols[0].children as { name: string }[]).map((c) => c.name)).toEqual(['一、2020年度法治政府建设工作成效', '二、存在问题', '三、下步打算']);
			const versions = result.publishes.map((p) => p.version);
			expect(versions).toContain(result.opened_version);
			expect(versions).toContain(result.edited_version);
			expect(result.edited_version).toBeGreaterThan(result.opened_version);
			expect(result.hover.value).toContain('数值：55 件');
			expect(result.hover.range).toEqual({ start: at, end: { line: at.line, character: at.character + 3 } });
			expect(result.hover_after_edit.range).toEqual({ start: { line: at.line, character: at.character + 2 }, end: { line: at.line, character: at.character + 5 } });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
