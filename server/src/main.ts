import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

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
