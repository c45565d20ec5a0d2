import type { DocumentSymbol, Message } from 'vscode-languageserver/node';

/**
 * The JSON of the --stdio writer's messages. Messages are encoded as the library does, except outline answers: a big
 * report's outline is thousands of symbols and most of a megabyte of JSON, and after a keystroke nearly every symbol is
 * the same object as in the last answer (see features/outline.ts). The JSON of each symbol is kept with it, so only
 * the symbols that changed, and the ones holding them, are encoded again.
 */
const OUTLINE_ANSWERS = new WeakSet<readonly DocumentSymbol[]>();
/**
 * A symbol's JSON without its children and closing brace, as UTF-8. Kept per symbol, not per subtree, so each byte is
 * kept once; and as bytes, outside the JavaScript heap, so the answer is put together without a string of its size.
 */
const OWN_JSON = new WeakMap<DocumentSymbol, Buffer>();
const OPEN_LIST = Buffer.from('[');
const CLOSE_LIST = Buffer.from(']');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from('}');
const CHILDREN = Buffer.from(',"children":');

/** Marks an answer as a list of symbols that are never changed once answered, so their JSON can be kept. */
export function outlineAnswer(symbols: DocumentSymbol[]): DocumentSymbol[] {
	OUTLINE_ANSWERS.add(symbols);
	return symbols;
}

/** The message as UTF-8 JSON, the protocol's encoding. */
export function encode(message: Message): Buffer {
	if (!('result' in message) || !Array.isArray(message.result) || !OUTLINE_ANSWERS.has(message.result)) {
		return Buffer.from(JSON.stringify(message), 'utf8');
	}
	const { result, ...envelope } = message;
	const parts = [Buffer.from(`${JSON.stringify(envelope).slice(0, -1)},"result":`)];
	writeList(result as DocumentSymbol[], parts);
	parts.push(CLOSE);
	return Buffer.concat(parts);
}

function writeList(symbols: readonly DocumentSymbol[], parts: Buffer[]): void {
	parts.push(OPEN_LIST);
	for (let i = 0; i < symbols.length; i++) {
		if (i > 0) {
			parts.push(COMMA);
		}
		writeSymbol(symbols[i], parts);
	}
	parts.push(CLOSE_LIST);
}

function writeSymbol(symbol: DocumentSymbol, parts: Buffer[]): void {
	let own = OWN_JSON.get(symbol);
	if (own === undefined) {
		const { children: _, ...rest } = symbol;
		const json = JSON.stringify(rest);
		own = Buffer.from(json.slice(0, -1));
		OWN_JSON.set(symbol, own);
	}
	parts.push(own);
	if (symbol.children) {
		parts.push(CHILDREN);
		writeList(symbol.children, parts);
	}
	parts.push(CLOSE);
}
