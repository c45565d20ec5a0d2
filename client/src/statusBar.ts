// "报告: N 节 · M 项数据" for the active report, from the server's policyReport/summary.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SummaryRequest } from '../../server/src/protocol';
import type { DocumentGate } from './documentGate';
import type { Messages } from './messages';

/** Typing pauses this long before the counts are asked for again: one request per pause, not per keystroke. */
const TYPING_PAUSE_MS = 300;

export class ReportStatusBar implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem('policyReport.summary', vscode.StatusBarAlignment.Right, 100);
	private readonly onDidChangeEmitter = new vscode.EventEmitter<string | undefined>();
	/** Fires with the new text, or undefined when the item hides. */
	readonly onDidChange = this.onDidChangeEmitter.event;
	private readonly subscriptions: vscode.Disposable[];
	private visible = false;
	private pending: NodeJS.Timeout | undefined;
	/** Bumped by every refresh, so that an answer to an older one cannot overwrite a newer state. */
	private generation = 0;

	constructor(private readonly client: LanguageClient, private readonly gate: DocumentGate, private readonly messages: Messages, private readonly log: vscode.LogOutputChannel) {
		this.item.command = 'policyReport.showMetrics';
		this.subscriptions = [
			vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (event.document === vscode.window.activeTextEditor?.document && event.contentChanges.length > 0) {
					clearTimeout(this.pending);
					this.pending = setTimeout(() => this.refresh(), TYPING_PAUSE_MS);
				}
			}),
			// The active document may reach the server after it became active (activation, a language switch, a restart).
			gate.onDidServe((document) => {
				if (document === vscode.window.activeTextEditor?.document) {
					this.refresh();
				}
			}),
			client.onDidChangeState(() => this.refresh()),
		];
	}

	/** What the item shows, or undefined while it is hidden. */
	get text(): string | undefined {
		return this.visible ? this.item.text : undefined;
	}

	refresh(): void {
		clearTimeout(this.pending);
		const generation = ++this.generation;
		const document = vscode.window.activeTextEditor?.document;
		if (!document || !this.gate.isServed(document) || !this.client.isRunning()) {
			this.hide();
			return;
		}
		this.client.sendRequest(SummaryRequest, { uri: this.client.code2ProtocolConverter.asUri(document.uri) }).then((summary) => {
			if (generation === this.generation) {
				this.show(this.messages.t('Report: {0} sections · {1} figures', summary.sections, summary.metrics));
			}
		}, (error: unknown) => {
			if (generation === this.generation) {
				this.log.warn(`policyReport/summary failed for ${document.uri.toString(true)}: ${String(error)}`);
				this.hide();
			}
		});
	}

	private show(text: string): void {
		this.item.text = text;
		this.item.name = this.messages.t('Policy report summary');
		this.item.tooltip = this.messages.t('List the figures of this report');
		this.item.show();
		this.visible = true;
		this.onDidChangeEmitter.fire(text);
	}

	private hide(): void {
		if (this.visible) {
			this.item.hide();
			this.visible = false;
			this.onDidChangeEmitter.fire(undefined);
		}
	}

	dispose(): void {
		clearTimeout(this.pending);
		vscode.Disposable.from(...this.subscriptions, this.item, this.onDidChangeEmitter).dispose();
	}
}
