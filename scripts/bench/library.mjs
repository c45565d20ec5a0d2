// Part 3: what a consumer of the library pays: load time of dist/core.js in a fresh process, and its size.
import { statSync } from 'node:fs';
import { KB, coreName, corePath, fixed, median, ms, printTable, runChild, within } from './common.mjs';

const PROCESSES = 10;
const TARGET_MS = 50;
const TARGET_KB = 300;

export default async function library() {
	// One untimed process first so the file is in the page cache for all the timed ones alike.
	runChild('load-child.mjs', [corePath]);
	const samples = [];
	for (let i = 0; i < PROCESSES; i++) {
		samples.push(runChild('load-child.mjs', [corePath]).ms);
	}
	const load = median(samples);
	const size = statSync(corePath).size / KB;
	const name = coreName();
	printTable(`Part 3 — library: ${name}`, ['<measure', 'value', 'target', 'within'], [
		[`require() in a fresh node, median of ${PROCESSES} (min–max ${ms(Math.min(...samples))}–${ms(Math.max(...samples))})`, `${ms(load)} ms`, `< ${TARGET_MS} ms`, within(load < TARGET_MS)],
		['size on disk', `${fixed(size, 1)} KB`, `< ${TARGET_KB} KB`, within(size < TARGET_KB)],
	]);
}
