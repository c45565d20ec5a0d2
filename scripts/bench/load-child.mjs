// Run by library.mjs in a fresh node: times require() of the core in this process and prints the ms.
// The clock starts after node and this file are up, so it is the module's own cost, not node's start-up.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const path = process.argv[2];
const require = createRequire(import.meta.url);
const t0 = performance.now();
const core = require(path);
const t = performance.now() - t0;
if (typeof core.analyzeReport !== 'function') {
	throw new Error(`${path} does not export analyzeReport`);
}
console.log(JSON.stringify({ ms: t }));
