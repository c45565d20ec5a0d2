// The client's selector has to name Markdown and plain text, but only the reports among them concern the server: this
// middleware decides per document when it opens and keeps every other one away from the server, sync and requests alike.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { isDetectedReport, REPORT_LANGUAGE } from './languageSwitch';

export class DocumentGate implements vscode.Disposable {
	private readonly served = new Set<string>();
	private readonly onDidServeEmitter = new vscode.EventEmitter<vscode.TextDocument>();
	/** Fires once the server has been told about a document, so views can ask about it. */
	readonly onDidServe = this.onDidServeEmitter.event;

	isServed(document: vscode.TextDocument | vscode.Uri): boolean {
		return this.served.has((document instanceof vscode.Uri ? document : document.uri).toString());
	}

	/** Forgets every verdict: a restarted client opens the documents again and each is decided anew. */
	reset(): void {
		this.served.clear();
	}

	readonly middleware: Middleware = {
		didOpen: async (document, next) => {
			// A policy-report document is always served; Markdown and plain text only when the auto-detection calls them reports.
			if (document.languageId !== REPORT_LANGUAGE && !isDetectedReport(document)) {
				return;
			}
			this.served.add(document.uri.toString());
			await next(document);
			this.onDidServeEmitter.fire(document);
		},
		didChange: (event, next) => this.isServed(event.document) ? next(event) : Promise.resolve(),
		didSave: (document, next) => this.isServed(document) ? next(document) : Promise.resolve(),
		didClose: (document, next) => this.served.delete(document.uri.toString()) ? next(document) : Promise.resolve(),
		provideDocumentSymbols: (document, token, next) => this.isServed(document) ? next(document, token) : undefined,
		provideFoldingRanges: (document, context, token, next) => this.isServed(document) ? next(document, context, token) : undefined,
		provideSelectionRanges: (document, positions, token, next) => this.isServed(document) ? next(document, positions, token) : undefined,
		provideHover: (document, position, token, next) => this.isServed(document) ? next(document, position, token) : undefined,
		provideDocumentSemanticTokens: (document, token, next) => this.isServed(document) ? next(document, token) : undefined,
		provideDocumentRangeSemanticTokens: (document, range, token, next) => this.isServed(document) ? next(document, range, token) : undefined,
		provideDiagnostics: (document, previousResultId, token, next) => this.isServed(document) ? next(document, previousResultId, token) : undefined,
		provideCodeActions: (document, range, context, token, next) => this.isServed(document) ? next(document, range, context, token) : undefined,
	};

	dispose(): void {
		this.onDidServeEmitter.dispose();
	}
}
