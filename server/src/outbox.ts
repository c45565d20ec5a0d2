import type { Disposable, Message, MessageWriter } from 'vscode-languageserver/node';

/**
 * The server's message writer, wrapped so that work done in the background (pushing diagnostics) can wait until
 * every message already handed over has gone out. vscode-jsonrpc writes each message one event-loop turn after it is
 * handed over; without the wait, findings computed in that turn would hold back an answer that is ready.
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
