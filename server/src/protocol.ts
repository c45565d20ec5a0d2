// Custom requests shared by the server and the client (the client imports this file by relative path).
import { RequestType } from 'vscode-languageserver-protocol';

export interface DocumentParams {
	uri: string;
}

/** For the status bar. */
export interface SummaryResult {
	sections: number;
	metrics: number;
}

export const SummaryRequest = new RequestType<DocumentParams, SummaryResult, void>('policyReport/summary');

/** One numeric claim for the quick pick; `line` and `character` are the LSP position (0-based, UTF-16) of its start. */
export interface MetricItem {
	text: string;
	line: number;
	character: number;
	value: number | string | null;
	unit: string | null;
	label: string | null;
}

export const MetricsRequest = new RequestType<DocumentParams, MetricItem[], void>('policyReport/metrics');
