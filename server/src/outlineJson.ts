import type { ContentTypeEncoder, DocumentSymbol, Message } from 'vscode-languageserver/node';

/**
 * The JSON encoder of the --stdio writer. Messages are encoded as the library does, except outline answers: a big
 * report's outline is thousands of symbols and most of a megabyte of JSON, and after a keystroke nearly every symbol is
 * the same object as in the last answer (see features/outline.ts). The JSON of each symbol is kept with it, so only
 * the symbols that changed, and the ones holding them, are encoded again.
 */
const OUTLINE_ANSWERS = new WeakSet<readonly DocumentSymbol[]>();
/** A symbol's JSON without its children and closing brace. Kept per symbol, not per subtree: each character once. */
const OWN_JSON = new WeakMap<DocumentSymbol, string>();

/** Marks an answer as a list of symbols that are never changed once answered, so their JSON can be kept. */
export function outlineAnswer(symbols: DocumentSymbol[]): DocumentSymbol[] {
	OUTLINE_ANSWERS.add(symbols);
	return symbols;
}

export const jsonEncoder: ContentTypeEncoder = {
	name: 'application/json',
	encode: (message, options) => Promise.resolve(Buffer.from(encode(message), options.charset)),
};

export function encode(message: Message): string {
	if (!('result' in message) || !Array.isArray(message.result) || !OUTLINE_ANSWERS.has(message.result)) {
		return JSON.stringify(message);
	}
	const { result, ...envelope } = message;
	const parts = [JSON.stringify(envelope).slice(0, -1), ',"result":'];
	writeList(result as DocumentSymbol[], parts);
	parts.push('}');
	return parts.join('');
}

function writeList(symbols: readonly DocumentSymbol[], parts: string[]): void {
	parts.push('[');
	for (let i = 0; i < symbols.length; i++) {
		if (i > 0) {
			parts.push(',');
		}
		writeSymbol(symbols[i], parts);
	}
	parts.push(']');
}

function writeSymbol(symbol: DocumentSymbol, parts: string[]): void {
	let own = OWN_JSON.get(symbol);
	if (own === undefined) {
		const { children: _, ...rest } = symbol;
		own = JSON.stringify(rest).slice(0, -1);
		OWN_JSON.set(symbol, own);
	}
	parts.push(own);
	if (symbol.children) {
		parts.push(',"children":');
		writeList(symbol.children, parts);
	}
	parts.push('}');
}
