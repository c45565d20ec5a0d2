import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export interface ErrorLog {
	error(message: string): void;
}

/**
 * The one boundary every request passes: a cancelled request gets the protocol's RequestCancelled error (an empty
 * answer would, for pull diagnostics, wipe the client's list), and a failing feature is logged and answered with
 * its fallback so the server keeps serving.
 */
export async function runSafe<T>(log: ErrorLog, name: string, token: CancellationToken, fallback: T, work: () => T | Promise<T>): Promise<T | ResponseError<never>> {
	if (token.isCancellationRequested) {
		return cancelled();
	}
	try {
		const result = await work();
		return token.isCancellationRequested ? cancelled() : result;
	} catch (error) {
		log.error(`${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
		return fallback;
	}
}

function cancelled(): ResponseError<never> {
	return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
