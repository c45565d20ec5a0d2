// Waiting in the extension host: on an event where VS Code has one, by asking again where it has none. Every wait has a deadline.
import type * as vscode from 'vscode';

const DEFAULT_TIMEOUT_MS = 20_000;
/** For provider commands only: nothing announces that a language server has a new answer. */
const ASK_AGAIN_MS = 100;

/** The first value `read` gives, read now (without an event) and again whenever `event` fires. */
export function whenEvent<T, E>(what: string, event: vscode.Event<E>, read: (fired?: E) => T | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			subscription.dispose();
			reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
		}, timeoutMs);
		const check = (fired?: E): void => {
			const value = read(fired);
			if (value !== undefined) {
				clearTimeout(timer);
				subscription.dispose();
				resolve(value);
			}
		};
		const subscription = event(check);
		check();
	});
}

/** The first value `read` gives when asked repeatedly, for answers no event announces. */
export async function until<T>(what: string | (() => string), read: () => Thenable<T | undefined> | T | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await read();
		if (value !== undefined) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
		}
		await new Promise((resolve) => setTimeout(resolve, ASK_AGAIN_MS));
	}
}
