import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, suite, test } from 'vitest';
import { analyzeReport } from '../../../server/src/core/analyze';
import type { ReportAnalysis } from '../../../server/src/core/types';
import { readSeed } from '../helpers';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A full collection once the current job has ended: a WeakRef keeps its target alive until then. */
async function collected(ref: WeakRef<object>): Promise<boolean> {
	await new Promise((resolve) => setTimeout(resolve, 0));
	gc();
	return ref.deref() === undefined;
}

const text = readSeed('000');
const edited = text.replace('55件', '56件');

/** The first version, reachable only through the WeakRef and whatever the second version keeps. */
function twoVersions(readFirst: boolean): { first: WeakRef<ReportAnalysis>; second: ReportAnalysis } {
	const first = analyzeReport(text);
	if (readFirst) {
		void first.metrics;
	}
	return { first: new WeakRef(first), second: analyzeReport(edited, { previous: first }) };
}

suite('what an analysis keeps of the version before it', () => {
	// An editor that never asks for numbers (an outline-only client) makes version after version: none may hold the
	// one before, or every version of the session would stay in memory.
	test('nothing, when the earlier version\'s numbers were never read', async () => {
		const { first, second } = twoVersions(false);
		expect(await collected(first), 'the first version is still alive').toBe(true);
		expect(second.metrics.some((m) => m.text === '56件')).toBe(true);
	});

	test('the earlier version until its own numbers are read, which take from it; then nothing', async () => {
		const { first, second } = twoVersions(true);
		expect(await collected(first), 'the first version was let go before the second one read its numbers').toBe(false);
		expect(second.metrics.some((m) => m.text === '56件')).toBe(true);
		expect(await collected(first), 'the first version is still alive after the second one read its numbers').toBe(true);
		expect(second.lines.length).toBeGreaterThan(0);
	});
});
