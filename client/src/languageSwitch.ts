// Plain-text documents that look like a report become policy-report documents (colouring, outline, checks).
import * as vscode from 'vscode';
import { HEAD_RAW_LINES, looksLikeReport } from './autoDetect';

export const REPORT_LANGUAGE = 'policy-report';

/** Documents a user edits; diff, Git and output views are neither switched nor sent to the server. */
export const DOCUMENT_SCHEMES: readonly string[] = ['file', 'untitled'];

/** The auto-detection verdict for an open document: the setting is on for it and its head reads like a report. */
export function isDetectedReport(doc: vscode.TextDocument): boolean {
	if (!DOCUMENT_SCHEMES.includes(doc.uri.scheme) || !vscode.workspace.getConfiguration('policyReport', doc).get<boolean>('autoDetect', true)) {
		return false;
	}
	return looksLikeReport(doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, HEAD_RAW_LINES), 0)));
}

/** Switches plain-text reports when they open, when they are open at activation, when the setting is turned on, and when an untitled document gets its text. */
export function registerLanguageSwitch(log: vscode.LogOutputChannel): vscode.Disposable {
	// Someone who sets Plain Text on a document has decided; it is not switched back while it stays open.
	const declined = new WeakSet<vscode.TextDocument>();
	let closing: vscode.TextDocument | undefined;

	const consider = (doc: vscode.TextDocument): void => {
		if (doc.languageId === 'plaintext' && !declined.has(doc) && isDetectedReport(doc)) {
			vscode.languages.setTextDocumentLanguage(doc, REPORT_LANGUAGE).then(undefined, (error: unknown) => {
				log.warn(`could not switch ${doc.uri.toString(true)} to ${REPORT_LANGUAGE}: ${String(error)}`);
			});
		}
	};

	const subscriptions = [
		vscode.workspace.onDidCloseTextDocument((doc) => {
			// VS Code reports a language change as a close and an open of the same document object within one turn.
			closing = doc;
			queueMicrotask(() => {
				if (closing === doc) {
					closing = undefined;
				}
			});
		}),
		vscode.workspace.onDidOpenTextDocument((doc) => {
			const languageChange = closing === doc;
			closing = undefined;
			if (!languageChange) {
				consider(doc);
			} else if (doc.languageId === 'plaintext') {
				declined.add(doc);
			}
		}),
		vscode.workspace.onDidChangeTextDocument((event) => {
			if (event.document.isUntitled && event.contentChanges.length > 0) {
				consider(event.document);
			}
		}),
		vscode.workspace.onDidChangeConfiguration((event) => {
			if (event.affectsConfiguration('policyReport.autoDetect')) {
				vscode.workspace.textDocuments.forEach(consider);
			}
		}),
	];
	vscode.workspace.textDocuments.forEach(consider);
	return vscode.Disposable.from(...subscriptions);
}
