// Part 1: analyzeReport against a floor (the least any line-and-number scan must do) and against markdown-it.
import { performance } from 'node:perf_hooks';
import { SIZES, buildText, gc, loadCore, median, ms, printTable, times, within } from './common.mjs';

// Minimum counts come from the brief; a size whose rounds are quick gets more, up to its time budget,
// because small timings are noisy. The core needs about a hundred calls before its 25 KB time settles
// (tier-up), so that size warms up longest; the bigger sizes then start from optimised code.
const PLAN = [
	{ label: '25 KB', warmup: 100, minRuns: 15, maxRuns: 1000, budgetMs: 2000 },
	{ label: '1 MiB', warmup: 2, minRuns: 7, maxRuns: 41, budgetMs: 10000 },
	{ label: '10 MiB', warmup: 1, minRuns: 3, maxRuns: 11, budgetMs: 20000 },
];

const TARGET_RATIO_1MIB = 8;
const TARGET_SCALING = 1.5;

// Each result is parked here until the next call so the engine cannot treat a call as dead code.
const sink = [undefined];

function floor(text) {
	return [text.match(/^/gm), text.match(/\d+/g)];
}

export default async function coreSpeed() {
	const { analyzeReport } = loadCore();
	const { default: MarkdownIt } = await import('markdown-it');
	const md = new MarkdownIt({ html: true, linkify: true });
	const contenders = [
		['floor', (text) => floor(text)],
		// The whole analysis: numbers are read on first use of .metrics (an editor's outline skips them), and a core
		// figure without them would leave out half the work.
		['core', (text) => {
			const analysis = analyzeReport(text);
			void analysis.metrics;
			return analysis;
		}],
		['markdown-it', (text) => md.parse(text, {})],
	];

	// Between timed calls only a minor gc: it empties the young generation, so no call starts with a nursery
	// nearly filled by another contender. A forced full GC would also throw away V8's compiled regular
	// expressions, which made markdown-it two to six times slower and far noisier than in steady use.
	// Old-generation work that one call's garbage triggers may still land in another's run; the median absorbs it.
	const timeOnce = (fn, text) => {
		// Dropped before the clock starts so the previous result is garbage to this call, not live data it must trace.
		sink[0] = undefined;
		gc({ type: 'minor' });
		const t0 = performance.now();
		sink[0] = fn(text);
		return performance.now() - t0;
	};
	// The order rotates every round so no contender always runs first (cold caches) or right after the heaviest one.
	const round = (text, i, samples) => {
		for (let k = 0; k < contenders.length; k++) {
			const [name, fn] = contenders[(i + k) % contenders.length];
			const t = timeOnce(fn, text);
			samples?.[name].push(t);
		}
	};

	const rows = [];
	const ratios = {};
	for (const plan of PLAN) {
		// The previous size's text and results go now, not during this size's timings.
		sink[0] = undefined;
		gc();
		const text = buildText(SIZES[plan.label]);
		const bytes = Buffer.byteLength(text, 'utf8');
		const t0 = performance.now();
		for (let i = 0; i < plan.warmup; i++) {
			round(text, i);
		}
		const perRound = (performance.now() - t0) / plan.warmup;
		const runs = Math.max(plan.minRuns, Math.min(plan.maxRuns, Math.floor(plan.budgetMs / perRound)));
		const samples = Object.fromEntries(contenders.map(([name]) => [name, []]));
		for (let i = 0; i < runs; i++) {
			round(text, i, samples);
		}
		sink[0] = undefined;
		const m = Object.fromEntries(contenders.map(([name]) => [name, median(samples[name])]));
		ratios[plan.label] = m.core / m.floor;
		rows.push([
			plan.label, bytes.toLocaleString('en-US'), runs,
			ms(m.floor), ms(m.core), ms(m['markdown-it']),
			times(m.core / m.floor), times(m['markdown-it'] / m.floor), times(m.core / m['markdown-it']),
			`${ms(Math.min(...samples.core))}–${ms(Math.max(...samples.core))}`,
		]);
	}

	printTable('Part 1 — core speed: median ms per call, floor/core/markdown-it runs interleaved', [
		'<size', 'UTF-8 bytes', 'runs', 'floor ms', 'core ms', 'markdown-it ms', 'core/floor', 'md/floor', 'core/md', 'core min–max ms',
	], rows, [
		'floor = text.match(/^/gm) + text.match(/\\d+/g); markdown-it = new MarkdownIt({ html: true, linkify: true }).parse(text, {})',
		'core = analyzeReport(text) with its .metrics read, so the numbers (read on first use) are in the figure',
	]);

	const scaling = ratios['10 MiB'] / ratios['1 MiB'];
	printTable('Part 1 — targets', ['<measure', 'measured', 'target', 'within'], [
		['core/floor at 1 MiB', times(ratios['1 MiB']), `≤ ${TARGET_RATIO_1MIB}×`, within(ratios['1 MiB'] <= TARGET_RATIO_1MIB)],
		['core/floor at 10 MiB ÷ core/floor at 1 MiB', times(scaling), `≤ ${TARGET_SCALING}×`, within(scaling <= TARGET_SCALING)],
	]);
}
