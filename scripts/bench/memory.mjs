// Part 2: peak memory of one analyzeReport call on the 10 MiB text, in a fresh process (see memory-child.mjs).
import { MiB, SIZES, fixed, printTable, runChild, within } from './common.mjs';

const TARGET_MIB = 200;

export default async function memory() {
	const r = runChild('memory-child.mjs', [String(SIZES['10 MiB'])], ['--expose-gc']);
	const mib = (b) => fixed(b / MiB, 1);
	printTable('Part 2 — peak memory of one analyzeReport call at 10 MiB (fresh node --expose-gc)', ['<measure', 'MiB', 'target', 'within'], [
		['text: UTF-8 size / as a JS string', `${mib(r.textBytes)} / ${mib(r.textInHeap)}`, '', ''],
		['RSS with core loaded and text built (baseline)', mib(r.baselineRss), '', ''],
		['peak RSS during the call, above the baseline', mib(r.peakAboveText), `≤ ${TARGET_MIB}`, within(r.peakAboveText <= TARGET_MIB * MiB)],
		['JS heap + external right after the call', mib(r.jsAfterCall), '', ''],
		['same after gc, result kept alive (what it retains)', mib(r.jsRetained), '', ''],
	], [
		`peak measured by ${r.method}; ${r.lines.toLocaleString('en-US')} lines analysed; JS rows are above the baseline too`,
	]);
}
