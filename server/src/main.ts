import { setFlagsFromString } from 'node:v8';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures } from 'vscode-languageserver/node';
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

// IPC is how VS Code starts the server; other editors start it with --stdio. With --stdio the library reads the
// arguments itself, which also sends console output to the client's log instead of into the protocol stream.
if (!process.argv.includes('--stdio') && !process.send) {
	process.stderr.write('policy-report language server: start it from the extension (IPC) or with --stdio.\n');
	process.exit(2);
}
const connection = process.argv.includes('--stdio')
	? createConnection(ProposedFeatures.all)
	: createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
startServer(connection);
