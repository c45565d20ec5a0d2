import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Metric, ReportAnalysis } from '../core/types';
import { toPosition, toSpan } from './positions';

/**
 * Standard token types, so every theme colours them: enumMember = heading and run-in markers (一、 （二） 三是),
 * number = the numeral of a claim, type = its unit, keyword = its qualifier (约 近 余 以上 …).
 */
export const TOKEN_LEGEND: SemanticTokensLegend = { tokenTypes: ['enumMember', 'number', 'type', 'keyword'], tokenModifiers: [] };

const enum TokenType {
	Marker = 0,
	Number = 1,
	Unit = 2,
	Qualifier = 3,
}

interface Token {
	start: number;
	end: number;
	type: TokenType;
}

/** Arabic numerals (with grouping, decimals and 万/亿) or a run of Chinese numerals. */
const NUMERAL = /[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?[万亿]*|[零〇一二两三四五六七八九十百千万亿]+/g;

/** All tokens of the document, or those that touch `range`, encoded relative to each other as LSP requires. */
export function toSemanticTokens(doc: TextDocument, analysis: ReportAnalysis, range?: Range): SemanticTokens {
	const tokens: Token[] = [];
	for (const section of analysis.allSections) {
		if (section.marker) {
			tokens.push({ ...section.marker.span, type: TokenType.Marker });
		}
	}
	for (const item of analysis.items) {
		tokens.push({ ...item.marker.span, type: TokenType.Marker });
	}
	for (const metric of analysis.metrics) {
		tokens.push(...metricTokens(metric));
	}
	const window = range ? toSpan(doc, range) : undefined;
	const kept = window ? tokens.filter((t) => t.end > window.start && t.start < window.end) : tokens;
	return { data: encode(doc, kept) };
}

/** Unit and qualifier are found in the claim's own text; the numerals are whatever digits lie outside them. */
function metricTokens(metric: Metric): Token[] {
	const text = metric.text;
	const words: Token[] = [];
	const unit = metric.unit ? lastOf(text, metric.unit === '%' ? ['%', '％'] : [metric.unit]) : -1;
	// ％ and % are both one unit long, so the unit's length serves either way.
	if (metric.unit && unit >= 0) {
		words.push({ start: unit, end: unit + metric.unit.length, type: TokenType.Unit });
	}
	if (metric.qualifier) {
		const at = text.startsWith(metric.qualifier) ? 0 : text.lastIndexOf(metric.qualifier);
		const qualifier = { start: at, end: at + metric.qualifier.length, type: TokenType.Qualifier };
		if (at >= 0 && !words.some((w) => overlaps(w, qualifier))) {
			words.push(qualifier);
		}
	}
	const numbers: Token[] = [];
	for (const m of text.matchAll(NUMERAL)) {
		const token = { start: m.index, end: m.index + m[0].length, type: TokenType.Number };
		if (!words.some((w) => overlaps(w, token))) {
			numbers.push(token);
		}
	}
	const base = metric.span.start;
	return [...words, ...numbers].map((t) => ({ start: base + t.start, end: base + t.end, type: t.type }));
}

function lastOf(text: string, needles: readonly string[]): number {
	return Math.max(...needles.map((n) => text.lastIndexOf(n)));
}

function overlaps(a: Token, b: Token): boolean {
	return a.start < b.end && b.start < a.end;
}

/** Five integers per token: line delta, start delta (from the previous token on the same line), length, type, modifiers. */
function encode(doc: TextDocument, tokens: Token[]): number[] {
	const data: number[] = [];
	let line = 0;
	let character = 0;
	let end = -1;
	for (const token of [...tokens].sort((a, b) => a.start - b.start)) {
		// Tokens may not overlap; the first one wins.
		if (token.start < end) {
			continue;
		}
		const at = toPosition(doc, token.start);
		data.push(at.line - line, at.line === line ? at.character - character : at.character, token.end - token.start, token.type, 0);
		line = at.line;
		character = at.character;
		end = token.end;
	}
	return data;
}
