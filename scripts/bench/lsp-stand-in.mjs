// A stand-in for the language server in the LSP bench: it speaks LSP over stdio but analyses nothing. It answers
// documentSymbol at once with the outline the real server last gave, and publishes the real server's last diagnostics
// for each version as soon as the change arrives. The bench times the same client against it, so its figures are what
// the pipe, the framing and the client's JSON parsing cost for answers of that size: the floor under the real ones.
// The framing is written by hand, not with vscode-languageserver: a library's own work would be counted in the floor.
// Usage: node lsp-stand-in.mjs <answers.json>, the file holding { symbols, diagnostics } as the real server sent them.
import { readFileSync } from 'node:fs';

const { symbols, diagnostics } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const symbolsJson = Buffer.from(JSON.stringify(symbols), 'utf8');
const diagnosticsJson = JSON.stringify(diagnostics);

function send(body) {
	process.stdout.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
}

function reply(id, resultJson) {
	send(Buffer.concat([Buffer.from(`{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":`, 'utf8'), resultJson, Buffer.from('}')]));
}

function handle(message) {
	switch (message.method) {
		case 'initialize':
			return reply(message.id, Buffer.from('{"capabilities":{"textDocumentSync":2,"documentSymbolProvider":true}}'));
		case 'textDocument/documentSymbol':
			return reply(message.id, symbolsJson);
		case 'textDocument/didOpen':
		case 'textDocument/didChange': {
			const { uri, version } = message.params.textDocument;
			return send(Buffer.from(`{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(uri)},"version":${version},"diagnostics":${diagnosticsJson}}}`, 'utf8'));
		}
		case 'shutdown':
			return reply(message.id, Buffer.from('null'));
		case 'exit':
			return process.exit(0);
		default:
			return undefined;
	}
}

let pending = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
	pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
	for (;;) {
		const headerEnd = pending.indexOf('\r\n\r\n');
		if (headerEnd < 0) {
			return;
		}
		const length = Number(/Content-Length: (\d+)/i.exec(pending.subarray(0, headerEnd).toString('ascii'))?.[1]);
		if (pending.length < headerEnd + 4 + length) {
			return;
		}
		const body = pending.subarray(headerEnd + 4, headerEnd + 4 + length);
		pending = pending.subarray(headerEnd + 4 + length);
		handle(JSON.parse(body.toString('utf8')));
	}
});
process.stdin.on('end', () => process.exit(0));
