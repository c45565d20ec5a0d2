import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeReport } from './core/analyze';
import type { AnalyzeOptions, ReportAnalysis, ReportFormat } from './core/types';

interface Entry {
	version: number;
	key: string;
	analysis: ReportAnalysis;
}

/** Markdown when the client says so or the file says so; everything else is plain text. */
export function formatOf(doc: TextDocument): ReportFormat {
	return doc.languageId === 'markdown' || doc.uri.toLowerCase().endsWith('.md') ? 'markdown' : 'text';
}

/**
 * One analysis per document version and options; features never re-parse. Least recently used entries go first
 * when more documents are open than the cap, and a closed document's entry goes at once.
 */
export class AnalysisCache {
	private readonly entries = new Map<string, Entry>();

	constructor(private readonly maxEntries: number) {}

	get(doc: TextDocument, options: AnalyzeOptions): ReportAnalysis {
		const key = JSON.stringify([options.format, options.profile ?? null, options.setPhrases ?? []]);
		const entry = this.entries.get(doc.uri);
		// Map order is the recency order: take the entry out and put it back at the end.
		this.entries.delete(doc.uri);
		if (entry && entry.version === doc.version && entry.key === key) {
			this.entries.set(doc.uri, entry);
			return entry.analysis;
		}
		// The last version's analysis lets the lines an edit did not touch keep what was read from them.
		const analysis = analyzeReport(doc.getText(), entry ? { ...options, previous: entry.analysis } : options);
		this.entries.set(doc.uri, { version: doc.version, key, analysis });
		if (this.entries.size > this.maxEntries) {
			const oldest = this.entries.keys().next();
			if (!oldest.done) {
				this.entries.delete(oldest.value);
			}
		}
		return analysis;
	}

	remove(uri: string): void {
		this.entries.delete(uri);
	}
}
