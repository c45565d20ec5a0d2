import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { expect, suite, test } from 'vitest';
import { runSafe } from '../../../server/src/runSafe';

// The boundary every request handler goes through (server.ts); tested here beside the features it protects.
suite('runSafe', () => {
	const quiet = () => {
		const errors: string[] = [];
		return { errors, log: { error: (message: string) => errors.push(message) } };
	};

	test('returns what the feature returns', async () => {
		const { log } = quiet();
		expect(await runSafe(log, 'hover', new CancellationTokenSource().token, null, () => 'result')).toBe('result');
		expect(await runSafe(log, 'hover', new CancellationTokenSource().token, null, async () => 'async result')).toBe('async result');
	});

	test('a throwing feature is logged and answered with the fallback', async () => {
		const { errors, log } = quiet();
		const result = await runSafe(log, 'documentSymbol', new CancellationTokenSource().token, [], () => {
			throw new Error('boom');
		});
		expect(result).toEqual([]);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^documentSymbol failed: Error: boom/);
	});

	test('a request cancelled before or during the work gets RequestCancelled, and the work is skipped when it can be', async () => {
		const { log } = quiet();
		const before = new CancellationTokenSource();
		before.cancel();
		let ran = false;
		const skipped = await runSafe(log, 'hover', before.token, null, () => {
			ran = true;
			return 'x';
		});
		expect(ran).toBe(false);
		expect(skipped).toBeInstanceOf(ResponseError);
		expect((skipped as ResponseError<never>).code).toBe(LSPErrorCodes.RequestCancelled);

		const during = new CancellationTokenSource();
		const late = await runSafe(log, 'hover', during.token, null, async () => {
			during.cancel();
			return 'too late';
		});
		expect((late as ResponseError<never>).code).toBe(LSPErrorCodes.RequestCancelled);
	});
});
