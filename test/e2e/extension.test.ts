// The extension in a real extension host. The workspace is a temporary copy of seeds/ made by scripts/e2e/run.mjs:
// every seed as plain .txt, seed 004 also as 004_….report.txt, and .vscode/settings.json with messageLanguage zh-cn.
// The tests run in order: the first one activates the extension and keeps its API for the others.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PolicyReportApi } from '../../client/src/extension';
import { MetricsRequest, SummaryRequest, type DocumentParams, type MetricItem, type SummaryResult } from '../../server/src/protocol';
import { until, whenEvent } from './events';

const EXTENSION_ID = 'policy-report-lens.policy-report-lens';
const SEED_000 = '000_127523993d1b692c.txt';
const SEED_001 = '001_1867eea4f21729fd.txt';
const SEED_003 = '003_bb0d26e07b32a41b.txt';
const REPORT_004 = '004_8a7a72f55b4861e6.report.txt';
const STATUS = /^报告: (\d+) 节 · (\d+) 项数据$/;

suite('Policy Report Lens in the extension host', () => {
	let folder: vscode.Uri;
	let client: LanguageClient;
	let statusBar: Awaited<PolicyReportApi['statusBar']>;
	const metrics: Record<string, number> = {};

	const file = (name: string) => vscode.Uri.joinPath(folder, name);
	const show = async (name: string) => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file(name)));
	// By method name: this bundle has its own copy of the protocol library, whose RequestType the client's copy rejects.
	const params = (uri: vscode.Uri): DocumentParams => ({ uri: client.code2ProtocolConverter.asUri(uri) });
	const summaryOf = (uri: vscode.Uri) => client.sendRequest<SummaryResult>(SummaryRequest.method, params(uri));
	const metricsOf = (uri: vscode.Uri) => client.sendRequest<MetricItem[]>(MetricsRequest.method, params(uri));
	const symbolsOf = (uri: vscode.Uri) => until(`document symbols of ${uri.path}`, async () => {
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
		return symbols && symbols.length > 0 ? symbols : undefined;
	});
	const hoverAt = async (uri: vscode.Uri, position: vscode.Position) => {
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
		return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
	};
	/** A position inside the first occurrence of `needle`, as a user would point at it. */
	const inside = (document: vscode.TextDocument, needle: string) => {
		const offset = document.getText().indexOf(needle);
		assert.ok(offset >= 0, `${needle} is in ${document.uri.path}`);
		return document.positionAt(offset + 1);
	};
	const becomes = (document: vscode.TextDocument, languageId: string) =>
		whenEvent(`${document.uri.path} to become ${languageId}`, vscode.workspace.onDidOpenTextDocument, () => document.languageId === languageId || undefined);

	suiteSetup(() => {
		const [workspace] = vscode.workspace.workspaceFolders ?? [];
		assert.ok(workspace, 'the runner opens the temporary copy of seeds/ as the workspace');
		folder = workspace.uri;
	});

	suiteTeardown(() => {
		// The runner writes these figures to test/e2e/out/metrics.json for `npm run bench`.
		console.log(`E2E-METRICS ${JSON.stringify(metrics)}`);
	});

	test('opening a seed activates the extension and starts the language server', async () => {
		const extension = vscode.extensions.getExtension<PolicyReportApi>(EXTENSION_ID);
		assert.ok(extension, `${EXTENSION_ID} is loaded`);
		const started = performance.now();
		const editor = await show(REPORT_004);
		const api = await extension.activate();
		// All measured by the extension itself, as the workbench may have activated it before this test began:
		// activate()'s own duration (the call VS Code counts as activation), loading the language client's bundle just
		// after it, and activate() → the language client running.
		assert.ok(Number.isFinite(api.activateMs) && api.activateMs >= 0, `activateMs ${api.activateMs}`);
		metrics.activateMs = Math.round(api.activateMs * 10) / 10;
		metrics.readyMs = await api.ready;
		metrics.clientLoadMs = Math.round(await api.clientLoadMs * 10) / 10;
		client = await api.client;
		statusBar = await api.statusBar;
		assert.equal(client.isRunning(), true);
		await symbolsOf(editor.document.uri);
		metrics.openToOutlineMs = Math.round(performance.now() - started);
	});

	test('a *.report.txt file is a policy report by its name', async () => {
		const editor = await show(REPORT_004);
		assert.equal(editor.document.languageId, 'policy-report');
	});

	test('outline of seed 004: 一、 has 8 children, the unmarked heading in the （六） slot among them', async () => {
		const symbols = await symbolsOf(file(REPORT_004));
		const find = (list: readonly vscode.DocumentSymbol[], prefix: string): vscode.DocumentSymbol | undefined =>
			list.find((s) => s.name.startsWith(prefix)) ?? list.map((s) => find(s.children, prefix)).find((s) => s !== undefined);
		const first = find(symbols, '一、');
		assert.ok(first, `一、 in ${JSON.stringify(symbols.map((s) => s.name))}`);
		const children = first.children.map((c) => c.name);
		assert.equal(children.length, 8, children.join(' | '));
		assert.match(children[5], /^强化行政权力制约和监督/);
		assert.deepEqual(children.filter((_, i) => i !== 5).map((name) => name.slice(0, 3)), ['（一）', '（二）', '（三）', '（四）', '（五）', '（七）', '（八）']);
	});

	test('a plain-text seed (.txt) that reads like a report is switched to policy-report', async () => {
		const editor = await show(SEED_000);
		await becomes(editor.document, 'policy-report');
		assert.equal(editor.document.languageId, 'policy-report');
	});

	test('hover on 55件 in seed 000 explains the figure', async () => {
		const document = (await show(SEED_000)).document;
		const position = inside(document, '55件');
		const text = await until('a hover on 55件', async () => {
			const hover = await hoverAt(document.uri, position);
			return hover.includes('55') ? hover : undefined;
		});
		assert.match(text, /55/);
		assert.match(text, /件/);
	});

	test('plain text that is not a report stays plain text', async () => {
		const notes = file('notes.txt');
		await vscode.workspace.fs.writeFile(notes, new TextEncoder().encode('购物清单\n一、水果\n二、蔬菜\n'));
		const plain = (await show('notes.txt')).document;
		// Documents are decided in the order they open: once the report after it has switched, the notes were passed over.
		const report = (await show(SEED_001)).document;
		await becomes(report, 'policy-report');
		assert.equal(plain.languageId, 'plaintext');
	});

	test('diagnostics of seed 004: the gap in （三） and the unmarked （六）, in Chinese, from policy-report rules', async () => {
		// Diagnostics are pulled for documents in a tab: showing seed 004 again (the previous tests replaced its preview tab) pulls them.
		const { uri } = (await show(REPORT_004)).document;
		const diagnostics = await whenEvent('diagnostics for seed 004', vscode.languages.onDidChangeDiagnostics, () => {
			const list = vscode.languages.getDiagnostics(uri);
			return list.length > 0 ? list : undefined;
		});
		const found = diagnostics.map((d) => `${d.range.start.line + 1} ${String(typeof d.code === 'object' ? d.code.value : d.code)}`);
		assert.ok(found.includes('20 numbering.gap'), found.join(' | '));
		assert.ok(found.includes('34 numbering.unmarked-heading'), found.join(' | '));
		for (const d of diagnostics) {
			assert.equal(d.source, 'policy-report');
			assert.match(d.message, /[\u4e00-\u9fff]/, 'policyReport.messageLanguage zh-cn reaches the server');
		}
	});

	test('seed 003: the numbering gap and both page-number lines are problems; the quick fix removes a page-number line', async () => {
		const editor = await show(SEED_003);
		const { document } = editor;
		const { uri } = document;
		const codesOf = () => vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1} ${String(typeof d.code === 'object' ? d.code.value : d.code)}`);
		const before = await whenEvent('diagnostics for seed 003', vscode.languages.onDidChangeDiagnostics, () => {
			const codes = codesOf();
			return codes.includes('11 numbering.gap') && codes.includes('39 text.page-number') && codes.includes('40 text.page-number') ? codes : undefined;
		});
		const pageNumber = vscode.languages.getDiagnostics(uri).find((d) => d.code === 'text.page-number' && d.range.start.line === 38);
		assert.ok(pageNumber, before.join(' | '));
		let offered: string[] = [];
		const actions = await until(() => `the quick fix for the page-number line (offered: ${offered.join(' | ')})`, async () => {
			const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, pageNumber.range, vscode.CodeActionKind.QuickFix.value);
			// The preferred action is the rule's own fix; the others switch the rule off.
			offered = all.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
			const fixes = all.filter((a) => a.edit && a.isPreferred);
			return fixes.length > 0 ? fixes : undefined;
		});
		const lineCount = document.lineCount;
		assert.ok(await vscode.workspace.applyEdit(actions[0].edit as vscode.WorkspaceEdit), 'the fix applies');
		assert.equal(document.lineCount, lineCount - 1, 'the page-number line is gone');
		const after = await whenEvent('diagnostics after the fix', vscode.languages.onDidChangeDiagnostics, () => {
			const codes = codesOf();
			return codes.filter((c) => c.endsWith('text.page-number')).length === 1 ? codes : undefined;
		});
		assert.ok(after.includes('11 numbering.gap'), after.join(' | '));
		assert.ok(after.includes('39 text.page-number'), 'the other page-number line (now line 39) remains');
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	test('the status bar reads 报告: N 节 · M 项数据 (messageLanguage zh-cn), the server\'s summary', async () => {
		const editor = await show(REPORT_004);
		const text = await whenEvent('the Chinese status bar text', statusBar.onDidChange, () => (STATUS.test(statusBar.text ?? '') ? statusBar.text : undefined));
		const summary = await summaryOf(editor.document.uri);
		assert.ok(summary.sections > 0 && summary.metrics > 0, JSON.stringify(summary));
		assert.equal(text, `报告: ${summary.sections} 节 · ${summary.metrics} 项数据`);
	});

	test('with messageLanguage en the status bar falls back to “Report: N sections · M figures”, and back to Chinese', async () => {
		await show(REPORT_004);
		const settings = vscode.workspace.getConfiguration('policyReport');
		await settings.update('messageLanguage', 'en', vscode.ConfigurationTarget.Workspace);
		try {
			await whenEvent('the English status bar text', statusBar.onDidChange, () => /^Report: \d+ sections · \d+ figures$/.test(statusBar.text ?? '') || undefined);
		} finally {
			await settings.update('messageLanguage', 'zh-cn', vscode.ConfigurationTarget.Workspace);
		}
		await whenEvent('the Chinese status bar text again', statusBar.onDidChange, () => STATUS.test(statusBar.text ?? '') || undefined);
	});

	test('“show the metrics” follows the active item, keeps the accepted one and restores on Escape', async () => {
		const editor = await show(REPORT_004);
		const items = await metricsOf(editor.document.uri);
		assert.ok(items.length >= 2, `${items.length} metrics`);
		const selectionOf = (m: MetricItem) => new vscode.Selection(m.line, m.character, m.line, m.character + m.text.length);
		const selected = (m: MetricItem) => whenEvent(`the editor to select ${m.text}`, vscode.window.onDidChangeTextEditorSelection, () => editor.selection.isEqual(selectionOf(m)) || undefined);
		const home = new vscode.Selection(0, 0, 0, 0);
		editor.selection = home;

		// The quick pick shows with its first item active, which reveals it: that is the sign it is open.
		let command = vscode.commands.executeCommand('policyReport.showMetrics');
		await selected(items[0]);
		await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
		await selected(items[1]);
		await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
		await command;
		assert.ok(editor.selection.isEqual(selectionOf(items[1])), 'the accepted figure stays selected');
		assert.equal(editor.document.getText(editor.selection), items[1].text);

		editor.selection = home;
		command = vscode.commands.executeCommand('policyReport.showMetrics');
		await selected(items[0]);
		await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
		await command;
		assert.ok(editor.selection.isEqual(home), 'Escape puts the selection back');
	});

	test('a Markdown report keeps its language and is served; other Markdown is left alone', async () => {
		const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(file(SEED_000)));
		const firstSection = seed.split('\n').findIndex((line) => line.startsWith('一、'));
		const markdown = seed.split('\n').map((line, i) => {
			if (i < firstSection) {
				return line.trim() === '' || line.length > 40 ? line : `# ${line}`;
			}
			return /^[一二三四五六七八九十]+、/.test(line) ? `## ${line}` : /^（[一二三四五六七八九十]+）/.test(line) ? `### ${line}` : line;
		}).join('\n');
		await vscode.workspace.fs.writeFile(file('report.md'), new TextEncoder().encode(markdown));
		await vscode.workspace.fs.writeFile(file('notes.md'), new TextEncoder().encode('# 周报\n\n- 本周共处理55件。\n'));

		const notes = (await show('notes.md')).document;
		const report = (await show('report.md')).document;
		const summary = await until('the server to count report.md', async () => {
			const s = await summaryOf(report.uri);
			return s.sections > 0 ? s : undefined;
		});
		assert.equal(report.languageId, 'markdown');
		assert.ok(summary.metrics > 0, JSON.stringify(summary));
		assert.match(await hoverAt(report.uri, inside(report, '55件')), /55/);

		// The server counts figures in any document it knows; for notes.md it knows none, so the middleware kept it away.
		assert.equal(notes.languageId, 'markdown');
		assert.deepEqual(await summaryOf(notes.uri), { sections: 0, metrics: 0 });
		assert.doesNotMatch(await hoverAt(notes.uri, inside(notes, '55件')), /55/);
	});

	test('“restart the server” restarts it, and the outline and status bar come back', async () => {
		const editor = await show(REPORT_004);
		await vscode.commands.executeCommand('policyReport.restartServer');
		assert.equal(client.isRunning(), true);
		assert.ok((await symbolsOf(editor.document.uri)).length > 0);
		await whenEvent('the status bar after the restart', statusBar.onDidChange, () => (STATUS.test(statusBar.text ?? '') ? true : undefined));
	});
});
