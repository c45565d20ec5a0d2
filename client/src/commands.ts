// What policyReport.showMetrics (a quick pick of the report's figures) and policyReport.restartServer do; extension.ts
// registers them.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MetricsRequest, type MetricItem } from '../../server/src/protocol';
import type { DocumentGate } from './documentGate';
import type { Messages } from './messages';

interface MetricPick extends vscode.QuickPickItem {
	metric: MetricItem;
}

export async function restartServer(client: LanguageClient, messages: Messages): Promise<void> {
	await client.restart();
	vscode.window.setStatusBarMessage(messages.t('The Policy Report language server has restarted.'), 5000);
}

export async function showMetrics(client: LanguageClient, gate: DocumentGate, messages: Messages): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	if (!editor || !gate.isServed(editor.document)) {
		void vscode.window.showInformationMessage(messages.t('Open a policy report to list its figures.'));
		return;
	}
	let metrics: MetricItem[];
	try {
		metrics = await client.sendRequest(MetricsRequest, { uri: client.code2ProtocolConverter.asUri(editor.document.uri) });
	} catch (error) {
		void vscode.window.showErrorMessage(messages.t('The Policy Report language server did not answer: {0}', error instanceof Error ? error.message : String(error)));
		return;
	}
	if (metrics.length === 0) {
		void vscode.window.showInformationMessage(messages.t('No figures were found in this report.'));
		return;
	}
	await pickMetric(editor, metrics, messages);
}

/** Like Go to Symbol: the editor follows the active item, keeps the accepted one, and returns to where it was on Escape. */
function pickMetric(editor: vscode.TextEditor, metrics: readonly MetricItem[], messages: Messages): Promise<void> {
	const { selection } = editor;
	const [visible] = editor.visibleRanges;
	const quickPick = vscode.window.createQuickPick<MetricPick>();
	quickPick.items = metrics.map((metric) => ({ label: metric.text, description: metric.label ?? '', detail: messages.t('Line {0}', metric.line + 1), metric }));
	quickPick.placeholder = messages.t('Pick a figure to reveal it in the editor');
	quickPick.matchOnDescription = true;
	return new Promise((resolve) => {
		let accepted = false;
		quickPick.onDidChangeActive(([item]) => {
			if (item) {
				reveal(editor, item.metric);
			}
		});
		quickPick.onDidAccept(() => {
			const [item] = quickPick.selectedItems;
			if (item) {
				accepted = true;
				reveal(editor, item.metric);
			}
			quickPick.hide();
		});
		quickPick.onDidHide(() => {
			if (!accepted) {
				editor.selection = selection;
				if (visible) {
					editor.revealRange(visible, vscode.TextEditorRevealType.AtTop);
				}
			}
			quickPick.dispose();
			resolve();
		});
		quickPick.show();
	});
}

function reveal(editor: vscode.TextEditor, metric: MetricItem): void {
	const start = new vscode.Position(metric.line, metric.character);
	const range = editor.document.validateRange(new vscode.Range(start, start.translate(0, metric.text.length)));
	editor.selection = new vscode.Selection(range.start, range.end);
	editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
