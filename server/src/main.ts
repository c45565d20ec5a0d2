import { setFlagsFromString } from 'node:v8';
import { format } from 'node:util';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, StreamMessageReader, type Connection } from 'vscode-languageserver/node';
import { encode } from './outlineJson';
import { FramedStreamWriter, Outbox } from './outbox';
import { startServer } from './server';

// Each keystroke leaves the last version's text and analysis behind (a few MiB for a 1 MiB report). V8 by default lets
// the old generation grow to several times what is live before a full collection, which took the server to 250-400
// MiB in the bench's 400-edit session on a 1 MiB report; a fixed 15% growth keeps it at 130-135 MiB (25 KB: 105 MiB).
// V8 reads the flag each time it sizes the heap, so setting it here works however the server is started. The young
// generation is left to grow: held at its starting size (--semi-space-growth-factor=1) it saved 30 MiB but scavenged
// 25 times as often and never pretenured, which made GC half of the server's time and a keystroke at 1 MiB 5 ms slower.
setFlagsFromString('--heap-growing-percent=15');
// The server runs beside the editor, which is busy with each answer when it arrives (parsing a big outline). V8 marks
// the old generation on a background thread by default, which on a two-core machine takes the editor's core: in the
// bench at 1 MiB, the slow edit→symbols answers were those where a full collection ran while the client parsed.
// Marked in steps on the server's own thread instead, they cost the server, not the client: edit→symbols p95
// 19.7–23.4 → 16.0–17.2 ms in three bench runs each, for a peak about 10 MiB higher (141–145 MiB). Read when a
// collection starts, so set here like the above.
setFlagsFromString('--no-concurrent-marking');

// IPC is how VS Code starts the server; other editors start it with --stdio.
const stdio = process.argv.includes('--stdio');
if (!stdio && !process.send) {
	process.stderr.write('policy-report language server: start it from the extension (IPC) or with --stdio.\n');
	process.exit(2);
}
const outbox = new Outbox(stdio ? new FramedStreamWriter(process.stdout, encode) : new IPCMessageWriter(process));
const connection = createConnection(ProposedFeatures.all, stdio ? new StreamMessageReader(process.stdin) : new IPCMessageReader(process), outbox);
if (stdio) {
	routeConsole(connection);
	exitWithInput(connection);
}
startServer(connection, outbox);

/** A client that closes stdin is gone: exit, as the library does for the streams it opens itself. */
function exitWithInput(to: Connection): void {
	let shutdown = false;
	to.onShutdown(() => {
		shutdown = true;
	});
	const exit = () => process.exit(shutdown ? 0 : 1);
	process.stdin.on('end', exit);
	process.stdin.on('close', exit);
}

/** With --stdio, stdout is the protocol stream: anything a library prints goes to the client's log instead. */
function routeConsole(to: Connection): void {
	const say = (write: (message: string) => void) => (...args: unknown[]) => write(format(...args));
	console.log = say((m) => to.console.log(m));
	console.info = say((m) => to.console.info(m));
	console.debug = say((m) => to.console.log(m));
	console.warn = say((m) => to.console.warn(m));
	console.error = say((m) => to.console.error(m));
}
