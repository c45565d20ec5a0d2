// The extension: starts the language server (dist/server.js over IPC) and wires the small client-side pieces to it.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { DocumentGate } from './documentGate';
import { DOCUMENT_SCHEMES, registerLanguageSwitch, REPORT_LANGUAGE } from './languageSwitch';
import { Messages } from './messages';
import { ReportStatusBar } from './statusBar';

/** What activate() returns: the handles the integration tests (and other extensions) need to wait on the client. */
export interface PolicyReportApi {
	readonly client: LanguageClient;
	/** Resolves once the client is running and the message language is loaded, with the milliseconds that took from activate(); rejects when the server cannot start. */
	readonly ready: Promise<number>;
	/** How long activate() itself took, in milliseconds: what VS Code waits on before the extension counts as active (the client's start is not awaited). */
	readonly activateMs: number;
	readonly statusBar: Pick<ReportStatusBar, 'text' | 'onDidChange'>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PolicyReportApi {
	const started = performance.now();
	const log = vscode.window.createOutputChannel('Policy Report Lens', { log: true });
	const serverModule = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
	const gate = new DocumentGate();
	const clientOptions: LanguageClientOptions = {
		documentSelector: [REPORT_LANGUAGE, 'markdown', 'plaintext'].flatMap((language) => DOCUMENT_SCHEMES.map((scheme) => ({ scheme, language }))),
		middleware: gate.middleware,
		outputChannel: log,
	};
	// The id is the settings prefix: it is what makes policyReport.trace.server work.
	client = new LanguageClient('policyReport', 'Policy Report Lens', serverOptions, clientOptions);
	const messages = new Messages(context.extensionUri, log);
	const statusBar = new ReportStatusBar(client, gate, messages, log);

	context.subscriptions.push(
		log,
		gate,
		statusBar,
		registerLanguageSwitch(log),
		registerCommands(client, gate, messages),
		client.onDidChangeState(({ newState }) => {
			if (newState === State.Starting) {
				gate.reset();
			}
		}),
		vscode.workspace.onDidChangeConfiguration(async (event) => {
			if (event.affectsConfiguration('policyReport.messageLanguage')) {
				await messages.configure();
				statusBar.refresh();
			}
		}),
	);

	const ready = Promise.all([messages.configure(), client.start()]).then(() => {
		const startupMs = Math.round(performance.now() - started);
		log.info(`language server ready ${startupMs} ms after activation`);
		statusBar.refresh();
		return startupMs;
	});
	ready.catch((error: unknown) => {
		void vscode.window.showErrorMessage(messages.t('The Policy Report language server could not start: {0}', error instanceof Error ? error.message : String(error)));
	});
	return { client, ready, statusBar, activateMs: performance.now() - started };
}

export function deactivate(): Promise<void> | undefined {
	return client?.needsStop() ? client.stop() : undefined;
}
