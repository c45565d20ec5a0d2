// Everything that needs vscode-languageclient, built as a bundle of its own (dist/languageClient.js): the library is
// nearly all of the extension's code, and the entry (extension.ts) loads this right after activate() returns, so
// that VS Code's activation does not wait for it. The server is started as soon as this is loaded.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { restartServer, showMetrics } from './commands';
import type { DocumentGate } from './documentGate';
import { DOCUMENT_SCHEMES, REPORT_LANGUAGE } from './languageSwitch';
import type { Messages } from './messages';
import { ReportStatusBar } from './statusBar';

export interface LanguageClientSession {
	readonly client: LanguageClient;
	readonly statusBar: ReportStatusBar;
	/** Settles once client.start() does: the server runs, or could not start. */
	readonly started: Promise<void>;
	showMetrics(): Promise<void>;
	restartServer(): Promise<void>;
}

export function startLanguageClient(context: vscode.ExtensionContext, gate: DocumentGate, messages: Messages, log: vscode.LogOutputChannel): LanguageClientSession {
	const serverModule = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [REPORT_LANGUAGE, 'markdown', 'plaintext'].flatMap((language) => DOCUMENT_SCHEMES.map((scheme) => ({ scheme, language }))),
		middleware: gate.middleware,
		outputChannel: log,
	};
	// The id is the settings prefix: it is what makes policyReport.trace.server work.
	const client = new LanguageClient('policyReport', 'Policy Report Lens', serverOptions, clientOptions);
	const statusBar = new ReportStatusBar(client, gate, messages, log);
	context.subscriptions.push(
		statusBar,
		client.onDidChangeState(({ newState }) => {
			if (newState === State.Starting) {
				gate.reset();
			}
		}),
	);
	return {
		client,
		statusBar,
		started: client.start(),
		showMetrics: () => showMetrics(client, gate, messages),
		restartServer: () => restartServer(client, messages),
	};
}
