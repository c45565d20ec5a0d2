// Scores predicted metrics against the gold labels, exactly as ../shared/gold/README.md ("How to compare a
// parser's output with these files") says: one-to-one on line + value + compatible unit, overlapping spans
// preferred, predictions on `metric: false` items reported apart, `optional` items counting neither way.

/** One item of a `<stem>.metrics.json` file. */
export interface GoldMetric {
	line: number;
	col: number;
	text: string;
	value: number | string | null;
	unit: string | null;
	approx: boolean;
	qualifier: string | null;
	kind: string;
	metric: boolean;
	value_max?: number | string | null;
	optional?: boolean;
	note?: string;
}

/** A predicted metric; `col` and `text` give its span when known. */
export interface PredictedMetric {
	line: number;
	col?: number;
	text?: string;
	value: number | string | null;
	unit: string | null;
}

export interface MetricScore<P extends PredictedMetric = PredictedMetric> {
	tp: number;
	/** Every prediction matching no claim: `falsePositives` plus `nonClaimsReported`. */
	fp: number;
	fn: number;
	precision: number;
	recall: number;
	/** Predictions that match no gold item at all. */
	falsePositives: P[];
	/** Gold claims no prediction matched. */
	missed: GoldMetric[];
	/** Predictions that land on a `metric: false` item (a year, a name, a slogan taken for a claim). */
	nonClaimsReported: { predicted: P; gold: GoldMetric }[];
}

const RELATIVE_TOLERANCE = 1e-6;

export function valuesEqual(a: number | string | null, b: number | string | null): boolean {
	if (typeof a === 'number' && typeof b === 'number') {
		return a === b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
	}
	return a === b;
}

function normaliseUnit(unit: string | null): string | null {
	return unit === null || unit === '' ? null : unit.replace(/％/g, '%');
}

/** A missing unit on either side is compatible with any unit. */
export function unitsCompatible(a: string | null, b: string | null): boolean {
	const x = normaliseUnit(a);
	const y = normaliseUnit(b);
	return x === null || y === null || x === y;
}

function overlaps(p: PredictedMetric, g: GoldMetric): boolean {
	if (p.col === undefined || p.text === undefined) {
		return false;
	}
	return p.col < g.col + g.text.length && g.col < p.col + p.text.length;
}

function sameFigure(p: PredictedMetric, g: GoldMetric): boolean {
	return p.line === g.line && valuesEqual(p.value, g.value) && unitsCompatible(p.unit, g.unit);
}

/** Picks an unused gold item for `p`: an overlapping one if `overlapping`, else the nearest by column. */
function pick(p: PredictedMetric, pool: readonly GoldMetric[], used: Set<GoldMetric>, overlapping: boolean): GoldMetric | null {
	let best: GoldMetric | null = null;
	for (const g of pool) {
		if (used.has(g) || !sameFigure(p, g) || (overlapping && !overlaps(p, g))) {
			continue;
		}
		if (best === null || Math.abs((p.col ?? 0) - g.col) < Math.abs((p.col ?? 0) - best.col)) {
			best = g;
		}
	}
	return best;
}

export function scoreMetrics<P extends PredictedMetric>(predicted: readonly P[], gold: readonly GoldMetric[]): MetricScore<P> {
	const claims = gold.filter((g) => g.metric && !g.optional);
	const optional = gold.filter((g) => g.optional);
	const nonClaims = gold.filter((g) => !g.metric && !g.optional);
	const used = new Set<GoldMetric>();
	const matched = new Map<P, GoldMetric>();
	// Overlapping spans first (claims or optional items), then any claim or optional item on the same line.
	for (const overlapping of [true, false]) {
		for (const pool of [claims, optional]) {
			for (const p of predicted) {
				if (matched.has(p)) {
					continue;
				}
				const g = pick(p, pool, used, overlapping);
				if (g) {
					used.add(g);
					matched.set(p, g);
				}
			}
		}
	}
	const falsePositives: P[] = [];
	const nonClaimsReported: { predicted: P; gold: GoldMetric }[] = [];
	let tp = 0;
	for (const p of predicted) {
		const g = matched.get(p);
		if (g) {
			tp += g.metric && !g.optional ? 1 : 0;
			continue;
		}
		const landed = nonClaims.find((n) => n.line === p.line && overlaps(p, n)) ?? nonClaims.find((n) => sameFigure(p, n));
		if (landed) {
			nonClaimsReported.push({ predicted: p, gold: landed });
		} else {
			falsePositives.push(p);
		}
	}
	const missed = claims.filter((g) => !used.has(g));
	const fp = falsePositives.length + nonClaimsReported.length;
	return {
		tp,
		fp,
		fn: missed.length,
		precision: tp + fp === 0 ? 1 : tp / (tp + fp),
		recall: tp + missed.length === 0 ? 1 : tp / (tp + missed.length),
		falsePositives,
		missed,
		nonClaimsReported,
	};
}
