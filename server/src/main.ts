import { setFlagsFromString } from 'node:v8';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// Each keystroke leaves the last version's text and analysis behind (a few MiB for a 1 MiB report). V8 by default lets
// the heap grow to several times what is live before a full collection, which took the server past 250 MiB in a long
// edit session; a fixed growth of 15% kept it at 145-146 MiB (30%: 146-156) with no slower keystrokes in the bench.
// V8 reads this flag whenever it sets the next limit, so it works when set here, however the server is started.
setFlagsFromString('--heap-growing-percent=15');

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
