// Control and quick fixes through the bundled server (dist/server.js), as an editor sees them: policyReport.rules
// from workspace/configuration, a .policyreportrc.json above the document, inline comments, and code actions whose
// edits, applied, remove the finding.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
	CodeActionRequest,
	ConfigurationRequest,
	createProtocolConnection,
	DidChangeTextDocumentNotification,
	DidOpenTextDocumentNotification,
	DocumentDiagnosticRequest,
	ExitNotification,
	InitializedNotification,
	InitializeRequest,
	ShutdownRequest,
	StreamMessageReader,
	StreamMessageWriter,
	type CodeAction,
	type Diagnostic,
	type ProtocolConnection,
	type Range,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, expect, suite, test } from 'vitest';
import { ensureBuilt } from '../helpers/build';

const serverJs = join(__dirname, '..', '..', 'dist', 'server.js');

/**
 * A report with: a numbering gap (line 6), a confusable phrase (line 7), two spaces inside quantities (lines 8 and
 * 10, the first behind a disable-next-line comment), a page-number line (11) and an unmarked heading (13).
 */
const REPORT = [
	'某县人民政府',
	'关于2023年度法治政府建设情况的报告',
	'2023年，县政府深入推进依法行政。',
	'一、2023年主要工作及成效',
	'（一）健全制度体系',
	'（三）规范行政执法',
	'截止目前，已全部整改到位。',
	'<!-- policy-report-disable-next-line text.space-in-quantity -->',
	'全年办理行政复议案件 18 件。',
	'全年审查规范性文件 12 件。',
	'— 3 —',
	'（四）强化权力监督',
	'二、党政主要负责人履行推进法治建设第一责任人职责情况',
	'县政府主要负责人带头尊法学法守法用法，全年主持召开常务会议专题研究法治政府建设工作4次。',
	'存在的不足及原因',
	'个别部门依法决策意识不强，主要原因是学习培训不够。',
	'四、2024年工作安排',
	'持续深化依法行政。',
].join('\n');

class Client {
	/** What workspace/configuration answers for the policyReport section. */
	configuration: Record<string, unknown> = {};
	private readonly versions = new Map<string, number>();
	private readonly texts = new Map<string, string>();

	private constructor(private readonly child: ChildProcess, readonly connection: ProtocolConnection) {
		connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.configuration));
		connection.listen();
	}

	static async start(): Promise<Client> {
		const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
		const client = new Client(child, createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)));
		await client.connection.sendRequest(InitializeRequest.type, {
			processId: null,
			rootUri: null,
			locale: 'zh-cn',
			workspaceFolders: null,
			capabilities: {
				textDocument: {
					diagnostic: { dynamicRegistration: false },
					codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
				},
				workspace: { configuration: true },
			},
		});
		await client.connection.sendNotification(InitializedNotification.type, {});
		return client;
	}

	async open(uri: string, text: string): Promise<void> {
		this.versions.set(uri, 1);
		this.texts.set(uri, text);
		await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
	}

	text(uri: string): string {
		return this.texts.get(uri) ?? '';
	}

	/** Applies a code action's workspace edit to the document, as the editor would, and syncs the new text. */
	async apply(uri: string, action: CodeAction | undefined): Promise<string> {
		expect(action?.edit?.changes?.[uri], `${action?.title ?? 'the action'} edits the document`).toBeDefined();
		const version = (this.versions.get(uri) ?? 1) + 1;
		const text = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', version, this.text(uri)), action?.edit?.changes?.[uri] ?? []);
		this.versions.set(uri, version);
		this.texts.set(uri, text);
		await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
		return text;
	}

	async diagnostics(uri: string): Promise<Diagnostic[]> {
		const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
		return report.kind === 'full' ? report.items : [];
	}

	/** "line rule severity" for each diagnostic (lines 1-based, as in the report above). */
	async summary(uri: string): Promise<string[]> {
		return (await this.diagnostics(uri)).map((d) => `${d.range.start.line + 1} ${String(d.code)} ${d.severity}`);
	}

	async actions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
		const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
		return (result ?? []).filter((a): a is CodeAction => 'kind' in a || 'edit' in a);
	}

	async stop(): Promise<void> {
		await this.connection.sendRequest(ShutdownRequest.type);
		await this.connection.sendNotification(ExitNotification.type);
		await new Promise((resolve) => this.child.once('exit', resolve));
		this.connection.dispose();
	}
}

const ERROR = 1;
const WARNING = 2;
const HINT = 4;

suite('rule settings, the project file and inline comments through the server', () => {
	const root = mkdtempSync(join(tmpdir(), 'prl-lsp-config-'));
	const team = join(root, 'team');
	const loose = join(root, 'loose');
	const projectFile = join(team, '.policyreportrc.json');
	const teamUri = pathToFileURL(join(team, 'reports', 'report.txt')).href;
	const looseUri = pathToFileURL(join(loose, 'report.txt')).href;
	let client: Client;

	beforeAll(async () => {
		ensureBuilt();
		mkdirSync(join(team, 'reports'), { recursive: true });
		mkdirSync(loose, { recursive: true });
		writeFileSync(projectFile, JSON.stringify({ rules: { 'numbering.gap': 'error', 'text.confusable': 'off' } }));
		client = await Client.start();
		client.configuration = { rules: { 'numbering.gap': 'hint', 'numbering.unmarked-heading': 'off', 'text.page-number': 'error' } };
		await client.open(teamUri, REPORT);
		await client.open(looseUri, REPORT);
	}, 120_000);

	afterAll(async () => {
		await client.stop();
		rmSync(root, { recursive: true, force: true });
	});

	test('default < settings < project file < inline comment, for the pulled diagnostics', async () => {
		// Project file: the gap is an error (over the settings' hint), the confusable is off. Settings: the unmarked
		// heading is off, the page number an error. Inline: the first space in a quantity is not reported. Default:
		// the second space is a warning.
		expect(await client.summary(teamUri)).toEqual([`6 numbering.gap ${ERROR}`, `10 text.space-in-quantity ${WARNING}`, `11 text.page-number ${ERROR}`]);
		// No project file above this one: the settings alone.
		expect(await client.summary(looseUri)).toEqual([`6 numbering.gap ${HINT}`, `7 text.confusable ${WARNING}`, `10 text.space-in-quantity ${WARNING}`, `11 text.page-number ${ERROR}`]);
	});

	test('an edited project file applies at the next request', async () => {
		writeFileSync(projectFile, JSON.stringify({ rules: { 'numbering.*': 'off', 'text.confusable': 'off' } }));
		utimesSync(projectFile, new Date(), new Date(Date.now() + 10_000));
		expect(await client.summary(teamUri)).toEqual([`10 text.space-in-quantity ${WARNING}`, `11 text.page-number ${ERROR}`]);
		writeFileSync(projectFile, JSON.stringify({ rules: { 'numbering.gap': 'error', 'text.confusable': 'off' } }));
		utimesSync(projectFile, new Date(), new Date(Date.now() + 20_000));
		expect((await client.summary(teamUri))[0]).toBe(`6 numbering.gap ${ERROR}`);
	});
});

suite('code actions', () => {
	const root = mkdtempSync(join(tmpdir(), 'prl-lsp-actions-'));
	let client: Client;
	let n = 0;

	/** A fresh copy of the report in its own file, so each test starts from the same text. */
	async function fresh(): Promise<string> {
		const uri = pathToFileURL(join(root, `report-${++n}.txt`)).href;
		await client.open(uri, REPORT);
		return uri;
	}

	async function diagnostic(uri: string, rule: string): Promise<Diagnostic> {
		const found = (await client.diagnostics(uri)).find((d) => d.code === rule);
		expect(found, `a ${rule} diagnostic`).toBeDefined();
		return found as Diagnostic;
	}

	beforeAll(async () => {
		ensureBuilt();
		client = await Client.start();
	}, 120_000);

	afterAll(async () => {
		await client.stop();
		rmSync(root, { recursive: true, force: true });
	});

	test('a quick fix per fixable diagnostic; applied, the finding is gone and no other appears', async () => {
		const uri = await fresh();
		const codes = async () => (await client.diagnostics(uri)).map((d) => String(d.code));
		let expected = await codes();
		expect(expected).toEqual(['numbering.gap', 'text.confusable', 'text.space-in-quantity', 'text.page-number', 'numbering.unmarked-heading']);
		for (const [rule, title] of [['numbering.gap', '重新编排本级序号'], ['text.confusable', '改为“截至目前”'], ['text.page-number', '删除页码行“— 3 —”'], ['numbering.unmarked-heading', '补上序号“三、”']]) {
			const diag = await diagnostic(uri, rule);
			const actions = await client.actions(uri, diag.range, [diag]);
			const fix = actions.find((a) => a.title === title);
			expect(fix, `${rule}: ${actions.map((a) => a.title).join(', ')}`).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [diag] });
			await client.apply(uri, fix);
			expected = expected.filter((code) => code !== rule);
			expect(await codes(), `${rule} gone, nothing new`).toEqual(expected);
		}
		expect(client.text(uri)).toContain('（二）规范行政执法\n截至目前');
		expect(client.text(uri)).toContain('\n三、存在的不足及原因\n');
	});

	test('"在此处停用此规则" inserts a disable-next-line comment above the line; "在本文件中停用此规则" one at the top', async () => {
		const uri = await fresh();
		const gap = await diagnostic(uri, 'numbering.gap');
		const here = (await client.actions(uri, gap.range, [gap])).find((a) => a.title === '在此处停用此规则（numbering.gap）');
		const text = await client.apply(uri, here);
		expect(text.split('\n')[5]).toBe('<!-- policy-report-disable-next-line numbering.gap -->');
		expect((await client.diagnostics(uri)).map((d) => d.code)).not.toContain('numbering.gap');

		const confusable = await diagnostic(uri, 'text.confusable');
		const file = (await client.actions(uri, confusable.range, [confusable])).find((a) => a.title === '在本文件中停用此规则（text.confusable）');
		expect((await client.apply(uri, file)).split('\n')[0]).toBe('<!-- policy-report-disable-file text.confusable -->');
		const left = (await client.diagnostics(uri)).map((d) => d.code);
		expect(left).not.toContain('text.confusable');
		expect(left).toContain('text.page-number');
	});

	test('fix all: the quick fix and source.fixAll leave no safe finding, and the comment still holds', async () => {
		const uri = await fresh();
		const page = await diagnostic(uri, 'text.page-number');
		const quick = (await client.actions(uri, page.range, [page])).find((a) => a.title === '修复所有可自动修复的问题');
		expect(quick?.kind).toBe('quickfix');
		const source = await client.actions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
		expect(source.map((a) => a.kind)).toEqual(['source.fixAll.policy-report']);
		expect(source[0].edit).toEqual(quick?.edit);
		const text = await client.apply(uri, source[0]);
		expect(await client.summary(uri)).toEqual([]);
		expect(text).toContain('全年办理行政复议案件 18 件。');
		expect(text).toContain('全年审查规范性文件 12件。');
		expect(text).toContain('三、存在的不足及原因');
		expect(await client.actions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll'])).toEqual([]);
	});

	test('the missing part: a fix, but not among the safe ones', async () => {
		const uri = pathToFileURL(join(root, 'missing.txt')).href;
		await client.open(uri, REPORT.replace('二、党政主要负责人履行推进法治建设第一责任人职责情况\n县政府主要负责人带头尊法学法守法用法，全年主持召开常务会议专题研究法治政府建设工作4次。\n', ''));
		const missing = await diagnostic(uri, 'structure.missing-section');
		const actions = await client.actions(uri, missing.range, [missing]);
		expect(actions.map((a) => a.title)).toContain('在本文件中停用此规则（structure.missing-section）');
		expect(actions.map((a) => a.title)).not.toContain('在此处停用此规则（structure.missing-section）');
		const insert = actions.find((a) => a.title.startsWith('插入“二、党政主要负责人'));
		await client.apply(uri, insert);
		expect((await client.diagnostics(uri)).map((d) => d.code)).not.toContain('structure.missing-section');
	});
});
