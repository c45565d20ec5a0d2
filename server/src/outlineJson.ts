import type { DocumentSymbol, Message, Range } from 'vscode-languageserver/node';

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
 * The symbols encoded together share one buffer, which lives as long as any of them.
 */
const OWN_JSON = new WeakMap<DocumentSymbol, Buffer>();
/**
 * The whole JSON of a symbol whose children are all leaves, kept from one answer to the next: an unchanged part of the
 * outline goes into the answer as a few pieces, not as one piece per symbol. Made the second time a symbol is answered,
 * so symbols that live for one answer only (the ones an edit touches) do not get one.
 */
const WHOLE_JSON = new WeakMap<DocumentSymbol, Buffer>();
/** Symbols sent once without keeping their JSON (in a first answer). */
const SEEN = new WeakSet<DocumentSymbol>();
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

/**
 * The message as UTF-8 JSON, the protocol's encoding, in pieces to be written one after the other. An outline answer's
 * pieces are mostly the kept JSON of its symbols: joined, each answer to a keystroke would copy most of a megabyte
 * into a new buffer, which the server held until the next full collection.
 */
export function encode(message: Message): readonly Buffer[] {
	if (!('result' in message) || !Array.isArray(message.result) || !OUTLINE_ANSWERS.has(message.result)) {
		return [Buffer.from(JSON.stringify(message), 'utf8')];
	}
	const { result, ...envelope } = message;
	const symbols = result as DocumentSymbol[];
	const fresh: DocumentSymbol[] = [];
	const looked = collectNew(symbols, fresh);
	if (fresh.filter((symbol) => !SEEN.has(symbol)).length > looked / 2) {
		// A first outline (a report just opened): nothing to reuse yet, and the native encoder is quicker on cold code.
		// The next answer encodes what it shares with this one, once, and keeps it.
		fresh.forEach((symbol) => SEEN.add(symbol));
		return [Buffer.from(JSON.stringify(message), 'utf8')];
	}
	encodeNew(fresh);
	const parts = [Buffer.from(`${JSON.stringify(envelope).slice(0, -1)},"result":`)];
	writeList(symbols, parts, new Set(fresh));
	parts.push(CLOSE);
	return parts;
}

/**
 * Adds the symbols of the tree that have no JSON yet to `fresh`; returns how many symbols it looked at. A symbol with
 * JSON was encoded with its whole subtree, which cannot have changed since (answered symbols are never changed), so the
 * walk does not go below it.
 */
function collectNew(symbols: readonly DocumentSymbol[], fresh: DocumentSymbol[]): number {
	let looked = symbols.length;
	for (const symbol of symbols) {
		if (!OWN_JSON.has(symbol)) {
			fresh.push(symbol);
			if (symbol.children) {
				looked += collectNew(symbol.children, fresh);
			}
		}
	}
	return looked;
}

/**
 * Below this many symbols encoded together (the few an edit touches), each gets a buffer of its own: a shared one lived
 * as long as any of its symbols, and an outline's long-lived symbols each kept alive the buffer of the edit that made
 * them (2.8 MB after 400 edits of a 1 MiB report, and growing).
 */
const MIN_SHARED = 64;

/** Encodes symbols into one buffer of which each keeps its slice: one allocation for many symbols instead of one each. */
function encodeNew(fresh: readonly DocumentSymbol[]): void {
	if (fresh.length === 0) {
		return;
	}
	const texts = fresh.map(ownJson);
	if (fresh.length < MIN_SHARED) {
		for (let i = 0; i < fresh.length; i++) {
			// Not Buffer.from, whose small buffers are slices of a shared pool.
			const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(texts[i], 'utf8'));
			bytes.write(texts[i], 0, 'utf8');
			OWN_JSON.set(fresh[i], bytes);
		}
		return;
	}
	const scratch = Buffer.allocUnsafe(texts.reduce((n, text) => n + text.length * 3, 0));
	const ends: number[] = [];
	let used = 0;
	for (const text of texts) {
		used += scratch.write(text, used, 'utf8');
		ends.push(used);
	}
	// A copy of the bytes written, so the kept slices do not hold the room left over for the worst case.
	const bytes = Buffer.from(scratch.subarray(0, used));
	for (let i = 0; i < fresh.length; i++) {
		OWN_JSON.set(fresh[i], bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i]));
	}
}

/** A symbol's JSON without children and closing brace; the fields the outline makes are written directly. */
function ownJson(symbol: DocumentSymbol): string {
	const { name, kind, range, selectionRange } = symbol;
	if (symbol.detail !== undefined || symbol.tags !== undefined || symbol.deprecated !== undefined) {
		const { children: _, ...rest } = symbol;
		return JSON.stringify(rest).slice(0, -1);
	}
	return `{"name":${JSON.stringify(name)},"kind":${kind},"range":${rangeJson(range)},"selectionRange":${rangeJson(selectionRange)}`;
}

function rangeJson(r: Range): string {
	return `{"start":{"line":${r.start.line},"character":${r.start.character}},"end":{"line":${r.end.line},"character":${r.end.character}}}`;
}

/** `fresh`: the symbols new in this answer. */
function writeList(symbols: readonly DocumentSymbol[], parts: Buffer[], fresh: ReadonlySet<DocumentSymbol>): void {
	parts.push(OPEN_LIST);
	for (let i = 0; i < symbols.length; i++) {
		if (i > 0) {
			parts.push(COMMA);
		}
		writeSymbol(symbols[i], parts, fresh);
	}
	parts.push(CLOSE_LIST);
}

/**
 * Whole JSON is kept only for the lowest symbols with children, whose children are all leaves; the symbols above them
 * are written as pieces. Kept at every depth, a deep outline's bytes were held once per level (1.5–2.3 MB for a 0.8 MB
 * answer); kept only at the top, an edit inside a part made its unchanged children join their bytes again.
 */
function writeSymbol(symbol: DocumentSymbol, parts: Buffer[], fresh: ReadonlySet<DocumentSymbol>): void {
	const whole = WHOLE_JSON.get(symbol);
	if (whole) {
		parts.push(whole);
		return;
	}
	const children = symbol.children;
	if (!children?.length || fresh.has(symbol) || children.some((c) => c.children?.length)) {
		writeParts(symbol, parts, fresh);
		return;
	}
	const own: Buffer[] = [];
	writeParts(symbol, own, fresh);
	const joined = Buffer.concat(own);
	WHOLE_JSON.set(symbol, joined);
	parts.push(joined);
}

function writeParts(symbol: DocumentSymbol, parts: Buffer[], fresh: ReadonlySet<DocumentSymbol>): void {
	parts.push(OWN_JSON.get(symbol)!);
	if (symbol.children) {
		parts.push(CHILDREN);
		writeList(symbol.children, parts, fresh);
	}
	parts.push(CLOSE);
}

/**
 * The bytes of JSON kept for an answer's symbols: whole JSON, and the buffers their own JSON lies in (a shared buffer
 * counted once, whole). What an open outline costs the server besides its symbols.
 */
export function keptJsonBytes(symbols: readonly DocumentSymbol[]): number {
	const buffers = new Set<ArrayBufferLike>();
	let bytes = 0;
	const walk = (list: readonly DocumentSymbol[]) => {
		for (const symbol of list) {
			bytes += WHOLE_JSON.get(symbol)?.length ?? 0;
			const own = OWN_JSON.get(symbol);
			if (own && !buffers.has(own.buffer)) {
				buffers.add(own.buffer);
				bytes += own.buffer.byteLength;
			}
			walk(symbol.children ?? []);
		}
	};
	walk(symbols);
	return bytes;
}
