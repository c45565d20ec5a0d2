import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	CancellationToken,
	DidChangeConfigurationNotification,
	DocumentDiagnosticReportKind,
	TextDocumentSyncKind,
	TextDocuments,
	type Connection,
	type InitializeResult,
	type ServerCapabilities,
	type TextDocumentIdentifier,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, formatOf } from './analysisCache';
import { resolveOptions, type ReportOptions } from './config/options';
import { ProjectConfigStore, type ProjectConfig } from './config/projectFile';
import { fixAll } from './core/fixes/apply';
import { memo, MemoKey } from './core/memo';
import type { ReportAnalysis } from './core/types';
import { CODE_ACTION_KINDS, toCodeActions } from './features/codeActions';
import { findingsFor, toDiagnosticReport, toDiagnostics } from './features/diagnostics';
import { toFoldingRanges } from './features/folding';
import { getHover } from './features/hover';
import { toOutline, type Outline } from './features/outline';
import { toPosition } from './features/positions';
import { toSelectionRanges } from './features/selectionRanges';
import { TOKEN_LEGEND, toSemanticTokens } from './features/semanticTokens';
import { messagesFor, pickLanguage, type Messages } from './messages';
import { outlineAnswer } from './outlineJson';
import { MetricsRequest, SummaryRequest, type DocumentParams, type MetricItem, type SummaryResult } from './protocol';
import { runSafe, type ErrorLog } from './runSafe';
import { SettingsStore } from './settings';

/** Documents the server analyzes; a client that syncs every file gets nothing for the others. */
const REPORT_LANGUAGES = new Set(['policy-report', 'markdown', 'plaintext']);
/** Reports are 7–25 KB; a few dozen analyses cover any realistic set of open editors. */
const MAX_CACHED_ANALYSES = 32;
const OUTLINE = new MemoKey<Outline>('outline');

interface Context {
	doc: TextDocument;
	analysis: ReportAnalysis;
	messages: Messages;
	/** Settings, project file and defaults merged for this document. */
	options: ReportOptions;
}

/** What the server needs of its message writer: to know when everything handed to it has been written. */
export interface Flushable {
	flushed(): Promise<void>;
}

export function startServer(connection: Connection, outbox: Flushable): void {
	const documents = new TextDocuments(TextDocument);
	const analyses = new AnalysisCache(MAX_CACHED_ANALYSES);
	const projects = new ProjectConfigStore();
	const reportedProjectErrors = new Set<string>();
	const log: ErrorLog = { error: (message) => connection.console.error(message) };
	let settings = new SettingsStore({ logError: log.error });
	let locale: string | undefined;
	let pullDiagnostics = false;
	let refreshDiagnostics = false;
	let registerConfiguration = false;

	connection.onInitialize((params): InitializeResult => {
		const client = params.capabilities;
		locale = params.locale;
		pullDiagnostics = client.textDocument?.diagnostic !== undefined;
		refreshDiagnostics = client.workspace?.diagnostics?.refreshSupport === true;
		registerConfiguration = client.workspace?.didChangeConfiguration?.dynamicRegistration === true;
		if (client.workspace?.configuration) {
			settings = new SettingsStore({
				fetch: (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'policyReport' }),
				logError: log.error,
			});
		}
		const capabilities: ServerCapabilities = {
			textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
			documentSymbolProvider: true,
			foldingRangeProvider: true,
			selectionRangeProvider: true,
			hoverProvider: true,
			semanticTokensProvider: { legend: TOKEN_LEGEND, full: true, range: true },
			codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
			// Clients that cannot pull (Neovim 0.7) get the same list pushed after each change instead.
			diagnosticProvider: pullDiagnostics ? { identifier: 'policy-report', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
		};
		return { capabilities, serverInfo: { name: 'policy-report' } };
	});

	connection.onInitialized(() => {
		if (registerConfiguration) {
			void runSafe(log, 'register didChangeConfiguration', CancellationToken.None, undefined, () => connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyReport' }));
		}
	});

	/** The open report, analyzed for its current version with its resource's settings. */
	async function contextFor(uri: string): Promise<Context | undefined> {
		if (!isReport(documents.get(uri))) {
			return undefined;
		}
		const { messageLanguage, profile, rules } = await settings.get(uri);
		// The document may have changed, or closed, while the settings were on their way.
		const doc = documents.get(uri);
		if (!doc || !isReport(doc)) {
			return undefined;
		}
		const options = resolveOptions(projectConfigFor(uri), { profile, rules });
		const analysis = analyses.get(doc, { ...options.analyze, format: formatOf(doc) });
		return { doc, analysis, messages: messagesFor(pickLanguage(messageLanguage, locale)), options };
	}

	/** The project file above a file on disk, re-read when it changes; a broken one is reported once and ignored. */
	function projectConfigFor(uri: string): ProjectConfig {
		let path: string;
		try {
			path = fileURLToPath(uri);
		} catch {
			// Not a file on this machine (untitled:, a remote host): no project file applies.
			return {};
		}
		const loaded = projects.load(dirname(path));
		if (loaded.error && !reportedProjectErrors.has(loaded.error)) {
			reportedProjectErrors.add(loaded.error);
			log.error(loaded.error);
		}
		return loaded.config;
	}
	/** Per document, the last analysis whose findings were computed: the next check carries over what did not change. */
	const lastChecked = new Map<string, ReportAnalysis>();
	const findings = ({ doc, analysis, messages, options }: Context, withFixes = false) => {
		const result = findingsFor(analysis, messages.language, options.check, withFixes, lastChecked.get(doc.uri));
		lastChecked.set(doc.uri, analysis);
		return result;
	};
	const codeActionInput = (context: Context) => ({
		...context,
		findings: findings(context, true),
		language: context.messages.language === 'en' ? 'en' as const : 'zh' as const,
		fixAll: () => fixAll(context.doc.getText(), { analyze: { ...context.options.analyze, format: context.analysis.format }, check: context.options.check }),
	});

	/** Per document, the last outline: the next one keeps its symbols where nothing changed. */
	const outlines = new Map<string, Outline>();
	const outlineOf = (doc: TextDocument, analysis: ReportAnalysis) => memo(analysis, OUTLINE, () => {
		const outline = toOutline(doc, analysis, outlines.get(doc.uri));
		outlines.set(doc.uri, outline);
		return outline;
	});

	/** Every request enters here: one runSafe boundary, the document's analysis, then the feature. */
	function handle<P, R>(name: string, uriOf: (params: NoInfer<P>) => string, fallback: R, feature: (context: Context, params: P) => R) {
		return (params: P, token: CancellationToken) => runSafe(log, name, token, fallback, async () => {
			const context = await contextFor(uriOf(params));
			return context ? feature(context, params) : fallback;
		});
	}
	const byDocument = (params: { textDocument: TextDocumentIdentifier }) => params.textDocument.uri;
	const byUri = (params: DocumentParams) => params.uri;

	// The registration table: one line per feature. The custom requests are registered by method name because the
	// client's protocol package (whose RequestType protocol.ts uses) is a newer copy than the server library's.
	connection.onDocumentSymbol(handle('documentSymbol', byDocument, [], ({ doc, analysis }) => outlineAnswer(outlineOf(doc, analysis).symbols)));
	connection.onFoldingRanges(handle('foldingRange', byDocument, [], ({ doc, analysis }) => toFoldingRanges(doc, analysis)));
	connection.onSelectionRanges(handle('selectionRange', byDocument, [], ({ doc, analysis }, params) => toSelectionRanges(doc, analysis, params.positions)));
	connection.onHover(handle('hover', byDocument, null, (context, params) => getHover(context.doc, context.analysis, params.position, context.messages, findings(context))));
	connection.languages.semanticTokens.on(handle('semanticTokens', byDocument, { data: [] }, ({ doc, analysis }) => toSemanticTokens(doc, analysis)));
	connection.languages.semanticTokens.onRange(handle('semanticTokens/range', byDocument, { data: [] }, ({ doc, analysis }, params) => toSemanticTokens(doc, analysis, params.range)));
	connection.languages.diagnostics.on(handle('diagnostic', byDocument, { kind: DocumentDiagnosticReportKind.Full, items: [] }, (context) => toDiagnosticReport(context.doc, findings(context))));
	connection.onCodeAction(handle('codeAction', byDocument, [], (context, params) => toCodeActions(codeActionInput(context), params)));
	connection.onRequest(SummaryRequest.method, handle<DocumentParams, SummaryResult>('summary', byUri, { sections: 0, metrics: 0 }, ({ analysis }) => ({ sections: analysis.allSections.length, metrics: analysis.metrics.length })));
	connection.onRequest(MetricsRequest.method, handle<DocumentParams, MetricItem[]>('metrics', byUri, [], ({ doc, analysis }) => analysis.metrics.map((m) => ({ text: m.text, ...toPosition(doc, m.span.start), value: m.value, unit: m.unit, label: m.label }))));

	// Push diagnostics, for clients that cannot pull: a background job that gives way to requests.
	const queued = new Set<string>();
	function queuePublish(uri: string): void {
		if (pullDiagnostics || queued.has(uri)) {
			return;
		}
		queued.add(uri);
		// No timer: changes that arrive before the job starts share one publish of the latest version.
		void runSafe(log, 'publishDiagnostics', CancellationToken.None, undefined, async () => {
			await giveWay();
			queued.delete(uri);
			const version = documents.get(uri)?.version;
			const context = await contextFor(uri);
			// The findings are the slow half: an answer that came in meanwhile (the outline after a keystroke) goes first,
			// and a newer version has a job of its own.
			await giveWay();
			if (context && context.doc.version === version && documents.get(uri)?.version === version) {
				await connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(context.doc, findings(context)) });
			}
		});
	}

	/**
	 * Lets requests that have arrived be handled and their answers written first. The connection handles one message per
	 * event-loop turn, so two turns cover a request that came with the change; the outbox wait covers an answer still
	 * being written (over IPC, vscode-jsonrpc writes it a turn after it is ready).
	 */
	async function giveWay(): Promise<void> {
		await nextTurn();
		await nextTurn();
		await outbox.flushed();
	}

	documents.onDidChangeContent((event) => queuePublish(event.document.uri));
	documents.onDidClose((event) => {
		const uri = event.document.uri;
		analyses.remove(uri);
		lastChecked.delete(uri);
		outlines.delete(uri);
		settings.forget(uri);
		if (!pullDiagnostics && isReport(event.document)) {
			void runSafe(log, 'clear diagnostics', CancellationToken.None, undefined, () => connection.sendDiagnostics({ uri, diagnostics: [] }));
		}
	});
	connection.onDidChangeConfiguration((change) => {
		settings.changed(change.settings);
		if (!pullDiagnostics) {
			documents.all().forEach((doc) => queuePublish(doc.uri));
		} else if (refreshDiagnostics) {
			void runSafe(log, 'diagnostics refresh', CancellationToken.None, undefined, () => connection.languages.diagnostics.refresh());
		}
	});

	documents.listen(connection);
	connection.listen();
}

function nextTurn(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

function isReport(doc: TextDocument | undefined): doc is TextDocument {
	return doc !== undefined && REPORT_LANGUAGES.has(doc.languageId);
}
