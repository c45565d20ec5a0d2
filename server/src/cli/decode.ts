/** Reports reach us as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (common on government PCs). */
export type Decoded = { text: string; encoding: string } | { error: string };

const MAX_BYTES = 64 * 1024 * 1024;

export function decodeReport(bytes: Uint8Array): Decoded {
	if (bytes.length > MAX_BYTES) {
		return { error: `file is larger than ${MAX_BYTES / 1024 / 1024} MiB` };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
	}
	if (looksBinary(bytes)) {
		return { error: 'binary data, not a text report' };
	}
	for (const encoding of ['utf-8', 'gb18030']) {
		try {
			return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
		} catch {
			// try the next encoding
		}
	}
	return { error: 'text in an unknown encoding (neither UTF-8 nor GB18030)' };
}

/** NUL bytes, or more than 1% C0 control characters other than tab, line feed, form feed and carriage return. */
function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 65536);
	let controls = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) {
			return true;
		}
		if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) {
			controls++;
		}
	}
	return controls > n / 100;
}
