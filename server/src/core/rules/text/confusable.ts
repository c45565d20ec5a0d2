import type { Confusable } from '../../lexicon/confusables';
import type { Line, ReportAnalysis } from '../../types';
import { lineIndexAt } from '../positions';
import type { RawFinding, Rule } from '../types';

/** Phrases from the confusables list (built in plus the caller's), where the surrounding characters allow the reading. */
export const textConfusable: Rule = {
	id: 'text.confusable',
	defaultSeverity: 'warning',
	local: true,
	check(analysis, context) {
		const { text } = analysis;
		const index = indexFor(context.confusables, text);
		const hits: Hit[] = [];
		if (context.scope.all) {
			// One pass over the whole text; each occurrence is then placed in its line, and only text lines count.
			findHits(analysis, index, 0, text.length, hits);
		} else {
			for (const line of context.scope.lines(analysis)) {
				findHits(analysis, index, line.start, line.end, hits);
			}
		}
		// Where entries overlap, the longer phrase is the one meant; among equal ones, the first listed.
		hits.sort((a, b) => a.start - b.start || b.entry.wrong.length - a.entry.wrong.length || a.order - b.order);
		const findings: RawFinding[] = [];
		let covered = -1;
		for (const { start, entry } of hits) {
			if (start < covered) {
				continue;
			}
			covered = start + entry.wrong.length;
			findings.push({
				span: { start, end: covered },
				evidence: entry.wrong,
				message: context.message('text.confusable', { wrong: entry.wrong, right: entry.right }),
			});
		}
		return findings;
	},
};

/** The phrases whose probed stretch lies in text[from, to), each kept when it fits in a text line. */
function findHits(analysis: ReportAnalysis, index: Index, from: number, to: number, hits: Hit[]): void {
	const { text, lines } = analysis;
	const { stride, slot: slots, probes } = index;
	for (let i = from; stride > 0 && i < to; i += stride) {
		const slot = slots[text.charCodeAt(i)];
		if (slot === 0) {
			continue;
		}
		const candidates = probes[slot - 1];
		for (let c = 0; c < candidates.length; c++) {
			const probe = candidates[c];
			const start = i - probe.offset;
			if (start < 0 || text.charCodeAt(start) !== probe.first || (probe.second >= 0 && text.charCodeAt(start + 1) !== probe.second)) {
				continue;
			}
			const { entry, order } = probe;
			const end = start + entry.wrong.length;
			if (!text.startsWith(entry.wrong, start)) {
				continue;
			}
			const line = lines[lineIndexAt(lines, start)];
			if (line && line.start <= start && end <= line.end && !line.blank && !line.directive && fits(text, start, end, line, entry)) {
				hits.push({ start, entry, order });
			}
		}
	}
}

interface Probe {
	entry: Confusable;
	/** Position in the list: the first of two equal phrases wins. */
	order: number;
	/** Where in the phrase the probed character stands. */
	offset: number;
	/** The phrase's first two code units (the second is -1 for one character): most probes fail on them. */
	first: number;
	second: number;
}

interface Hit {
	start: number;
	entry: Confusable;
	order: number;
}

/**
 * The phrases keyed by a stretch of `stride` consecutive characters of each (every phrase is at least that long).
 * Stepping through the text `stride` characters at a time lands exactly once in that stretch of every occurrence: one
 * pass finds all phrases at once, where a search per phrase would read the text once per phrase.
 */
interface Index {
	stride: number;
	/** By UTF-16 code unit: 1 + the index in `probes` of the phrases probed at that character (most have none). */
	slot: Uint16Array | Uint32Array;
	probes: Probe[][];
}

/** Longer strides put more characters in the table than they save steps. */
const MAX_STRIDE = 2;
/** About this many characters are sampled to tell rare characters from common ones. */
const SAMPLE = 4096;

/**
 * One index per list (checkReport hands the same merged list to every check with the same settings): its two 64K
 * tables, made again on each keystroke, were garbage that brought the collector round more often. The text only
 * steers which characters are probed, never what is found, so the first text's sample serves the later ones.
 */
const INDEXES = new WeakMap<readonly Confusable[], Index>();

function indexFor(confusables: readonly Confusable[], text: string): Index {
	let index = INDEXES.get(confusables);
	if (!index) {
		index = buildIndex(confusables, text);
		INDEXES.set(confusables, index);
	}
	return index;
}

function buildIndex(confusables: readonly Confusable[], text: string): Index {
	// An empty phrase never reaches here (checkReport drops it), and it would match everywhere.
	const entries = confusables.map((entry, order) => ({ entry, order })).filter(({ entry }) => entry.wrong.length > 0);
	const stride = entries.length === 0 ? 0 : Math.min(MAX_STRIDE, ...entries.map(({ entry }) => entry.wrong.length));
	// Each phrase adds at most `stride` characters: most lists fit slots in 16 bits, and a smaller table is read faster.
	const slot = entries.length * stride < 0xffff ? new Uint16Array(0x10000) : new Uint32Array(0x10000);
	const index: Index = { stride, slot, probes: [] };
	const seen = sampleCounts(entries.map(({ entry }) => entry.wrong), text);
	for (const { entry, order } of entries) {
		const wrong = entry.wrong;
		// Which characters of a phrase are probed changes nothing found, only how often a probe fails: the rarest
		// stretch in the sample is taken (a phrase like 今年以年 is better found by 以年 than by 今年 in a report).
		let from = 0;
		let fewest = Infinity;
		for (let j = 0; j + stride <= wrong.length; j++) {
			let count = 0;
			for (let k = j; k < j + stride; k++) {
				count += seen.get(wrong.charCodeAt(k)) ?? 0;
			}
			if (count < fewest) {
				fewest = count;
				from = j;
			}
		}
		for (let offset = from; offset < from + stride; offset++) {
			const code = wrong.charCodeAt(offset);
			if (index.slot[code] === 0) {
				index.probes.push([]);
				index.slot[code] = index.probes.length;
			}
			index.probes[index.slot[code] - 1].push({ entry, order, offset, first: wrong.charCodeAt(0), second: wrong.length > 1 ? wrong.charCodeAt(1) : -1 });
		}
	}
	return index;
}

/** How often each character of the phrases turns up among evenly spread characters of the text. */
function sampleCounts(phrases: readonly string[], text: string): Map<number, number> {
	const wanted = new Uint8Array(0x10000);
	for (const phrase of phrases) {
		for (let k = 0; k < phrase.length; k++) {
			wanted[phrase.charCodeAt(k)] = 1;
		}
	}
	const counts = new Map<number, number>();
	const step = Math.max(1, Math.floor(text.length / SAMPLE));
	for (let i = 0; i < text.length; i += step) {
		const code = text.charCodeAt(i);
		if (wanted[code] === 1) {
			counts.set(code, (counts.get(code) ?? 0) + 1);
		}
	}
	return counts;
}

/** The characters around an occurrence, within its line, allow the reading. */
function fits(text: string, start: number, end: number, line: Line, entry: Confusable): boolean {
	const before = start > line.start ? text[start - 1] : undefined;
	const after = end < line.end ? text[end] : undefined;
	return !(before && entry.exceptAfter?.includes(before)) && !(after && entry.exceptBefore?.includes(after));
}
