import { setFlagsFromString } from 'node:v8';
import { format } from 'node:util';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { jsonEncoder } from './outlineJson';
import { Outbox } from './outbox';
import { startServer } from './server';

// Each keystroke leaves the last version's text and analysis behind (a few MiB for a 1 MiB report). V8 by default lets
// the old generation grow to several times what is live before a full collection, and the young generation double up
// to 16 MiB per half, which took the server to 250-400 MiB in the bench's 400-edit session on a 1 MiB report. A fixed
// 15% growth of the old generation and a young generation that stays at its starting size keep it at 120-124 MiB
// (76 MiB at 25 KB, was 104). The price: more scavenges, about 10 ms more per keystroke at 1 MiB and a fraction of a
// millisecond at the 7-25 KB of real reports. V8 reads both flags each time it sizes the heap, so setting them here
// works however the server is started (a size limit such as --max-semi-space-size would only work on the command line).
setFlagsFromString('--heap-growing-percent=15');
setFlagsFromString('--semi-space-growth-factor=1');

// IPC is how VS Code starts the server; other editors start it with --stdio.
const stdio = process.argv.includes('--stdio');
if (!stdio && !process.send) {
	process.stderr.write('policy-report language server: start it from the extension (IPC) or with --stdio.\n');
	process.exit(2);
}
const outbox = new Outbox(stdio ? new StreamMessageWriter(process.stdout, { contentTypeEncoder: jsonEncoder }) : new IPCMessageWriter(process));
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
