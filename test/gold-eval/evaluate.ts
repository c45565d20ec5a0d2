import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReport } from '../../server/src/core/analyze';
import type { ReportAnalysis } from '../../server/src/core/types';
import { scoreMetrics, type GoldMetric } from '../helpers/scoreMetrics';

export const ROOT = join(__dirname, '..', '..');
export const SEEDS = join(ROOT, 'seeds');
export const GOLD = join(ROOT, 'test', 'gold');

interface GoldHeading { line: number; level: number; marker: string; title: string; optional?: boolean }
interface GoldSection { present: boolean; line: number | null; required: boolean }
export interface Dispute { file: string; line: number; text: string; why: string }

export interface SeedScore {
	seed: string;
	headings: { tp: number; fp: number; fn: number; precision: number; recall: number; levelOk: number; markerOk: number; matched: number; problems: string[] };
	metrics: ReturnType<typeof scoreMetrics>;
	sections: { correct: number; total: number; problems: string[] };
	disputed: Dispute[];
}

export function loadDisputes(): Dispute[] {
	const file = join(ROOT, 'test', 'gold-disputes.json');
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Dispute[] : [];
}

export function seedStems(): string[] {
	return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

function readJson<T>(stem: string, kind: string): T {
	return JSON.parse(readFileSync(join(GOLD, `${stem}.${kind}.json`), 'utf8')) as T;
}

export function analyzeSeed(stem: string): ReportAnalysis {
	return analyzeReport(readFileSync(join(SEEDS, `${stem}.txt`), 'utf8'));
}

/** Scores one seed against its gold labels, following the comparison rules in test/gold/README.md. */
export function evaluateSeed(stem: string, disputes: readonly Dispute[]): SeedScore {
	const analysis = analyzeSeed(stem);
	const disputed = disputes.filter((d) => d.file.includes(stem));
	const isDisputed = (line: number) => disputed.some((d) => d.line === line);
	const goldHeadings = readJson<{ headings: GoldHeading[] }>(stem, 'headings').headings.filter((h) => !isDisputed(h.line));
	const predicted = new Map(analysis.allSections.map((s) => [s.line, s]));
	const headings = { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, levelOk: 0, markerOk: 0, matched: 0, problems: [] as string[] };
	const goldLines = new Map(goldHeadings.map((h) => [h.line, h]));
	for (const h of goldHeadings) {
		const p = predicted.get(h.line);
		if (!p) {
			if (!h.optional) {
				headings.fn++;
				headings.problems.push(`${stem}:${h.line} missed heading ${h.marker}${h.title}`);
			}
			continue;
		}
		if (!h.optional) {
			headings.tp++;
		}
		headings.matched++;
		const marker = p.marker?.text ?? '';
		if (p.level === h.level) {
			headings.levelOk++;
		} else {
			headings.problems.push(`${stem}:${h.line} level ${p.level}, expected ${h.level} (${h.marker}${h.title})`);
		}
		if (marker === h.marker && p.title.startsWith(h.title)) {
			headings.markerOk++;
		} else {
			headings.problems.push(`${stem}:${h.line} marker/title "${marker}${p.title.slice(0, 20)}", expected "${h.marker}${h.title}"`);
		}
	}
	for (const s of analysis.allSections) {
		if (!goldLines.has(s.line) && !isDisputed(s.line)) {
			headings.fp++;
			headings.problems.push(`${stem}:${s.line} not a heading: ${s.marker?.text ?? ''}${s.title}`);
		}
	}
	headings.precision = headings.tp + headings.fp === 0 ? 1 : headings.tp / (headings.tp + headings.fp);
	headings.recall = headings.tp + headings.fn === 0 ? 1 : headings.tp / (headings.tp + headings.fn);

	const goldMetrics = readJson<{ metrics: GoldMetric[] }>(stem, 'metrics').metrics.filter((m) => !isDisputed(m.line));
	const lineStart = (line: number) => analysis.lines[line - 1].start;
	const metrics = scoreMetrics(
		analysis.metrics.filter((m) => !isDisputed(m.line)).map((m) => ({ line: m.line, col: m.span.start - lineStart(m.line), text: m.text, value: m.value, unit: m.unit })),
		goldMetrics,
	);

	const expected = readJson<{ sections: Record<string, GoldSection> }>(stem, 'expected');
	const sections = { correct: 0, total: 0, problems: [] as string[] };
	for (const [key, gold] of Object.entries(expected.sections)) {
		if (!gold.required) {
			continue;
		}
		sections.total++;
		const part = analysis.requiredSections[key];
		if (part && part.present === gold.present) {
			sections.correct++;
		} else {
			sections.problems.push(`${stem}: part ${key} present=${String(part?.present)}, expected ${String(gold.present)} (line ${String(gold.line)})`);
		}
	}
	return { seed: stem, headings, metrics, sections, disputed };
}

export function evaluateAll(): SeedScore[] {
	const disputes = loadDisputes();
	return seedStems().map((stem) => evaluateSeed(stem, disputes));
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

export function formatScores(scores: readonly SeedScore[]): string {
	const rows = ['seed                  | headings P    R   level marker | metrics P    R   tp/fp/fn   non-claims | parts'];
	const total = { htp: 0, hfp: 0, hfn: 0, lv: 0, mk: 0, hm: 0, mtp: 0, mfp: 0, mfn: 0, nc: 0, sc: 0, st: 0 };
	for (const s of scores) {
		const h = s.headings;
		const m = s.metrics;
		rows.push(`${s.seed.padEnd(21)} | ${pct(h.precision)} ${pct(h.recall)} ${pct(h.levelOk / Math.max(1, h.matched))} ${pct(h.markerOk / Math.max(1, h.matched))} | ${pct(m.precision)} ${pct(m.recall)} ${`${m.tp}/${m.fp}/${m.fn}`.padStart(10)} ${String(m.nonClaimsReported.length).padStart(6)} | ${s.sections.correct}/${s.sections.total}`);
		total.htp += h.tp; total.hfp += h.fp; total.hfn += h.fn; total.lv += h.levelOk; total.mk += h.markerOk; total.hm += h.matched;
		total.mtp += m.tp; total.mfp += m.fp; total.mfn += m.fn; total.nc += m.nonClaimsReported.length; total.sc += s.sections.correct; total.st += s.sections.total;
	}
	const hp = total.htp / Math.max(1, total.htp + total.hfp);
	const hr = total.htp / Math.max(1, total.htp + total.hfn);
	const mp = total.mtp / Math.max(1, total.mtp + total.mfp);
	const mr = total.mtp / Math.max(1, total.mtp + total.mfn);
	rows.push(`${'all'.padEnd(21)} | ${pct(hp)} ${pct(hr)} ${pct(total.lv / Math.max(1, total.hm))} ${pct(total.mk / Math.max(1, total.hm))} | ${pct(mp)} ${pct(mr)} ${`${total.mtp}/${total.mfp}/${total.mfn}`.padStart(10)} ${String(total.nc).padStart(6)} | ${total.sc}/${total.st}`);
	return rows.join('\n');
}

export function totals(scores: readonly SeedScore[]) {
	const sum = (f: (s: SeedScore) => number) => scores.reduce((a, s) => a + f(s), 0);
	const mtp = sum((s) => s.metrics.tp);
	return {
		headingProblems: scores.flatMap((s) => s.headings.problems),
		metricPrecision: mtp / Math.max(1, mtp + sum((s) => s.metrics.fp)),
		metricRecall: mtp / Math.max(1, mtp + sum((s) => s.metrics.fn)),
		nonClaims: scores.flatMap((s) => s.metrics.nonClaimsReported.map((n) => `${s.seed}: ${JSON.stringify(n)}`)),
		sectionProblems: scores.flatMap((s) => s.sections.problems),
	};
}
