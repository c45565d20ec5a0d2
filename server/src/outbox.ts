import { AbstractMessageWriter, type Disposable, type Message, type MessageWriter } from 'vscode-languageserver/node';

/**
 * The server's message writer, wrapped so that work done in the background (pushing diagnostics) can wait until
 * every message already handed over has gone out. vscode-jsonrpc's IPC writer writes each message one event-loop turn
 * after it is handed over; without the wait, findings computed in that turn would hold back an answer that is ready.
 */
export class Outbox implements MessageWriter {
	private pending = 0;
	private waiting: (() => void)[] = [];

	constructor(private readonly writer: MessageWriter) {}

	readonly onError = (listener: (e: [Error, Message | undefined, number | undefined]) => unknown): Disposable => this.writer.onError(listener);
	readonly onClose = (listener: (e: void) => unknown): Disposable => this.writer.onClose(listener);

	async write(message: Message): Promise<void> {
		this.pending++;
		try {
			await this.writer.write(message);
		} finally {
			this.pending--;
			if (this.pending === 0) {
				const waiting = this.waiting;
				this.waiting = [];
				waiting.forEach((resolve) => resolve());
			}
		}
	}

	/** Resolves once nothing handed to the writer is still unwritten (at once when nothing is). */
	flushed(): Promise<void> {
		return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
	}

	end(): void {
		this.writer.end();
	}

	dispose(): void {
		this.writer.dispose();
	}
}

/**
 * Writes each message to a byte stream (stdout) as one frame: the header and the body go out in one system call.
 * vscode-jsonrpc's stream writer writes them separately, one turn after the message is handed over; a pipe write is
 * synchronous and costs about as much as analysing a small report after a keystroke.
 */
export class FramedStreamWriter extends AbstractMessageWriter implements MessageWriter {
	private errors = 0;

	constructor(private readonly stream: NodeJS.WritableStream & { cork(): void; uncork(): void }, private readonly encode: (message: Message) => readonly Buffer[]) {
		super();
		stream.on('error', (error: Error) => this.fireError(error));
		stream.on('close', () => this.fireClose());
	}

	write(message: Message): Promise<void> {
		let body: readonly Buffer[];
		try {
			body = this.encode(message);
		} catch (error) {
			this.fireError(error, message, ++this.errors);
			return Promise.reject(error);
		}
		const length = body.reduce((n, piece) => n + piece.byteLength, 0);
		return new Promise((resolve, reject) => {
			// Corked, the header and every piece of the body leave in one vectored write.
			this.stream.cork();
			this.stream.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
			body.forEach((piece, i) => {
				this.stream.write(piece, i < body.length - 1 ? undefined : (error) => {
					if (error) {
						this.fireError(error, message, ++this.errors);
						reject(error);
					} else {
						this.errors = 0;
						resolve();
					}
				});
			});
			this.stream.uncork();
		});
	}

	end(): void {
		this.stream.end();
	}
}
