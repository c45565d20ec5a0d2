// Run by memory.mjs as `node --expose-gc memory-child.mjs BYTES`: one analyzeReport call in a fresh process.
// Prints one JSON line of byte counts.
//
// Which peak, and why it is honest: a synchronous call leaves no chance to sample memory while it runs
// (no timer fires), so the peak has to come from something that records its own maximum. We use the
// kernel's resident-set high-water mark, VmHWM in /proc/self/status. Writing '5' to /proc/self/clear_refs
// resets it to the current RSS just before the call, so the mark read right after is the most memory
// the process held at any instant of the call — V8 heap, young generation, external strings, malloc —
// and not a maximum left over from loading the module or building the text. The kernel updates the mark
// whenever RSS is about to drop, so a spike that GC gives back mid-call is still counted.
// process.resourceUsage().maxRSS reads the same counter (the reset moves it too); without the reset it
// would still hold the peak of building the text and hide a smaller call peak, so it is only the fallback
// where clear_refs cannot be written, and then marked as such.
// v8's peak_malloced_memory is not used: it counts only V8's own malloc, not the JS heap the result lives in.
// The JS figures are printed beside it as a cross-check: right after the call they are a lower bound of the
// peak, and after a gc with the result still alive they are what the result itself keeps. They are
// heapUsed + external only: node already counts arrayBuffers inside external, so adding it would count
// every Buffer twice.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildText, loadCore } from './common.mjs';

const bytes = Number(process.argv[2]);
if (typeof globalThis.gc !== 'function') {
	throw new Error('run with node --expose-gc');
}
const fullGc = () => {
	// Twice: the first may only queue finalisers of freed buffers; the second frees what they held.
	globalThis.gc();
	globalThis.gc();
};

/** A '… kB' line of /proc/self/status in bytes, NaN where there is no such file. */
const statusBytes = (key) => {
	let text = '';
	try {
		text = readFileSync('/proc/self/status', 'utf8');
	} catch {
		// Not Linux: the maxRSS fallback below is used.
	}
	return Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
};
const js = (m) => m.heapUsed + m.external;

const { analyzeReport } = loadCore();
fullGc();
const beforeText = process.memoryUsage();
const text = buildText(bytes);
fullGc();
const baseline = process.memoryUsage();

let method = 'VmHWM after clear_refs';
try {
	writeFileSync('/proc/self/clear_refs', '5');
} catch {
	method = 'maxRSS (no reset possible: a peak below the text-building peak is hidden)';
}
const markBefore = process.resourceUsage().maxRSS * 1024;

const result = analyzeReport(text);
// Numbers are read on first use: the peak covers the whole analysis.
void result.metrics;

const hwmAfter = statusBytes('VmHWM');
const markAfter = process.resourceUsage().maxRSS * 1024;
const afterCall = process.memoryUsage();
fullGc();
const retained = process.memoryUsage();
// Read the result after the last measurement so it is certainly alive through it.
const kept = result.lines.length;

const reset = method.startsWith('VmHWM') && Number.isFinite(hwmAfter);
const peakRss = reset ? hwmAfter : markAfter;
if (!reset && markAfter <= markBefore) {
	method += '; the call stayed under it, so the figure is only an upper bound';
}
console.log(JSON.stringify({
	method,
	textBytes: Buffer.byteLength(text, 'utf8'),
	textChars: text.length,
	textInHeap: js(baseline) - js(beforeText),
	baselineRss: baseline.rss,
	peakRss,
	peakAboveText: peakRss - baseline.rss,
	jsAfterCall: js(afterCall) - js(baseline),
	jsRetained: js(retained) - js(baseline),
	lines: kept,
}));
