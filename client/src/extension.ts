// The extension's entry (dist/client.js): what VS Code loads and calls to activate it. It holds what has to be there
// from the start (the language switch, the commands, the output channel) and nothing from vscode-languageclient: the
// language client and the parts that talk to it are a second bundle (dist/languageClient.js, from languageClient.ts),
// loaded and started right after activate() returns. VS Code's activation time covers loading and calling this file
// only; the API's ready covers the rest up to a running server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentGate } from './documentGate';
import type { LanguageClientSession } from './languageClient';
import { registerLanguageSwitch } from './languageSwitch';
import { Messages } from './messages';
import type { ReportStatusBar } from './statusBar';

/** What activate() returns: the handles the integration tests (and other extensions) need to wait on the client. */
export interface PolicyReportApi {
	/** How long activate() itself took, in milliseconds: the Call Activate part of what VS Code counts as activation. */
	readonly activateMs: number;
	/** Resolves once the client is running and the message language is loaded, with the milliseconds that took from activate(); rejects when the server cannot start. */
	readonly ready: Promise<number>;
	/** Milliseconds spent loading dist/languageClient.js, which happens just after activate() returns. */
	readonly clientLoadMs: Promise<number>;
	/** The language client, as soon as dist/languageClient.js is loaded (it may still be starting: await ready for a running one). */
	readonly client: Promise<LanguageClient>;
	readonly statusBar: Promise<Pick<ReportStatusBar, 'text' | 'onDidChange'>>;
}

let session: LanguageClientSession | undefined;

export function activate(context: vscode.ExtensionContext): PolicyReportApi {
	const started = performance.now();
	const log = vscode.window.createOutputChannel('Policy Report Lens', { log: true });
	const gate = new DocumentGate();
	const messages = new Messages(context.extensionUri, log);
	const loading = loadLanguageClient().then(({ startLanguageClient, loadMs }) => {
		session = startLanguageClient(context, gate, messages, log);
		return { session, loadMs };
	});

	context.subscriptions.push(
		log,
		gate,
		registerLanguageSwitch(log),
		// Registered now, not when the client is loaded, so that a command run in between waits instead of being unknown.
		vscode.commands.registerCommand('policyReport.showMetrics', async () => (await loading).session.showMetrics()),
		vscode.commands.registerCommand('policyReport.restartServer', async () => (await loading).session.restartServer()),
		vscode.workspace.onDidChangeConfiguration(async (event) => {
			if (event.affectsConfiguration('policyReport.messageLanguage')) {
				await messages.configure();
				// Before the client is loaded there is nothing to redo: the status bar's first text comes after this.
				session?.statusBar.refresh();
			}
		}),
	);

	const ready = Promise.all([messages.configure(), loading.then(async (loaded) => {
		await loaded.session.started;
		return loaded;
	})]).then(([, loaded]) => {
		const startupMs = Math.round(performance.now() - started);
		log.info(`language server ready ${startupMs} ms after activation (loading dist/languageClient.js took ${Math.round(loaded.loadMs)} ms of it)`);
		loaded.session.statusBar.refresh();
		return startupMs;
	});
	ready.catch((error: unknown) => {
		void vscode.window.showErrorMessage(messages.t('The Policy Report language server could not start: {0}', error instanceof Error ? error.message : String(error)));
	});
	const clientLoadMs = loading.then((loaded) => loaded.loadMs);
	const client = loading.then((loaded) => loaded.session.client);
	const statusBar = loading.then((loaded) => loaded.session.statusBar);
	// A failure to load is shown through ready; whoever awaits these handles still gets it.
	for (const handle of [clientLoadMs, client, statusBar]) {
		handle.catch(() => undefined);
	}
	return { activateMs: performance.now() - started, ready, clientLoadMs, client, statusBar };
}

/**
 * Loads dist/languageClient.js (the build keeps this import as a require of that file). setImmediate, not a microtask:
 * VS Code completes the activation (the workbench learns the extension is active) in microtasks after activate()
 * returns, and those run before the next macrotask.
 */
async function loadLanguageClient(): Promise<{ startLanguageClient: typeof import('./languageClient.js').startLanguageClient; loadMs: number }> {
	await new Promise((resolve) => setImmediate(resolve));
	const started = performance.now();
	const { startLanguageClient } = await import('./languageClient.js');
	return { startLanguageClient, loadMs: performance.now() - started };
}

export function deactivate(): Promise<void> | undefined {
	return session?.client.needsStop() ? session.client.stop() : undefined;
}
